"""Names that are no person, organization or place (entities/kinds.py): diseases, drugs and
vaccines, market indexes and product codes, whatever NER tagged them. Sentences written for the
tests in today's style."""
from __future__ import annotations

import pytest

from service.extract.entities.kinds import is_code_name


@pytest.mark.parametrize("name, code", [
    ("COVID-19", True), ("SARS-CoV-2", True), ("mRNA-1273", True), ("BNT162b2", True), ("AZD1222", True),
    ("Airbus A330s", True), ("STS-134", True),
    ("G20", False), ("G7", False), ("3M", False), ("F1", False), ("G4S", False), ("C2I", False),
    ("Formula 1", False), ("7-Eleven", False), ("EB-5 Investment Coalition", False), ("Apollo 11", False),
])
def test_a_code_is_letters_and_digits_in_the_last_word(name, code):
    assert is_code_name(name) is code


def names(extractor, text):
    result = extractor.extract(text)
    return [e.name for e in result.participants + result.organizations + result.locations]


def test_diseases_and_vaccine_codes_are_no_organizations(extractor):
    text = ("LONDON (Reuters) - Britain reported 20,000 new COVID-19 cases on Tuesday, and health "
            "officials said the BNT162b2 and AZD1222 shots would reach care homes first.")
    found = names(extractor, text)
    assert not {"COVID-19", "BNT162b2", "AZD1222"} & set(found)
    assert "Britain" in found


def test_market_indexes_are_no_organizations_but_exchanges_and_companies_are(extractor):
    text = ("Shares of AstraZeneca rose 2% on Monday. The FTSE 100 fell 0.4%, the S&P 500 and the Dow "
            "rose, and the Nikkei was flat. Dow Chemical said the New York Stock Exchange would list its bonds.")
    found = names(extractor, text)
    assert not {"FTSE", "FTSE 100", "S&P", "S&P 500", "Dow", "Nikkei"} & set(found)
    assert {"AstraZeneca", "Dow Chemical", "New York Stock Exchange"} <= set(found)


def test_a_name_only_ever_written_before_a_head_noun_of_a_thing_names_that_thing(extractor):
    text = ("SEOUL (Reuters) - The Kospi index fell 2% on Friday. Regulators approved Russia's Sputnik "
            "vaccine and the NovaGen vaccine, NovaGen said, after a rise in Lyme disease cases.")
    found = names(extractor, text)
    assert not {"Kospi", "Sputnik", "Lyme"} & set(found)
    assert "NovaGen" in found or "Russia" in found  # a maker named on its own elsewhere is not dropped


def test_names_before_kind_heads_are_judged_over_every_mention(extractor):
    from service.extract.entities.candidates import Candidate
    from service.extract.entities.kinds import names_before_kind_heads
    text = "the Acme vaccine works, Acme said, and the Zeta shot too"
    candidates = [Candidate(4, 8, "ORG", "Acme"), Candidate(24, 28, "ORG", "Acme"), Candidate(43, 47, "ORG", "Zeta")]
    assert names_before_kind_heads(candidates, text) == {"zeta"}


def test_a_country_by_its_common_name_listed_with_an_organization_stays_a_place(extractor):
    result = extractor.extract("LONDON (Reuters) - Britain and the European Union resumed trade talks on Monday, "
                               "officials in Scotland and Wales said.")
    assert "Britain" not in [o.name for o in result.organizations]
    assert {"Britain", "Scotland", "Wales"} <= {place.name for place in result.locations}
