"""Lists of 'Name, Work' pairs (entities/paired_lists.py): the members of one list share a type.
Lists written for the tests."""
from __future__ import annotations

from service.extract.entities.paired_lists import paired_lists

NOMINEES = """The nominees for best actor are:
Rami Malek, Bohemian Rhapsody
Christian Bale, Vice
Bradley Cooper, A Star Is Born
Willem Dafoe, At Eternity's Gate
Viggo Mortensen, Green Book

The nominees for best actress are Yalitza Aparicio, Roma; Glenn Close, The Wife; Olivia Colman, \
The Favourite; and Melissa McCarthy, Can You Ever Forgive Me?"""


def kinds(extractor, text):
    result = extractor.extract(text)
    return {e.name: kind for kind, entities in (("person", result.participants), ("org", result.organizations),
                                                ("place", result.locations)) for e in entities}


def test_pairs_are_found_one_a_line_and_between_semicolons():
    lists = paired_lists(NOMINEES)
    assert [[NOMINEES[slice(*p.name)] for p in pairs] for pairs in lists] == [
        ["Rami Malek", "Christian Bale", "Bradley Cooper", "Willem Dafoe", "Viggo Mortensen"],
        ["Yalitza Aparicio", "Glenn Close", "Olivia Colman", "Melissa McCarthy"],
    ]
    assert NOMINEES[slice(*lists[0][3].work)] == "At Eternity's Gate"


def test_every_name_of_a_peoples_list_is_a_person_and_no_work_is_an_entity(extractor):
    found = kinds(extractor, NOMINEES)
    people = {"Rami Malek", "Christian Bale", "Bradley Cooper", "Willem Dafoe", "Viggo Mortensen",
              "Yalitza Aparicio", "Glenn Close", "Olivia Colman", "Melissa McCarthy"}
    assert {name for name, kind in found.items() if kind == "person"} == people
    assert not [name for name, kind in found.items() if kind == "org"]


def test_a_roster_keeps_the_organizations_after_its_names(extractor):
    text = ("The panel members are:\nJane Doe, Microsoft\nJohn Roe, BBC\nMaria Lopez, Pfizer\n\n"
            "They will meet on Monday.")
    found = kinds(extractor, text)
    assert {"Jane Doe", "John Roe", "Maria Lopez"} <= {n for n, k in found.items() if k == "person"}
    assert {"Microsoft", "BBC", "Pfizer"} <= {n for n, k in found.items() if k == "org"}


def test_a_list_of_places_is_left_alone(extractor):
    text = "Offices will open in:\nSan Diego, California\nLos Angeles, California\nSan Jose, California\n"
    found = kinds(extractor, text)
    assert not [n for n, k in found.items() if k == "person"]
