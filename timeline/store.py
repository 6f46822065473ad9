"""The YAML event store: `events/**/*.yaml` → validated `Event`s.

Loading never stops at the first problem: every file is read and every field checked, and each
problem is reported with file, line and column (`Problem`), so one run of `timeline validate`
tells a person everything to fix.

YAML is read with ruamel.yaml's round-trip loader (it keeps the positions we report and, later,
the comments we must not lose). It builds no Python objects from tags: any tag outside YAML's
core schema (`!!python/object`, `!custom`) is refused.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from collections import Counter
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import EventFileError, InvalidDateError, Problem
from .model import STATUSES, Event, PartialDate, Source

FIELDS = ("id", "date", "end", "title", "summary", "tags", "actors", "places", "sources",
          "status", "confidence")
SOURCE_FIELDS = ("url", "title", "published", "quote")
LIST_FIELDS = ("tags", "actors", "places")
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
SUFFIXES = (".yaml", ".yml")

_CORE_TAGS = {f"tag:yaml.org,2002:{t}" for t in (
    "str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge", "value", "binary",
    "omap", "set", "pairs")}


class _Constructor(RoundTripConstructor):
    """The round-trip constructor, minus anything that is not plain data."""

    def construct_non_recursive_object(self, node: Any, tag: Any = None) -> Any:
        name = getattr(node.tag, "value", node.tag)
        if name and name not in _CORE_TAGS:
            refused = getattr(self.loader, "refused_tags", None)
            if refused is not None:
                refused.append((node.start_mark, name))
            return None
        return super().construct_non_recursive_object(node, tag)

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        # `date: 2026-13-01` looks like a timestamp but is none; keep the text so validation
        # explains it instead of the parser failing with "month must be in 1..12".
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return node.value


# the table of constructors holds the base class's function; point it at the override
_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


def yaml_loader() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    return yaml


def event_files(path: str | Path) -> list[Path]:
    """The event files under `path` (a folder, searched recursively, or one file), sorted."""
    root = Path(path)
    if root.is_file():
        return [root]
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def load(path: str | Path = "events", strict: bool = False) -> tuple[list[Event], list[Problem]]:
    """Every event under `path`, and every problem found (errors and warnings).

    Unknown fields are warnings, or errors when `strict`. Events with errors are left out of
    the list; the problems say why. A missing folder is an error.
    """
    root = Path(path)
    if not root.exists():
        return [], [Problem(str(root), 1, 1, "", "no such file or folder (expected the folder of "
                            "event YAML files, e.g. events/)")]
    events: list[Event] = []
    problems: list[Problem] = []
    for file in event_files(root):
        reader = _FileReader(file, strict)
        events.extend(reader.read())
        problems.extend(reader.problems)
    duplicates = _duplicate_ids(events)
    problems.extend(duplicates)
    problems.sort(key=lambda p: (p.path, p.line, p.column))
    # which of two events sharing an id is meant is for a person to say: keep neither
    counts = Counter(e.id for e in events)
    events = [e for e in events if counts[e.id] == 1]
    events.sort(key=Event.sort_key)
    return events, problems


def read_events(path: str | Path = "events", strict: bool = False) -> list[Event]:
    """The events under `path`, sorted by start; `EventFileError` lists every problem if any."""
    events, problems = load(path, strict)
    if any(p.severity == "error" for p in problems):
        raise EventFileError(problems)
    return events


def _duplicate_ids(events: Iterable[Event]) -> list[Problem]:
    """A problem for each later use of an id already taken (files in order, then lines)."""
    seen: dict[str, Event] = {}
    out = []
    for e in sorted(events, key=lambda e: (e.file or "", e.line or 0)):
        first = seen.setdefault(e.id, e)
        if first is not e:
            out.append(Problem(e.file or "", e.line or 1, 1, "id",
                               f"'{e.id}' is already used by {first.file}:{first.line} "
                               "(expected an id unique across all event files)"))
    return out


class _FileReader:
    """Reads one event file, collecting problems instead of stopping at the first."""

    def __init__(self, path: Path, strict: bool):
        self.path = path
        self.name = str(path)
        self.strict = strict
        self.problems: list[Problem] = []
        self.refused: list = []

    def error(self, pos: tuple[int, int], field: str, message: str) -> None:
        self.problems.append(Problem(self.name, pos[0] + 1, pos[1] + 1, field, message))

    def warn(self, pos: tuple[int, int], field: str, message: str) -> None:
        severity = "error" if self.strict else "warning"
        self.problems.append(Problem(self.name, pos[0] + 1, pos[1] + 1, field, message, severity))

    def read(self) -> list[Event]:
        try:
            text = self.path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as e:
            self.error((0, 0), "", f"is not UTF-8 text (byte {e.start}: {e.reason}); save it as UTF-8")
            return []
        except OSError as e:
            self.error((0, 0), "", f"cannot be read: {e.strerror}")
            return []
        fast = self.read_fast(text)
        if fast is not None:
            return fast
        yaml = yaml_loader()
        refused = self.refused = []
        yaml.refused_tags = refused  # type: ignore[attr-defined]  # read by _Constructor
        try:
            doc = yaml.load(text)
        except MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            what = e.problem or e.context or "invalid YAML"
            pos = (mark.line, mark.column) if mark else (0, 0)
            self.error(pos, "", f"invalid YAML: {what} (check the indentation, and quote values "
                                "that contain ': ' or start with a special character)")
            return []
        except YAMLError as e:
            self.error((0, 0), "", f"invalid YAML: {e}")
            return []
        for mark, tag in refused:
            self.error((mark.line, mark.column), "",
                       f"the tag '{tag.replace('tag:yaml.org,2002:', '!!')}' is not allowed "
                       "(expected plain YAML values: event files never create objects)")
        if doc is None:
            self.warn((0, 0), "", "holds no event (expected a mapping of event fields or a list of them)")
            return []
        if isinstance(doc, list):
            events = []
            for i, item in enumerate(doc):
                event = self.event(item, f"{self.path.stem}-{i + 1}", doc.lc.item(i))
                if event:
                    events.append(event)
            return events
        event = self.event(doc, self.path.stem, (0, 0))
        return [event] if event else []

    def read_fast(self, text: str) -> list[Event] | None:
        """The events of a file parsed with libyaml, if it is valid; None to take the slow path.

        ruamel.yaml's round-trip parser, which knows where everything is, is pure Python and
        slow (10 000 files: about 25 s). A valid file needs no positions, so it is read with
        PyYAML's C parser; any problem (or anything the C loader builds differently, such as
        YAML 1.1's `yes`) sends the file down the slow path, which reports it with positions.
        """
        try:
            data = yaml_fast_load(text)
        except Exception:  # any complaint at all: let the round-trip loader explain it
            return None
        if data is None:
            return None
        checker = _FileReader(self.path, self.strict)
        try:
            if isinstance(data, list):
                events = [checker.event(_Positionless.wrap(item), f"{self.path.stem}-{i + 1}", (0, 0))
                          for i, item in enumerate(data)]
            else:
                events = [checker.event(_Positionless.wrap(data), self.path.stem, (0, 0))]
        except Exception:
            return None
        if checker.problems or any(e is None for e in events):
            return None
        if isinstance(data, list) and len(data) > 1:  # lines of list items: from the slow path
            return None
        # the event starts where its first key does, as the round-trip loader reports it
        first = next((i for i, line in enumerate(text.splitlines(), 1)
                      if line.strip() and not line.lstrip().startswith(("#", "---"))), 1)
        return [_at_line(e, first) for e in events if e]

    # ---------------------------------------------------------------- one event

    def event(self, node: Any, default_id: str, pos: tuple[int, int]) -> Event | None:
        if node is None and self.refused:
            return None  # a refused tagged node, already reported
        if not isinstance(node, dict):
            self.error(pos, "", f"expected a mapping of event fields (title: ..., date: ...), "
                                f"got {_kind(node)}")
            return None
        start = (node.lc.line, node.lc.col)
        before = len([p for p in self.problems if p.severity == "error"])
        for key in node:
            if key not in FIELDS:
                self.warn(node.lc.key(key), str(key), "unknown field" + _suggest(key, FIELDS))

        event_id = default_id
        if "id" in node:
            value = node["id"]
            if isinstance(value, str) and ID_PATTERN.fullmatch(value):
                event_id = value
            else:
                self.error(node.lc.value("id"), "id", f"{_show(value)} is not a valid id (expected "
                           "letters, digits, '.', '_' or '-', starting with a letter or digit)")

        title = self.text(node, "title", start, required=True)
        date = self.date(node, "date", start, required=True)
        end = self.date(node, "end", start)
        if date and end and end.start < date.start:
            self.error(node.lc.value("end"), "end", f"{end} is before date {date} "
                       "(expected an end on or after the date)")
        summary = self.text(node, "summary", start) or ""
        lists = {name: self.strings(node, name) for name in LIST_FIELDS}
        sources = self.sources(node)

        status = "draft"
        if "status" in node:
            value = node["status"]
            if value in STATUSES:
                status = value
            else:
                self.error(node.lc.value("status"), "status",
                           f"{_show(value)} is not a status (expected {' or '.join(STATUSES)})")
        confidence = None
        if "confidence" in node and node["confidence"] is not None:
            value = node["confidence"]
            if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
                confidence = float(value)
            else:
                self.error(node.lc.value("confidence"), "confidence",
                           f"{_show(value)} is not a confidence (expected a number from 0 to 1)")

        if len([p for p in self.problems if p.severity == "error"]) > before or not (title and date):
            return None
        return Event(id=event_id, date=date, end=end, title=title, summary=summary,
                     sources=sources, status=status, confidence=confidence,
                     file=self.name, line=start[0] + 1, **lists)

    def text(self, node: dict, name: str, where: tuple[int, int], required: bool = False,
             prefix: str = "") -> str | None:
        if name not in node or node[name] is None:
            if required:
                self.error(where, prefix + name, f"missing (expected {_EXPECTED[name]})")
            return None
        value = node[name]
        if not isinstance(value, str) or (required and not value.strip()):
            self.error(node.lc.value(name), prefix + name, f"{_show(value)} is not {_EXPECTED[name]}")
            return None
        return str(value)

    def date(self, node: dict, name: str, where: tuple[int, int], required: bool = False,
             prefix: str = "") -> PartialDate | None:
        if name not in node or node[name] is None:
            if required:
                self.error(where, prefix + name, "missing (expected YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        try:
            return PartialDate.parse(node[name])
        except InvalidDateError as e:
            self.error(node.lc.value(name), prefix + name, str(e))
            return None

    def strings(self, node: dict, name: str) -> list[str]:
        if name not in node or node[name] is None:
            return []
        value = node[name]
        if isinstance(value, str):
            self.error(node.lc.value(name), name, f"expected a list of strings, got the string "
                       f"{_show(value)} (write {name}: [{value}])")
            return []
        if not isinstance(value, list):
            self.error(node.lc.value(name), name, f"expected a list of strings, got {_kind(value)}")
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str) and item.strip():
                out.append(str(item))
            else:
                self.error(value.lc.item(i), f"{name}[{i}]",
                           f"{_show(item)} is not a {name[:-1]} (expected a non-empty string)")
        return out

    def sources(self, node: dict) -> list[Source]:
        if "sources" not in node or node["sources"] is None:
            return []
        value = node["sources"]
        if not isinstance(value, list):
            self.error(node.lc.value("sources"), "sources", f"expected a list of sources "
                       f"(- url: ..., quote: ...), got {_kind(value)}")
            return []
        out = []
        for i, item in enumerate(value):
            field = f"sources[{i}]"
            if not isinstance(item, dict):
                self.error(value.lc.item(i), field, f"expected a mapping with url and quote, got {_kind(item)}")
                continue
            where = (item.lc.line, item.lc.col)
            for key in item:
                if key not in SOURCE_FIELDS:
                    self.warn(item.lc.key(key), f"{field}.{key}", "unknown field" + _suggest(key, SOURCE_FIELDS))
            url = self.text(item, "url", where, required=True, prefix=f"{field}.")
            quote = self.text(item, "quote", where, required=True, prefix=f"{field}.")
            title = self.text(item, "title", where, prefix=f"{field}.")
            published = self.date(item, "published", where, prefix=f"{field}.")
            if url and quote:
                out.append(Source(url=url, quote=quote, title=title, published=published))
        return out


_EXPECTED = {
    "title": "a short headline as text",
    "summary": "text",
    "url": "the address of the article (or its path in the repository)",
    "quote": "the sentence of the article that reports the event",
}


def yaml_fast_load(text: str) -> Any:
    """Plain data from YAML with libyaml (PyYAML's CSafeLoader), refusing duplicate keys."""
    import yaml as pyyaml

    global _FastLoader
    if _FastLoader is None:
        _FastLoader = _fast_loader()
    return pyyaml.load(text, Loader=_FastLoader)


def _fast_loader() -> type:
    import yaml as pyyaml

    class Loader(pyyaml.CSafeLoader):
        def construct_mapping(self, node, deep=False):  # type: ignore[override]
            keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
            if len(keys) != len(set(map(repr, keys))):
                raise ValueError("duplicate key")
            return super().construct_mapping(node, deep=deep)

    Loader.add_constructor("tag:yaml.org,2002:map", Loader.construct_mapping)
    return Loader


_FastLoader: Any = None


def _at_line(event: Event, line: int) -> Event:
    event.line = line
    return event


class _NoPositions:
    line = col = 0

    def key(self, _: Any) -> tuple[int, int]:
        return (0, 0)

    value = item = key


class _Positionless(dict):
    """A mapping that answers ruamel's `.lc` position questions with 0:0 (fast path only)."""

    lc = _NoPositions()

    @classmethod
    def wrap(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return cls({k: cls.wrap(v) for k, v in value.items()})
        if isinstance(value, list):
            return _PositionlessList(cls.wrap(v) for v in value)
        return value


class _PositionlessList(list):
    lc = _NoPositions()


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the string {value!r}"
    return f"{type(value).__name__} {value!r}"


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if value is None:
        return "an empty value"
    if isinstance(value, (list, dict)):
        return _kind(value)
    return str(value)


def _suggest(key: Any, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), choices, n=1, cutoff=0.7)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f" (expected one of {', '.join(choices)}{hint})"


# ---------------------------------------------------------------- writing drafts

_HEADER = "# Draft written by `timeline extract` (fingerprint {}). Edit freely: once you change it,\n" \
          "# or set status: reviewed, the extractor never touches this file again.\n"
_FINGERPRINT = re.compile(r"\A# Draft written by `timeline extract` \(fingerprint ([0-9a-f]{12})\)")


def _fingerprint(body: str) -> str:
    import hashlib

    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]


def _dump(data: Any) -> str:
    import io

    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def _draft_mapping(event: Event) -> dict:
    data: dict[str, Any] = {"id": event.id, "title": event.title, "date": str(event.date)}
    if event.end:
        data["end"] = str(event.end)
    for name in ("tags", "actors", "places"):
        if getattr(event, name):
            data[name] = list(getattr(event, name))
    data["sources"] = [s.to_dict() for s in event.sources]
    data["status"] = "draft"
    if event.confidence is not None:
        data["confidence"] = event.confidence
    return data


def _atomic_write(path: Path, text: str) -> None:
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class DraftReport:
    """What `write_drafts` did."""

    new: int = 0
    merged: int = 0
    untouched: int = 0
    problems: list[Problem] = field(default_factory=list)  # errors in files already there


def write_drafts(events: list[Event], out: str | Path = "events", dry_run: bool = False) -> DraftReport:
    """Store new events as draft files and merge new sources into untouched drafts.

    An event file a person has edited (its fingerprint no longer matches) or marked reviewed is
    never changed; nor is any file when nothing new was found, so re-running on the same
    articles leaves every byte as it was. A file that exists but does not load (a person may be
    halfway through an edit) is never overwritten; its problems are reported.
    """
    from .merge import same_happening

    root = Path(out)
    existing, problems = load(root) if root.exists() else ([], [])
    counts = DraftReport(problems=[p for p in problems if p.severity == "error"])
    words: dict[int, set[str]] = {}
    by_year: dict[int, list[Event]] = {}
    for e in existing:
        by_year.setdefault(e.date.year, []).append(e)
    for event in events:
        match = next((e for e in by_year.get(event.date.year, []) if same_happening(e, event, words)), None)
        if match is None:
            path = root / f"{event.id}.yaml"
            if path.exists():  # there, but invalid: a person's edit in progress is not replaced
                counts.untouched += 1
                continue
            body = _dump(_draft_mapping(event))
            if not dry_run:
                _atomic_write(path, _HEADER.format(_fingerprint(body)) + body)
            event.file = str(path)
            by_year.setdefault(event.date.year, []).append(event)
            counts.new += 1
            continue
        known = {(s.url, s.quote) for s in match.sources}
        fresh = [s for s in event.sources if (s.url, s.quote) not in known]
        if not fresh or not _is_pristine_draft(match):
            counts.untouched += 1
            continue
        path = Path(match.file or "")
        text = path.read_text(encoding="utf-8")
        body = text.split("\n", 2)[2]
        data = yaml_loader().load(body)
        for source in fresh:
            data["sources"].append(source.to_dict())
        match.sources.extend(fresh)
        new_body = _dump(data)
        if not dry_run:
            _atomic_write(path, _HEADER.format(_fingerprint(new_body)) + new_body)
        counts.merged += 1
    return counts


def _is_pristine_draft(event: Event) -> bool:
    """A draft the extractor wrote and nobody has changed since."""
    if event.status != "draft" or not event.file:
        return False
    text = Path(event.file).read_text(encoding="utf-8")
    m = _FINGERPRINT.match(text)
    parts = text.split("\n", 2)
    return bool(m) and len(parts) == 3 and _fingerprint(parts[2]) == m.group(1)
