"""A faster stand-in for spaCy's ``attribute_ruler`` with exactly the same output.

The English pipelines' attribute ruler is a tag map (56 one-token patterns ``{"TAG": t}`` that set
POS and MORPH) followed by about 120 word rules (``{"LOWER": "the", "TAG": "DT"}`` → MORPH, a
``DEP`` condition → POS, ``gon na`` → lemmas...). The stock component runs them all through a
``Matcher`` and applies every match in Python, about a tenth of the whole parse. This one evaluates
each pattern as boolean masks over the doc's attribute arrays, applies the rules in the same order
(later rules win, as in the original: every pattern is matched against the doc as it came in), and
writes the result back with one ``Doc.from_array``. A pattern it cannot compile (an operator or
quantifier it does not know) makes it fall back to the stock matcher for the word rules.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple, Optional

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

COMPONENT = "attribute_ruler"
WRITABLE = (TAG, POS, MORPH, LEMMA, DEP)  # the attributes a rule may set, in from_array order

Test = Callable[[numpy.ndarray], numpy.ndarray]  # attribute values -> boolean mask
Check = tuple[int, int, Test]  # (token offset in the pattern, attribute id, test)


class Rule(NamedTuple):
    """One attribute-ruler entry: alternative token sequences, the token to set, what to set."""

    alternatives: list[tuple[int, list[Check]]]  # per alternative: its width, its checks
    index: int
    attrs: dict[int, int]  # normalised as the stock ruler stores them: attribute id -> value id


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


def value_test(value, strings) -> Optional[Test]:
    """A vectorised test for one token-pattern value, or None if it uses anything else."""
    if isinstance(value, bool):
        return lambda column: column == int(value)
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda column: column == wanted
    if isinstance(value, dict) and len(value) == 1:
        (operator, operand), = value.items()
        if operator in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
            members = numpy.array([strings.add(v) for v in operand], dtype="uint64")
            invert = operator == "NOT_IN"
            return lambda column: numpy.isin(column, members, invert=invert)
        if operator == "REGEX" and isinstance(operand, str):
            search = re.compile(operand).search

            def regex_test(column: numpy.ndarray) -> numpy.ndarray:
                return numpy.array([bool(search(strings[int(h)])) for h in column], dtype=bool)
            regex_test.slow = True  # type: ignore[attr-defined]  # run it on the remaining candidates only
            return regex_test
    return None


def compile_rule(pattern: dict, attrs: dict[int, int], strings) -> Optional[Rule]:
    """A :class:`Rule` for one attribute-ruler pattern, or None if it cannot be vectorised."""
    alternatives = []
    for sequence in pattern["patterns"]:
        checks = []
        for offset, token_pattern in enumerate(sequence):
            tests = {IDS.get(key): value_test(value, strings) for key, value in token_pattern.items()}
            if None in tests or None in tests.values() or not tests:
                return None
            checks += [(offset, attr, test) for attr, test in tests.items()]
        if not sequence:
            return None
        alternatives.append((len(sequence), sorted(checks, key=lambda c: hasattr(c[2], "slow"))))
    if not set(attrs) <= set(WRITABLE):
        return None
    return Rule(alternatives, pattern.get("index", 0), attrs)


def match_starts(width: int, checks: list[Check], columns: dict[int, numpy.ndarray],
                 n: int) -> numpy.ndarray:
    """Start positions where a fixed-length token sequence matches (cheap checks first)."""
    starts = n - width + 1
    hit = numpy.ones(max(starts, 0), dtype=bool)
    for offset, attr, test in checks:
        if not hit.any():
            break
        window = columns[attr][offset:offset + starts]
        if hasattr(test, "slow"):
            candidates = numpy.flatnonzero(hit)
            hit[candidates] = test(window[candidates])
        else:
            hit &= test(window)
    return numpy.flatnonzero(hit)


class TagMapRuler(AttributeRuler):
    """An attribute ruler whose patterns are applied as array operations (same output)."""

    def __init__(self, vocab, name: str = COMPONENT):
        super().__init__(vocab, name=name)
        self.tags = self.pos = self.morph = numpy.zeros(0, dtype="uint64")
        self.has_pos = self.has_morph = numpy.zeros(0, dtype=bool)
        self.rules: Optional[list[Rule]] = []
        self.tested: list[int] = []  # attribute ids the rules test

    def take_patterns(self, patterns: list[dict]) -> None:
        """Load an attribute ruler's patterns: the tag map into arrays, the word rules compiled."""
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
        self.add_patterns(rest)  # normalises the attrs (and keeps the matcher for the fallback)
        rules = [compile_rule(pattern, normalised, strings) for pattern, normalised in zip(rest, self.attrs)]
        self.rules = None if None in rules else rules
        self.tested = sorted({attr for rule in self.rules or () for _, checks in rule.alternatives
                              for _, attr, _ in checks})

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        values = doc.to_array(list(WRITABLE))
        self.apply_tag_map(values)
        if self.rules is None:
            doc.from_array([POS, MORPH], values[:, 1:3])
            return super().__call__(doc)
        tested = doc.to_array(self.tested) if self.tested else numpy.zeros((n, 0), dtype="uint64")
        columns = {attr: tested[:, i] for i, attr in enumerate(self.tested)}
        for rule in self.rules:  # in pattern order: later rules overwrite earlier ones
            for width, checks in rule.alternatives:
                targets = match_starts(width, checks, columns, n) + rule.index % width
                for attr, value in rule.attrs.items():
                    values[targets, WRITABLE.index(attr)] = value
        doc.from_array(list(WRITABLE[:4]), values[:, :4])
        for i in numpy.flatnonzero(values[:, 4] != doc.to_array([DEP])):
            doc[int(i)].dep = int(values[i, 4])  # rare (space tokens); from_array wants HEAD with DEP
        return doc

    def apply_tag_map(self, values: numpy.ndarray) -> None:
        """Set POS and MORPH (columns 1 and 2) from the tag (column 0) in place."""
        if not len(self.tags):
            return
        rule = numpy.clip(numpy.searchsorted(self.tags, values[:, 0]), 0, len(self.tags) - 1)
        known = self.tags[rule] == values[:, 0]
        set_pos, set_morph = known & self.has_pos[rule], known & self.has_morph[rule]
        values[set_pos, 1] = self.pos[rule][set_pos]
        values[set_morph, 2] = self.morph[rule][set_morph]


@Language.factory("tag_map_attribute_ruler")
def make_tag_map_ruler(nlp: Language, name: str) -> TagMapRuler:
    return TagMapRuler(nlp.vocab, name)


def use_fast_tag_map(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler for a :class:`TagMapRuler` with the same patterns."""
    if COMPONENT in nlp.pipe_names and isinstance(nlp.get_pipe(COMPONENT), AttributeRuler):
        patterns = nlp.get_pipe(COMPONENT).patterns
        nlp.replace_pipe(COMPONENT, "tag_map_attribute_ruler").take_patterns(patterns)
