"""A faster stand-in for spaCy's ``attribute_ruler`` with exactly the same output.

The English pipelines' attribute ruler is mostly a tag map: 56 one-token patterns ``{"TAG": t}``
that set POS and MORPH, matched one by one on every token and applied in Python, which costs
about a tenth of the whole parse. This component sets those from the tag with one array lookup
per document, then runs an attribute ruler holding only the remaining (word-specific) patterns,
which the original applies after the tag map anyway, so they still take precedence.
"""
from __future__ import annotations

import numpy
from spacy.attrs import MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

COMPONENT = "attribute_ruler"


def split_tag_map(patterns: list[dict]) -> tuple[dict[str, dict], list[dict]]:
    """The leading run of plain tag-map patterns as {tag: attrs}, and every other pattern in order.

    Only a *leading* run is taken, so every remaining pattern still comes after all of them (the
    attribute ruler lets later patterns win)."""
    tag_map: dict[str, dict] = {}
    for i, pattern in enumerate(patterns):
        tokens = pattern["patterns"]
        simple = (len(tokens) == 1 and len(tokens[0]) == 1 and set(tokens[0][0]) == {"TAG"}
                  and isinstance(tokens[0][0]["TAG"], str) and pattern.get("index", 0) == 0
                  and set(pattern["attrs"]) <= {"POS", "MORPH"} and tokens[0][0]["TAG"] not in tag_map)
        if not simple:
            return tag_map, patterns[i:]
        tag_map[tokens[0][0]["TAG"]] = pattern["attrs"]
    return tag_map, []


class TagMapRuler(AttributeRuler):
    """An attribute ruler whose tag-map patterns are applied as one vectorised lookup."""

    def __init__(self, vocab, name: str = COMPONENT):
        super().__init__(vocab, name=name)
        self.tags = self.pos = self.morph = numpy.zeros(0, dtype="uint64")
        self.has_pos = self.has_morph = numpy.zeros(0, dtype=bool)

    def take_patterns(self, patterns: list[dict]) -> None:
        """Load an attribute ruler's patterns: the tag map into arrays, the rest as rules."""
        tag_map, rest = split_tag_map(patterns)
        strings, morphology = self.vocab.strings, self.vocab.morphology
        tag_map = dict(sorted(tag_map.items(), key=lambda item: strings.add(item[0])))  # for searchsorted
        attrs = list(tag_map.values())
        self.tags = numpy.array([strings.add(tag) for tag in tag_map], dtype="uint64")
        self.pos = numpy.array([strings.add(a["POS"]) if "POS" in a else 0 for a in attrs], dtype="uint64")
        self.morph = numpy.array([morphology.add(a["MORPH"]) if "MORPH" in a else 0 for a in attrs],
                                 dtype="uint64")
        self.has_pos = numpy.array(["POS" in a for a in attrs], dtype=bool)
        self.has_morph = numpy.array(["MORPH" in a for a in attrs], dtype=bool)
        self.add_patterns(rest)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and len(self.tags):
            values = doc.to_array([TAG, POS, MORPH])
            rule = numpy.clip(numpy.searchsorted(self.tags, values[:, 0]), 0, len(self.tags) - 1)
            known = self.tags[rule] == values[:, 0]
            set_pos, set_morph = known & self.has_pos[rule], known & self.has_morph[rule]
            values[set_pos, 1] = self.pos[rule][set_pos]
            values[set_morph, 2] = self.morph[rule][set_morph]
            doc.from_array([POS, MORPH], values[:, 1:])
        return super().__call__(doc)


@Language.factory("tag_map_attribute_ruler")
def make_tag_map_ruler(nlp: Language, name: str) -> TagMapRuler:
    return TagMapRuler(nlp.vocab, name)


def use_fast_tag_map(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler for a :class:`TagMapRuler` with the same patterns."""
    if COMPONENT in nlp.pipe_names and isinstance(nlp.get_pipe(COMPONENT), AttributeRuler):
        patterns = nlp.get_pipe(COMPONENT).patterns
        nlp.replace_pipe(COMPONENT, "tag_map_attribute_ruler").take_patterns(patterns)
