import pandas as pd
import pytest
from conftest import ROOT

import timeline
from timeline import EventFileError, load_events


def test_seed_table_has_typed_columns_sorted_by_start():
    frame = load_events(ROOT / "events")
    assert list(frame.columns) == ["id", "title", "date", "precision", "start", "end", "stop", "summary", "tags",
                                   "actors", "places", "sources", "n_sources", "status", "confidence", "rank", "file"]
    assert list(frame["date"]) == ["2022", "2026-01", "2026-01-03", "2026-01-20", "2026-01-20"]
    assert list(frame["precision"]) == ["year", "month", "day", "day", "day"]
    assert frame["start"].is_monotonic_increasing
    assert pd.api.types.is_datetime64_dtype(frame["start"]) and pd.api.types.is_datetime64_dtype(frame["stop"])
    assert pd.api.types.is_string_dtype(frame["title"]) and pd.api.types.is_string_dtype(frame["id"])
    assert frame["n_sources"].dtype == "int64" and frame["confidence"].dtype == "float64"
    assert frame["rank"].dtype == "Int64" and frame["rank"].isna().all()  # no event was ranked
    assert isinstance(frame.loc[0, "tags"], list) and isinstance(frame.loc[0, "sources"][0], dict)
    month = frame[frame["date"] == "2026-01"].iloc[0]
    assert (month["start"], month["stop"]) == (pd.Timestamp("2026-01-01"), pd.Timestamp("2026-02-01"))
    assert pd.isna(month["end"])  # the event's own `end` field: it has none
    year = frame.iloc[0]
    assert (year["start"], year["stop"]) == (pd.Timestamp("2022-01-01"), pd.Timestamp("2023-01-01"))
    assert frame.loc[3, "n_sources"] == 2


def test_ranges_end_with_their_end_date(write, tmp_path):
    write("events/r.yaml", "title: R\ndate: 2026-01-03\nend: 2026-02\n")
    frame = load_events(tmp_path / "events")
    assert (frame.loc[0, "start"], frame.loc[0, "stop"]) == (pd.Timestamp("2026-01-03"), pd.Timestamp("2026-03-01"))
    assert frame.loc[0, "end"] == "2026-02"


def test_empty_folder_gives_an_empty_typed_frame(tmp_path):
    (tmp_path / "events").mkdir()
    frame = load_events(tmp_path / "events")
    assert frame.empty and len(frame.columns) == 17
    assert pd.api.types.is_datetime64_dtype(frame["start"])


def test_invalid_files_raise_with_every_problem(write, tmp_path):
    write("events/a.yaml", "title: A\ndate: 2026-13\n")
    write("events/b.yaml", "date: 2026\n")
    with pytest.raises(EventFileError) as info:
        load_events(tmp_path / "events")
    assert len(info.value.problems) == 2


def test_public_api_is_curated():
    assert set(timeline.__all__) <= set(dir(timeline))
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None
    with pytest.raises(AttributeError):
        timeline.not_a_thing  # noqa: B018
