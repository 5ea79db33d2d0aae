"""Who a sentence gives a quotation to when the quote does not follow its verb.

quotes.find_quotes reads a quote whose speaker stands right beside it ("…," Raman said; Jane Doe
said: "…"). Reported speech puts words between them: 'Tomás Ferreira, a spokesperson, told
Circuit Report that the company "moved as soon as the pattern was clear"'. Such a sentence still
gives the quoted words to the one it opens with, and a sentence that moves them to another
person ('Lena Marchetti said the company "moved …"') is a wrong speaker as surely as the same
words without quotation marks are (wrongwho.py).

``reported_speaker`` is that opening name: one to four capitalised words (a person or an
organisation, "Dr. Omar Reyes", "Ferreira"), maybe followed by a description between commas,
then a verb of saying, then the quotation later in the sentence. Anything else opening the
sentence ("An internal memo seen by Circuit Report, sent by … Anneke Vos, said …", "One engineer
said …") names no one this reads as the speaker, and the quote's speaker is left to the rules
that look around it (speakers.said_by).
"""

from __future__ import annotations

import re

_VERBS = (
    r"said|says|told|tells|wrote|writes|added|adds|explained|noted|argued|claimed|recalled"
    r"|posted|tweeted|warned|insisted|admitted|complained|joked|commented|responded|replied"
    r"|stated|insists|argues|warns"
)
NAME_WORD = r"(?:[A-Z][\w'’\-]*\.?)"
NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{0,3}}"  # one to four capitalised words
# the name, a description between commas ("a Brightforge spokesperson"), the verb, then the
# reported words up to the first quotation mark (no sentence end between them)
_REPORTED = re.compile(
    rf"^(?P<who>{NAME})(?P<desc>, [^\"“”;:]{{2,100}}?,)? (?:{_VERBS})\b(?P<gap>[^\"“”.;!?]*)[\"“]"
)
_NOT_NAMES_TEXT = (
    "The A An In On At For But And It This That These Those Its Their His Her He She They We I"
    " You One Some Many Most Others Another Each Every No Nobody Someone Everyone"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def reported_speaker(sentence: str) -> str | None:
    """The name a sentence opens with, and its description, when it then reports, with a verb
    of saying, words that it quotes later ('Tomás Ferreira, a Brightforge spokesperson, told
    Circuit Report that the company "moved …"' -> 'Tomás Ferreira, a Brightforge spokesperson':
    the speaker's name is speakers.speaker_name's, and "Brightforge said …" speaks for the
    company as its spokesperson did); None when it opens on no name or the quote follows the
    verb."""
    m = _REPORTED.match(" ".join(sentence.split()))
    if m is None:
        return None
    who = m.group("who").rstrip(".")
    if who.split()[0] in _NOT_NAMES or not re.search(r"\w", m.group("gap")):
        return None  # "The company said …"; 'X said "…"' is quotes.find_quotes's
    return who + (m.group("desc") or "").rstrip(",")


def names_word(speaker: str, who: frozenset[str]) -> bool:
    """Whether ``speaker`` (as a source writes it) shares a word with the words ``who`` that
    identify a claimed speaker (speakers.speaker_words): "Ferreira" for {tomás, ferreira}."""
    have = {
        w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’]+", speaker)
    }
    return bool(have & who)
