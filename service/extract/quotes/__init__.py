"""Quotations and their speakers.

In: the parsed Doc, the article's text and its ``Entities``. Out (``find_quotes``): ``Quote``
results in text order, direct, indirect or mixed, each with its cue verb and its speaker resolved
to a participant or organization. Reporting frames come from the parse (``frames``: a speech verb
with its subject and content), passages in quotation marks from ``text``; ``find`` joins them, and
``speakers`` with ``coreference`` resolve each frame's subject (names, pronouns, roles) to an
entity. Reads ``text`` and ``entities``; never ``dates``.
"""
from .find import find_quotes

__all__ = ["find_quotes"]
