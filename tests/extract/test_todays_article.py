"""One article written for the tests in the style of today's wire news (tests/data/articles/
vaccine_approval_2020.txt: a headline, a dateline without a date, a caption with its credit and a
sign-off), read end to end: the mechanisms of the recent-news and generalisation issues together."""
from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "vaccine_approval_2020.txt"


@pytest.fixture(scope="module")
def result(extractor):
    return extractor.extract(ARTICLE.read_text(encoding="utf-8"))


def test_people_are_the_story_s_and_no_company_or_journalist_is_one(result):
    assert {p.name for p in result.participants} == {"Matt Hancock", "Boris Johnson", "Keir Starmer", "Ugur Sahin"}


def test_organizations_include_the_companies_and_the_regulator_spelled_out(result):
    orgs = {o.name: o.acronym for o in result.organizations}
    assert orgs.get("Medicines and Healthcare products Regulatory Agency") == "MHRA"
    assert {"Pfizer", "BioNTech", "National Health Service"} <= set(orgs)
    assert not {"COVID-19", "FTSE 100", "S&P 500", "FILE PHOTO", "Healthcare", "Chief"} & set(orgs)


def test_the_sign_off_gives_the_authors_and_the_caption_no_date(result):
    assert [(a.name, a.role) for a in result.authors] == [
        ("Alistair Smout", "reporting"), ("Kate Kelland", "reporting"), ("Ludwig Burger", "additional-reporting"),
        ("Josephine Mason", "editing"), ("Giles Elgood", "editing")]
    assert result.date is None  # the only full date is the caption's 'picture taken'


def test_speakers(result):
    speakers = {q.text: q.speaker.name for q in result.quotes}
    assert speakers['"Help is on its way,"'] == "Matt Hancock"
    assert speakers["The first doses would arrive within days"] == "Matt Hancock"
    assert speakers["the government must explain its plan"] == "Keir Starmer"
