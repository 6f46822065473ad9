"""YAML text ↔ plain data, for files nobody vetted: event files and article front matter.

Reading is bounded before and after parsing:

1. `check_nesting` scans the text once (linear) for an upper bound of its nesting: libyaml's
   time grows with the square of it (100 000 unclosed '[' take minutes) and its composer
   recurses in C; ruamel.yaml's constructor recurses in Python.
2. The parsed tree (nodes, before any Python value is built) is measured exactly: depth, and
   how many values aliases (`*name`) add, so a "billion laughs" file of a few hundred bytes is
   refused instead of costing gigabytes to whoever walks it; a value that contains itself too.
3. Only YAML's core tags build values: `!!python/object` and the like are refused.

`load_fast` uses libyaml (PyYAML's C loader, YAML 1.1, no positions) for files that turn out
valid; `load_round_trip` uses ruamel.yaml (YAML 1.2, the authority, with the line and column of
every value) for files that have problems. `dump` writes text that loads back to the same data,
every string exactly (no line folding, which would eat a double space).
"""

from __future__ import annotations

import io
from typing import Any

from .settings import YAML_ALIAS_BUDGET, YAML_MAX_DEPTH, YAML_NESTING_SCAN_LIMIT


class YamlLimit(Exception):
    """A document past one of the bounds: `line` and `column` are 0-based, as YAML marks are."""

    def __init__(self, line: int, column: int, message: str):
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def check_nesting(text: str) -> None:
    """Refuse `text` whose nesting may exceed the scan limit (an upper bound, counted per line:
    indentation, "- " / "? " / ": " indicators, and '[' '{' not yet closed)."""
    flow = 0
    for number, line in enumerate(text.split("\n")):
        opens = line.count("[") + line.count("{")
        bound = (len(line) - len(line.lstrip(" ")) + line.count("- ") + line.count("? ") + line.count(": ")
                 + flow + opens)
        if bound > YAML_NESTING_SCAN_LIMIT:
            raise YamlLimit(number, 0, f"nests values too deeply (more than {YAML_NESTING_SCAN_LIMIT} "
                                       "levels of indentation, '- ' or unclosed '[' and '{' by line "
                                       f"{number + 1}); an event file needs a handful")
        flow = max(0, flow + opens - line.count("]") - line.count("}"))


def measure(root: Any) -> None:
    """Refuse a parsed tree (PyYAML or ruamel.yaml nodes) deeper than `YAML_MAX_DEPTH`, that
    contains itself, or whose aliases add more than `YAML_ALIAS_BUDGET` values.

    Linear in the nodes written: each node is measured once (its size and depth remembered),
    however many aliases point at it.
    """
    sizes: dict[int, int] = {}
    depths: dict[int, int] = {}
    busy: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    written = 0
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        children = _children(node)
        if not children_done:
            if key in busy:
                raise _at(node, "holds itself (an alias *name inside the value its &name anchors); "
                                "write the values out")
            busy.add(key)
            written += 1
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        busy.discard(key)
        sizes[key] = 1 + sum(sizes[id(c)] for c in children)
        depth = depths[key] = 1 + max((depths[id(c)] for c in children), default=0)
        if depth > YAML_MAX_DEPTH:
            raise _at(node, f"nests values {depth} levels deep (at most {YAML_MAX_DEPTH}; an event file "
                            "needs 5)")
        if sizes[key] - written > YAML_ALIAS_BUDGET:
            raise _at(node, f"aliases (*name) repeat values until they make over {sizes[key]:,} values "
                            f"(at most {YAML_ALIAS_BUDGET:,} more than written); write the values out "
                            "instead of repeating aliases")


def _children(node: Any) -> list[Any]:
    kind = getattr(node, "id", "scalar")
    if kind == "sequence":
        return list(node.value)
    if kind == "mapping":
        return [part for pair in node.value for part in pair]
    return []


def _at(node: Any, message: str) -> YamlLimit:
    mark = getattr(node, "start_mark", None)
    return YamlLimit(mark.line if mark else 0, mark.column if mark else 0, message)


# ---------------------------------------------------------------- libyaml (fast path)


_FastLoader: Any = None


def _fast_loader() -> type:
    import yaml as pyyaml

    class Loader(pyyaml.CSafeLoader):
        def get_single_data(self) -> Any:
            node = self.get_single_node()
            if node is None:
                return None
            measure(node)  # before any value is built
            return self.construct_document(node)

        def construct_mapping(self, node, deep=False):  # type: ignore[override]
            self.flatten_mapping(node)  # merge keys (<<: *base) first, as the base class does
            keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
            if len(keys) != len(set(map(repr, keys))):
                raise ValueError("duplicate key")
            return super().construct_mapping(node, deep=deep)

    Loader.add_constructor("tag:yaml.org,2002:map", Loader.construct_mapping)
    return Loader


def load_fast(text: str) -> Any:
    """Plain data from `text` with libyaml, within the bounds; raises on any problem at all
    (bounds as `YamlLimit`; invalid YAML, duplicate keys, unknown tags as other exceptions)."""
    import yaml as pyyaml

    global _FastLoader
    if _FastLoader is None:
        _FastLoader = _fast_loader()
    check_nesting(text)
    return pyyaml.load(text, Loader=_FastLoader)  # noqa: S506 - a CSafeLoader: builds plain data only


# ---------------------------------------------------------------- ruamel.yaml (positions)

_CORE_TAGS = {f"tag:yaml.org,2002:{t}" for t in (
    "str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge", "value", "binary",
    "omap", "set", "pairs")}
_ROUND_TRIP: Any = None


def _round_trip_constructor() -> type:
    from ruamel.yaml.constructor import RoundTripConstructor

    class Constructor(RoundTripConstructor):
        """The round-trip constructor, within the bounds, minus anything that is not plain data."""

        def get_single_data(self) -> Any:
            node = self.composer.get_single_node()
            if node is None:
                return None
            measure(node)  # before any value is built
            return self.construct_document(node)

        def construct_non_recursive_object(self, node: Any, tag: Any = None) -> Any:
            name = getattr(node.tag, "value", node.tag)
            if name and name not in _CORE_TAGS:
                refused = getattr(self.loader, "refused_tags", None)
                if refused is not None:
                    refused.append((node.start_mark, name))
                return None
            return super().construct_non_recursive_object(node, tag)

        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            # `date: 2026-13-01` looks like a timestamp but is none; keep the text so that
            # validation explains it instead of the parser failing with "month must be in 1..12"
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return node.value

    # the table of constructors holds the base class's function; point it at the override
    Constructor.add_constructor("tag:yaml.org,2002:timestamp", Constructor.construct_yaml_timestamp)
    return Constructor


def load_round_trip(text: str, refused_tags: list | None = None) -> Any:
    """Data from `text` with ruamel.yaml's round-trip loader (mappings and lists know the line
    and column of each value: `.lc`), within the bounds (`YamlLimit`). Values with a tag outside
    YAML's core schema load as None, and (mark, tag) is appended to `refused_tags`. Invalid YAML
    raises ruamel's `MarkedYAMLError` (or `YAMLError`)."""
    from ruamel.yaml import YAML

    global _ROUND_TRIP
    if _ROUND_TRIP is None:
        _ROUND_TRIP = _round_trip_constructor()
    check_nesting(text)
    yaml = YAML(typ="rt")
    yaml.Constructor = _ROUND_TRIP
    yaml.refused_tags = refused_tags if refused_tags is not None else []  # type: ignore[attr-defined]
    try:
        return yaml.load(text)
    except RecursionError:  # within the scan's bound but deeper than Python's stack
        raise YamlLimit(0, 0, f"nests values too deeply (at most {YAML_MAX_DEPTH} levels)") from None


# ---------------------------------------------------------------- writing


def dump(data: Any) -> str:
    """YAML text of `data` (plain values, or ruamel's round-trip values with their comments).

    Lines are never folded: a folded line break in a plain scalar reads back as one space, so
    "a  b" (two spaces) would come back as "a b". Strings that need it are quoted and escaped.
    """
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 1 << 30
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(_quoted_where_needed(data), buffer)
    return buffer.getvalue()


def _read_as_other(value: str) -> bool:
    """Whether YAML 1.1's resolver (what `load_fast` reads with) takes plain `value` for
    anything but a string."""
    import yaml as pyyaml

    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = pyyaml.resolver.Resolver()
    return _RESOLVER.resolve(pyyaml.ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str"


_RESOLVER = None


# YAML 1.1's other line breaks: ruamel.yaml writes NEL (U+0085) raw inside a single-quoted
# string, where it reads back as a space; in double quotes it is escaped ("\N") and exact
_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")


def _quoted_where_needed(data: Any) -> Any:
    """`data` with every string that holds NEL, LS or PS marked to be written double-quoted,
    and every string that YAML 1.1 would read as something else ("11:34" is the number 694 to
    libyaml, "yes" is true; ruamel.yaml writes YAML 1.2 and leaves them plain) single-quoted."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, ScalarString, SingleQuotedScalarString

    if isinstance(data, str):
        if any(c in data for c in _OTHER_BREAKS):
            return DoubleQuotedScalarString(data)
        if not isinstance(data, ScalarString) and _read_as_other(data):
            return SingleQuotedScalarString(data)
        return data
    if isinstance(data, dict):
        for key, value in data.items():
            escaped = _quoted_where_needed(value)
            if escaped is not value:
                data[key] = escaped
        return data
    if isinstance(data, list):
        for i, value in enumerate(data):
            escaped = _quoted_where_needed(value)
            if escaped is not value:
                data[i] = escaped
        return data
    return data
