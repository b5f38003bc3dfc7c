"""Where the text credits its makers, not its story: sign-offs, bylines, photo credits and caption
labels. Their names are neither participants nor organizations, and a caption's date is not the
article's date.

``credit_regions(text)`` gives the (start, end) spans of:
- sign-offs: a parenthesis naming journalists by role ('(Reporting by Anna Smith in London;
  Editing by Tom Brown)'), and contributor lines ('Additional reporting by ...');
- bylines: a short line 'By Anna Smith and Tom Brown' (with an optional ', Reuters');
- photo credits: names joined by slashes to an agency in capitals, a pool or a file label
  ('REUTERS/Carlos Osorio/File Photo', 'Jane Doe/Pool via REUTERS');
- caption labels at a line's start ('FILE PHOTO:').
``outside_regions(items, regions)`` keeps what overlaps none of them. ``caption_lines(text)``
gives the lines that hold a photo credit or a caption label: the caption's sentence is article
content, but its dates describe the picture. ``credited_authors(text)`` reads the journalists a
byline or a sign-off names, with their role.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple, Sequence

ROLE = r"(?:[Aa]dditional |[Ee]xtra )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]roduced|[Gg]raphics|[Pp]hotos?|[Vv]ideo)"
SIGN_OFF = re.compile(rf"\(\s*{ROLE}\s+by\b[^()\n]{{0,300}}\)|^[ \t]*{ROLE}\s+by\b[^\n]{{0,200}}$", re.M)
NAME = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}"
BYLINE = re.compile(rf"^[ \t]*By[ \t]+{NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){NAME})*[ \t]*$", re.M)
AGENCY = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)?"  # 'REUTERS', 'Getty Images': two words at most
PHOTO_CREDIT = re.compile(rf"{NAME}(?:[ \t]*/[ \t]*{NAME})+(?:[ \t]+via[ \t]+{AGENCY})?")
CREDIT_WORDS = re.compile(r"\b(?:Pool|File(?: Photo)?|Handout|Getty Images|via)\b")
CAPTION_LABEL = re.compile(r"^[ \t]*(?:FILE PHOTO|PHOTO|FILE|REUTERS PHOTO)[ \t]*:", re.M)


def _is_photo_credit(credit: str) -> bool:
    """Names joined by slashes are a credit when one part is an agency in capitals or a credit
    word ('REUTERS/Name', 'Name/Pool'); 'Israeli/Palestinian' and 'AC/DC' are not."""
    parts = [part.strip() for part in re.split(r"/|\bvia\b", credit)]
    return len(parts) > 1 and any(CREDIT_WORDS.search(part) or (part.isupper() and len(part) > 3)
                                  for part in parts) and any(not part.isupper() for part in parts)


def _sign_offs_and_bylines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SIGN_OFF.finditer(text)] + [m.span() for m in BYLINE.finditer(text)]


def _captions(text: str) -> list[tuple[int, int]]:
    """Photo credits and caption labels."""
    return [m.span() for m in PHOTO_CREDIT.finditer(text) if _is_photo_credit(m.group())] + [
        m.span() for m in CAPTION_LABEL.finditer(text)]


def credit_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sign-off, byline, photo credit and caption label, in text order."""
    return sorted(_sign_offs_and_bylines(text) + _captions(text))


def outside_regions(candidates: list, regions: Sequence[tuple[int, int]]) -> list:
    """The candidates (anything with ``start`` and ``end``) that overlap none of the regions."""
    merged: list[list[int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if not merged:
        return candidates
    starts = [start for start, _ in merged]

    def inside(c) -> bool:
        i = bisect.bisect_left(starts, c.end)  # merged regions are disjoint: only the last one
        return i > 0 and merged[i - 1][1] > c.start  # starting before the candidate ends can overlap
    return [c for c in candidates if not inside(c)]


def caption_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines holding a photo credit or a caption label."""
    lines = set()
    for start, end in _captions(text):
        line_end = text.find("\n", end)
        lines.add((text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end))
    return sorted(lines)


class CreditedAuthor(NamedTuple):
    """A journalist the text credits: the name as written, its role, and where the name stands."""

    name: str
    role: str  # byline, reporting, writing, editing or additional-reporting
    start: int
    end: int


ROLES = {"reporting": "reporting", "writing": "writing", "editing": "editing",
         "additional reporting": "additional-reporting", "extra reporting": "additional-reporting"}
CREDIT_PART = re.compile(r"(?P<role>(?:[Aa]dditional |[Ee]xtra )?(?:[Rr]eporting|[Ww]riting|[Ee]diting)|By)\s+(?:by\s+)?"
                         r"(?P<names>[^;()\n]+)")
AUTHOR = re.compile(r"[A-Z][\w.'’-]*(?:[ ](?:[A-Z][\w.'’-]*|de|van|von|der|da|bin|al|el)){0,4}")
AGENCY_WORDS = {"reuters", "the associated press", "associated press", "afp", "bloomberg", "the canadian press"}
NAME_SEPARATOR = re.compile(r"\s*(?:,|\band\b|&)\s*")
PLACE_AFTER = re.compile(r"\s+(?:in|from)\s+[A-Z].*$")  # 'Anna Smith in London': the name ends before 'in'


def credited_authors(text: str) -> list[CreditedAuthor]:
    """Every journalist a byline or a sign-off names, in text order: 'By Anna Smith and Tom Brown'
    gives two bylines; '(Reporting by Anna Smith in London; Editing by Tom Brown)' a reporter and
    an editor. Offsets are those of each name in ``text``."""
    found = []
    for start, end in sorted(_sign_offs_and_bylines(text)):
        for part in CREDIT_PART.finditer(text, start, end):
            role = "byline" if part.group("role") == "By" else ROLES.get(part.group("role").lower())
            if role is None:
                continue
            names_start, names, cursor = part.start("names"), part.group("names"), 0
            for piece in NAME_SEPARATOR.split(names):
                offset = names.find(piece, cursor)
                cursor = offset + len(piece)
                words = PLACE_AFTER.sub("", piece).strip()
                if words.endswith(".") and not re.search(r"(?:\b[A-Z]|\bJr|\bSr)\.$", words):
                    words = words[:-1]  # the sign-off's full stop, not an initial's
                name = AUTHOR.fullmatch(words)
                if name and words.lower() not in AGENCY_WORDS:
                    name_start = names_start + offset + (len(piece) - len(piece.lstrip()))
                    found.append(CreditedAuthor(words, role, name_start, name_start + len(words)))
    return found
