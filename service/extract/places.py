"""What says a name is a place whatever NER tagged it: a dateline ('INGLEWOOD, Calif. --')."""
from __future__ import annotations

import re

from spacy.tokens import Span

from .doc_arrays import doc_text

# After the place of a dateline: an optional state or country (', Calif.', ', N.Y.'), an optional
# short date (', Sept. 26'), an optional agency in brackets ('(AP)'), then the dash and the
# first sentence of the story.
DATELINE_TAIL = re.compile(
    r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*)?)?,?"
    r"(?:[ \t]+[A-Z][a-z]{2,4}\.?[ \t]+\d{1,2},?)?"
    r"[ \t]*(?:\([A-Za-z .&]{1,30}\)[ \t]*)?(?:--|[-—―–])[ \t]+[A-Z\"“‘']")


def is_dateline_place(span: Span) -> bool:
    """'WASHINGTON (AP) —', 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —': a name in capitals that starts
    a line and is followed by a dateline's dash is the place the story was filed from."""
    if not span.text.isupper():
        return False
    if span.start > 0:
        before = span.doc[span.start - 1]  # the line break, as a whitespace token of its own
        if not (before.is_space and "\n" in before.text):
            return False
    return bool(DATELINE_TAIL.match(doc_text(span.doc), span.end_char))
