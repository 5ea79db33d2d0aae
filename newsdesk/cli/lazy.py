"""A command group that imports each command's module only when the command is used.

`newsdesk --help`, `--version` or one command must not pay for the others' modules (the review
commands' content and YAML readers, the config schema, the store): each command is named in a
table with the module that defines it and the one line `newsdesk --help` shows for it, and its
module is imported the first time the command is looked up (to run it, or for its own help).
``group.commands`` still maps every name to its command, so walking the tree (the generated
docs/cli.md, the tests) loads them all and sees the real ones.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

import click


@dataclass(frozen=True)
class Lazy:
    """Where a command is defined and what the group's help says of it before it is loaded.

    ``short_help`` is the command's own ``short_help`` when it sets one, else ``summary`` is the
    first paragraph of its docstring (click shortens that one to fit the terminal).
    tests/core/test_cli_lazy.py checks both against the real commands.
    """

    module: str
    attr: str
    short_help: str | None = None
    summary: str | None = None

    def stand_in(self, name: str) -> click.Command:
        """A bare command with the same one-line help, for listing without importing."""
        return click.Command(name, help=self.summary, short_help=self.short_help)


class LazyCommands(MutableMapping[str, click.Command]):
    """Every command by name; a command's module is imported on its first lookup."""

    def __init__(self, table: Mapping[str, Lazy]) -> None:
        self._table = dict(table)
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._loaded:
            entry = self._table[name]
            command = getattr(importlib.import_module(entry.module), entry.attr)
            if not isinstance(command, click.Command):
                raise TypeError(f"{entry.module}.{entry.attr} is not a click command")
            self._loaded[name] = command
        return self._loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command

    def __delitem__(self, name: str) -> None:
        found = self._table.pop(name, None) or self._loaded.get(name)
        self._loaded.pop(name, None)
        if found is None:
            raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._table, *self._loaded]))

    def __len__(self) -> int:
        return len(set(self._table) | set(self._loaded))

    def __contains__(self, name: object) -> bool:
        return name in self._table or name in self._loaded

    def for_listing(self, name: str) -> click.Command:
        """The command if it is loaded, else a stand-in with its one-line help."""
        if name in self._loaded or name not in self._table:
            return self[name]
        return self._table[name].stand_in(name)

    def loaded(self) -> frozenset[str]:
        """The names whose module was imported (or that were added as commands)."""
        return frozenset(self._loaded)


class LazyGroup(click.Group):
    """A click group over :class:`LazyCommands`: its own help imports no command module."""

    def __init__(
        self, name: str | None = None, *, table: Mapping[str, Lazy], **kwargs: Any
    ) -> None:
        self.lazy = LazyCommands(table)
        super().__init__(name, commands=self.lazy, **kwargs)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's own listing (Group.format_commands), with stand-ins for unloaded commands."""
        commands = [(name, self.lazy.for_listing(name)) for name in self.list_commands(ctx)]
        commands = [(name, cmd) for name, cmd in commands if not cmd.hidden]
        if not commands:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in commands)
        with formatter.section("Commands"):
            formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in commands])
