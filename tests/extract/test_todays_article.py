"""Articles written for the tests in the style of today's wire news (tests/data/articles/: a
headline, a dateline without a date, a caption with its credit and a sign-off), read end to end:
the mechanisms of the recent-news and generalisation issues together."""
from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
ARTICLE = ARTICLES / "vaccine_approval_2020.txt"


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


def read(extractor, name):
    return extractor.extract((ARTICLES / name).read_text(encoding="utf-8"))


def test_a_cabinet_pick_story(extractor):
    result = read(extractor, "cabinet_pick_2020.txt")
    assert {p.name for p in result.participants} == {
        "Joe Biden", "Janet Yellen", "Neera Tanden", "Mitch McConnell", "Marco Rubio", "Zhao Lijian", "Carrie Lam",
        "Elon Musk"}
    biden = next(p for p in result.participants if p.name == "Joe Biden")
    assert biden.titles == ["President-elect"]
    orgs = {o.name: o.acronym for o in result.organizations}
    assert orgs.get("Office of Management and Budget") == "OMB" and "Tesla Inc" in orgs
    assert "Del." not in orgs and "Del." in {place.name for place in result.locations}
    assert not {"Dow Jones Industrial Average", "Nasdaq Composite", "S&P 500"} & set(orgs)


def test_a_tennis_story(extractor):
    result = read(extractor, "tennis_final_2020.txt")
    assert {p.name for p in result.participants} == {"Novak Djokovic", "Daniil Medvedev", "Dominic Thiem",
                                                     "Rafael Nadal"}
    speakers = {q.text: q.speaker.name for q in result.quotes}
    assert speakers["he planned to play the Australian Open in January"] == "Rafael Nadal"
