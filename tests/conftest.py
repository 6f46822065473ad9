from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent

# Property tests draw the same examples on every run, so that CI passes or fails for the code,
# not for the draw; `pytest --hypothesis-profile=explore` draws new ones each run.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("default")


@pytest.fixture
def write(tmp_path: Path):
    """Write a dedented file under tmp_path and return its path."""

    def _write(relative: str, content: str) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return path

    return _write


MKDOCS_YML = """\
site_name: Test timeline
site_url: https://example.org/
docs_dir: site
site_dir: public
theme:
  name: material
  font: false
  features: [navigation.instant]
  palette:
    - scheme: default
      toggle: {icon: material/weather-night, name: Switch to dark mode}
    - scheme: slate
      toggle: {icon: material/weather-sunny, name: Switch to light mode}
plugins:
  - search
  - timeline
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh site project in tmp_path (the working directory) with the seed events."""
    import shutil

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "about.md").write_text("# About\n\nA test site.\n", encoding="utf-8")
    shutil.copytree(ROOT / "events", tmp_path / "events")
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path
