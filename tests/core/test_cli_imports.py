"""The command line starts without loading the stages (issue 16: `newsdesk --help` is fast).

Each command imports its stage when it runs, so `newsdesk --help`, `newsdesk review list -h`
or a typo's usage error never pay for numpy, scipy, trafilatura or the drafting code.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = (
    "numpy",
    "scipy",
    "trafilatura",
    "feedparser",
    "datasketch",
    "httpx",
    "jinja2",
    "pysbd",
    "http.server",
    "newsdesk.crawler",
    "newsdesk.stories",
    "newsdesk.summarizer",
    "newsdesk.review",
    "newsdesk.sitebuilder",
)


def test_the_cli_loads_no_stage_and_no_heavy_library_until_a_command_runs() -> None:
    code = (
        "import sys, newsdesk.cli\n"
        f"heavy = {HEAVY!r}\n"
        "print(sorted(m for m in sys.modules if m in heavy or m.startswith(tuple(h + '.' for h in heavy))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_help_still_lists_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsdesk", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("crawl", "stories", "draft", "review", "serve", "build-site", "verify"):
        assert command in out.stdout
