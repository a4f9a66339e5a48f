"""Notes are written in Markdown and shown as HTML, safely.

markdown-it-py renders CommonMark with raw HTML turned off, so `<script>` in a note is shown as text;
its link check refuses `javascript:`, `vbscript:`, `file:` and `data:` targets. Images are not
rendered (a note must not make every reader's browser fetch someone's tracking pixel), and links open
without passing the page along (`rel="nofollow noopener noreferrer"`).

>>> str(markdown("**Renewal** agreed <script>alert(1)</script> [CRM](javascript:alert(2))"))
'<p><strong>Renewal</strong> agreed &lt;script&gt;alert(1)&lt;/script&gt; [CRM](javascript:alert(2))</p>\\n'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable("image")


def _link_open(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    tokens[idx].attrSet("rel", "nofollow noopener noreferrer")
    return str(renderer.renderToken(tokens, idx, options, env))


_md.add_render_rule("link_open", _link_open)


def markdown(text: str | None) -> Markup:
    """The text as safe HTML (a Jinja filter: `{{ note.body|markdown }}`)."""
    return Markup(_md.render(text or ""))  # raw HTML is escaped: html=False
