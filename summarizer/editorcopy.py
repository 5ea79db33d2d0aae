"""The copy rule on an editor's text: a sentence that carries a run of ``copying.RUN`` (8) or
more words of one source outside quotation marks is that outlet's writing standing as ours.

Drafts never carry such a run (compose.py fails the line); an editor may paste one, say an
outlet's sentence with a ``[n]`` after it. The meaning check passes it (the source says exactly
that), so ``newsdesk verify`` and ``review approve`` add this reason to its verdict: it names the
outlet and the copied words, so the editor quotes them or rewrites the sentence, and the
sentence is not recorded as checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsdesk.summarizer.compose import numbering, source_texts
from newsdesk.summarizer.copying import RUN, Shingles, tokens
from newsdesk.summarizer.verify import Verdict

from newsdesk.models import StoryInput

_SHOWN = 12  # words of a long run the reason quotes before '…'


def _runs(text: str, shingles: Shingles) -> list[list[str]]:
    """The runs of words of ``text`` outside quotation marks that are a source's wording, as
    the drafts' copy rule reads them (:meth:`Shingles.marked`: a run of RUN words, or a longer
    run broken only by short quoted fragments, whose quoted words are left out here)."""
    toks = tokens(text)
    runs: list[list[str]] = []
    last = -1
    for k in sorted(shingles.marked(text)):
        if runs and not any(not inside for _, inside in toks[last + 1 : k]):
            runs[-1].append(toks[k][0])  # next to the last word, or past a quoted fragment
        else:
            runs.append([toks[k][0]])
        last = k
    return runs


def copy_reasons(text: str, shingles: Shingles, names: Mapping[int, str]) -> tuple[str, ...]:
    """One reason per source whose words ``text`` copies outside quotation marks: the outlet,
    the longest copied run (lower-cased, as compared) and its length."""
    out = []
    for n, grams in sorted(shingles.by_source.items()):
        runs = _runs(text, Shingles({n: grams}))  # each source on its own, as reasons name each
        if not runs:
            continue
        run = max(runs, key=len)
        shown = " ".join(run[:_SHOWN]) + (" …" if len(run) > _SHOWN else "")
        outlet = names.get(n) or f"source {n}"
        out.append(
            f"copies {len(run)} words of {outlet} [{n}] word for word without quotation marks"
            f" (“{shown}”): put them in quotation marks or say it in your own words"
        )
    return tuple(out)


def with_copy_check(
    story: StoryInput, lines: Sequence[str], verdicts: Sequence[Verdict]
) -> list[Verdict]:
    """The verdicts on ``lines`` (one each, in order) with the copy rule's reasons added to each
    sentence that copies a source. A block quotation (a line opening with '>') is credited
    by its markup, as a quotation is by its marks."""
    num = numbering(story)
    shingles = Shingles.of(source_texts(story, num))
    out = []
    for line, v in zip(lines, verdicts, strict=True):
        quoted = line.lstrip().startswith(">")
        extra = () if quoted else copy_reasons(v.text, shingles, num.names)
        out.append(replace(v, reasons=(*v.reasons, *extra)) if extra else v)
    return out


__all__ = ["RUN", "copy_reasons", "with_copy_check"]
