"""Quotations moved to another person of the same source: flagged, and the right speaker kept?

    .venv/bin/python benchmarks/moved_quotes.py [--rows N] [--odd]

On the AllSides stories of ../shared/eval (tune side, even rows, unless --odd: report side,
totals only), each quotation a source sentence gives a named person, as the source says it, is
checked twice against its article: with its own speaker (it must pass: a flag is false) and
moved to another person the article names (it must fail). Two forms: a quote line ('Name said:
"…"') and the source's own sentence with the speaker's name replaced (reported speech, 'Name, a
spokesperson, told X that the company "…"' included). The probe reads speakers with its own
patterns, so the same sentences are checked before and after a change to the checker.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.summarizer.quotes import find_quotes  # noqa: E402
from newsdesk.summarizer.sentences import normalize, source_sentences  # noqa: E402
from newsdesk.summarizer.speakers import _people  # noqa: E402
from newsdesk.summarizer.verify import Checker  # noqa: E402

EVAL = Path(os.environ.get("NEWSDESK_EVAL") or ROOT.parent / "shared" / "eval")
NEUS = EVAL / "summarization/allsides_neus/allsides_raw_crawled_2021-04_to_2021-10.jsonl"
_PERSON = re.compile(r"^[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}$")  # "Jen Psaki", "Psaki"
_REPORTED = re.compile(
    r"^(?P<who>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?:, [^\",;:]{2,80},)? (?:said|told|wrote|added)"
    r"\b[^\".;!?]*\w[^\".;!?]*\"(?P<q>[^\"]{12,})\""
)


def quoted(sentence: str) -> list[tuple[str, str]]:
    """(speaker, quote) of the quotes a sentence gives a person named in full."""
    s = normalize(sentence)
    out = [(q.speaker, q.text.strip(" ,.")) for q in find_quotes(s)]
    if not out and (m := _REPORTED.match(s)):
        out = [(m.group("who"), m.group("q").strip(" ,."))]
    out = [(_person(who), q) for who, q in out]
    return [(who, q) for who, q in out if _PERSON.match(who) and len(q.split()) >= 4]


def _person(speaker: str) -> str:
    """'Sen. Sheldon Whitehouse (D-R.I.)' -> 'Sheldon Whitehouse', 'Secretary of State Anthony
    Blinken' -> 'Anthony Blinken' (titles, a party, a description after a comma left out)."""
    who = re.sub(r"\([^)]*\)", "", speaker.split(", ")[0]).split()
    tail = re.search(r"(?:[A-Z][\w'-]+ ?){1,3}$", " ".join(w for w in who if not w.endswith(".")))
    return tail.group(0).strip() if tail else ""


def articles(rows: int, odd: bool) -> list[str]:
    out = []
    for row_no, line in enumerate(NEUS.read_text(encoding="utf-8").splitlines()[:rows]):
        if row_no % 2 != odd:
            continue
        for _, a in sorted(json.loads(line)["news"].items()):
            if isinstance(a, dict) and a.get("newBody"):
                out.append("\n\n".join(a["newBody"]))
    return out


def probe(body: str, tally: dict[str, list[int]]) -> None:
    sents = [normalize(s) for s in source_sentences(body)]
    found = [(i, who, q) for i, s in enumerate(sents) for who, q in quoted(s)]
    named = [n for s in sents for _, n in _people(s) if _PERSON.match(n)]  # speakers.py's reading
    people = list(dict.fromkeys([who for _, who, _ in found] + named))
    check = Checker({1: body})
    for i, who, q in found:
        others = [p for p in people if not set(p.split()) & set(who.split())]
        if not others:
            continue
        other = others[0]
        for form, right, moved in (
            ("line", f'{who} said: "{q}."', f'{other} said: "{q}."'),
            ("sentence", sents[i], sents[i].replace(who, other)),
        ):
            if form == "sentence" and (who not in sents[i] or len(sents[i].split()) > 60):
                continue
            false = bool(check.check(right, (1,)))
            caught = bool(check.check(moved, (1,)))
            for key, hit in (
                (f"{form}: moved, caught", caught),
                (f"{form}: right, flagged", false),
            ):
                t = tally.setdefault(key, [0, 0])
                t[0] += hit
                t[1] += 1


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1460, help="AllSides rows read (half probed)")
    ap.add_argument("--odd", action="store_true", help="the report side (totals only)")
    args = ap.parse_args(argv)
    tally: dict[str, list[int]] = {}
    for body in articles(args.rows, args.odd):
        probe(body, tally)
    for key, (hit, n) in sorted(tally.items()):
        print(f"{key:28} {hit / n if n else 0:6.1%}  ({hit}/{n})")


if __name__ == "__main__":
    main()
