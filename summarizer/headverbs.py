"""Verb forms for headlines (headwords.py): a past or perfect verb of a lede turned into the
headline present ("had ended" → "ends", "would open" → "to open", "was arrested" → "arrested",
"were asking" → "ask"). Bases come from the irregular table (synonyms.py) or, for a regular
form, from WordNet's verbs (lexicon.py): nothing is guessed that WordNet does not list."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.summarizer import lexicon
from newsdesk.summarizer.synonyms import irregular_base, past_forms

ARTICLES = frozenset(["a", "an", "the"])
PREPS = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "with",
        "over",
        "under",
        "by",
        "of",
        "into",
        "about",
        "against",
        "between",
        "across",
    ]
)
_BE = {"was": "is", "were": "are", "is": "is", "are": "are"}
_MODALS = frozenset(["could", "can", "may", "might", "should", "must"])


def verb_base(word: str) -> str | None:
    """The base of a verb form ('ended' -> 'end', 'scrapped' -> 'scrap', 'took' -> 'take',
    'plans' -> 'plan'); None when it is not one WordNet lists as a verb."""
    low = word.lower()
    if (base := irregular_base(low)) is not None:
        return base
    for base in lexicon.irregular_bases(low):  # WordNet's forms: 'fled' is 'flee', not 'fly'
        if "v" in lexicon.parts_of_speech(base):
            return base
    if low.endswith("ed"):
        tries = [low[:-1], low[:-2], low[:-3], low[:-3] + "y"]
    elif low.endswith("s"):
        tries = [low[:-1], low[:-2], low[:-3] + "y"]
    else:
        return None
    return next((t for t in tries if len(t) > 1 and "v" in lexicon.parts_of_speech(t)), None)


def third_person(base: str) -> str:
    """'end' -> 'ends', 'push' -> 'pushes', 'try' -> 'tries', 'have' -> 'has'."""
    if base in ("have", "be"):
        return "has" if base == "have" else "is"
    if base.endswith("z") and not base.endswith("zz"):
        return base + "zes"  # 'quiz' -> 'quizzes'
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
        return base[:-1] + "ies"
    return base + "s"


def _participle(tok: str) -> bool:
    low = tok.lower()
    if not low.isalpha() or tok[0].isupper():
        return False
    return low in past_forms() or (low.endswith(("ed", "en")) and verb_base(low) is not None)


def _present(base: str, plural: bool) -> str:
    return base if plural else third_person(base)


def verb_at(toks: Sequence[str], i: int, plural: bool) -> tuple[list[str], int] | None:
    """(the headline's verb words, index after them) when a main verb starts at ``i``."""
    low, nxt = toks[i].lower(), toks[i + 1].lower() if i + 1 < len(toks) else ""
    if low in ("had", "has", "have"):
        after = toks[i + 2].lower() if nxt == "been" and i + 2 < len(toks) else ""
        if after and _participle(toks[i + 2]):
            return [toks[i + 2]], i + 3
        if after.endswith("ing") and (going := _ing_base(after)):
            return [_present(going, plural)], i + 3  # 'had been ranking' -> 'ranks'
        if _participle(toks[i + 1] if nxt else "-"):
            base = verb_base(nxt) or nxt
            return [_present(base, plural)], i + 2
        return None
    if low in ("would", "will"):
        if nxt and "v" in lexicon.parts_of_speech(nxt):
            return ["to", nxt], i + 2
        return None
    if low in _BE:
        if nxt and _participle(toks[i + 1]):
            return [toks[i + 1]], i + 2
        if nxt.endswith("ing") and (ing := _ing_base(nxt)):
            return [_present(ing, plural)], i + 2
        return [("are" if plural else "is")], i + 1
    if low in _MODALS and nxt and "v" in lexicon.parts_of_speech(nxt):
        return [low, nxt], i + 2
    if toks[i][0].isupper() or not low.isalpha():
        return None
    prev = toks[i - 1].lower()
    if prev in ARTICLES or prev in PREPS:
        return None
    if nxt == "by":  # 'a panel formed by …': a reduced relative, not the main verb
        return None
    if low in past_forms() or (low.endswith("ed") and verb_base(low)):
        past = verb_base(low)
        return ([_present(past, plural)], i + 1) if past else None
    if low.endswith("s") and nxt == "to" and toks[i - 1][0].isupper() and verb_base(low):
        return [low], i + 1  # 'Norvale plans to …'
    return None


def _ing_base(word: str) -> str | None:
    stem = word[:-3]
    tries = [stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""]
    return next((t for t in tries if t and "v" in lexicon.parts_of_speech(t)), None)
