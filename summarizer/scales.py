"""Amounts with a scale word: "$1 million" is 1000000, and "$1 billion" is not it.

A number followed by thousand, million, billion or trillion (or their abbreviations: "bn", "mn",
"mln", "tn", "trn" anywhere, "k", "m", "b" only right after a currency sign, as "$3m": a bare
"3m" may be three metres) states the whole amount, so a claim that changes the scale word
changes its number. facts.numbers reads the amount as its digits ("1,000,000" and "1 million"
are one number); a source also holds the bare figure ("1"), as before, so a claim's "one in
5" is not refused because a passage says "$1 million".

In a range the scale word is shared: "2 to 3 million" says 2000000 and 3000000.

``as_written`` gives a number back as the claim writes it ("$2 million", not "2000000"), for
the reasons a reader sees.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

_POWERS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_POWERS.update({"bn": 9, "mn": 6, "mln": 6, "tn": 12, "trn": 12})
_AFTER_CURRENCY = {"k": 3, "m": 6, "b": 9}
_NUM = r"\d[\d,]*(?:\.\d+)?"
_CURRENCY = r"[$£€¥]"
_SCALE = re.compile(
    rf"(?i)(?<![\w.])(?P<cur>{_CURRENCY}\s?)?(?P<num>{_NUM})"
    rf"(?:(?P<join>\s*(?:-|–|to|and|or)\s*{_CURRENCY}?)(?P<num2>{_NUM}))?"
    rf"(?P<gap>[\s-]?)(?P<word>thousand|million|billion|trillion|bn|mn|mln|tn|trn|k|m|b)\b"
)
# how a reader would find a number in a claim: its currency, digits, scale and percent
_WRITTEN = re.compile(
    rf"(?i)(?<![\w.]){_CURRENCY}?\s?{_NUM}(?:\s*(?:-|–|to|and|or)\s*{_CURRENCY}?{_NUM})?"
    r"(?:[\s-]?(?:thousand|million|billion|trillion|bn|mn|mln|tn|trn|k|m|b)\b)?"
    r"(?:\s?%|\s+per\s?cent\b|\s+percent\b)?"
)


def _power(m: re.Match[str]) -> int | None:
    """The power of ten the scale word says (None: not a scale word here, as "3m" is not)."""
    word = m.group("word").lower()
    if word in _POWERS:
        return _POWERS[word]
    return _AFTER_CURRENCY[word] if m.group("cur") and not m.group("gap") else None


def _range(m: re.Match[str]) -> bool:
    """Whether the first number shares the scale word ("2 to 3 million"): a small number
    below the second ("from 310,000 to 1 million" is no range, nor "in 2020 and 3 million")."""
    first, second = m.group("num"), m.group("num2")
    if not second or "," in first:
        return False
    return Decimal(first) < Decimal(second.replace(",", ""))


def _whole(raw: str, power: int) -> str:
    try:
        value = Decimal(raw.replace(",", "")) * (Decimal(10) ** power)
    except InvalidOperation:
        return raw
    if value != value.to_integral_value():
        return raw
    return str(int(value))


def _expand(m: re.Match[str], *, keep: bool = False) -> str:
    """The amount as digits (``keep``: as bare figures, the scale word dropped)."""
    power = _power(m)
    if power is None:
        return m.group(0)
    if not m.group("num2"):
        out = m.group("num") if keep else _whole(m.group("num"), power)
    elif _range(m):
        nums = (m.group("num"), m.group("num2"))
        first, second = nums if keep else (_whole(n, power) for n in nums)
        out = f"{first}{m.group('join')}{second}"
    else:  # "from 310,000 to 1 million": only the second is scaled
        second = m.group("num2") if keep else _whole(m.group("num2"), power)
        out = f"{m.group('num')}{m.group('join')}{second}"
    return f"{m.group('cur') or ''}{out} "


def scaled(text: str) -> str:
    """The text with each amount written with a scale word as its digits ("$1 million" ->
    "$1000000 "); the rest as it is."""
    return _SCALE.sub(_expand, text)


def bare(text: str) -> str:
    """The text with the scale words taken off its amounts ("$1 million" -> "$1 "): the
    figures a source also holds."""
    return _SCALE.sub(lambda m: _expand(m, keep=True), text)


def as_written(values: list[str], text: str, read: Callable[[str], set[str]]) -> list[str]:
    """Each of ``values`` (numbers as ``read`` gives them) as ``text`` writes it ("$2 million",
    not "2000000"): the first amount written whose numbers hold it; else the value itself."""
    amounts = written_amounts(text)
    return [next((a for a in amounts if v in read(a)), v) for v in values]


def written_amounts(text: str) -> list[str]:
    """The amounts of a text as written ("$2 million", "40%", "1,800")."""
    return [m.group(0).strip() for m in _WRITTEN.finditer(text)]
