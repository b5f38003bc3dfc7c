"""Property-based tests of the extraction library (hypothesis): whatever the text, extraction never
raises, every offset points at its text, every id resolves, and every list is well-formed.

Texts are drawn two ways: arbitrary Unicode (control characters, surrogate-free astral planes,
combining marks...), and news-like texts assembled from the pieces the rules react to (names,
titles, quote marks of every kind, cue verbs, dates, datelines, acronyms, line breaks) in random
order, which reaches far more of the rules than random characters do. derandomize=True keeps CI
deterministic; run with --hypothesis-seed=random locally to explore further.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.api.schemas import ExtractionSchema
from tests.helpers import iter_spans

PIECES = [
    "Jane Doe", "Doe", "Mr. Doe", "President Xi Jinping", "Xi", "Xi's", "Xi’s", "Hillary Clinton",
    "Chelsea Clinton", "Clinton", "the Shanghai Cooperation Organization (SCO)", "SCO", "the UN",
    "United Nations", "Xinhua", "he", "she", "they", "it", "said", "says", "added", "told reporters",
    "according to", "warned", "insisted", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", ",", ".", ":",
    "—", "-", "(", ")", "?", "!", "\n", "\n\n", "\r\n", " ", "on Wednesday", "late February",
    "June 15, 2022", "2022-06-15", "last week", "this afternoon", "three years", "every week",
    "BEIJING, June 15 (Reuters) -", "Published: June 15, 2022", "date 2022-06-15", "that", "and",
    "the minister", "a spokesman", "We will win", "is not", "1999", "Q3", "the 1990s", "Christmas",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=80).map(
    lambda parts: "".join(p if p in ("\n", "\n\n", "\r\n", " ") else p + " " for p in parts))
any_unicode = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)


def check_result(text: str, result: dict) -> None:
    for span in iter_spans(result):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"]
    entities = result["participants"] + result["organizations"] + result["locations"]
    ids = [entity["id"] for entity in entities]
    assert len(ids) == len(set(ids)), "entity ids are unique"
    for entity in entities:
        assert entity["name"] and entity["mentions"]
        assert entity["mention_count"] == len(entity["mentions"])
        assert 0.0 <= entity["salience"] <= 1.0
        starts = [m["start"] for m in entity["mentions"]]
        assert starts == sorted(starts)
    for group in ("participants", "organizations", "locations"):
        saliences = [entity["salience"] for entity in result[group]]
        assert saliences == sorted(saliences, reverse=True), f"{group} ordered by salience"
    for quote in result["quotes"]:
        assert quote["type"] in ("direct", "indirect", "mixed")
        speaker = quote["speaker"]
        if speaker and speaker["id"] is not None:
            assert speaker["id"] in ids, "a quote's speaker id resolves to an entity"
    for date in result["dates"]:
        assert date["type"] in ("DATE", "TIME", "DURATION", "SET")
    if result["date"] is not None:
        assert len(result["date"]["value"]) == 10
    assert result["language"]["code"] and 0.0 <= result["language"]["confidence"] <= 1.0


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(news_like, any_unicode))
def test_any_text_extracts_without_error_and_with_exact_offsets(extractor, text):
    result = ExtractionSchema().dump(extractor.extract(text))
    check_result(text, result)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(st.one_of(news_like, any_unicode), min_size=1, max_size=6))
def test_a_batch_gives_what_one_by_one_extraction_gives(extractor, texts):
    from service.extract import Article
    batch = [ExtractionSchema().dump(r) for r in extractor.extract_many(Article(t) for t in texts)]
    assert batch == [ExtractionSchema().dump(extractor.extract(t)) for t in texts]
