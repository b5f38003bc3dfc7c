"""Well-known companies (entities/companies.py): names of listed companies that NER tags as people
or leaves untagged are organizations, unless the article uses the name as a person's surname.
Sentences written for the tests in today's style."""
from __future__ import annotations

import pytest

from service.extract.entities.companies import is_known_company, without_legal_form


def kinds(extractor, text):
    result = extractor.extract(text)
    return {e.name: kind for kind, entities in (("person", result.participants), ("org", result.organizations))
            for e in entities}


@pytest.mark.parametrize("name, known", [
    ("Moderna", True), ("Pfizer Inc.", True), ("AstraZeneca", True), ("Eli Lilly", True),
    ("Walt Disney", True), ("Johnson & Johnson", True),
    ("Johnson", False), ("Ross", False), ("Jane Doe", False), ("Toronto", False),
])
def test_a_listed_company_is_known_by_name_with_or_without_its_legal_form(name, known):
    assert is_known_company(name) is known


def test_a_legal_form_and_a_leading_the_are_not_part_of_the_key():
    assert without_legal_form("the walt disney company") == "walt disney"
    assert without_legal_form("eli lilly and company") == "eli lilly"
    assert without_legal_form("company") == "company"


def test_companies_tagged_as_people_or_left_untagged_are_organizations(extractor):
    text = ("Pfizer said on Monday its vaccine was 95% effective. The Pfizer vaccine needs very cold "
            "storage, Moderna said in a statement, and AstraZeneca shares rose 2%.")
    found = kinds(extractor, text)
    assert {name: found.get(name) for name in ("Pfizer", "Moderna", "AstraZeneca")} == dict.fromkeys(
        ("Pfizer", "Moderna", "AstraZeneca"), "org")
    assert not [name for name, kind in found.items() if kind == "person"]


def test_a_company_name_the_article_uses_as_a_surname_stays_the_person(extractor):
    text = "Ontario Premier Doug Ford said on Monday that schools would stay open. Ford spoke in Toronto."
    found = kinds(extractor, text)
    assert found.get("Doug Ford") == "person"
    assert "Ford" not in found
