"""YAML from untrusted files: bounded nesting and aliases before any value is built; exact dumps."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.settings import YAML_ALIAS_BUDGET, YAML_MAX_DEPTH
from timeline.yamltext import YamlLimit, check_nesting, dump, load_fast, load_round_trip

LOADERS = [load_fast, load_round_trip]


def laughs(levels: int) -> str:
    """The "billion laughs": each level repeats the one before nine times (461 bytes for 8)."""
    lines = ["title: T", "date: 2026", 'a0: &a0 ["lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("load", LOADERS)
def test_aliases_that_multiply_values_are_refused_before_they_expand(load):
    assert len(laughs(8).encode()) < 500
    with pytest.raises(YamlLimit) as info:
        load(laughs(8))
    assert "aliases (*name) repeat values" in info.value.message and info.value.line > 2
    assert f"at most {YAML_ALIAS_BUDGET:,} more than written" in info.value.message


@pytest.mark.parametrize("load", LOADERS)
def test_aliases_within_the_budget_and_merge_keys_load(load):
    data = load(laughs(3))  # 9**3 = 729 values from a few written
    assert len(data["a3"]) == 9 and data["a3"][0] is data["a3"][1]  # shared, never copied
    merged = load("base: &base {url: u, quote: q}\nsource: {<<: *base, title: T}\n")
    assert merged["source"] == {"url": "u", "quote": "q", "title": "T"}


@pytest.mark.parametrize("load", LOADERS)
def test_a_value_that_holds_itself_is_refused(load):
    with pytest.raises(YamlLimit) as info:
        load("a: &a [1, *a]\n")
    assert "holds itself" in info.value.message


@pytest.mark.parametrize("load", LOADERS)
def test_deep_nesting_is_refused_with_its_place(load):
    with pytest.raises(YamlLimit) as info:
        load("title: T\ndate: 2026\nx: " + "[" * 200 + "]" * 200 + "\n")
    assert info.value.message == f"nests values {YAML_MAX_DEPTH + 1} levels deep (at most {YAML_MAX_DEPTH}; an event " \
                                 "file needs 5)"
    assert info.value.line == 2
    nested: list = []
    for _ in range(39):
        nested = [nested]
    assert load("x: " + "[" * 40 + "]" * 40 + "\n") == {"x": nested}


@pytest.mark.parametrize("text", [
    "x: " + "[" * 100_000 + "]" * 100_000,   # libyaml takes minutes over this, then crashes
    "- " * 50_000 + "a\n",
    "{" * 3000,
])
def test_the_scan_refuses_absurd_nesting_before_a_parser_sees_it(text):
    with pytest.raises(YamlLimit) as info:
        check_nesting(text)
    assert info.value.message.startswith("nests values too deeply (more than 1000 levels")
    for load in LOADERS:
        with pytest.raises(YamlLimit):
            load(text)


def test_brackets_closed_on_their_line_do_not_add_up():
    check_nesting("tags: [a, b]\n" * 5000 + "quote: 'a [bracket] or {two}'\n" * 5000)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "quote", "summary", "url"]), TEXT, min_size=1))
def test_dump_reads_back_exactly(data):
    """Double spaces, leading spaces, line breaks, '#', ': ', controls, emoji: every string comes back."""
    text = dump(data)
    assert load_fast(text) == data
    assert load_round_trip(text) == data


@pytest.mark.parametrize("text", ["\x85", "a\x85b", "\u2028", "x\u2029y", " \x85 "])
def test_yaml_1_1_line_breaks_are_written_escaped(text):
    dumped = dump({"summary": text})
    assert load_fast(dumped) == load_round_trip(dumped) == {"summary": text}


def test_dump_never_folds_a_long_line():
    quote = "He said  that  " * 30
    text = dump({"quote": quote})
    assert text.count("\n") == 1 and load_fast(text) == {"quote": quote}


@pytest.mark.parametrize("value", ["11:34", "yes", "No", "on", "~", "1_000", "0x1A", "2026-01-03", ".inf", "null"])
def test_strings_yaml_1_1_reads_otherwise_are_written_quoted(value):
    # ruamel.yaml writes YAML 1.2, where "11:34" and "yes" are plain text; libyaml (YAML 1.1,
    # which reads the files back) takes them for the number 694 and true
    data = {"title": value, "sources": [{"url": "u", "quote": value}]}
    text = dump(data)
    assert load_fast(text) == data and load_round_trip(text) == data


def test_a_draft_titled_with_a_clock_time_reads_back(tmp_path):
    from timeline.model import Event, PartialDate, Source
    from timeline.store import draft_text, read_events

    event = Event(id="e", date=PartialDate(2026, 1, 3), title="11:34", sources=[Source(url="u", quote="yes")])
    (tmp_path / "e.yaml").write_text(draft_text(event))
    (back,) = read_events(tmp_path)
    assert (back.title, back.quote) == ("11:34", "yes")
