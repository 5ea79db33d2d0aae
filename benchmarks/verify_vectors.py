"""Distributional word similarity for the verifier: measured on tune data, not adopted.

    .venv/bin/python benchmarks/verify_vectors.py [--cache FILE] [--planted-rows N]

Session 31 (docs/benchmarks.md, verify.py) asked whether vectors learned offline from real news
text we hold could give a claim's word that its passage lacks a partial credit, so that freely
worded paraphrases pass. This script rebuilds the experiment: it learns the vectors (PPMI
co-occurrence and a truncated SVD) from ../shared/eval, installs the credit in memory (no file
of newsdesk changes) and prints the tune half's and the dev batch's figures for a grid of
settings beside the checker as it is, and with ``--planted-rows`` the planted errors of the
tune rows. It reads tune material only: the odd blocks of 1-152 and the dev batch 295-302 of
benchmarks/data/verify/pairs.txt, and the even rows of allsides_neus (the odd rows are report
rows). No figure of it is a result: none of its settings beat the checker on the tune half.
"""

from __future__ import annotations

import argparse
import gzip
import inspect
import json
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import newsdesk.summarizer.align as al  # noqa: E402
import newsdesk.summarizer.recordcheck as rc  # noqa: E402
import newsdesk.summarizer.verify as vm  # noqa: E402
import verify as bench  # noqa: E402
from newsdesk.summarizer.sentences import source_sentences  # noqa: E402
from newsdesk.summarizer.stitched import _words  # noqa: E402
from newsdesk.summarizer.synonyms import lemmas  # noqa: E402
from newsdesk.summarizer.verify import Checker  # noqa: E402
from verify_plants import plant_all  # noqa: E402

WINDOW, MIN_COUNT, DIMS = 5, 5, 100
DEV = (295, 302)  # dev batch (read in full in session 30: tune material)
GRID = [(c, cr, m) for c in (0.3, 0.4, 0.5, 0.6, 0.7) for cr in (0.5, 1.0) for m in (1, 2)]


def corpus(eval_dir: Path) -> list[str]:
    """Extraction bodies and page texts, the tune rows' articles, feed entries (fixed order)."""
    import trafilatura

    gt = json.loads((eval_dir / "extraction/scrapinghub_aeb/ground-truth.json").read_text())
    out = [gt[k]["articleBody"] for k in sorted(gt)]
    folder = eval_dir / "extraction/trafilatura_eval"
    pages = json.loads((folder / "evaldata_subset.json").read_text())
    for key in sorted(pages):
        path = folder / "html" / (pages[key]["file"] + ".gz")
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        if text := trafilatura.extract(html):
            out.append(text)
    for row_no, line in enumerate(bench.NEUS.read_text(encoding="utf-8").splitlines()):
        if row_no % 2 == 0:  # tune rows only
            arts = json.loads(line)["news"]
            out += ["\n\n".join(a["newBody"]) for _, a in sorted(arts.items()) if _body(a)]
    return out + _feeds(eval_dir / "feeds")


def _body(a: object) -> bool:
    return isinstance(a, dict) and bool(a.get("newBody"))


def _feeds(folder: Path) -> list[str]:
    import feedparser
    import lxml.html

    out = []
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".xml", ".rss", ".atom", ".json", ".rdf") or not path.is_file():
            continue
        if "feedparser_tests" in path.parts:
            continue  # synthetic edge cases, not prose
        for e in feedparser.parse(path.read_bytes()).entries:
            html = " ".join(
                [c.get("value", "") for c in e.get("content", [])] or [e.get("summary", "")]
            )
            if len(html) > 200:
                try:
                    out.append(lxml.html.fromstring(html).text_content())
                except Exception:  # a fragment lxml cannot parse
                    continue
    return out


def learn(texts: list[str]) -> tuple[dict[str, int], np.ndarray]:
    """Lemma -> row, unit vectors: PPMI of co-occurrence within ``WINDOW`` lemmas, SVD."""
    seen: set[str] = set()
    sents = []
    for text in texts:
        for s in source_sentences(text):
            if s not in seen and len(s) <= 2000:
                seen.add(s)
                keys = [k for k in lemmas(s) if k.isalpha() and len(k) > 1]
                if len(keys) > 1:
                    sents.append(keys)
    counts = Counter(k for s in sents for k in s)
    vocab = sorted((k for k, c in counts.items() if c >= MIN_COUNT), key=lambda k: (-counts[k], k))
    ids = {k: i for i, k in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for s in sents:
        idx = [ids.get(k, -1) for k in s]
        for i, a in enumerate(idx):
            for j in range(i + 1, min(i + 1 + WINDOW, len(idx))):
                if a >= 0 and idx[j] >= 0 and idx[j] != a:
                    rows += [a, idx[j]]
                    cols += [idx[j], a]
                    vals += [1.0 / (j - i)] * 2
    n = len(vocab)
    m = coo_matrix((vals, (rows, cols)), shape=(n, n)).tocsr().tocoo()
    total, row = m.sum(), np.asarray(m.tocsr().sum(axis=1)).ravel()
    ctx = row**0.75 / (row**0.75).sum()
    pmi = np.log(m.data / (row[m.row] / total) / ctx[m.col] / total)
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=(n, n)).tocsr()
    u, s, _ = svds(ppmi, k=DIMS, v0=np.ones(n) / np.sqrt(n))
    emb = u * np.sqrt(s)
    print(f"{len(texts)} texts, {len(sents)} sentences, {sum(map(len, sents))} lemmas, {n} words")
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    return ids, np.clip(np.round(emb * 127), -127, 127) / 127.0  # as int8 would ship


class Credit:
    """The partial credit: a lacking claim lemma counts ``credit`` when a passage word that no
    claim lemma uses has cosine >= ``close`` with it (one to one, at most ``most``)."""

    def __init__(self, ids: dict[str, int], vecs: np.ndarray) -> None:
        self.ids, self.vecs = ids, vecs
        self.on, self.close, self.credit, self.most = False, 1.0, 0.0, 0

    def cos(self, a: str, b: str) -> float:
        if a not in self.ids or b not in self.ids:
            return 0.0
        return float(self.vecs[self.ids[a]] @ self.vecs[self.ids[b]])

    def coverage(
        self,
        want: Mapping[str, frozenset[str]],
        have: frozenset[str],
        parts: Mapping[str, list[tuple[str, frozenset[str]]]],
    ) -> float:
        held = [w for w, keys in want.items() if al._holds(w, keys, have, parts)]
        got = float(len(held))
        lacking = [w for w in want if w not in held]
        if self.on and lacking:
            used = set(want) | {k for w in held for k in want[w]}
            free = [h for h in _words(have) if h not in used]
            pairs = sorted(((self.cos(a, b), a, b) for a in lacking for b in free), reverse=True)
            done_a: set[str] = set()
            done_b: set[str] = set()
            for c, a, b in pairs:
                if c >= self.close and a not in done_a and b not in done_b:
                    done_a.add(a)
                    done_b.add(b)
            got += self.credit * min(len(done_a), self.most)
        return got / len(want)


def install(credit: Credit) -> None:
    """align.align with its coverage computed by ``credit`` (in memory only)."""
    src = inspect.getsource(al.align)
    line = "cov = sum(_holds(w, keys, have, parts) for w, keys in want.items()) / len(want)"
    assert line in src, "align.align changed: update this experiment"
    space = dict(al.__dict__, _coverage=credit.coverage)
    exec(src.replace(line, "cov = _coverage(want, have, parts)"), space)
    al.align = vm.align = rc.align = space["align"]


def planted_tune_rows(limit: int) -> str:
    tally: dict[str, list[int]] = {}
    for row_no, line in enumerate(bench.NEUS.read_text(encoding="utf-8").splitlines()[:limit]):
        if row_no % 2:
            continue
        for _, a in sorted(json.loads(line)["news"].items()):
            if not _body(a):
                continue
            body = "\n\n".join(a["newBody"])
            check, sents = Checker({1: body}), list(source_sentences(body))
            for i in [i for i, s in enumerate(sents) if 8 <= len(s.split()) <= 45][:8]:
                for kind, text in plant_all(sents, i).items():
                    t = tally.setdefault(kind, [0, 0])
                    t[0] += bool(check.check(text, (1,)))
                    t[1] += 1
    return ", ".join(f"{k} {c / n:.1%} (n={n})" for k, (c, n) in tally.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="an .npz to keep the vectors in between runs")
    ap.add_argument("--planted-rows", type=int, default=0, help="also planted, tune rows")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        with np.load(args.cache) as d:
            ids, vecs = {str(w): i for i, w in enumerate(d["words"])}, d["vectors"]
    else:
        ids, vecs = learn(corpus(bench.EVAL))
        if args.cache:
            np.savez_compressed(args.cache, words=np.array(list(ids)), vectors=vecs)
    credit = Credit(ids, vecs)
    install(credit)
    tune = bench.load_pairs()[0]
    dev = bench._blocks()[0][DEV[0] - 1 : DEV[1]]
    for setting in [None, *GRID]:
        credit.on = setting is not None
        credit.close, credit.credit, credit.most = setting or (1.0, 0.0, 0)
        al.index.cache_clear()
        t, d = bench.judged(tune, True), bench.judged(dev, True)
        name = "without"
        if setting is not None:
            name = f"close {setting[0]:.1f} credit {setting[1]:.1f} most {setting[2]}"
        print(
            f"{name:32} tune {t[0]:.1%} / {t[1]:.1%} / {t[2]:.3f}   dev {d[0]:.1%} / {d[1]:.1%} / {d[2]:.3f}"
        )
        if args.planted_rows and setting in (None, (0.4, 0.5, 2)):
            print(f"  planted, tune rows: {planted_tune_rows(args.planted_rows)}")


if __name__ == "__main__":
    main()
