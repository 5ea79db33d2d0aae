"""Noun phrases a quoted fragment must not split (issue 12): a fragment that closes on a
modifier whose head noun stands outside the quotation ('“spending on AI” models', '“roles would
be for software” engineers') reads as a slip. fragments.py quotes to the head noun or stops
before the modifier.

Parts of speech come from WordNet (lexicon.py); a word it lists as a noun may be a verb too
('models'), so a fragment is sometimes placed elsewhere when it need not be: the cost is a
different fragment, never a wrong one.
"""

from __future__ import annotations

from newsdesk.summarizer import lexicon

# past tenses not in -ed, read as a clause's verb (paraphrase.complete) after no article
_IRREGULAR_PAST_TEXT = """
    set made took gave won lost put cut hit led left met paid sent spent struck brought
    bought fought sought began became held kept ran rose fell found saw went came got shut
    sold wrote chose drew broke spoke stood threw grew knew overtook undertook withdrew
"""
IRREGULAR_PAST = frozenset(_IRREGULAR_PAST_TEXT.split())
# words that may follow a noun without being its head: times
_NOT_HEADS = frozenset(["yesterday", "today", "tonight", "tomorrow", "now", "ago", "first"])
# a word before the fragment's last word that makes the last word a verb ('“will hire” staff')
_VERB_MARKS_TEXT = "to will would can could should may might must do does did"
_VERB_MARKS = frozenset(_VERB_MARKS_TEXT.split())


def nounish(word: str) -> bool:
    """Whether a lower-case ``word`` may be a noun of a noun phrase: WordNet lists it (or its
    base) as a noun, and it is no past tense, participle or adverb ('based', 'rose', 'only')."""
    if not word.isalpha() or word.endswith(("ed", "ing", "ly")) or word in IRREGULAR_PAST:
        return False
    return any("n" in lexicon.parts_of_speech(b) for b in lexicon.bases(word))


def splits_noun_phrase(before: str, last: str, nxt: str) -> bool:
    """Whether a fragment closing on ``last`` (``before`` the word ahead of it) and followed,
    with no punctuation between, by the unquoted word ``nxt`` cuts a noun phrase: ``last`` is a
    noun, a number or an acronym and ``nxt`` a lower-case noun it modifies ('AI' + 'models',
    'software' + 'engineers', '5' + 'percent'); not after 'to' or 'will' ('to hire' + 'staff')."""
    nxt = nxt.rstrip(",;:.")  # 'software' + 'engineers, with …'
    if not last[-1:].isalnum() or not nxt.isalpha() or not nxt.islower():
        return False
    if before.lower() in _VERB_MARKS or nxt in _NOT_HEADS or not nounish(nxt):
        return False
    acronym = last.isupper() and last.isalpha() and len(last) >= 2
    compound = "-" in last and all(p.isalpha() for p in last.split("-"))  # 'social-media'
    return acronym or compound or last.isdigit() or (last.islower() and nounish(last))
