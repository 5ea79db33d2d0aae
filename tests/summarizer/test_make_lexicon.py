"""scripts/make_lexicon.py on a tiny database in WordNet's file format, written for this test
(three invented synsets), read back by summarizer/lexicon.py."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsdesk.summarizer import lexicon

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_lexicon.py"
FILES = {
    "index.noun": "  1 a header line of the licence\nbrook n 1 1 @ 1 0 00000020\n"
    "creek n 1 1 @ 1 0 00000020\nwaterway n 1 0 1 0 00000010\n",
    "data.noun": "  1 a header line of the licence\n00000010 05 n 01 waterway 0 000 | test\n"
    "00000020 05 n 02 brook 0 creek 0 001 @ 00000010 n 0000 | test\n",
    "index.verb": "ford v 1 1 + 1 0 00000030\nford_across v 1 0 1 0 00000030\n",
    "data.verb": "00000030 30 v 01 ford 0 001 + 00000020 n 0101 01 + 02 00 | test\n",
    "noun.exc": "creekz creek\n",
    "index.adj": "damp a 1 1 & 1 0 00000050\nwet a 1 1 & 1 0 00000040\n",
    "data.adj": "00000040 00 a 01 wet 0 001 & 00000050 s 0000 | test\n"
    "00000050 00 s 01 damp 0 001 & 00000040 a 0000 | test\n",
    "LICENSE": "A licence written for this test.\n",
}


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    source = tmp_path / "dict"
    source.mkdir()
    for name in ("index", "data"):
        for pos in ("adj", "adv"):
            (source / f"{name}.{pos}").write_text("", encoding="utf-8")
    for pos in ("verb", "adj", "adv"):
        (source / f"{pos}.exc").write_text("", encoding="utf-8")
    for name, text in FILES.items():
        (source / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, str(SCRIPT), str(source), str(out)], check=True)
    monkeypatch.setattr(lexicon, "TABLE", out / "wordnet.tsv.gz")
    monkeypatch.setattr(lexicon, "MIN_HEIGHT", 0)
    _clear()
    yield out
    _clear()


def _clear() -> None:
    for cached in (lexicon._table, lexicon._up, lexicon._derived, lexicon._height, lexicon.keys):
        cached.cache_clear()


def test_the_built_table_reads_back(tiny: Path) -> None:
    assert (tiny / "WORDNET-LICENSE").read_text(encoding="utf-8").startswith("A licence")
    assert lexicon.bases("creekz") == ["creek"]  # an irregular form
    assert lexicon.bases("forded") == ["ford"]
    assert lexicon.keys("creek") & lexicon.keys("brook", wide=True)  # one synset
    assert lexicon.keys("waterway") & lexicon.keys("brooks", wide=True)  # its hypernym
    assert not lexicon.keys("brook") & lexicon.keys("waterway", wide=True)
    assert lexicon.keys("brook") & lexicon.keys("forded", wide=True)  # derived
    assert lexicon.phrases(["they", "forded", "across"]) == {1: "ford_across"}  # a multi-word verb
    assert lexicon.keys("ford_across") == lexicon.keys("ford")


def test_the_build_is_reproducible(tiny: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "dict"), str(again)], check=True)
    first = (tiny / "wordnet.tsv.gz").read_bytes()
    assert (again / "wordnet.tsv.gz").read_bytes() == first


def test_a_similar_adjective_is_held(tiny: Path) -> None:
    # WordNet's "similar to" ("&") joins a head adjective and its satellites: "damp" and "wet"
    assert lexicon.keys("damp") & lexicon.keys("wet", wide=True)
    assert lexicon.keys("wet") & lexicon.keys("damp", wide=True)
