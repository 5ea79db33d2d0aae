"""The command line starts without loading the stages (issue 16: `newsdesk --help` is fast).

Each command imports its stage when it runs, so `newsdesk --help`, `newsdesk review list -h`
or a typo's usage error never pay for numpy, scipy, trafilatura or the drafting code.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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


def test_checking_serve_s_host_loads_no_web_server() -> None:
    """`newsdesk serve --host 10.0.0.1` is refused as bad usage before anything is built: the
    check is serve.py's own, so it loads neither the preview nor http.server (it imported
    preview.py inside the option's callback to reach it)."""
    code = (
        "import sys\n"
        "from newsdesk.cli.serve import _loopback\n"
        "_loopback('::1')\n"
        "print(sorted(m for m in ('http.server', 'newsdesk.cli.preview') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def _module_imports(tree: ast.Module) -> set[tuple[str, str | None]]:
    """What a module imports when it loads (its TYPE_CHECKING block is not loaded)."""
    out: set[tuple[str, str | None]] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for n in ast.walk(node) if isinstance(node, ast.If | ast.Try) else [node]:
            if isinstance(n, ast.ImportFrom):
                out |= {(n.module or "", a.name) for a in n.names}
            elif isinstance(n, ast.Import):
                out |= {(a.name, None) for a in n.names}
    return out


def test_no_function_imports_what_its_module_imported_already() -> None:
    """A function-level import is for a stage or library the module must not load early; one
    repeating the module's own import says nothing (review/state.py imported Store twice)."""
    repeated = []
    for path in sorted(ROOT.rglob("*.py")):
        if {".venv", "tests", "benchmarks", "build"} & set(path.relative_to(ROOT).parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        loaded = _module_imports(tree)
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for n in ast.walk(fn):
                names = (
                    [(n.module or "", a.name) for a in n.names]
                    if isinstance(n, ast.ImportFrom)
                    else [(a.name, None) for a in n.names]
                    if isinstance(n, ast.Import)
                    else []
                )
                repeated += [f"{path.relative_to(ROOT)}:{n.lineno}" for m in names if m in loaded]
    assert repeated == []
