"""Close copying: a retold sentence that is mostly one outlet's sentence, in its order.

The copy rule (copying.py) finds a run of 8 words an outlet wrote. A sentence can keep almost
all of an outlet's sentence without one: "Priya Raman, a staff engineer, said the leaderboard
changed behaviour within weeks" keeps 12 of its 14 words from one sentence of Circuit Report, in
runs of 5 and 7 with two of the outlet's words left out between them. That is the outlet's
sentence with a word cut here and there (patchwriting), not newsdesk's own words.

So a text is a *close copy* of a source sentence when ``CLOSE`` or more of its words outside
quotation marks, and at least ``MIN_WORDS``, lie in runs of ``SHORT_RUN`` or more words that this
one sentence also has, the runs in the sentence's own order. On the NeuS even rows, 3 of 161
draft lines were (the House Majority Leader's "said that the House will convene to vote on the
bill", 16 words); 24 more kept 6 or 7 such words of a short sentence ("no Republicans voted for
the legislation"), a short claim told plainly, which MIN_WORDS leaves alone. Words are compared as copying.tokens reads them (lower case,
a verb moved back a tense is the same word). A shorter shared run is a phrase anyone writes
('the company said that', a name and its title), and runs from different sentences or out of
the sentence's order are a retelling, so neither counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

SHORT_RUN = 4  # words: a run this long of one sentence, kept in a retelling, is its wording
CLOSE = 0.6  # share of a text's words outside quotation marks: tuned on NeuS even rows
MIN_WORDS = 8  # as many as the copy rule's run (copying.RUN), only split: fewer is a short claim

Words = tuple[str, ...]


@dataclass(frozen=True)
class SentenceIndex:
    """Each source's sentences (as words), and where each run of SHORT_RUN words stands."""

    sentences: Mapping[int, tuple[Words, ...]] = field(default_factory=dict)
    at: Mapping[Words, tuple[tuple[int, int, int], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Mapping[int, Sequence[Words]]) -> SentenceIndex:
        """From source n -> its sentences, each as its words."""
        at: dict[Words, list[tuple[int, int, int]]] = {}
        for n, sentences in texts.items():
            for k, ws in enumerate(sentences):
                for j in range(len(ws) - SHORT_RUN + 1):
                    at.setdefault(ws[j : j + SHORT_RUN], []).append((n, k, j))
        kept = {n: tuple(s) for n, s in texts.items()}
        return cls(kept, {g: tuple(v) for g, v in at.items()})

    def runs(self, toks: Sequence[tuple[str, bool]]) -> tuple[int | None, list[tuple[int, int]]]:
        """(source, runs): the source sentence ``toks`` (word, inside quotation marks) copies
        most of in order, and its runs as (first token, size); (None, []) when none."""
        found: dict[tuple[int, int], dict[int, list[int]]] = {}  # sentence -> i -> its starts
        for i in range(len(toks) - SHORT_RUN + 1):
            window = toks[i : i + SHORT_RUN]
            if not any(q for _, q in window):
                for n, k, j in self.at.get(tuple(w for w, _ in window), ()):
                    found.setdefault((n, k), {}).setdefault(i, []).append(j)
        best: tuple[int | None, list[tuple[int, int]]] = (None, [])
        for (n, k), starts in sorted(found.items()):
            got = _in_order(toks, self.sentences[n][k], starts)
            if sum(s for _, s in got) > sum(s for _, s in best[1]):
                best = (n, got)
        return best

    def close(self, toks: Sequence[tuple[str, bool]]) -> int | None:
        """The source whose one sentence ``toks`` copies closely, or None."""
        n, got = self.runs(toks)
        copied = sum(s for _, s in got)
        if copied < MIN_WORDS:
            return None
        # the words from its first run to the end of its last: the part that retells the
        # sentence (not the credit around it: 'According to X, …', '…, X reported.')
        span = sum(not q for _, q in toks[got[0][0] : got[-1][0] + got[-1][1]])
        return n if copied >= CLOSE * span else None


def _in_order(
    toks: Sequence[tuple[str, bool]], sentence: Words, starts: Mapping[int, list[int]]
) -> list[tuple[int, int]]:
    """The runs of SHORT_RUN or more words of ``toks`` outside quotation marks that
    ``sentence`` has, each after the one before in the sentence (greedy, longest first);
    ``starts``: token i -> where in ``sentence`` its run of SHORT_RUN words stands."""
    i = last = 0
    out: list[tuple[int, int]] = []
    while i <= len(toks) - SHORT_RUN:
        size, end = 0, last
        for j in (j for j in starts.get(i, ()) if j >= last):
            k = 0
            while (
                i + k < len(toks)
                and j + k < len(sentence)
                and not toks[i + k][1]
                and toks[i + k][0] == sentence[j + k]
            ):
                k += 1
            if k > size:
                size, end = k, j + k
        if size >= SHORT_RUN:
            out.append((i, size))
            i, last = i + size, end
        else:
            i += 1
    return out
