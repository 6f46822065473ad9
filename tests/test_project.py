"""`timeline init`: a new project that validates and builds, and overwrites nothing."""

from __future__ import annotations

import subprocess
import sys

import yaml
from conftest import ROOT

from timeline.project import FILES


def init(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "timeline", "init", *args], capture_output=True, text=True,
                          cwd=cwd)


def test_init_writes_a_project_that_builds_strictly(tmp_path):
    title = 'Floods: "2026" & after — 洪水'
    run = init(str(tmp_path / "floods"), "--title", title)
    assert run.returncode == 0, run.stderr
    project = tmp_path / "floods"
    assert sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file()) == sorted(FILES)
    config = (project / "mkdocs.yml").read_text()
    assert yaml.load(config, Loader=_EnvLoader)["site_name"] == title  # noqa: S506 (a SafeLoader)
    assert {"public/", "downloads/"} <= set((project / ".gitignore").read_text().split())
    # the project's workflow is the one this repository runs
    assert (project / ".github/workflows/site.yml").read_text() == (ROOT / ".github/workflows/site.yml").read_text()
    check = subprocess.run([sys.executable, "-m", "timeline", "validate", "--strict"], cwd=project,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    home = (project / "public" / "index.html").read_text()
    assert "Floods: &#34;2026&#34; &amp; after — 洪水" in home or "Floods: &quot;2026&quot; &amp; after" in home
    assert "The timeline is started" in home


def test_init_overwrites_nothing_and_writes_nothing_when_one_file_is_there(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "about.md").write_text("mine")
    run = init(cwd=tmp_path)
    assert run.returncode == 2 and "site/about.md: already there" in run.stderr and "Traceback" not in run.stderr
    assert (tmp_path / "site" / "about.md").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["about.md", "site"]


def test_init_refuses_a_bad_title(tmp_path):
    for title in ("", "two\nlines", "x" * 201, "</title><script>alert(1)</script>"):
        run = init(str(tmp_path / "p"), "--title", title)
        assert run.returncode == 2 and run.stderr.startswith("error: --title:"), run.stderr
    assert not (tmp_path / "p").exists()


class _EnvLoader(yaml.SafeLoader):
    pass


_EnvLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
