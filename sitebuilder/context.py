"""Where a build starts: its output folder, the last build's manifest, the templates, and one
hash of everything global (builder version, templates, config, the drafts flag).

:func:`prepare` also refuses an output folder that a build did not make, before anything is
read or written.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from newsdesk.sitebuilder import incremental, render, writer
from newsdesk.sitebuilder.incremental import Manifest

from newsdesk.config import Config
from newsdesk.errors import BuildError


@dataclass(frozen=True)
class BuildContext:
    """What every step of one build knows before it starts."""

    config: Config
    out: Path
    content_dir: Path
    old: Manifest | None  # the last build's manifest; None for a first build
    templates: list[Path]  # template folders, the user's first
    global_key: str  # hash of everything every page depends on
    drafts: bool

    @property
    def statuses(self) -> tuple[str, ...]:
        """The statuses of the stories this build puts on the site."""
        return ("published", "draft") if self.drafts else ("published",)


def prepare(config: Config, out: Path | None, drafts: bool) -> BuildContext:
    """The context of a build into ``out`` (default ``build.out``)."""
    out = Path(out) if out is not None else config.path(config.build.out)
    writer.recover(out)  # a build killed mid-swap, and the staging folders of dead builds
    old = incremental.load(out)
    made_by_us = (out / incremental.MANIFEST).exists()  # any version: an upgrade rebuilds it
    if old is None and not made_by_us and out.exists() and any(out.iterdir()):
        raise BuildError(f"{out} exists and was not made by build-site; refusing to replace it")
    dirs = render.template_dirs(config)
    if not dirs:
        raise BuildError(f"no templates: {config.path(config.build.templates_dir)} does not exist")
    global_key = incremental.digest(
        incremental.VERSION,
        render.templates_hash(dirs),
        dataclasses.asdict(config.site),
        [dataclasses.asdict(t) for t in config.topics],
        config.outlets.names,
        config.build.per_page,
        drafts,
    )
    return BuildContext(
        config=config,
        out=out,
        content_dir=config.path(config.build.content_dir),
        old=old,
        templates=dirs,
        global_key=global_key,
        drafts=drafts,
    )
