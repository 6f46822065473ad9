"""The events as downloads: CSV, JSON, iCalendar (RFC 5545) and TimelineJS3 JSON.

Each `to_*` function returns the file's text, the same bytes for the same events (a build
timestamp, where a format needs one, comes from SOURCE_DATE_EPOCH); `write_exports` writes
them. The site offers the same files for download.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path

from .model import Event, PartialDate

FORMATS = {"csv": "events.csv", "json": "events.json", "ics": "events.ics", "timelinejs": "timelinejs.json"}
CSV_COLUMNS = ("id", "date", "end", "precision", "title", "summary", "tags", "actors", "places",
               "n_sources", "sources", "status", "confidence")


def event_record(event: Event) -> dict:
    """An event as plain JSON-ready data, the shape of events.json."""
    return {
        "id": event.id,
        "date": str(event.date),
        "end": str(event.end) if event.end else None,
        "precision": event.date.precision,
        "start": event.start.date().isoformat(),
        "stop": event.stop.date().isoformat(),
        "title": event.title,
        "summary": event.summary,
        "tags": list(event.tags),
        "actors": list(event.actors),
        "places": list(event.places),
        "sources": [s.to_dict() for s in event.sources],
        "status": event.status,
        "confidence": event.confidence,
    }


def to_json(events: Sequence[Event]) -> str:
    return json.dumps([event_record(e) for e in events], ensure_ascii=False, indent=2) + "\n"


def to_csv(events: Sequence[Event]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in events:
        writer.writerow([
            e.id, str(e.date), str(e.end) if e.end else "", e.date.precision, e.title, e.summary,
            "; ".join(e.tags), "; ".join(e.actors), "; ".join(e.places), len(e.sources),
            json.dumps([s.to_dict() for s in e.sources], ensure_ascii=False), e.status,
            "" if e.confidence is None else e.confidence,
        ])
    return out.getvalue()


def build_time() -> dt.datetime:
    """SOURCE_DATE_EPOCH if set (reproducible builds), else now; in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdecimal():  # not isdigit: int("²") fails
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts)


def to_ics(events: Sequence[Event], calendar_name: str = "Timeline", base_url: str | None = None) -> str:
    """An iCalendar file: one all-day VEVENT per event, spanning its whole period."""
    stamp = build_time().strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_ics_text(calendar_name)}"]
    for e in events:
        start = e.start.date().strftime("%Y%m%d")
        end = e.stop.date().strftime("%Y%m%d")  # DTEND is exclusive, as our end is
        lines += ["BEGIN:VEVENT", f"UID:{e.id}@timeline", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}",
                  f"SUMMARY:{_ics_text(e.title)}"]
        description = e.summary or (e.quote if e.sources else "")
        if description:
            lines.append(f"DESCRIPTION:{_ics_text(description)}")
        if e.tags:
            lines.append("CATEGORIES:" + ",".join(_ics_text(t) for t in e.tags))
        url = f"{base_url.rstrip('/')}/events/{e.id}/" if base_url else next(
            (s.url for s in e.sources if s.url.startswith(("http://", "https://"))), None)
        if url:
            lines.append(f"URL:{url}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def _tl_date(date: PartialDate) -> dict:
    out = {"year": str(date.year)}
    if date.month:
        out["month"] = str(date.month)
    if date.day:
        out["day"] = str(date.day)
    return out


def to_timelinejs(events: Sequence[Event], title: str = "Timeline", locale: str = "en") -> str:
    """Knight Lab TimelineJS3 JSON: dates at their precision, headline, text, group."""
    from html import escape

    items = []
    for e in events:
        text = escape(e.summary) if e.summary else ""
        quotes = "".join(f"<blockquote>{escape(s.quote)}</blockquote>" for s in e.sources)
        item = {"unique_id": e.id, "start_date": _tl_date(e.date),
                "display_date": e.date_label(locale),
                "text": {"headline": escape(e.title), "text": text + quotes}}
        if e.end:
            item["end_date"] = _tl_date(e.end)
        if e.tags:
            item["group"] = e.tags[0]
        items.append(item)
    return json.dumps({"title": {"text": {"headline": escape(title)}}, "events": items},
                      ensure_ascii=False, indent=2) + "\n"


def render(events: Sequence[Event], fmt: str, title: str = "Timeline", base_url: str | None = None,
           locale: str = "en") -> str:
    if fmt == "csv":
        return to_csv(events)
    if fmt == "json":
        return to_json(events)
    if fmt == "ics":
        return to_ics(events, title, base_url)
    if fmt == "timelinejs":
        return to_timelinejs(events, title, locale)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def write_exports(events: Sequence[Event], out: str | Path, formats: Sequence[str] = tuple(FORMATS),
                  title: str = "Timeline") -> list[Path]:
    """Write the download files into `out`; returns their paths."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = folder / FORMATS[fmt]
        path.write_text(render(events, fmt, title), encoding="utf-8", newline="")
        written.append(path)
    return written
