"""A JSON Schema of the event file format, for editors (VS Code YAML) to validate and complete.

The loader (`store`) is the authority: it reports problems a schema cannot express (impossible
dates, `end` before `date`, duplicate ids). The schema mirrors its rules so editors flag most
mistakes while typing.
"""

from __future__ import annotations

from typing import Any

from .model import STATUSES
from .store import ID_PATTERN

_DATE = {
    "description": "A date at its precision: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).",
    "anyOf": [
        {"type": "string", "pattern": r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"},
        {"type": "integer", "minimum": 1000, "maximum": 9999},
    ],
}
_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}}


def event_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an event file: one event mapping or a list of them."""
    source = {
        "type": "object",
        "description": "An article that reports the event.",
        "required": ["url", "quote"],
        "additionalProperties": False,
        "properties": {
            "url": {"type": "string", "minLength": 1,
                    "description": "Address of the article (or its path in the repository)."},
            "title": {"type": "string", "description": "Headline of the article."},
            "published": {**_DATE, "description": "Publication date of the article."},
            "quote": {"type": "string", "minLength": 1,
                      "description": "The sentence of the article that reports the event."},
        },
    }
    event = {
        "type": "object",
        "required": ["title", "date"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$",
                   "description": "Stable id and permalink; defaults to the file name."},
            "date": {**_DATE, "description": "When it happened (start of a range)."},
            "end": {**_DATE, "description": "End of a range, on or after date."},
            "title": {"type": "string", "minLength": 1, "description": "Short headline: who did what."},
            "summary": {"type": "string", "description": "A few sentences of context."},
            "tags": {**_STRINGS, "description": "Topics, for filtering and colour."},
            "actors": {**_STRINGS, "description": "People and organisations involved."},
            "places": {**_STRINGS, "description": "Countries and cities involved."},
            "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}},
            "status": {"enum": list(STATUSES), "default": "draft",
                       "description": "draft (machine-made) or reviewed (checked by a person)."},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1,
                           "description": "How sure the extractor was (0 to 1)."},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/timeline/timeline/event.schema.json",
        "title": "timeline event file",
        "description": "One event, or a list of events, of a timeline.",
        "oneOf": [{"$ref": "#/$defs/event"},
                  {"type": "array", "items": {"$ref": "#/$defs/event"}}],
        "$defs": {"event": event, "source": source},
    }
