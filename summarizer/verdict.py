"""The verdict on one sentence (verify.Checker.verdict), and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """The verdict on one sentence: ``supported`` is True exactly when ``reasons`` is empty."""

    text: str
    cites: tuple[int, ...] = ()
    reasons: tuple[str, ...] = ()
    suggested: tuple[int, ...] = ()  # sources that support it on their own (when it fails)

    @property
    def supported(self) -> bool:
        return not self.reasons

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "supported": self.supported}
        out["reasons"] = list(self.reasons)
        return out | ({} if self.supported else {"suggested": list(self.suggested)})


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for a reason's quotation."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
