"""The lead article of a story and the story's title.

The lead is the earliest original reporting that we could read in full: among the story's
readable articles, the ``original`` source first, then news coverage before primary documents
and discussions, then the earliest, then a ``trusted`` outlet, then the id. When nothing was
read in full, the same order over everything. The title is the lead's headline without a
trailing " - Outlet" / " | Outlet" suffix.
"""

from __future__ import annotations

import re

from newsdesk.stories.docs import Doc
from newsdesk.stories.phrases import KNOWN_OUTLETS

from newsdesk.models import ROLE_RANK, Source

_SUFFIX = re.compile(r"\s+[-|–—:·]\s+([^-|–—:·]{2,40})$")


def choose_lead(members: list[Doc], sources: list[Source]) -> Doc:
    by_item = {s.item_id: s for s in sources if s.item_id}

    def key(d: Doc) -> tuple:
        s = by_item.get(d.id)
        return (
            not d.read,
            ROLE_RANK.get(s.role, 1) if s else 1,
            d.hours if d.hours is not None else float("inf"),
            (s.tier != "trusted") if s else True,
            d.id,
        )

    listed = [d for d in members if d.id in by_item]  # blocked outlets never lead
    return min(listed or members, key=key)


def story_title(lead: Doc, outlet_names: tuple[str, ...] = ()) -> str:
    """The lead's headline, minus a site-name suffix such as " - The Verge"."""
    title = " ".join(lead.title.split())
    m = _SUFFIX.search(title)
    if m:
        suffix = m.group(1).strip().lower()
        names = {n.lower() for n in (*outlet_names, *KNOWN_OUTLETS) if n}
        names.add(lead.outlet.lower())
        if lead.site_name:
            names.add(lead.site_name.lower())
        if suffix in names or suffix.replace(" ", "") in {n.split(".")[0] for n in names}:
            title = title[: m.start()].rstrip()
    return title or lead.url
