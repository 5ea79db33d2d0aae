"""Session 35: the copy rule on an editor's text reads close copies as drafts do (closecopy.py).
A sentence that keeps most of one source sentence's words in its order, in runs shorter than 8
(patchwriting), passed `newsdesk verify --input/--text` and `review approve` before; it now
fails with one reason naming the source. (Sentences written for this test: an invented paper.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROTA = "Tomas Illing, a night editor, said the rota had cut overtime within two months."
TEXT = (
    "The Kestrel Gazette changed how its newsroom schedules night shifts in January."
    f" {ROTA} The paper plans to keep the rota for the rest of the year."
)
# 12 of ROTA's 14 words, in runs of 5 ('Tomas Illing a night editor') and 7 ('rota … months')
PATCHED = "Tomas Illing, a night editor, told staff their rota had cut overtime within two months."
QUOTED = f"The Kestrel Gazette wrote: \u201c{ROTA[:-1]}\u201d."  # its words, marked as its
OWN = "Within two months the new rota brought overtime down, night editor Tomas Illing said."


def _verdicts(tmp_path: Path, *args: str) -> list[dict[str, object]]:
    item = {
        "id": "kg",
        "url": "https://kestrel.example/rota",
        "title": "Night rota cuts overtime",
        "text": TEXT,
        "published": "2026-02-10T09:00:00Z",
        "source": "Kestrel Gazette",
    }
    story = tmp_path / "story.json"
    story.write_text(json.dumps({"title": "A night rota", "items": [item]}), encoding="utf-8")
    lines = tmp_path / "lines.txt"
    lines.write_text(f"{PATCHED} [1]\n{OWN} [1]\n{QUOTED} [1]\n", encoding="utf-8")
    cmd = ["verify", "--input", str(story), "--text", str(lines), "--format", "json"]
    cmd += [*args, "--exit-code"]
    run = subprocess.run(
        [sys.executable, "-m", "newsdesk", *cmd],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    out: list[dict[str, object]] = json.loads(run.stdout)
    assert run.returncode == (0 if all(v["supported"] for v in out) else 3), run.stderr
    return out


def test_an_editor_s_close_copy_is_refused_naming_its_source(tmp_path: Path) -> None:
    patched, own, quoted = _verdicts(tmp_path)
    # before: supported, no reason (no run of 8 words, and the meaning check passes it)
    assert patched["supported"] is False
    assert patched["reasons"] == [
        "keeps 12 words of one sentence of Kestrel Gazette [1] in its order, in runs of 5 and 7,"
        " without quotation marks (a close copy): put them in quotation marks or say it in your"
        " own words"
    ]
    assert own["supported"] is True, own["reasons"]
    # the outlet's sentence word for word inside quotation marks is no close copy
    assert quoted["supported"] is True, quoted["reasons"]


def test_the_meaning_check_alone_passes_both(tmp_path: Path) -> None:
    assert [v["supported"] for v in _verdicts(tmp_path, "--no-copy-rule")] == [True, True, True]
