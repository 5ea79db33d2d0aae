"""Negation: a sentence that says the opposite of its source is not supported by it.

Word overlap cannot see "Brightforge has not scrapped its leaderboard" contradict "Brightforge
has scrapped its leaderboard": every content word is there. So a sentence is compared with the
cited sentence closest to it (by shared content words, at least ``MIN_MATCH`` of the sentence's):
when exactly one of the two is negated (not, no, never, n't, …), it is flagged. A sentence that
draws on several source sentences matches none closely and is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsdesk.summarizer.ceased import as_negation, as_told, says_end, still_holds, tells_end
from newsdesk.summarizer.denials import NEGATORS as NEGATORS
from newsdesk.summarizer.denials import denies_other, is_negator, quoted_denial, says_denied
from newsdesk.summarizer.facts import numbers
from newsdesk.summarizer.litotes import contrary, explained, resolved
from newsdesk.summarizer.phrases import canonical
from newsdesk.summarizer.sentences import content_words, normalize, source_sentences, words
from newsdesk.summarizer.synonyms import UN_PARTICIPLE, lemma, lemmas

MIN_MATCH = 0.75
_QUOTED = re.compile(r'"[^"]*"')
# the outlet's frame before a claim ("X reported that …", "According to X, …") or after it
# ("…, X reported.")
_FRAME = re.compile(
    r'^[^,"]{2,80}? (?:reported|wrote)(?: that|:) |^According to [^,"]{2,80}?,\s'
    r'|,\s[^,"]{2,80}?\s(?:reported|wrote)(?=\W*$)'
)
# a quotation a negator stands just before is the claim's own predicate, denied: 'the board did
# not "closed the office"' (reported speech quoting its verb, tailquote.py) says the opposite
_DENIED_QUOTE = re.compile(r'(\b(?:not|never|no|cannot)|n\'t)\s+"([^"]*)"', re.I)
# a predicate of its own: "… and would not", "… but declined to", "… and said it would not"
_OWN_VERB = (
    r"(?:would|will|could|can|may|might|should|must|did|does|do|has|have|had|is|was|are|were"
    r"|said|says|added|told|wrote|declined|refused|failed)\b"
)
# where a negation's reach ends: "Norvale did not disclose its total, but said the cost…"
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:but|although|though|even|whereas|while)\b)", re.I)
# and before a predicate of its own: "switched it off and said it would not return"; or after a
# comma, before a subject of its own: two sentences joined ("…, and the minister said she would
# not …": the second one's "not" is not the first one's)
_SUBJECT = (
    r"(?:the|a|an|its|his|her|their|this|these|those|he|she|it|they|we|there|(?-i:[A-Z]\w+))\b"
)
_JOINED = rf",\s+(?:and|but)\s+(?={_SUBJECT})"
JOINED = re.compile(_JOINED, re.I)  # where a second sentence joined to a first one starts
_VERB_BREAK = re.compile(rf",?\s+(?:and|but)\s+(?={_OWN_VERB})|{_JOINED}", re.I)
_MIN_PART = 3  # content words a claim's predicate needs to be compared on its own


def clauses(text: str, *, claim: bool = False) -> list[str]:
    """A sentence cut where a negation stops applying (a semicolon; a comma before 'but',
    'although', 'though', 'whereas', 'while'; 'and' or 'but' before a predicate with its own
    auxiliary or reporting verb, "switched it off on Monday and said it would not return"; a
    comma and 'and' or 'but' before a subject, two sentences joined): each part is compared on
    its own. A bare verb after 'and' shares the first one's negation ("did not fire staff and
    cut pay") and stays in its clause. A ``claim``'s predicate too short to be compared on its
    own stays with its neighbour ("remain in Afghanistan and are not waiting" stays whole: its
    negation is still read)."""
    out: list[str] = []
    for part in _CLAUSE_BREAK.split(text):
        pieces = [p for p in _VERB_BREAK.split(part) if p.strip()]
        out += _joined_short(pieces) if claim else pieces
    return out or [text]


def _joined_short(pieces: list[str]) -> list[str]:
    """A claim's predicates, each too short to compare on its own joined to the one before it
    (the first to the one after): "he recovered a knife and is not looking for anyone else"."""
    out: list[str] = []
    for p in pieces:
        if out and (len(content_words(p)) < _MIN_PART or len(content_words(out[-1])) < _MIN_PART):
            out[-1] = f"{out[-1]} and {p}"
        else:
            out.append(p)
    return out


def negated(text: str, quoted: bool = False) -> bool:
    """Whether a text (its quotations left out unless ``quoted``: a claim's are checked word
    for word) negates."""
    for w in words(_unquoted(canonical(normalize(text)), quoted)):
        low = w.lower()
        if low in NEGATORS or low.endswith("n't"):
            return True
    return False


def un_bases(text: str) -> frozenset[str]:
    """The lemmas of the participles a text denies by un- ("unvaccinated" -> 'vaccin')."""
    found = (w.lower() for w in words(normalize(text)))
    return frozenset(lemma(w[2:]) for w in found if UN_PARTICIPLE.fullmatch(w))


def un_negated(text: str, other: str) -> bool:
    """Whether ``text`` denies with un- a participle that ``other`` uses ("unvaccinated
    children" against "children who had not been vaccinated"): a negation, as "not" is.
    Only against such a word of the other text, since un- also reverses ("unveiled")."""
    mine, theirs = frozenset(lemmas(text)), frozenset(lemmas(other))
    # a text using the participle both ways ("unvaccinated" and "vaccinated") contrasts them
    return bool((un_bases(text) - un_bases(other) - mine) & theirs)


def denies(text: str, other: str, quoted: bool = False) -> bool:
    """Whether ``text`` negates, by a negator or by un- against ``other`` (un_negated)."""
    return negated(text, quoted) or un_negated(text, other)


def _unquoted(text: str, quoted: bool) -> str:
    return text if quoted else _QUOTED.sub(" ", text)


def only_without(text: str, other: str) -> bool:
    """Whether "without" is the only word by which ``text`` denies ("left homes without
    water"): it denies a noun, not the sentence, and a paraphrase says it in other words ("cut
    off water to homes"), so it alone is no negation flip; against "not" or "no" it agrees."""
    found = {w.lower() for w in words(_QUOTED.sub(" ", canonical(normalize(text))))}
    denying = {w for w in found if w in NEGATORS or w.endswith("n't")}
    return denying == {"without"} and not un_negated(text, other)


# what a source withholds: "declined to say how many", "would not comment", "did not disclose"
_TELLING = re.compile(
    r"(?:say|said|tell|told|disclos|comment|reveal|confirm|specif|elaborat|discuss|identif"
    r"|detail|explain|answer|respond|releas|provid|give|gave|share|put a (?:figure|number))",
    re.I,
)
_TELL_REACH = 3  # words from a negator to the verb of telling it denies ("would not yet say")
_WITHHELD_MATCH = 0.5  # share of what the claim says was withheld that the source withholds


def withheld(text: str) -> str | None:
    """What a text says was not told ("X declined to say how many engineers took part" ->
    "how many engineers took part"; "would not comment" -> ""), None when it says nothing was
    withheld: a statement about what was said, not a denial of the rest."""
    toks = words(_QUOTED.sub(" ", canonical(normalize(text))))
    for k, t in enumerate(toks):
        if t.lower() in NEGATORS or t.lower().endswith("n't"):
            for j in range(k + 1, min(k + 1 + _TELL_REACH, len(toks))):
                if _TELLING.match(toks[j].lower()):
                    return " ".join(toks[j + 1 :])
    return None


def withheld_agrees(clause: str, scored: Iterable[tuple[float, str]]) -> bool:
    """Whether a claim's clause saying something was withheld is retold by a clause that
    withholds most of the same thing: "He declined to say how much of that increase came from
    gaming" beside "…, told Circuit Report that spending had risen" is the one it retells,
    whichever of the two shares more words with the claim (telling is no content word)."""
    mine = withheld(clause)
    want = set(lemmas(mine or ""))
    if mine is None:
        return False
    for _, there in scored:
        theirs = withheld(there)
        if theirs is not None and (
            not want or len(want & set(lemmas(theirs))) / len(want) >= _WITHHELD_MATCH
        ):
            return True
    return False


def flip_reason(clause: str, closest: str, where: str, quoted: bool = False) -> str | None:
    """The reason when a claim's clause and the source clause closest to it (``where``: how
    the reason names it) differ in negation; None when they agree (both negated: when they deny
    the same thing, denials.denies_other). A claim that something was withheld is told so: it
    does not deny the rest of the sentence. With ``quoted`` (a claim
    that quotes nothing: its words are all its own), the source's quotations count too
    ("Lo said the plant would not close" retells '"The plant will not close," Lo said'). A
    double negation reads as what it affirms (litotes.py); a claim that a thing ended ("no
    longer") holds where the source tells an end or negates, not where it holds (ceased.py)."""
    if why := contrary(clause, closest, where):
        return why
    clause, closest = resolved(clause, closest), resolved(closest, clause)
    if says_end(clause) and tells_end(closest, clause):  # an end told by both is compared
        clause, closest = as_told(clause), as_told(closest)  # on what else either negates
    elif says_end(clause):
        if not denies(closest, clause):
            return still_holds(where)
        clause = as_negation(clause)
    mine = denies(clause, closest)
    if mine == (denies(closest, clause) or (quoted and quoted_denial(clause, closest))):
        if not (mine and denies_other(clause, closest)):  # else each denies another thing
            return None
    elif only_without(clause if mine else closest, closest if mine else clause):
        return None  # "homes without water" is not denied by "cut off water to homes"
    elif not mine and not says_denied(clause, closest, quoted):
        return None  # the claim leaves out what the source denies ("but not American reporters")
    if mine and withheld(clause) is not None:
        return f"it says something was not told, which {where} does not say"
    return f"it negates what {where} says" if mine else explained(clause, where)


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[frozenset[str], bool, str], ...]:
    """A source's sentences, clause by clause, as (content words, negated, clause); a sentence
    cut at a predicate's "and" (clauses) also whole, after its parts, for a claim that retells
    all of it ("remain in the valley and are waiting": a part would match it too little)."""
    out = []
    for s in (s for s in source_sentences(text) if s.strip()):
        for part in (p for p in _CLAUSE_BREAK.split(s) if p.strip()):
            pieces = [p for p in _VERB_BREAK.split(part) if p.strip()]
            for c in pieces + ([part] if len(pieces) > 1 else []):
                out.append((frozenset(content_words(canonical(c))), negated(c), c))
    return tuple(out)


def _negator_in(text: str) -> bool:
    """Whether a negator is written in ``text`` (two that cancel, "did not not", count)."""
    return any(is_negator(w) for w in words(text))


def _denied_read(text: str) -> str:
    """``text`` with a quotation a negator stands before read as the claim's own words, and
    without the outlet's frame ("X reported that …", "X reported: …": whom it cites, no word of
    the claim; left in, it and the quoted words matched the source too little to compare). The
    clauses outside the marks alone are compared too (a subject that matches on its own). A
    negator further before the marks denies them too ('the board did not say the office "would
    reopen in May"'): then every quotation is read as the claim's words."""
    read = _DENIED_QUOTE.sub(r"\1 \2", text)
    if read == text and negated(text):
        read = _QUOTED.sub(lambda m: m.group()[1:-1], text)
    return text if read == text else _FRAME.sub("", read)


_NOT = r"(?:did not|didn't|does not|doesn't|has not|hasn't|had not|hadn't|never|not)"
_NOT_TOLD = rf"{_NOT}\s(?:report|reported|reports|write|wrote|written|writes)"
# an outlet's frame denied: "X did not report that …", "…, X never reported."
_DENIED_FRAME = re.compile(
    rf"^(?:(?!\b(?:that|reported|wrote|said)\b)[^,\"]){{2,80}}?\s{_NOT_TOLD}(?:\s+that|:)\s"
    rf"|,\s[^,\"]{{2,80}}?\s{_NOT_TOLD}\W*$",
    re.I,
)
_CLOSEST = "the closest cited sentence"
# content words a clause needs to be compared: two ("Quill would not resign"), both of them
# then in the closest clause (MIN_MATCH)
_MIN_WORDS = 2


def contradiction(text: str, sources: Iterable[str]) -> str | None:
    """A reason when a clause of ``text`` and the closest clause of the cited ``sources``
    differ in negation; None when they agree or none is close enough to compare."""
    sources = tuple(sources)
    parts = [_sentences(source) for source in sources]
    norm = normalize(text)
    own = not _QUOTED.search(norm)  # a claim quoting nothing: the source's quotes count
    if _DENIED_FRAME.search(norm) and not any(
        re.search(_NOT_TOLD, normalize(s), re.I) for s in sources
    ):
        return "it says the cited outlet did not report what it cites it for"  # the frame's "not"
    told = clauses(_QUOTED.sub(" ", norm), claim=True)
    # read too without the outlet's frame (its name and "reported" are no words of the claim:
    # "…, X reported" left "the lawsuit will not be a class-action" too few words alike) and
    # with a denied quotation as the claim's words; both ways either may flip; read so, only a
    # clause with a negator (the marks gone, a comma they held may cut a clause)
    for read in {_denied_read(norm), _FRAME.sub("", norm)} - {norm}:
        told += [c for c in clauses(_QUOTED.sub(" ", read), claim=True) if _negator_in(c)]
    for clause in told:
        cw = set(content_words(canonical(clause)))  # "told reporters" is "said"
        if len(cw) < _MIN_WORDS:
            continue
        scored = [(len(cw & ws) / len(cw), there) for part in parts for ws, _, there in part]
        # the closest: of those holding the clause's figures, if any do, the most of its words,
        # then the fewest besides (a short clause's two words may be in several clauses)
        rank = [(len(cw & ws) / len(cw), -len(ws - cw), c) for part in parts for ws, _, c in part]
        figures = [r for r in rank if (n := numbers(clause)) and n <= numbers(r[2])]  # "1,800"
        best, _, closest = max(figures or rank, key=lambda r: r[:2], default=(0.0, 0, ""))
        if withheld_agrees(clause, scored):
            continue
        if best >= MIN_MATCH and (why := flip_reason(clause, closest, _CLOSEST, own)):
            return why
    return None


_ONE_NEGATION = ("it negates", "it says something was not told")
_ENDED, _DOUBLED = "no longer holds", "(a double negation)"


def one_negation(reasons: list[str]) -> tuple[str, ...]:
    """The reasons, with a negation told once: the closest cited sentence and the supporting
    passage are often the same sentence, and two wordings of one finding read as two."""
    told = False
    out = []
    for r in reasons:
        if "(it negates)" in r or r.startswith(_ONE_NEGATION) or _ENDED in r or _DOUBLED in r:
            if told:
                continue
            told = True
        out.append(r)
    return tuple(out)
