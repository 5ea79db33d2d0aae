"""`newsdesk stories --output FILE` writes a temporary file beside FILE and renames it at the end:
a write that fails partway (a full disk; here a file-size limit) keeps the old output whole and
says so in one line. It used to write in place and leave half a file."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

LIMIT = 4096  # bytes any file the command writes may grow to


def _limited() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _items(path: Path, count: int) -> None:
    words = ["harbour", "glacier", "orchard", "lantern", "meadow", "quarry", "violin", "canyon"]
    lines = []
    for i in range(count):
        w1, w2 = words[i % 8], words[(i // 8) % 8]
        lines.append(
            json.dumps(
                {
                    "id": f"item-{i:03d}",
                    "url": f"https://outlet{i}.example/story/{i}",
                    "title": f"Report {i} on the {w1} {w2} council vote number {i * 7919}",
                    "published": f"2026-0{1 + i % 9}-1{i % 10}T09:00:00Z",
                }
            )
        )
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_a_write_that_fails_partway_keeps_the_old_output(tmp_path: Path) -> None:
    src, out = tmp_path / "items.jsonl", tmp_path / "stories.jsonl"
    _items(src, 60)
    old = '{"old": "output"}\n' * 300  # over the limit itself: a limit stops growth only
    out.write_text(old, "utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "COVERAGE_PROCESS_START": ""}
    res = subprocess.run(
        [sys.executable, "-m", "newsdesk", "stories", "--input", str(src), "--output", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        preexec_fn=_limited,
        timeout=120,
    )
    assert res.returncode == 1, res.stderr
    assert res.stderr.splitlines() == [
        f"error: {out}: cannot write (File too large); the file already there is kept"
    ]
    assert out.read_text("utf-8") == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["items.jsonl", "stories.jsonl"]
    # unlimited, the same command replaces it with more than the limit allowed
    whole = subprocess.run(
        [sys.executable, "-m", "newsdesk", "stories", "--input", str(src), "--output", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert whole.returncode == 0, whole.stderr
    assert len(out.read_bytes()) > LIMIT and json.loads(out.read_text("utf-8").splitlines()[0])
