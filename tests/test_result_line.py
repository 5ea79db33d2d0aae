"""The README's test command ends with pytest's result line ("N passed in …").

pyproject's addopts held ``-q``, so the rules' ``pytest -q`` ran at ``-qq``, where pytest prints
no result line: a run ended with the coverage table and nothing saying whether it passed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ONE = "tests/test_testkit.py::test_the_test_config_is_valid_and_overrides_merge"


def test_pytest_and_pytest_q_both_end_with_the_result_line(tmp_path: Path) -> None:
    for extra in ([], ["-q"]):
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", *extra, "-p", "no:cacheprovider", "--no-cov", ONE],
            cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout + proc.stderr
        last = proc.stdout.strip().splitlines()[-1]
        assert re.search(r"\b1 passed in ", last), (extra, proc.stdout)
