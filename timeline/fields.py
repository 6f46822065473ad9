"""The event file format, declared once. Pure.

Every field of an event (and of each of its sources) is declared here as data, the way MkDocs
declares its configuration: a name, the kind of value, whether it is required, and what a
person is told when it is wrong. Everything else derives from this table:

- the validator, `check_event`: plain data in (from any YAML loader), an `Event` and every
  `Issue` out, each with the path of its field (`sources[0].url`); `store` adds file, line and
  column;
- the JSON Schema for editors (`schema.event_schema`);
- the order in which the draft writer writes fields (`to_mapping`);
- the flat row (`flat_row`, `COLUMNS`): the DataFrame (`table`), the CSV and JSON downloads and
  `timeline table` (`exports`), the chart data (`charts`).

Text is checked for what would break a reader downstream: lone surrogates (not characters, so
not writable as UTF-8) and control characters (terminal escapes, iCalendar line breaks).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from typing import Any, ClassVar, NamedTuple

from .errors import InvalidDateError
from .model import STATUSES, Event, PartialDate, Source
from .partial_date import DATE_EXPECTED
from .settings import EXCERPT_CHARS, MAX_RANK

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,119}")
# C0 controls but tab and line ends, DEL, C1 controls: no text needs them, and a terminal or a
# calendar program reads them as commands
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_END = re.compile(r"[\r\n\x85\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

FieldPath = tuple  # where a value is in an event: ("sources", 0, "url")


class Issue(NamedTuple):
    """One thing wrong with an event's data: where (`path`), what, and how bad.

    `on_key` says the problem is the key itself (an unknown field), not its value.
    """

    path: FieldPath
    message: str
    severity: str = "error"
    on_key: bool = False


def path_label(path: FieldPath) -> str:
    """("sources", 0, "url") → "sources[0].url"."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def excerpt(value: Any, limit: int = EXCERPT_CHARS) -> str:
    """`value` as an error message quotes it, cut to `limit` characters: a string as its repr,
    a mapping or list by its kind only."""
    if value is None:
        return "an empty value"
    if isinstance(value, (dict, list)):
        return kind_of(value)
    text = str(value)
    cut = text if len(text) <= limit else text[:limit] + "…"
    return repr(cut) if isinstance(value, str) else cut


def kind_of(value: Any) -> str:
    """`value` described by its kind: "a mapping", "the string 'x'", "int 3"."""
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the string {excerpt(value)}"
    return f"{type(value).__name__} {excerpt(value)}"


class _Report:
    """Collects the issues of one event while its fields are checked."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def error(self, path: FieldPath, message: str) -> None:
        self.issues.append(Issue(path, message))

    def warn(self, path: FieldPath, message: str) -> None:
        self.issues.append(Issue(path, message, "warning", on_key=True))

    @property
    def errors(self) -> int:
        return sum(i.severity == "error" for i in self.issues)


_INVALID = object()  # a value that failed its check (the issue says why)


# ---------------------------------------------------------------- kinds of field


class Field:
    """A field: `name`, `description` (for editors), `expected` (for error messages)."""

    json_type: ClassVar[dict[str, Any]] = {}
    dtype: ClassVar[Any] = "object"  # its column's dtype in the DataFrame

    def __init__(self, name: str, description: str, required: bool = False, expected: str = "") -> None:
        self.name = name
        self.description = description
        self.required = required
        self.expected = expected or self.expected_default()

    def expected_default(self) -> str:
        return "a value"

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        raise NotImplementedError

    def schema(self) -> dict[str, Any]:
        return {**self.json_type, "description": self.description}

    def is_empty(self, value: Any) -> bool:
        return value is None or value == "" or value == []

    def to_yaml(self, value: Any) -> Any:
        """The value as the writer writes it (plain YAML data)."""
        return value

    def flat(self, value: Any) -> Any:
        """The value in the flat row (JSON-ready, or a date)."""
        return value


def join_surrogates(text: str) -> str:
    """`text` with its surrogate pairs made the characters they stand for.

    JSON writes a character beyond U+FFFF as a pair of escapes ("\\ud83d\\ude00" for 😀);
    YAML loaders read each escape alone, which leaves two lone surrogates. YAML is meant to read
    JSON, so a pair is read as JSON reads it. A surrogate without its other half stays.
    """
    if not _SURROGATE.search(text):
        return text
    return re.sub(r"[\ud800-\udbff][\udc00-\udfff]",
                  lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text)


def _text_problem(text: str, single_line: bool) -> str | None:
    bad = _SURROGATE.search(text)
    if bad:
        return (f"holds a lone surrogate U+{ord(bad.group()):04X} at character {bad.start() + 1}, which is "
                "not a character (remove it, or write the whole character)")
    bad = _CONTROL.search(text)
    if bad:
        return (f"holds the control character U+{ord(bad.group()):04X} at character {bad.start() + 1} "
                "(remove it)")
    if single_line and _LINE_END.search(text):
        return "is more than one line (expected one line; for a folded `>` block write `>-`)"
    return None


class Text(Field):
    """A string; `single_line` for labels and addresses."""

    dtype = "string"

    def __init__(self, name: str, description: str, required: bool = False, expected: str = "",
                 single_line: bool = False) -> None:
        super().__init__(name, description, required, expected)
        self.single_line = single_line

    def expected_default(self) -> str:
        return "text"

    @property
    def json_type(self) -> dict[str, Any]:  # type: ignore[override]
        out: dict[str, Any] = {"type": "string"}
        if self.required:
            out["minLength"] = 1
        return out

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        if not isinstance(value, str) or (self.required and not value.strip()):
            report.error(path, f"{excerpt(value)} is not {self.expected}")
            return _INVALID
        value = join_surrogates(str(value))
        problem = _text_problem(value, self.single_line)
        if problem:
            report.error(path, f"{excerpt(value)} {problem}")
            return _INVALID
        return value


class Address(Text):
    """A source's address; "-" (standard input) is a placeholder that the reader should replace."""

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        value = super().check(value, path, report)
        if value == "-":
            report.warn(path, "'-' stands for standard input, not an address: give the article's url "
                              "(timeline extract - --url URL)")
        return value


class Id(Text):
    def expected_default(self) -> str:
        return ("letters, digits, '.', '_' or '-', starting with a letter or digit, at most 120 "
                "characters")

    @property
    def json_type(self) -> dict[str, Any]:  # type: ignore[override]
        return {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"}

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        if isinstance(value, str) and ID_PATTERN.fullmatch(value):
            return str(value)
        report.error(path, f"{excerpt(value)} is not a valid id (expected {self.expected})")
        return _INVALID


class Date(Field):
    """A partial date: YYYY, YYYY-MM or YYYY-MM-DD (YAML may read them as int, str or date)."""

    dtype = "string"
    json_type: ClassVar[dict[str, Any]] = {"anyOf": [
        {"type": "string", "pattern": r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"},
        {"type": "integer", "minimum": 1000, "maximum": PartialDate.MAX_YEAR},
    ]}

    def expected_default(self) -> str:
        return DATE_EXPECTED.removeprefix("expected ")

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        try:
            return PartialDate.parse(value)
        except InvalidDateError as e:
            report.error(path, str(e))
            return _INVALID

    def to_yaml(self, value: Any) -> Any:
        return str(value)

    def flat(self, value: Any) -> Any:
        return str(value) if value is not None else None


class Names(Field):
    """A list of non-empty one-line strings: tags, actors, places."""

    json_type: ClassVar[dict[str, Any]] = {"type": "array", "items": {"type": "string", "minLength": 1}}

    def __init__(self, name: str, description: str, item: str) -> None:
        self.item = item
        super().__init__(name, description)

    def expected_default(self) -> str:
        return "a list of strings"

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        if isinstance(value, str):
            report.error(path, f"expected a list of strings, got the string {excerpt(value)} "
                               f"(write {self.name}: [{value if len(value) <= EXCERPT_CHARS else '…'}])")
            return _INVALID
        if not isinstance(value, list):
            report.error(path, f"expected a list of strings, got {kind_of(value)}")
            return _INVALID
        out = []
        for i, item in enumerate(value):
            if isinstance(item, str):
                item = join_surrogates(str(item))
            problem = _text_problem(item, single_line=True) if isinstance(item, str) and item.strip() else \
                "is not a non-empty string"
            if problem is None:
                out.append(item)
            elif problem == "is not a non-empty string":
                article = "an" if self.item[:1] in "aeiou" else "a"
                report.error((*path, i), f"{excerpt(item)} is not {article} {self.item} (expected a non-empty string)")
            else:
                report.error((*path, i), f"{excerpt(item)} {problem}")
        return out if len(out) == len(value) else _INVALID

    def to_yaml(self, value: Any) -> Any:
        return list(value)

    def flat(self, value: Any) -> Any:
        return list(value)


class Choice(Field):
    dtype = "category"

    def __init__(self, name: str, description: str, choices: tuple[str, ...], default: str) -> None:
        self.choices, self.default = choices, default
        super().__init__(name, description)

    def expected_default(self) -> str:
        *rest, last = self.choices
        return f"{', '.join(rest)} or {last}" if rest else last

    @property
    def json_type(self) -> dict[str, Any]:  # type: ignore[override]
        return {"enum": list(self.choices), "default": self.default}

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        if isinstance(value, str) and value in self.choices:
            return str(value)
        report.error(path, f"{excerpt(value)} is not a {self.name} (expected {self.expected})")
        return _INVALID


class Number(Field):
    dtype = "float64"

    def __init__(self, name: str, description: str, low: float, high: float) -> None:
        self.low, self.high = low, high
        super().__init__(name, description)

    def expected_default(self) -> str:
        return f"a number from {self.low:g} to {self.high:g}"

    @property
    def json_type(self) -> dict[str, Any]:  # type: ignore[override]
        return {"type": "number", "minimum": self.low, "maximum": self.high}

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and self.low <= value <= self.high:
            return float(value)
        report.error(path, f"{excerpt(value)} is not a {self.name} (expected {self.expected})")
        return _INVALID


class Rank(Field):
    """A whole number from 1 up: a place in an order."""

    dtype = "Int64"  # nullable: most events have no rank
    json_type: ClassVar[dict[str, Any]] = {"type": "integer", "minimum": 1, "maximum": MAX_RANK}

    def expected_default(self) -> str:
        return f"a whole number from 1 to {MAX_RANK:,}"

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_RANK:
            return value
        report.error(path, f"{excerpt(value)} is not a {self.name} (expected {self.expected})")
        return _INVALID


class Records(Field):
    """A list of mappings, each checked against `fields` (the sources of an event)."""

    def __init__(self, name: str, description: str, fields: tuple[Field, ...], make: Callable[..., Any],
                 item: str) -> None:
        self.fields, self.make, self.item = fields, make, item
        super().__init__(name, description)

    def expected_default(self) -> str:
        return f"a list of {self.name} (- {', '.join(f.name + ': ...' for f in self.fields if f.required)})"

    def schema(self) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": f"#/$defs/{self.item}"}, "description": self.description}

    def item_schema(self) -> dict[str, Any]:
        return object_schema(self.fields, f"One of the {self.name}.")

    def check(self, value: Any, path: FieldPath, report: _Report) -> Any:
        if not isinstance(value, list):
            report.error(path, f"expected {self.expected}, got {kind_of(value)}")
            return _INVALID
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                required = " and ".join(f.name for f in self.fields if f.required)
                report.error((*path, i), f"expected a mapping with {required}, got {kind_of(item)}")
                continue
            values = _check_mapping(item, self.fields, (*path, i), report)
            if values is not None:
                out.append(self.make(**values))
        return out if len(out) == len(value) else _INVALID

    def to_yaml(self, value: Any) -> Any:
        return [to_mapping(record, self.fields) for record in value]

    def flat(self, value: Any) -> Any:
        return [to_mapping(record, self.fields) for record in value]


# ---------------------------------------------------------------- the format

SOURCE_FIELDS: tuple[Field, ...] = (
    Address("url", "Address of the article (or its path in the repository).", required=True,
         expected="the address of the article (or its path in the repository)", single_line=True),
    Text("title", "Headline of the article.", expected="the article's headline as text", single_line=True),
    Date("published", "Publication date of the article."),
    Text("quote", "The sentence of the article that reports the event.", required=True,
         expected="the sentence of the article that reports the event"),
)

EVENT_FIELDS: tuple[Field, ...] = (
    Id("id", "Stable id and permalink; defaults to the file name."),
    Text("title", "Short headline: who did what.", required=True, expected="a short headline as text",
         single_line=True),
    Date("date", "When it happened (start of a range).", required=True),
    Date("end", "End of a range, on or after date."),
    Text("summary", "A few sentences of context."),
    Names("tags", "Topics, for filtering and colour.", item="tag"),
    Names("actors", "People and organisations involved.", item="actor"),
    Names("places", "Countries and cities involved.", item="place"),
    Records("sources", "The articles that report the event, each with its quote.", SOURCE_FIELDS, Source,
            item="source"),
    Choice("status", "draft (machine-made), reviewed (checked by a person) or rejected (kept out of "
           "the site, never extracted again).", STATUSES, default="draft"),
    Number("confidence", "How sure the extractor was (0 to 1).", 0, 1),
    Rank("rank", "Importance among the events `extract --top` chose: 1 is the most important."),
)
FIELD_NAMES = tuple(f.name for f in EVENT_FIELDS)
SOURCE_FIELD_NAMES = tuple(f.name for f in SOURCE_FIELDS)
_BY_NAME = {f.name: f for f in EVENT_FIELDS}


def object_schema(fields: tuple[Field, ...], description: str) -> dict[str, Any]:
    """The JSON Schema of a mapping of `fields` (no other keys)."""
    return {
        "type": "object",
        "description": description,
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
        "properties": {f.name: f.schema() for f in fields},
    }


def _check_mapping(data: dict, fields: tuple[Field, ...], path: FieldPath, report: _Report) -> dict | None:
    """The checked values of `data`'s fields (None if any is invalid); unknown keys warn."""
    names = tuple(f.name for f in fields)
    for key in data:
        if key not in names:
            report.warn((*path, key), "unknown field" + _suggest(key, names))
    values: dict[str, Any] = {}
    ok = True
    for field in fields:
        value = data.get(field.name)
        if value is None:
            if field.required:
                report.error((*path, field.name), f"missing (expected {field.expected})")
                ok = False
            continue
        checked = field.check(value, (*path, field.name), report)
        if checked is _INVALID:
            ok = False
        else:
            values[field.name] = checked
    return values if ok else None


def _suggest(key: Any, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), choices, n=1, cutoff=0.7)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f" (expected one of {', '.join(choices)}{hint})"


def check_event(data: Any, default_id: str, path: FieldPath = ()) -> tuple[Event | None, list[Issue]]:
    """The event in `data` (a mapping of fields, as YAML loads it) and every issue found.

    The event is None if any issue is an error. `default_id` is used when `data` has no id;
    `path` prefixes every issue's path (the index of the event in a list file).
    """
    report = _Report()
    if not isinstance(data, dict):
        report.error(path, f"expected a mapping of event fields (title: ..., date: ...), got {kind_of(data)}")
        return None, report.issues
    values = _check_mapping(data, EVENT_FIELDS, path, report)
    if values is not None and "end" in values and values["end"].start < values["date"].start:
        report.error((*path, "end"), f"{values['end']} is before date {values['date']} "
                                     "(expected an end on or after the date)")
    if values is None or report.errors:
        return None, report.issues
    values.setdefault("id", default_id)
    return Event(**values), report.issues


def to_mapping(record: Any, fields: tuple[Field, ...] = EVENT_FIELDS) -> dict[str, Any]:
    """An event (or a source) as the writer writes it: declared fields in declared order, the
    empty ones left out."""
    out: dict[str, Any] = {}
    for field in fields:
        value = getattr(record, field.name, None)
        if not field.is_empty(value):
            out[field.name] = field.to_yaml(value)
    return out


# ---------------------------------------------------------------- the flat row


class Column(NamedTuple):
    name: str
    value: Callable[[Event], Any]
    dtype: Any


def _columns() -> tuple[Column, ...]:
    """Each field's column, and after some of them the columns derived from them."""
    derived: dict[str, list[Column]] = {
        "date": [Column("precision", lambda e: e.date.precision, "category"),
                 Column("start", lambda e: e.date.first_day, "datetime64[s]")],
        # the first day after the event: a month event of 2026-01 stops at 2026-02-01
        "end": [Column("stop", lambda e: e.stop.date(), "datetime64[s]")],
        "sources": [Column("n_sources", lambda e: len(e.sources), "int64")],
    }
    out: list[Column] = []
    for field in EVENT_FIELDS:
        out.append(Column(field.name, lambda e, f=field: f.flat(getattr(e, f.name)), field.dtype))
        out += derived.get(field.name, [])
    return tuple(out)


COLUMNS = _columns()
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
CATEGORIES = {"precision": ("year", "month", "day"), "status": STATUSES}


def flat_row(event: Event) -> dict[str, Any]:
    """The event as one row: every field (dates as ISO text, lists as lists, sources as
    mappings) and `precision`, `start` (first day), `stop` (first day after) and `n_sources`."""
    return {c.name: c.value(event) for c in COLUMNS}


def flat_text(value: Any) -> str:
    """A row value as one CSV cell: lists joined by '; ', sources as JSON, dates in ISO."""
    import json

    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return json.dumps(value, ensure_ascii=False)
        return "; ".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def field(name: str) -> Field:
    return _BY_NAME[name]
