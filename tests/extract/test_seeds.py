"""The foundation issue's expectations on the two product seed articles (../shared/seeds)."""
from __future__ import annotations

import re

import pytest

XI, PUTIN = "Xi Jinping", "Vladimir Putin"


@pytest.fixture(scope="module")
def result_000(extractor, seed_000):
    return extractor.extract(seed_000)


@pytest.fixture(scope="module")
def result_002(extractor, seed_002):
    return extractor.extract(seed_002)


def test_article_dates_come_from_the_header(result_000, result_002):
    assert (result_000.date.value, result_000.date.source) == ("2022-06-15", "header")
    assert (result_002.date.value, result_002.date.source) == ("2022-09-15", "header")


@pytest.mark.parametrize("fixture", ["result_000", "result_002"])
def test_participants_are_exactly_xi_and_putin(request, fixture):
    result = request.getfixturevalue(fixture)
    assert sorted(p.name for p in result.participants) == [PUTIN, XI]


def test_seed_000_organizations(result_000):
    names = {o.name for o in result_000.organizations}
    assert names == {"Xinhua", "CCTV", "United Nations", "BRICS", "Shanghai Cooperation Organization"}


def test_xi_mentions_include_short_and_possessive_forms(result_000, seed_000):
    xi = next(p for p in result_000.participants if p.name == XI)
    texts = {m.text for m in xi.mentions}
    assert {"Xi Jinping", "Xi"} <= texts
    possessive = seed_000.index("Xi’s second")
    assert any(m.start == possessive and m.text == "Xi" for m in xi.mentions)


def _passages(text: str):
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”", text)]


def test_every_passage_in_quote_marks_in_seed_002_is_attributed_right(result_002, seed_002):
    putins = {"balanced position", "questions and concerns"}
    passages = _passages(seed_002)
    assert len(passages) == 14
    for start, end in passages:
        inner = seed_002[start + 1:end - 1].strip(" ,.")
        covering = [q for q in result_002.quotes if q.start <= start and end <= q.end]
        assert covering, f"no quote covers {inner!r}"
        expected = PUTIN if inner in putins else XI
        assert covering[0].speaker is not None and covering[0].speaker.name == expected, inner


def test_reported_statements_in_seed_000_go_to_xi(result_000, seed_000):
    for anchor in ("The economic and trade cooperation", "The Chinese side stands ready",
                   "China is also willing to work with Russia"):
        offset = seed_000.index(anchor)
        quote = next(q for q in result_000.quotes if q.start <= offset < q.end)
        assert quote.type == "indirect"
        assert quote.speaker.name == XI and quote.speaker.id.startswith("p")
    added = next(q for q in result_000.quotes if q.cue and q.cue.text == "added")
    assert added.speaker.mention.text == "he" and added.speaker.name == XI


def test_quote_counts_follow_the_quotes(result_002):
    for person in result_002.participants:
        assert person.quote_count == sum(1 for q in result_002.quotes if q.speaker and q.speaker.id == person.id)
