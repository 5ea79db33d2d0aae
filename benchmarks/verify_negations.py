"""Tune-side probe: "no longer" and double negations planted in real sentences.

    .venv/bin/python benchmarks/verify_negations.py [--rows N] [--per-article K]

Reads the develop half (even rows) of ../shared/eval/summarization/allsides_neus only, never the
report rows verify.py scores. Each picked sentence is checked against its own article as it is
(it must pass: a false flag) and with one change planted at a time:

* ``no longer`` — "no longer" put after an auxiliary ("is no longer", "will no longer") or
  before "has"/"have"; the sentence (its source) says the thing holds, so it must be flagged.
  A sentence that tells an end itself (ceased.tells_end) is counted apart: there the planted
  claim may be true.
* ``double negation, affirmed`` — a double negation that says what the sentence says: "will
  not fail to" for "will", "did not deny that" for "said that" / "confirmed that" / "admitted
  that" / "acknowledged that", "not unlike" for "similar to"; it must pass.
* ``double negation, denied`` — one planted in a sentence that negates ("did not report" ->
  "did not fail to report", "denied" -> "never denied", "ruled out" -> "could not rule out",
  "unlike" -> "not unlike"): the claim affirms what its source denies, so it must be flagged.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.summarizer.ceased import says_end, tells_end  # noqa: E402
from newsdesk.summarizer.polarity import negated  # noqa: E402
from newsdesk.summarizer.sentences import source_sentences  # noqa: E402
from newsdesk.summarizer.verify import Checker  # noqa: E402

EVAL = Path(os.environ.get("NEWSDESK_EVAL") or ROOT.parent / "shared" / "eval")
NEUS = EVAL / "summarization/allsides_neus/allsides_raw_crawled_2021-04_to_2021-10.jsonl"
_AUX = re.compile(r"\b(is|are|was|were|will|can|would|could)\b(?! not\b| never\b)")
_HAS = re.compile(r"\b(has|have)\b(?! (?:not|never|been|\w+ed|\w+en)\b)")
_WILL = re.compile(r"\b(will|would)\s+(?!not\b|never\b|be\b|have\b)([a-z]+)\b")
_SAID = re.compile(r"\b(said|says|confirmed|admitted|acknowledged)( that)\b")
_SIMILAR = re.compile(r"\bsimilar to\b")
_DID_NOT = re.compile(r"\b(did|does|do|will|would)( not| n't|n't)\s+(?!be\b|have\b)([a-z]+)\b")
_DENIED = re.compile(r"\b(denied|denies)\b")
_RULED = re.compile(r"\bruled out\b")
_QUOTES = re.compile('["\u201c\u201d]')
_UNLIKE = re.compile(r"(?<!not )\bunlike\b")


def no_longer(s: str) -> str | None:
    if negated(s) or says_end(s):
        return None
    if m := _HAS.search(s):
        return s[: m.start()] + "no longer " + s[m.start() :]
    if m := _AUX.search(s):
        return s[: m.end()] + " no longer" + s[m.end() :]
    return None


def affirmed(s: str) -> str | None:
    if negated(s):
        return None
    if m := _WILL.search(s):
        return s[: m.end(1)] + " not fail to" + s[m.end(1) :]
    if m := _SAID.search(s):
        return s[: m.start(1)] + "did not deny" + s[m.end(1) :]
    if m := _SIMILAR.search(s):
        return s[: m.start()] + "not unlike" + s[m.end() :]
    return None


def denied(s: str) -> str | None:
    if m := _DID_NOT.search(s):
        return s[: m.end(2)] + " fail to" + s[m.end(2) :]
    if m := _DENIED.search(s):
        return s[: m.start()] + "never denied" + s[m.end() :]
    if m := _RULED.search(s):
        return s[: m.start()] + "could not rule out" + s[m.end() :]
    if m := _UNLIKE.search(s):
        return s[: m.start()] + "not unlike" + s[m.end() :]
    return None


PLANTS: dict[str, Callable[[str], str | None]] = {
    "no longer": no_longer,
    "double negation, affirmed": affirmed,
    "double negation, denied": denied,
}
WANT_FLAGGED = {
    "no longer": True,
    "double negation, affirmed": False,
    "double negation, denied": True,
}


def articles(limit: int) -> list[str]:
    """Article bodies of the develop half (even rows)."""
    out = []
    for row_no, line in enumerate(NEUS.read_text(encoding="utf-8").splitlines()[:limit]):
        if row_no % 2:
            continue
        for _, a in sorted(json.loads(line)["news"].items()):
            if isinstance(a, dict) and a.get("newBody"):
                out.append("\n\n".join(a["newBody"]))
    return out


def probe(limit: int, per_article: int, show: int) -> None:
    tally: dict[str, list[int]] = {}
    shown: dict[str, int] = {}
    for body in articles(limit):
        check = Checker({1: body})
        sents = [s for s in source_sentences(body) if 8 <= len(s.split()) <= 45]
        for s in sents[:per_article]:
            plain = bool(check.check(s, (1,)))
            t = tally.setdefault("original (false flags)", [0, 0])
            t[0] += plain
            t[1] += 1
            if plain and show:
                print(f"  [original] flagged: {s}\n    {check.check(s, (1,))}")
            if plain or _QUOTES.search(s):
                continue  # refused as it is, or a change inside a quotation (checked word for word)
            for kind, plant in PLANTS.items():
                claim = plant(s)
                if not claim or claim == s:
                    continue
                label = (
                    f"{kind} (source tells an end)"
                    if kind == "no longer" and tells_end(s, claim)
                    else kind
                )
                reasons = check.check(claim, (1,))
                t = tally.setdefault(label, [0, 0])
                t[0] += bool(reasons)
                t[1] += 1
                if bool(reasons) != WANT_FLAGGED[kind] and shown.get(label, 0) < show:
                    shown[label] = shown.get(label, 0) + 1
                    print(
                        f"  [{label}] {'flagged' if reasons else 'passed'}: {claim}\n    <- {s}\n    {reasons}"
                    )
    for label, (flagged, n) in tally.items():
        print(f"{label:40} flagged {flagged:5} of {n:5} ({flagged / max(n, 1):.1%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=600, help="AllSides rows read (even ones used)")
    ap.add_argument("--per-article", type=int, default=8, help="sentences read per article")
    ap.add_argument("--show", type=int, default=0, help="wrong outcomes printed per kind")
    args = ap.parse_args()
    probe(args.rows, args.per_article, args.show)


if __name__ == "__main__":
    main()
