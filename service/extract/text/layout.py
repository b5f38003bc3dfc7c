"""Where the headline is, and where a dateline ends and its story begins: the pieces of page layout
more than one module needs."""
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


# A dateline: at the start of a line a place (in capitals, or in title case when an agency in
# brackets follows), an optional region, an optional short date, an optional agency, then a dash:
# 'ROTTERDAM, March 4 (Reuters) - ', 'TORONTO — ', 'Washington (CNN) -- ', 'WILMINGTON, Del. - '.
# The story after it starts as a sentence does ('OSTRAVIA - the prices fell' is no dateline).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})"
    r"(?:,[ \t]*(?P<region>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}))?,?"
    rf"(?:[ \t]+{_MONTH}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?,?)?"
    r"[ \t]*(?P<agency>\([A-Za-z .&]{1,30}\)[ \t]*)?(?:--|[-—―–_])[ \t]+(?=[A-Z0-9\"“‘'])")


def _is_dateline(found: Optional[re.Match]) -> bool:
    """A match names a place of more than one letter, in capitals unless an agency follows."""
    if found is None:
        return False
    place = found.group("place")
    return len(place) > 1 and (place.isupper() or bool(found.group("agency")))


def datelines(text: str) -> list[re.Match]:
    """Every dateline of ``text``, as matches of ``DATELINE``: groups 'place', 'region' (the state
    or country after it, if any) and 'agency'; the match ends where the story begins."""
    return [found for found in DATELINE.finditer(text) if _is_dateline(found)]


def dateline_at(text: str, line_start: int) -> Optional[re.Match]:
    """The dateline that starts the line beginning at ``line_start``, if there is one."""
    found = DATELINE.match(text, line_start)
    return found if _is_dateline(found) else None


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each dateline, from its place to the first character of its story."""
    return [(found.start("place"), found.end()) for found in datelines(text)]
