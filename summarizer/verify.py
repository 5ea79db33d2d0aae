"""One checker for every sentence a draft (or anyone) writes about a story.

A sentence is *supported* when everything it asserts can be found in the sources it cites:

* it cites at least one source, and every cited number names a source of the story that has text;
* every quotation in it ("…") appears word for word in one cited source (whitespace,
  typographic quotes and dashes are folded; "…" inside a quote may join fragments), and a
  quotation given a speaker is that speaker's there (speakers.py);
* every number in it appears in a cited source ("1,200" = "1200", "40%" = "40 percent");
* it is negated exactly when the cited sentence closest to it is (polarity.py);
* every name (a capitalised word that is not an ordinary word of the story) is in a cited source
  (an acronym may be spelled out there: "AI", "artificial intelligence"; facts.spell_out);
* it says what a passage of a cited source says (align.py): one or two consecutive sentences hold
  at least ``align.MIN_SUPPORT`` of its words by meaning (stems and a synonym table, any order),
  each cited source holds at least ``MIN_PER_SOURCE`` of them (a citation must point at something
  relevant), and against that passage its names, its relations (who did what to whom), its time
  expressions, its negation and a short claim's act hold (relations.py, align.py, shortclaim.py);
* or, for a sentence composed from the facts newsdesk holds (recordcheck.py), each clause is said
  by one sentence of a cited source's record (sourcefacts.py), about the same outlet;
* with ``meaning=`` (a sentence-embedding model, an optional extra: meaning.py), a sentence that
  fails only for too little support, rewords its passage and passes the passage checks.

``Checker(..., aligned=False)`` is the earlier rule kept as the benchmark's baseline (at least
``overlap.MIN_COVERAGE`` of the content words anywhere in the cited sources). A sentence citing nothing is
checked against every source; those that support it are ``Verdict.suggested``. Each failed rule
adds a reason; no reasons means supported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from newsdesk.summarizer import recordcheck
from newsdesk.summarizer.align import (
    MIN_SUPPORT,
    Passage,
    SourceIndex,
    align,
    index,
    opposite,
    share_in,
)
from newsdesk.summarizer.facts import (
    QUOTED,
    SourceText,
    held_numbers,
    names,
    numbers,
    plain_opening,
    quote_in,
    quotes,
    split_markers,
    strip_reported_by,
)
from newsdesk.summarizer.formats import Verdict, short
from newsdesk.summarizer.lacking import common_abbreviations, no_passage
from newsdesk.summarizer.listeners import wrong_listener
from newsdesk.summarizer.meaning import SecondOpinion
from newsdesk.summarizer.ordinals import order_reasons
from newsdesk.summarizer.overlap import overlap_reasons
from newsdesk.summarizer.polarity import contradiction, one_negation
from newsdesk.summarizer.recordcheck import clause_passages, joined, lead, seen_at, without_outlets
from newsdesk.summarizer.relations import times, without_times
from newsdesk.summarizer.restate import restated
from newsdesk.summarizer.scales import as_written
from newsdesk.summarizer.sentences import content_words, normalize, plain_wording, words
from newsdesk.summarizer.shortclaim import held_meaning
from newsdesk.summarizer.speakers import misattributed
from newsdesk.summarizer.titles import unsupported as unsupported_titles
from newsdesk.summarizer.wrongwho import absent_names, told_who, wrong_who

MIN_PER_SOURCE = 0.4
MAX_WORDS = 300  # a longer "sentence" is refused unchecked: the checks grow faster than its length


class Checker:
    """Checks sentences against numbered source texts (``None``: a source that was not read)."""

    def __init__(
        self,
        texts: Mapping[int, str | None],
        *,
        outlet_names: Mapping[int, str] | None = None,
        aligned: bool = True,
        records: Mapping[int, str] | None = None,
        meaning: SecondOpinion | None = None,
        venues: Mapping[int, frozenset[str]] | None = None,
    ) -> None:
        self.aligned, self.meaning = aligned, meaning
        self.venues = dict(venues or {})  # n -> how a primary source's venue is named
        recs = {n: r for n, r in (records or {}).items() if r and texts.get(n)}
        texts = {n: plain_wording(t) if t else t for n, t in texts.items()}  # "Oct. 15", "added"
        # its facts record (sourcefacts.py) is text for numbers and names, aligned on its own
        self.sources = {n: SourceText(joined(t, recs.get(n))) for n, t in texts.items() if t}
        self.seen = seen_at(texts, recs, outlet_names or {})  # where a domain named may be
        self.indexes = {n: index(t) for n, t in texts.items() if t} if aligned else {}
        self.records = {n: index(r) for n, r in recs.items()} if aligned else {}
        self.known = set(texts)
        self.vocabulary = {
            w for s in self.sources.values() for w in words(s.text) if w[0].islower()
        } | common_abbreviations(s.text for s in self.sources.values())  # "AI" (lacking.py)
        # a sentence may name the outlets it cites ("Ars Technica reported…"): metadata, not text
        self.outlets = {
            n: {w.lower() for w in words(name)} | {name.lower()}
            for n, name in (outlet_names or {}).items()
        }
        self.domain_names = {n: name.lower() for n, name in (outlet_names or {}).items()}

    def supports(self, sentence_words: Sequence[str], n: int) -> bool:
        """Whether source n holds at least MIN_PER_SOURCE of the sentence's content words."""
        src = self.sources.get(n)
        if src is None or not sentence_words:
            return src is not None
        return sum(w in src.words for w in sentence_words) / len(sentence_words) >= MIN_PER_SOURCE

    def check(self, text: str, cites: Sequence[int], *, attribution: str = "") -> tuple[str, ...]:
        """Reasons ``text`` is not supported by the sources ``cites`` (empty: supported).

        ``attribution`` (a quote's "— speaker, told X") is checked for names and words only."""
        reasons: list[str] = []
        if (size := len(text.split()) + len(attribution.split())) > MAX_WORDS:
            return (f"too long to check ({size:,} words, over {MAX_WORDS}): split it",)
        text, attribution = plain_wording(text), plain_wording(attribution)
        if not cites:
            return ("cites no source",)
        if unknown := [n for n in cites if n not in self.known]:
            reasons.append(
                f"cites {', '.join(f'[{n}]' for n in unknown)}, which the story does not have"
            )
        if unread := [n for n in cites if n in self.known and n not in self.sources]:
            reasons.append(recordcheck.unread_reason(unread))
        srcs = [self.sources[n] for n in cites if n in self.sources]
        if not srcs:
            return tuple(reasons)
        for q in quotes(text):
            if not any(quote_in(q, s.norm) for s in srcs):
                reasons.append(f'quote "{short(q)}" is not word for word in the cited sources')
        texts = [s.text for s in srcs]
        text, found = restated(text, texts, (self.venues[n] for n in cites if n in self.venues))
        reasons += found
        named = {self.domain_names.get(n, "") for n in cites}  # outlets: their names, domains
        speakers = misattributed(text, attribution, texts, named) + wrong_listener(text, texts)
        reasons += speakers
        if not attribution and (flip := contradiction(text, texts)):
            reasons.append(flip)
        have_numbers = set().union(*(s.numbers for s in srcs))
        missing_numbers = sorted(numbers(text + " " + attribution) - have_numbers)
        if missing_numbers:
            wrote = ", ".join(as_written(missing_numbers, text + " " + attribution, numbers))
            reasons.append(f"number {wrote} is not in the cited sources")
        said = [x for n in cites if n in self.indexes for x in self.indexes[n].sentences]
        reasons += order_reasons(text, texts, said)  # a changed rank, a first act given away
        reasons += recordcheck.foreign_domains(text, named, [self.seen.get(n, "") for n in cites])
        allowed = set().union(*(self.outlets.get(n, set()) for n in cites))
        voc = self.vocabulary | plain_opening(text, srcs)  # "Pregnant women…" names no one
        reasons += self._name_reasons(text, attribution, srcs, allowed, voc)
        prose = QUOTED.sub(" ", normalize(text)) if attribution else text
        if self.aligned:
            cited = [n for n in cites if n in self.sources]
            reasons += self._passage_reasons(prose, cited, allowed, voc, clear=not reasons)
            if reasons and not speakers:  # a statement or act given to another (wrongwho.py)
                who = wrong_who(prose, {n: self.indexes[n] for n in cited}, voc, allowed)
                reasons = list(told_who(reasons, who))
        else:
            have = {n: self.sources[n] for n in cites if n in self.sources}
            reasons += overlap_reasons(
                prose + " " + attribution, have, allowed, self.supports, several=len(cites) > 1
            )
        told = [self.domain_names.get(n, "") for n in unread]
        if reasons == [recordcheck.unread_reason(unread)] and recordcheck.about_unread(prose, told):
            read = [n for n in cites if n not in unread]  # the records date the outlet it names
            reasons = reasons if self._record_reasons(prose, read) != [] else []
        return one_negation(reasons)

    def _name_reasons(
        self, text: str, attribution: str, srcs: list[SourceText], allowed: set[str], voc: set[str]
    ) -> list[str]:
        """Names no cited source has (an outlet cited may be named), and titles ("Gov.") no
        source gives the person (titles.py)."""
        missing = [
            name
            for name in names(text, voc) + names(attribution, self.vocabulary)
            if name.lower() not in allowed and not any(s.has_name(name) for s in srcs)
        ]
        titled, missing = unsupported_titles(text, [s.text for s in srcs], missing)
        said = [f"name {', '.join(missing)} is not in the cited sources"] if missing else []
        return said + titled

    def _passage_reasons(
        self, prose: str, cites: list[int], allowed: set[str], voc: set[str], *, clear: bool
    ) -> list[str]:
        """The aligned checks: a passage of one cited text says it, relations and all; or, for
        a sentence newsdesk composes from the facts it holds, each of its clauses ("X first
        reported …; Y followed …") is said by a passage of the cited sources' records. A
        ``clear`` sentence (nothing else failed) may be a rewording of a passage (meaning.py)."""
        bare = without_outlets(prose, allowed)
        passage = align(
            without_times(bare),
            {n: self.indexes[n] for n in cites},
            whole=bare,
            prefer=partial(recordcheck.details_held, bare, vocabulary=voc),
        )
        if passage is None:
            return []
        if passage.coverage >= MIN_SUPPORT or (clear and self._reworded(bare, passage)):
            reasons = self._relevant(bare, cites, self.indexes)
            reasons += self._held(bare, passage, cites, allowed, voc)
        else:
            reasons = [no_passage(passage)]
            if flip := opposite(bare, passage):
                reasons.append(flip)
        # the records' reasons for a sentence they hold, one the text does not say, or one dating
        dated = recordcheck.dates_coverage(prose)  # the coverage ("X reported it on 2 March")
        fact = self._record_reasons(prose, cites) if reasons or dated else None
        if fact is not None and (not fact or dated or passage.coverage < MIN_SUPPORT):
            return fact
        return reasons

    def _reworded(self, claim: str, passage: Passage) -> bool:
        """The model's second opinion (meaning.py), asked only when no opposite was found."""
        if self.meaning is None or opposite(claim, passage):
            return False
        return self.meaning.says(claim, passage)

    def _record_reasons(self, prose: str, cites: list[int]) -> list[str] | None:
        """The checks against the records, clause by clause (None: the records do not hold
        every clause, so this is not a sentence composed from them)."""
        recs = {n: self.records[n] for n in cites if n in self.records}
        pairs = clause_passages(prose, recs, self.vocabulary)
        if pairs is None:
            return None
        reasons = self._relevant(prose, cites, self.records)
        for clause, passage in pairs:
            if not recordcheck.same_lead(clause, passage.text):
                reasons.append(
                    f"it says of {lead(clause) or 'its subject'} what newsdesk's facts about"
                    f" the sources say of {recordcheck.record_lead(clause, passage.text) or 'another'}"
                )
            else:
                group = recordcheck.as_group(clause, passage.text)
                reasons += self._held(group, passage, cites, set(), self.vocabulary)
        return list(dict.fromkeys(reasons))

    def _relevant(
        self, claim: str, cites: list[int], indexes: Mapping[int, SourceIndex]
    ) -> list[str]:
        """Each citation relevant, by meaning or by the drafts' own rule."""
        if len(cites) < 2:
            return []
        cw = content_words(claim)
        return [
            f"source [{n}] does not support it"
            for n in cites
            if (n not in indexes or share_in(claim, indexes[n]) < MIN_PER_SOURCE)
            and not self.supports(cw, n)
        ]

    def _held(
        self, claim: str, passage: Passage, cites: list[int], allowed: set[str], voc: set[str]
    ) -> list[str]:
        """What the claim gets wrong against its passage: names, numbers, relations, time."""
        reasons = []
        source = self.indexes.get(passage.source)
        sentences = source.sentences if source else ()
        absent = absent_names(claim, passage, sentences, voc, allowed)
        if absent:
            reasons.append(f"name {', '.join(absent)} is not in the passage that supports it")
        said = set().union(*(self.sources[n].numbers for n in cites)) - held_numbers(passage.text)
        dated = numbers(" ".join(times(claim)))  # a date's day: the time check's ("2 March")
        if unsaid := as_written(sorted(numbers(claim) & said - dated), claim, numbers):
            reasons.append(f"number {', '.join(unsaid)} is not in the passage that supports it")
        return reasons + held_meaning(claim, passage, voc, sentences)

    def verdict(self, line: str) -> Verdict:
        """The verdict on one line of text ('Sentence. [1][2]' or '> "quote" — who, … [n]').

        A line that fails, or cites nothing, also gets the sources that would support it."""
        text, cites = split_markers(line)
        attribution = ""
        if line.lstrip().startswith(">") and " \u2014 " in text:
            text, attribution = text.split(" \u2014 ", 1)
            attribution = strip_reported_by(attribution)
        reasons = self.check(text, cites, attribution=attribution)
        others = [n for n in sorted(self.sources) if n not in cites] if reasons else []
        suggested = tuple(n for n in others if not self.check(text, (n,), attribution=attribution))
        if not cites and not suggested:
            reasons = (*reasons, "no source of the story supports it")
        return Verdict(text=text, cites=cites, reasons=reasons, suggested=suggested)


__all__ = ["Checker", "Verdict", "numbers", "quote_in", "split_markers", "strip_reported_by"]
