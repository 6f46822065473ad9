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
import re
from collections.abc import Sequence
from pathlib import Path

from .fields import COLUMN_NAMES, flat_row, flat_text
from .files import atomic_write
from .model import Event, PartialDate

FORMATS = {"csv": "events.csv", "json": "events.json", "ics": "events.ics", "timelinejs": "timelinejs.json"}
# A cell that starts like a formula runs as one when a spreadsheet opens the file ("CSV
# injection"): OWASP's list, with the full-width forms that some spreadsheets also read
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def event_record(event: Event) -> dict:
    """An event as plain JSON-ready data: its flat row (`fields.flat_row`), the shape of
    events.json."""
    return {name: (value.isoformat() if isinstance(value, dt.date) else value)
            for name, value in flat_row(event).items()}


def to_json(events: Sequence[Event]) -> str:
    return json.dumps([event_record(e) for e in events], ensure_ascii=False, indent=2) + "\n"


def _cell(text: str) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading ' disarms a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(events: Sequence[Event]) -> str:
    """One row per event, the columns of the flat row; lists joined by '; ', sources as JSON,
    formula-like cells prefixed with ' (as OWASP recommends). Lines end in CRLF (RFC 4180): the
    csv module quotes a field holding any character of the line end, so a lone CR in a summary
    is quoted too, not left to end a row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMN_NAMES)
    for e in events:
        writer.writerow([_cell(flat_text(value)) for value in flat_row(e).values()])
    return out.getvalue()


def build_time() -> dt.datetime:
    """SOURCE_DATE_EPOCH if set (reproducible builds), else now; in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdecimal():  # not isdigit: int("²") fails
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


# RFC 5545 3.3.11: TEXT may hold no control character but the line breaks it escapes as \n
_ICS_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _ics_text(value: str) -> str:
    """`value` as an iCalendar TEXT value: escaped, line breaks as \\n, control characters
    dropped, so no value can end its line and start a property of its own."""
    value = _ICS_CONTROL.sub("", value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return re.sub(r"\r\n|[\r\n\x85\u2028\u2029]", "\\\\n", value)


def _ics_uri(value: str) -> str | None:
    """An http(s) address fit for a URI value (no space, no control character), or None."""
    if not re.fullmatch(r"https?://[^\s\x00-\x1f\x7f-\x9f\"<>\\^`{|}]+", value, re.I):
        return None
    return value


def _ics_date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # strftime("%Y") drops zeros before 1000


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
        # DTEND is exclusive, as our stop is
        lines += ["BEGIN:VEVENT", f"UID:{_ics_text(e.id)}@timeline", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{_ics_date(e.start.date())}", f"DTEND;VALUE=DATE:{_ics_date(e.stop.date())}",
                  f"SUMMARY:{_ics_text(e.title)}"]
        description = e.summary or (e.quote if e.sources else "")
        if description:
            lines.append(f"DESCRIPTION:{_ics_text(description)}")
        if e.tags:
            lines.append("CATEGORIES:" + ",".join(_ics_text(t) for t in e.tags))
        url = _ics_uri(f"{base_url.rstrip('/')}/events/{e.id}/") if base_url else next(
            (u for u in (_ics_uri(s.url) for s in e.sources) if u), None)
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
    written = []
    for fmt in formats:
        path = folder / FORMATS[fmt]
        atomic_write(path, render(events, fmt, title))
        written.append(path)
    return written
