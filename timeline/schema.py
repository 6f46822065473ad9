"""A JSON Schema of the event file format, for editors (VS Code YAML) to validate and complete.

Derived from the format's declaration (`fields`), so it cannot drift from the validator. The
loader remains the authority: it reports what a schema cannot express (impossible dates such as
2026-02-30, `end` before `date`, duplicate ids, control characters).
"""

from __future__ import annotations

from typing import Any

from .fields import EVENT_FIELDS, Records, object_schema


def event_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an event file: one event mapping or a list of them."""
    defs: dict[str, Any] = {"event": object_schema(EVENT_FIELDS, "One event of the timeline.")}
    for field in EVENT_FIELDS:
        if isinstance(field, Records):
            defs[field.item] = field.item_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/timeline/timeline/event.schema.json",
        "title": "timeline event file",
        "description": "One event, or a list of events, of a timeline.",
        "oneOf": [{"$ref": "#/$defs/event"},
                  {"type": "array", "items": {"$ref": "#/$defs/event"}}],
        "$defs": defs,
    }
