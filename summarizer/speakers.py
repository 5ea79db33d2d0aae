"""Who a source means: the speaker of a quote, and the person "she" or "he" is.

Who said a quote: the speaker a sentence gives a quotation must be the one its source gives.

A quote found word for word in a source is only half checked: "…over lunch…," Ebi said is an
invented attribution when the source has Raman saying it. For each quote with a named speaker
(in a sentence, or a quote line's "— speaker, …" attribution), the cited source is searched for
the quote; there the speaker must be

* the one the source's own sentence attributes the quote to, when it attributes it (sharing a
  word with it: "Priya Raman" for the source's "…," Raman said);
* else named near it (the sentence before, the quote's sentence and the two after: a company's
  post with its author's name below, a comment introduced by its author);

and every word of the speaker's name must be in that source ("Priya" somewhere in it).

Who "she" or "he" is: a source sentence opening with a personal pronoun ("She said nobody
would be disciplined") names, in square brackets as an editor would, the person the sentences
before it last named ("She [Rita Calloway] said …"). The verifier aligns a claim with these
sentences, so "Rita Calloway said nobody would be disciplined" finds its support, and a claim
giving the act to another person still misses the name in its passage.

Only a person named in the ``LOOK_BACK`` sentences before is taken, and only when they name
one: a name of two or three capitalised words ("Rita Calloway") or one before a saying verb
("Calloway said"), given in full as the text named it before ("Calloway" -> "Rita Calloway").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from newsdesk.summarizer.newswords import TITLES
from newsdesk.summarizer.quotedby import names_word, reported_speaker
from newsdesk.summarizer.quotes import find_quotes
from newsdesk.summarizer.sentences import STOPWORDS, normalize, source_sentences, words
from newsdesk.summarizer.synonyms import ordinary

_VERB = re.compile(
    r"\s+(?:said|says|told|tells|wrote|writes|added|adds|explained|noted|argued|claimed"
    r"|recalled|posted|tweeted|warned|insisted|admitted|complained|joked|commented|responded"
    r"|replied|stated)\b.*$",
    re.I | re.S,
)
_BEFORE, _AFTER = 1, 2  # sentences around a quote searched for an unattributed quote's speaker


def speaker_name(speaker: str) -> str:
    """'Lena Marchetti, the company's VP' -> 'Lena Marchetti'; 'one employee told the FT' ->
    'one employee'."""
    return _VERB.sub("", speaker.split(", ")[0]).strip()


def speaker_words(speaker: str) -> frozenset[str]:
    """The words that identify a speaker: {lena, marchetti}, {employee}; a title or a party in
    brackets identifies no one ("Sen. Susan Collins (R-Maine)": {susan, collins})."""
    return frozenset(
        w.lower().removesuffix("'s")
        for w in words(re.sub(r"\([^)]*\)", " ", speaker_name(speaker)))
        if w.lower() not in STOPWORDS and w not in TITLES
    )


def claimed(text: str, attribution: str) -> list[tuple[str, str]]:
    """(quote, speaker) for each quotation whose speaker the text names."""
    if attribution:
        found = re.findall(r'"([^"]+)"', normalize(text))
        return [(q.strip(" ,"), attribution) for q in found[:1]]
    beside = [(q.text.strip(" ,"), q.speaker) for q in find_quotes(normalize(text))]
    if beside or (who := reported_speaker(normalize(text))) is None:
        return beside
    return [(q.strip(" ,"), who) for q in re.findall(r'"([^"]+)"', normalize(text))]


@lru_cache(maxsize=256)
def _source(text: str) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """A source once for all its quotes: its normalised text, its words, and its sentences
    (pysbd: "Dr. Omar Reyes" stays whole) normalised as quotes are."""
    norm = normalize(text)
    return norm, frozenset(_words_of(norm)), tuple(normalize(s) for s in source_sentences(text))


def _words_of(text: str) -> set[str]:
    return {w.lower().removesuffix("'s") for w in words(text)}


def said_by(quote: str, who: frozenset[str], text: str) -> bool | str | None:
    """Whether source ``text`` has ``who`` saying ``quote`` (None: the quote is not in it; a
    name: no, the source's own sentence gives it to that named person)."""
    first = re.split(r"\.\.\.|\[\.\.\.\]", quote)[0].strip(" ,.;:!?-")
    norm, everywhere, sents = _source(text)
    variants = {first, first[:1].swapcase() + first[1:]} if first else set()
    if not any(v in norm for v in variants):
        return None
    at = next((i for i, sent in enumerate(sents) if any(v in sent for v in variants)), None)
    sent = sents[at] if at is not None else ""
    reported = reported_speaker(sent) if sent else None
    if reported and not find_quotes(sent):  # 'X told Y that the company "…"'
        return True if names_word(reported, who) and who <= everywhere else speaker_name(reported)
    if not who <= everywhere:
        return False

    def names(words_there: set[str]) -> bool:  # 'Raman' there, 'Priya Raman' elsewhere in it
        return bool(who & words_there)

    if at is None:  # the quote runs across sentences: its speaker's name in the source will do
        return True
    attributed = [q for q in find_quotes(sents[at]) if first.lower() in q.text.lower()]
    if attributed:
        return any(names(_words_of(q.speaker)) for q in attributed)
    window = " ".join(sents[max(0, at - _BEFORE) : at + _AFTER + 1])
    return names(_words_of(window))


def misattributed(
    text: str, attribution: str, sources: Iterable[str], outlets: Iterable[str] = ()
) -> list[str]:
    """Reasons for the quotes in ``text`` whose speaker no cited source (their texts) gives;
    a quote found in no source is the quote check's business, not this one's. A cited outlet
    (``outlets``, lower case) that reports someone's words is their publisher, not a wrong
    speaker."""
    texts = list(sources)
    reasons = []
    for quote, speaker in claimed(text, attribution):
        who = speaker_words(speaker)
        if not who:
            continue
        verdicts = [said_by(quote, who, t) for t in texts]
        if any(v is True for v in verdicts) or all(v is None for v in verdicts):
            continue
        other = next((v for v in verdicts if isinstance(v, str)), None)
        if other and speaker_name(speaker).lower() in set(outlets):
            continue
        if other:  # the source's sentence names whose words they are: as for unquoted words
            reasons.append(
                f"wrong speaker: the source has {other} say this, not {speaker_name(speaker)}"
            )
            continue
        short = quote if len(quote) <= 40 else quote[:39].rstrip() + "\u2026"
        reasons.append(f'quote "{short}" is not by {speaker_name(speaker)} in the cited sources')
    return reasons


LOOK_BACK = 3  # sentences
_PERSONAL = re.compile(r"^(She|He)\b")
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w-])"
_FULL = re.compile(rf"(?<![\w.])({_WORD}(?: {_WORD}){{1,2}})(?! [A-Z])")
_SAID = re.compile(rf"\b({_WORD}) (?:said|says|told|added|wrote)\b")
_NOT_PEOPLE_TEXT = (
    "The A An In On At For But And It This That These Those Its Their His Her He She They We"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May"
    " June July August September October November December Mr Ms Mrs Dr"
)
_NOT_PEOPLE = frozenset(_NOT_PEOPLE_TEXT.split())
_PLACES = re.compile(
    r"\b(?:Inc|Corp|Company|Times|Report|News|Post|Journal|Daily|Wire|University|College"
    r"|Department|Ministry|Agency|Court|House|Senate|Council|Street|City|County|Group|Lines)\b"
)


def _people(sentence: str) -> list[tuple[int, str]]:
    """(position, name) of the people a sentence names."""
    out = [(m.start(), m.group(1)) for m in _SAID.finditer(sentence)]
    for m in _FULL.finditer(sentence):
        parts = m.group(1).split()
        if m.start() == 0 and ordinary(parts[0]):  # 'Then Calloway left'
            parts = parts[1:]
        name = " ".join(parts)
        if len(parts) < 2 or parts[0] in _NOT_PEOPLE or _PLACES.search(name):
            continue
        out.append((m.start(), name))
    return [(at, n) for at, n in out if n.split()[0] not in _NOT_PEOPLE]


def _in_full(name: str, before: Sequence[str]) -> str:
    if " " in name:
        return name
    for sentence in reversed(before):
        for _, full in reversed(_people(sentence)):
            if full.endswith(f" {name}"):
                return full
    return name


def resolved(sentences: Sequence[str]) -> tuple[str, ...]:
    """The sentences, each opening "She"/"He" given its antecedent in square brackets when the
    sentences before it name exactly one person (two people: which one is meant is not
    known; a lone surname never named in full may be an outlet: "Reuters said")."""
    out = list(sentences)
    for i, sentence in enumerate(sentences):
        m = _PERSONAL.match(sentence)
        if m is None or i == 0:
            continue
        people = {
            _in_full(name, sentences[:i])
            for prev in sentences[max(0, i - LOOK_BACK) : i]
            for _, name in _people(prev)
        }
        if len(people) == 1 and " " in (person := people.pop()):
            out[i] = f"{m.group(1)} [{person}]{sentence[m.end() :]}"
    return tuple(out)
