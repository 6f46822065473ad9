"""The CI files: the Pages workflow parses and has its jobs; .ci/run runs the README's test command."""

import re

from conftest import ROOT
from ruamel.yaml import YAML


def workflow() -> dict:
    return YAML(typ="safe").load(ROOT / ".github" / "workflows" / "site.yml")


def test_workflow_validates_builds_strict_and_deploys_from_main():
    flow = workflow()
    assert set(flow[True] if True in flow else flow["on"]) >= {"push", "pull_request"}
    assert set(flow["jobs"]) == {"build", "deploy"}
    runs = [step.get("run", "") for step in flow["jobs"]["build"]["steps"]]
    uses = [step.get("uses", "") for step in flow["jobs"]["build"]["steps"]]
    assert "timeline validate --strict" in runs and "mkdocs build --strict" in runs
    assert runs.index("timeline validate --strict") < runs.index("mkdocs build --strict")
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, re.S)
    build_command, test_command = blocks[0].strip(), blocks[1].strip()
    assert "timeline build" in build_command
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in ci
    assert ci.rstrip().splitlines()[-1] == test_command
