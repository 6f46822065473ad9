"""The YAML event store: `events/**/*.yaml` ↔ validated `Event`s.

Loading never stops at the first problem: every file is read and every field checked (by the
format's declaration, `fields`), and each problem is reported with file, line and column
(`Problem`), so one run of `timeline validate` tells a person everything to fix.

A file is read twice only if it has a problem. It is first parsed with libyaml (fast, no
positions) and its data checked; a file with any issue, or that libyaml does not read, is parsed
again with ruamel.yaml's round-trip loader, the authority (YAML 1.2: `title: yes` is a string),
whose tree gives each problem its line and column. Both are bounded (`yamltext`): nesting,
aliases, and no tag that builds an object. Links that lead out of the events folder are not
followed, and no message quotes more than a short excerpt of a file.

Writing: `draft_text` is the text of a new draft (a fingerprint comment, then the fields in the
declared order); `is_pristine` tells a draft nobody has edited since it was written.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import EventFileError, Problem
from .fields import check_event, path_label, to_mapping
from .files import NotRegular, TooLarge, read_limited, walk
from .model import Event, Source
from .settings import MAX_EVENT_FILE_BYTES
from .yamltext import YamlLimit, dump, load_fast, load_round_trip

SUFFIXES = (".yaml", ".yml")


def event_files(path: str | Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The event files under `path` (a folder, searched recursively, or one file), sorted, and
    the files skipped with why (links out of the folder, FIFOs)."""
    root = Path(path)
    if root.is_file():
        return [root], []
    if not root.is_dir():
        return [], []
    return walk(root, SUFFIXES)


def load(path: str | Path = "events", strict: bool = False) -> tuple[list[Event], list[Problem]]:
    """Every event under `path`, and every problem found (errors and warnings).

    Unknown fields and skipped files are warnings, or errors when `strict`. Events with errors
    are left out of the list; the problems say why. A missing folder is an error.
    """
    root = Path(path)
    if not root.exists():
        return [], [Problem(str(root), 1, 1, "", "no such file or folder (expected the folder of "
                            "event YAML files, e.g. events/)")]
    events: list[Event] = []
    problems: list[Problem] = []
    files, skipped = event_files(root)
    for file, why in skipped:
        problems.append(Problem(str(file), 1, 1, "", why, "error" if strict else "warning"))
    for file in files:
        reader = _FileReader(file, strict)
        events.extend(reader.read())
        problems.extend(reader.problems)
    problems.extend(_duplicate_ids(events))
    problems.sort(key=lambda p: (p.path, p.line, p.column))
    # which of two events sharing an id is meant is for a person to say: keep neither
    taken: dict[str, int] = {}
    for e in events:
        taken[e.id.casefold()] = taken.get(e.id.casefold(), 0) + 1
    events = [e for e in events if taken[e.id.casefold()] == 1]
    events.sort(key=Event.sort_key)
    return events, problems


def read_events(path: str | Path = "events", strict: bool = False) -> list[Event]:
    """The events under `path`, sorted by start; `EventFileError` lists every problem if any."""
    events, problems = load(path, strict)
    if any(p.severity == "error" for p in problems):
        raise EventFileError(problems)
    return events


def _duplicate_ids(events: Iterable[Event]) -> list[Problem]:
    """A problem for each later use of an id already taken, in any case: `Raid` and `raid`
    would be one page on a case-insensitive disk (files in order, then lines)."""
    seen: dict[str, Event] = {}
    out = []
    for e in sorted(events, key=lambda e: (e.file or "", e.line or 0)):
        first = seen.setdefault(e.id.casefold(), e)
        if first is not e:
            same = "" if first.id == e.id else f" as '{first.id}' (ids may not differ only in case)"
            out.append(Problem(e.file or "", e.line or 1, 1, "id",
                               f"'{e.id}' is already used{same} by {first.file}:{first.line} "
                               "(expected an id unique across all event files)"))
    return out


class _FileReader:
    """Reads one event file, collecting problems instead of stopping at the first."""

    def __init__(self, path: Path, strict: bool):
        self.path = path
        self.name = str(path)
        self.strict = strict
        self.problems: list[Problem] = []

    def error(self, line: int, column: int, message: str, field: str = "") -> None:
        """A problem at 0-based `line` and `column`, as YAML marks count."""
        self.problems.append(Problem(self.name, line + 1, column + 1, field, message))

    def read(self) -> list[Event]:
        try:
            text = read_limited(self.path, MAX_EVENT_FILE_BYTES).decode("utf-8")
        except UnicodeDecodeError as e:
            self.error(0, 0, f"is not UTF-8 text (byte {e.start}: {e.reason}); save it as UTF-8")
            return []
        except TooLarge as e:
            self.error(0, 0, f"is too large for an event file ({e.size:,} bytes, at most "
                             f"{MAX_EVENT_FILE_BYTES:,}); split it into several files")
            return []
        except NotRegular:
            self.error(0, 0, "is not a regular file (a FIFO, socket or device)")
            return []
        except OSError as e:
            self.error(0, 0, f"cannot be read: {e.strerror or e}")
            return []
        try:
            data = load_fast(text)
        except YamlLimit as e:
            self.error(e.line, e.column, e.message)
            return []
        except Exception:  # any complaint at all: the round-trip loader explains it, with positions
            data = _UNREAD
        # valid: done (but the lines of a list's items come from the round-trip tree)
        if data is not _UNREAD and data is not None and not (isinstance(data, list) and len(data) > 1):
            pairs, issues = _check_document(data, self.path.stem)
            if not issues:
                line = _first_line(text)
                for event, _ in pairs:
                    event.file, event.line = self.name, line
                return [event for event, _ in pairs]
        return self.read_round_trip(text)

    def read_round_trip(self, text: str) -> list[Event]:
        from ruamel.yaml.error import MarkedYAMLError, YAMLError

        refused: list = []
        try:
            doc = load_round_trip(text, refused)
        except YamlLimit as e:
            self.error(e.line, e.column, e.message)
            return []
        except MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            what = _clip(str(e.problem or e.context or "invalid YAML"))
            self.error(mark.line if mark else 0, mark.column if mark else 0,
                       f"invalid YAML: {what} (check the indentation, and quote values that contain ': ' "
                       "or start with a special character)")
            return []
        except YAMLError as e:
            self.error(0, 0, f"invalid YAML: {_clip(str(e))}")
            return []
        except Exception as e:  # whatever else the parser trips on: a problem to report, not a crash
            self.error(0, 0, f"cannot be read as YAML ({type(e).__name__}: {_clip(str(e))})")
            return []
        for mark, tag in refused:
            self.error(mark.line, mark.column,
                       f"the tag '{_clip(tag.replace('tag:yaml.org,2002:', '!!'))}' is not "
                       "allowed (expected plain YAML values: event files never create objects)")
        if doc is None:
            self.problems.append(Problem(self.name, 1, 1, "", "holds no event (expected a mapping of "
                                         "event fields or a list of them)", self._warning()))
            return []
        pairs, issues = _check_document(doc, self.path.stem, refused=bool(refused))
        for issue in issues:
            line, column = _position(doc, issue.path, issue.on_key)
            field = path_label(issue.path[1:] if isinstance(doc, list) else issue.path)
            severity = self._warning() if issue.severity == "warning" else "error"
            self.problems.append(Problem(self.name, line + 1, column + 1, field, issue.message, severity))
        for event, index in pairs:
            node = doc if index is None else doc[index]
            event.file, event.line = self.name, node.lc.line + 1
        return [event for event, _ in pairs]

    def _warning(self) -> str:
        return "error" if self.strict else "warning"


_UNREAD = object()


def _clip(text: str, limit: int = 200) -> str:
    """A parser's message, cut short: it may quote the file (never more than a line of it)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _check_document(doc: Any, stem: str, refused: bool = False) -> tuple[list[tuple[Event, int | None]], list]:
    """The events of a loaded file with their index in it (None for a file of one event), and
    its issues, each with its path from the document's root."""
    items = list(enumerate(doc)) if isinstance(doc, list) else [(None, doc)]
    pairs: list[tuple[Event, int | None]] = []
    issues = []
    for index, item in items:
        if item is None and refused:
            continue  # a refused tagged value, already reported
        prefix = () if index is None else (index,)
        event, found = check_event(item, stem if index is None else f"{stem}-{index + 1}", prefix)
        issues += found
        if event is not None:
            pairs.append((event, index))
    return pairs, issues


def _position(doc: Any, path: tuple, on_key: bool) -> tuple[int, int]:
    """The 0-based line and column of `path` in a round-trip tree: the value there, the key for
    `on_key`, or the nearest enclosing mapping or list when the path goes where nothing is."""
    node = doc
    where = (getattr(getattr(doc, "lc", None), "line", 0) or 0, getattr(getattr(doc, "lc", None), "col", 0) or 0)
    for i, part in enumerate(path):
        lc = getattr(node, "lc", None)
        if lc is None:
            break
        last = i == len(path) - 1
        if isinstance(node, dict) and part in node:
            where = lc.key(part) if last and on_key else lc.value(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            where = lc.item(part)
            node = node[part]
            if not last and hasattr(node, "lc"):
                where = (node.lc.line, node.lc.col)
        else:
            where = (lc.line, lc.col)
            break
    return where


def _first_line(text: str) -> int:
    """The line where a file's first value starts (what the round-trip loader reports)."""
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith(("#", "---", "%")):
            return number
    return 1


# ---------------------------------------------------------------- writing drafts

_HEADER = "# Draft written by `timeline extract` (fingerprint {}). Edit freely: once you change it,\n" \
          "# or set status: reviewed, the extractor never touches this file again.\n"
_FINGERPRINT = re.compile(r"\A# Draft written by `timeline extract` \(fingerprint ([0-9a-f]{12})\)")


def _fingerprint(body: str) -> str:
    return hashlib.sha1(body.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def draft_text(event: Event) -> str:
    """The file of a new draft: the fingerprint comment, then the fields in declared order."""
    data = to_mapping(event)
    data["status"] = "draft"
    body = dump(data)
    _check_round_trip(body, data)
    return _HEADER.format(_fingerprint(body)) + body


def draft_with_sources(text: str, sources: list[Source]) -> str:
    """The text of a pristine draft with `sources` added."""
    from .fields import SOURCE_FIELDS

    body = text.split("\n", 2)[2]
    data = load_fast(body)
    data.setdefault("sources", [])
    data["sources"] += [to_mapping(s, SOURCE_FIELDS) for s in sources]
    new_body = dump(data)
    _check_round_trip(new_body, data)
    return _HEADER.format(_fingerprint(new_body)) + new_body


def _check_round_trip(body: str, data: dict) -> None:
    """The writer's own check that what it writes reads back as what it meant (a quote's
    double space, a title's emoji) and as a valid event."""
    back = load_fast(body)
    event, issues = check_event(back, "draft")
    if back != data or event is None:
        raise AssertionError(f"a draft would not read back as written: {issues or 'values differ'}")


def is_pristine(text: str) -> bool:
    """Whether `text` is a draft the extractor wrote and nobody has changed since."""
    m = _FINGERPRINT.match(text)
    parts = text.split("\n", 2)
    return bool(m) and len(parts) == 3 and _fingerprint(parts[2]) == m.group(1)


def add_sources(text: str, event_id: str, sources: list[Source]) -> str:
    """The text of an event file a person has edited, with `sources` added to event `event_id`:
    ruamel.yaml's round trip keeps their comments, order and layout."""
    from .fields import SOURCE_FIELDS

    data = load_round_trip(text)
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, dict) and str(item.get("id", "")) in (event_id, ""):
            if not isinstance(item.get("sources"), list):
                item["sources"] = []
            item["sources"].extend(to_mapping(s, SOURCE_FIELDS) for s in sources)
            return dump(data)
    return text
