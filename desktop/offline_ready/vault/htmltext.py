"""Text out of HTML in one forward pass.

The standard library's ``HTMLParser`` rescans an unfinished tag from its start on every ``feed()``,
so a page that opens a tag and never closes it costs quadratic time (7 MB took 42 s and 1 GB).
This tokenizer only ever searches forward from where it stands and never returns to a position
it has passed: every byte is looked at a bounded number of times, whatever the markup. An
unfinished tag, comment or quoted attribute at the end swallows the rest of the page (browsers
do the same), which ends the pass.
"""

from __future__ import annotations

import html as _html
import re

MAX_HTML_CHARS = 20 << 20
MAX_TITLE_CHARS = 500

_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9:_-]*)")
_ATTR_STOP = re.compile(r"[>\"']")
# elements whose content is not page text; nested ones are counted (bounded)
_SKIP = frozenset({"noscript", "template", "svg", "math", "iframe", "object", "head"})
# raw-text elements: their content is not markup and ends only at the matching end tag
_RAW = frozenset({"script", "style", "xmp", "plaintext", "noembed", "noframes"})
_BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
                    "article", "header", "footer", "ul", "ol", "dl", "dt", "dd", "pre", "blockquote",
                    "hr", "form", "main", "nav", "aside", "td", "th"})
_HUGE_CHARREF = re.compile(r"&#(?:[xX][0-9a-fA-F]{9,}|[0-9]{9,});?")  # no such code point; int() would balk
_END_TAGS: dict[str, re.Pattern[str]] = {}
MAX_SKIP_DEPTH = 1000


def _end_tag(name: str) -> re.Pattern[str]:
    pat = _END_TAGS.get(name)
    if pat is None:
        pat = _END_TAGS[name] = re.compile(rf"</{re.escape(name)}[\s/>]", re.IGNORECASE)
    return pat


def _tag_end(text: str, pos: int, stop: int) -> int:
    """Index of the ``>`` closing a tag whose attributes start at ``pos`` (quotes respected); -1 if none."""
    while True:
        m = _ATTR_STOP.search(text, pos, stop)
        if m is None:
            return -1
        if m.group() == ">":
            return m.start()
        close = text.find(m.group(), m.end(), stop)
        if close < 0:
            return -1
        pos = close + 1


def html_to_text(text: str, max_chars: int = 2_000_000) -> str:
    """The page's title and visible text (scripts, styles and the like left out), at most ``max_chars``."""
    stop = min(len(text), MAX_HTML_CHARS)
    parts: list[str] = []
    total = 0
    skip = 0
    title = ""
    pos = 0

    def data(chunk: str) -> None:
        nonlocal total
        if chunk and not skip:
            if "&#" in chunk:
                chunk = _HUGE_CHARREF.sub("\ufffd", chunk)
            chunk = _html.unescape(chunk)[: max_chars - total]
            parts.append(chunk)
            total += len(chunk)

    while pos < stop and total < max_chars:
        lt = text.find("<", pos, stop)
        if lt < 0:
            data(text[pos:stop])
            break
        data(text[pos:lt])
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4, stop)
            pos = stop if end < 0 else end + 3
            continue
        if text.startswith(("<!", "<?"), lt):
            end = text.find(">", lt + 2, stop)
            pos = stop if end < 0 else end + 1
            continue
        m = _TAG_NAME.match(text, lt, stop)
        if m is None:  # a lone "<" is text
            data("<")
            pos = lt + 1
            continue
        end = _tag_end(text, m.end(), stop)
        if end < 0:
            break  # an unfinished tag runs to the end of the page
        pos = end + 1
        name = m.group(1).lower()
        closing = text[lt + 1] == "/"
        if name in _BLOCK:
            parts.append("\n")
        if closing:
            if name in _SKIP and skip:
                skip -= 1
            continue
        if text[end - 1] == "/":  # <tag/>: nothing opened
            continue
        if name in _SKIP:
            skip = min(skip + 1, MAX_SKIP_DEPTH)
        elif name == "title" or name in _RAW or name == "textarea":
            close = _end_tag(name).search(text, pos, stop)
            content_end = stop if close is None else close.start()
            if name == "title":
                if not title:
                    raw = _HUGE_CHARREF.sub("\ufffd", text[pos:min(content_end, pos + MAX_TITLE_CHARS * 4)])
                    title = " ".join(_html.unescape(raw).split())
            elif name == "textarea":
                data(text[pos:content_end])
            if close is None:
                break
            after = text.find(">", close.end() - 1, stop)
            pos = stop if after < 0 else after + 1
    body = "".join(parts)
    title = title[:MAX_TITLE_CHARS]
    return (title + "\n\n" + body) if title else body
