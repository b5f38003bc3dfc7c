"""Where the headline is: the one piece of page layout more than one module needs."""
from __future__ import annotations

import re
from itertools import islice
from typing import Optional

HEADLINE_MAX_WORDS = 25
_LINE_ENDS = ".!?…:;,"  # a first line ending in these is prose or a lead-in, not a headline
_CLOSERS = "\"'”’»)]"


def headline_span(text: str) -> Optional[tuple[int, int]]:
    """(start, end) of the headline: a short first line without closing punctuation that more
    text follows; None when the article does not start with one."""
    lines = list(islice((m for m in re.finditer(r"[^\n]+", text) if m.group().strip()), 2))
    if len(lines) < 2:
        return None
    first = lines[0]
    line = first.group().strip()
    if len(line.split()) > HEADLINE_MAX_WORDS or line.rstrip(_CLOSERS).endswith(tuple(_LINE_ENDS)):
        return None
    start = first.start() + (len(first.group()) - len(first.group().lstrip()))
    return start, start + len(line)
