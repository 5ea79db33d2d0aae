"""Jinja's compiled templates, with two of its calls made cheaper and the output unchanged.

* ``{{ a.b }}``: Jinja compiles every attribute access to ``environment.getattr(a, "b")``, a
  Python call that tries ``getattr(a, "b")`` and then ``a["b"]``; a story page makes ~400 of
  them, a tenth of its rendering. Here it is the built-in ``getattr(a, "b", missing)``, and
  ``environment.getattr`` only when that finds nothing (a dict's key, an Undefined): the same
  value in every case.
* Blocks and the parent template: Jinja passes every piece of a block (~500 on a story page)
  up through the parent's generator and the child's with ``yield from``; here each block is
  joined into one string first (``concat``, Jinja's own ``"".join``), and so is the parent
  template's output in a child. The page is the same string.

The compiled code differs from Jinja's, so its bytecode cache files have a name of their own
(:data:`CACHE_PATTERN`): a cache written by plain Jinja, or by an older version of this
module, is never loaded in its place.
"""

from __future__ import annotations

from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst

CACHE_PATTERN = "__newsdesk_jinja2_v1_%s.cache"  # bump the version when the code below changes

_DELEGATED = ("yield from context.blocks[", "yield from parent_template.root_render_func(")


class FastCode(CodeGenerator):
    """Jinja's code generator with the two changes of the module doc (sync templates only)."""

    @optimizeconst
    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        if self.environment.is_async:
            CodeGenerator.visit_Getattr(self, node, frame)
            return
        # (_nd_g if (_nd_g := getattr((_nd_o := OBJ), ATTR, missing)) is not missing
        #  else environment.getattr(_nd_o, ATTR)): OBJ is evaluated once; a nested access
        # inside OBJ uses the same two names, but is done with them before they are set here
        self.write("(_nd_g if (_nd_g := getattr((_nd_o := ")
        self.visit(node.node, frame)
        attr = repr(node.attr)
        self.write(f"), {attr}, missing)) is not missing else environment.getattr(_nd_o, {attr}))")

    def writeline(self, x: str, node: Any = None, extra: int = 0) -> None:
        if not self.environment.is_async and x.startswith(_DELEGATED):
            x = f"yield concat({x.removeprefix('yield from ')})"
        super().writeline(x, node, extra)
