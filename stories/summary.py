"""The stories stage's one-line summary (light: the CLI and the cycle cache build it without
importing the grouping's numpy and scipy)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StoriesSummary:
    stories: int
    new: int
    updated: int
    duplicates: int
    roles: dict[str, int] = field(default_factory=dict)
    excluded: int = 0
    discussions: int = 0
    reused: bool = False  # the inputs were those of the last run: nothing was regrouped

    def line(self) -> str:
        roles = ", ".join(f"{n} {r}" for r, n in self.roles.items())
        return (
            f"stories: {self.stories} ({self.new} new, {self.updated} updated) · "
            f"duplicates: {self.duplicates} · sources: {roles or 'none'}"
            f" · excluded: {self.excluded} · HN discussions attached: {self.discussions}"
            + (" · inputs unchanged: not regrouped" if self.reused else "")
        )
