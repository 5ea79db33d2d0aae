"""Phrases news prose uses for one word, rewritten to that word before words are compared.

"Teachers walked out" and "teachers went on strike" say the same; so do "the festival was called
off" and "cancelled", "will no longer charge" and "will stop charging", "at no cost" and "free".
A word-by-word comparison sees none of that, and a phrase with "no" in it ("no longer") even reads
as a negation. ``canonical(text)`` rewrites each phrase of ``PHRASES`` (case-insensitive, whole
words) to its one word, in the claim and in the source alike, before lemmas (synonyms.py) and
negation (polarity.py) are read. Verbs that deny what follows them ("refused to", "failed to")
become "not", so "the university refused to meet them" negates "the university would meet them".

Entries are unambiguous in news prose; a phrase that can mean two things is left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

_V = r"(?:s|ed|d|ing)?"  # a regular verb's endings
_END = r"(?=\s*[.,;:!?]|\s*$| (?:on|in|at|after|last|this|next|and|but)\b)"  # a phrase's end
# (pattern, word); patterns are regular expressions matched on whole words, case-insensitively
PHRASES: tuple[tuple[str, str], ...] = (
    (rf"walk{_V} out|walkout", "strike"),
    (r"(?:go|goes|going|went|gone) on strike|stage[sd]? (?:a )?strike", "strike"),
    (rf"call{_V} off", "cancel"),
    (r"no longer", "stop"),
    (r"at no (?:cost|charge)|free of charge|without (?:charge|paying|cost)|for free", "free"),
    (r"in a row|consecutive", "consecutive"),
    (
        r"(?:get|gets|got|getting|receive[sd]?|receiving) (?:their|his|her|its|your) money back",
        "refund",
    ),
    (r"money back", "refund"),
    (r"according to", "said"),
    # who heard it is no claim of its own: "told reporters" says "said" ("she told reporters the
    # plant would close" for "she said the plant would close")
    (
        r"(?:told|tells|tell|telling) (?:the )?(?:reporters|journalists|the press|the media"
        r"|a news conference|a press conference|a press briefing)",
        "said",
    ),
    (r"(?:put|puts|putting) up|(?:go|goes|went|gone) up", "rise"),
    (r"(?:come|comes|came|coming|go|goes|went|gone) down|(?:bring|brings|brought) down", "fall"),
    (r"(?:give|gives|gave|given|hand|hands|handed) back", "return"),
    (r"(?:turn|turns|turned) down", "reject"),
    # a device or a feature put out of use: "turned off" (or "turned the ranking off") is
    # "switched off", not any sense of "turn"
    (r"(?:turn|turns|turned|turning) off", "switch off"),
    (
        r"(?:turn|turns|turned|turning)(?= (?:the|its|their|his|her|a|an|this|that) (?:\w+ ){0,3}off\b)",
        "switch",
    ),
    # "switched it back on" says it again (particles.py reads the particle); a thing said to
    # be gone was removed ("the ranked leaderboard is gone"), the opposite of keeping it
    (rf"back on{_END}", "again"),
    (r"(?:is|are|was|were|(?:has|have|had) been) (?:now )?gone", "removed"),
    # a removal denied is a thing kept ("the vouchers will not be withdrawn")
    (r"(?:not|never) (?:be |been )?(?:withdrawn|removed|scrapped|cancell?ed|revoked)", "kept"),
    (r"(?:look|looks|looked|looking) into", "investigate"),
    (
        r"(?:break|breaks|broke|breaking) the (?:story|news) of|(?:break|breaks|broke|breaking) the story",
        "first reported the story",
    ),
    (r"(?:step|steps|stepped|stepping) down", "resign"),
    (r"(?:shut|shuts|shutting) down", "close"),
    (r"(?:pull|pulls|pulled|pulling) out of", "withdraw from"),
    (r"(?:tear|tears|tore|torn|tearing) down", "demolish"),
    (r"(?:break|breaks|broke|broken|breaking) down|fall(?:s|en)? apart|fell apart", "collapse"),
    (r"(?:get|gets|got|gotten|getting) away|run away|ran away", "escape"),
    (r"pass(?:es|ed)? away", "die"),
    (r"(?:is|are|was|were|be|been) against", "oppose"),
    # a vote or a campaign against a thing opposes it ("voted against the plan" is no support)
    (
        r"(?:vot(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)"
        rf"|campaign{_V}|protest{_V}) against",
        "opposed",
    ),
    (r"in favou?r of", "support"),
    (r"out of control", "uncontrolled"),  # the affix rule opposes it to "under control"
    (r"under control", "controlled"),
    (r"short-lived|(?:did|does|do|would|will) not last long", "brief"),
    (r"put forward", "propose"),
    (r"a number of|a few", "several"),
    (r"take[sn]? charge of|took charge of|take[sn]? charge|took charge|in charge of", "lead"),
    (r"(?:found|find|finds) guilty|guilty", "convicted"),
    (r"(?:refuse[sd]?|refusing|fail(?:s|ed)?|failing|decline[sd]?|declining) to", "not"),
    (r"(?:told|advised|urged|asked|warned) to", "urged to"),
    (r"people (?:living|who live|who lived) in", "residents of"),
    (r"as well as", "and"),
    (
        r"(?:plan|plans|planned|planning|intend|intends|intended|aim|aims|aimed|want|wants|wanted"
        r"|hope|hopes|hoped|expect|expects|expected) to"
        r"|(?:is|are|was|were|be) (?:set|due|expected|scheduled|going|likely) to",
        "will",
    ),
    (r"(?:carry|carries|carried|carrying) on|(?:go|goes|went|going) on", "continue"),
    (r"(?:cover|covers|covered|covering|meet|meets|met|bear|bears|bore) the costs? of", "pay for"),
    (r"(?:lose|loses|losing|lost) money|loss-making|not profitable", "unprofitable"),
    (
        r"(?:save|saves|saved|saving) (?:money|costs?) on"
        r"|(?:cut|cuts|cutting|reduce[sd]?|reducing) (?:spending|costs?) on",
        "save on",
    ),
    (r"so far|as yet|to date", "yet"),
    (r"nobody|no one", "no"),
    # "not only … but also" affirms both: no negation ("not only cut fares but also added …");
    # without a "but" after it, "not only" may deny an "only" ("are not only allowing …")
    (r"not (?:only|merely)(?=[^.;]*\bbut\b)", "also"),
    # a lack is one word, read as a negation (polarity.NEGATORS): "was not enough" still differs
    # from "was enough"
    (
        r"(?:do|does|did|has|have|had) not have enough|not enough|too (?:few|little)|lack of"
        r"|insufficient",
        "shortage of",
    ),
    (r"rule[sd]? out|ruling out", "not"),
    # double negations read as what they affirm (litotes.py): "never denied" concedes,
    # "not unlike" says alike ("did not fail to" and "could not rule out" cancel as "not not")
    (r"(?:not|never) (?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing))", "concede"),
    (r"not (?:at all )?unlike", "similar to"),
    (r"starting (?:in|on|from)|beginning (?:in|on|from)|as of", "from"),
    (
        r"(?:spend|spends|spent|spending) the night|(?:stay|stays|stayed|staying) overnight",
        "overnight",
    ),
    (r"(?:go|goes|went|going) ahead", "proceed"),
    (r"(?:take|takes|took|taken|taking) place", "occur"),
    (r"(?:set|sets|setting) up|(?:come|comes|came|coming) up with", "create"),
    (
        r"(?:look|looks|looked|looking|search|searches|searched|searching|hunt|hunted|hunting) for",
        "search",
    ),
    (r"(?:find|finds|found|finding) out", "discover"),
    (r"(?:put|puts|putting) off", "delay"),
    (r"(?:wipe|wipes|wiped|wiping) out", "destroy"),
    (r"(?:lay|lays|laying|laid) off|layoffs", "dismiss"),
    (r"(?:point|points|pointed|pointing) out", "say"),
    (r"per cent", "percent"),
    (r"(?:put|puts|putting|pour|pours|poured|pouring) (?:money|cash|funds) into", "invest in"),
)


_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our|new)\s+$", re.I)
_ARTICLE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|our)\s+$", re.I)
_DECLINE = re.compile(r"declines? to", re.I)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    groups = [f"(?P<p{k}>{pat})" for k, (pat, _) in enumerate(PHRASES)]
    words = {f"p{k}": word for k, (_, word) in enumerate(PHRASES)}
    return re.compile(rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])", re.I), words


# a contraction's "not" is read as the word it is ("wasn't enough" says what "was not enough"
# says): a phrase with "not" then matches, and no "hasn't" is left as a content word
_NOT = re.compile(r"(?i)\b(ca|wo|sha|[a-z]+)n't\b")
_NOT_BASE = {"ca": "can", "wo": "will", "sha": "shall"}


def _not(m: re.Match[str]) -> str:
    base = m.group(1)
    return f"{_NOT_BASE.get(base.lower(), base)} not"


# 'No.' before a figure labels it ('the No. 2 grocer', 'No. 10 Downing Street'): no negation
_NUMBER_LABEL = re.compile(r"(?i)\bno\.\s?(?=\d)")


# a denying phrase ("ruled out", "refused to") negated ("has not ruled out"): the two negations
# cancel, so "has not ruled out" stays the opposite of "has ruled out" ("has not")
_CANCELLED = re.compile(
    r"(?i)\b(?:not|never|no)\s+((?:yet|even|ever|so far|\w+ly)\s+)?(?:(not)|a\s+shortage of|shortage of)\b"
)


def _cancel(m: re.Match[str]) -> str:
    return (m.group(1) or "") + ("" if m.group(2) else "enough")


@lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """``text`` with each phrase of PHRASES replaced by its word ('called off' -> 'cancel'), and
    'No.' before a figure by 'number' (polarity.py reads 'no' as a negation), and a
    contraction's "n't" by "not" ("won't" -> "will not"). A denying phrase after a negation
    cancels it ("has not ruled out" -> "has"; "no shortage of" -> "enough"): a negated phrase
    keeps its own sense, never the phrase's."""
    pattern, words = _pattern()
    text = _NUMBER_LABEL.sub("number ", _NOT.sub(_not, text))

    def one(m: re.Match[str]) -> str:
        word = words[m.lastgroup or ""]
        if word == "will" and _NOUN_BEFORE.search(m.string, 0, m.start()):
            return m.group(0)  # "a plan to build" names a plan: it is not "will build"
        if (
            word == "not"
            and _DECLINE.fullmatch(m.group(0))
            and _ARTICLE.search(m.string, 0, m.start())
        ):
            return m.group(0)  # "a decline to 364,000" is a fall, not a refusal
        return word

    return _CANCELLED.sub(_cancel, pattern.sub(one, text))
