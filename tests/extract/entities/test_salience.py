"""Entity salience: values in [0, 1] summing to 1, headline and lead boosts, list order, ids kept."""
from __future__ import annotations

import pytest

from service.extract.entities.salience import mention_weight, rank_entities
from service.extract.model import Entities, Entity, Mention
from service.extract.text.layout import headline_span

HEADLINED = (
    "Mayor Ruth Okonkwo unveils harbour rebuilding plan\n\n"
    "The city council of Port Elspeth met on Monday to hear from engineers and from Daniel "
    "Ferreira, a councillor who chairs the budget committee. Mayor Ruth Okonkwo then presented a "
    "plan to rebuild the harbour. Okonkwo said the work would take three years. The plan was "
    "drafted with the Coastal Works Agency, Okonkwo added. Ferreira said he had doubts about the "
    "cost. Okonkwo said the city would hold public hearings in April.")

LATE_STAR = (
    "Tomas Berg, a farmer near the river, first noticed the water rising on Friday.\n\n"
    "By Saturday, Governor Elena Varga had ordered an evacuation of the valley. Varga said the dam "
    "was safe but the river was not. Varga toured the shelters in Millbrook on Sunday, and Varga "
    "promised more buses. Officials from the Red Cross handed out blankets.")

NO_ENTITIES = ("The weather was mild and the market was quiet this week. "
               "Nobody expected much to change before the holidays.")


def all_entities(result):
    return [*result.participants, *result.organizations, *result.locations]


def by_name(entities, name):
    return next(e for e in entities if e.name == name)


@pytest.mark.parametrize("text", [HEADLINED, LATE_STAR])
def test_saliences_are_in_range_and_sum_to_one(extractor, text):
    entities = all_entities(extractor.extract(text))
    assert entities
    for entity in entities:
        assert 0.0 <= entity.salience <= 1.0
        assert entity.salience == round(entity.salience, 4)
    assert sum(e.salience for e in entities) == pytest.approx(1.0, abs=1e-3)


@pytest.mark.parametrize("text", [HEADLINED, LATE_STAR])
def test_lists_are_sorted_by_salience_then_first_mention(extractor, text):
    result = extractor.extract(text)
    for group in (result.participants, result.organizations, result.locations):
        keys = [(-e.salience, e.mentions[0].start) for e in group]
        assert keys == sorted(keys)


def test_person_in_headline_and_mentioned_often_ranks_first(extractor):
    result = extractor.extract(HEADLINED)
    assert result.participants[0].name == "Ruth Okonkwo"
    top = max(all_entities(result), key=lambda e: e.salience)
    assert top.name == "Ruth Okonkwo"


def test_headline_boosts_salience(extractor):
    body_only = HEADLINED.split("\n\n", 1)[1]
    with_headline = by_name(extractor.extract(HEADLINED).participants, "Ruth Okonkwo")
    without = by_name(extractor.extract(body_only).participants, "Ruth Okonkwo")
    assert with_headline.salience > without.salience


def test_ids_keep_first_mention_order_when_the_list_does_not(extractor):
    result = extractor.extract(LATE_STAR)
    assert [p.name for p in result.participants] == ["Elena Varga", "Tomas Berg"]
    assert [p.id for p in result.participants] == ["p2", "p1"]
    assert by_name(result.participants, "Tomas Berg").id == "p1"
    for prefix, group in (("p", result.participants), ("o", result.organizations), ("l", result.locations)):
        in_text_order = sorted(group, key=lambda e: e.mentions[0].start)
        assert [e.id for e in in_text_order] == [f"{prefix}{i}" for i in range(1, len(group) + 1)]


def test_quotes_still_point_at_the_right_ids_after_reordering(extractor):
    result = extractor.extract(LATE_STAR)
    varga = by_name(result.participants, "Elena Varga")
    spoken = [q for q in result.quotes if q.speaker and q.speaker.id]
    assert spoken and all(q.speaker.id == varga.id for q in spoken)
    assert varga.quote_count == len(spoken)


def test_article_without_entities(extractor):
    result = extractor.extract(NO_ENTITIES)
    assert result.participants == result.organizations == result.locations == []


def test_api_reports_salience(client):
    body = client.post("/v1/extract", json={"text": LATE_STAR}).get_json()
    assert [p["id"] for p in body["participants"]] == ["p2", "p1"]
    for group in ("participants", "organizations", "locations"):
        saliences = [e["salience"] for e in body[group]]
        assert saliences == sorted(saliences, reverse=True)
        assert all(0 <= s <= 1 for s in saliences)


# The pure functions, on hand-built entities (no model).

def entity(id_, text, *starts):
    word = id_.upper()
    return Entity(id=id_, name=word, mentions=[Mention(word, s, s + len(word)) for s in starts])


@pytest.mark.parametrize("text, expected", [
    ("Harbour plan wins backing\n\nThe council voted.", (0, 25)),
    ("  Harbour plan wins backing  \nThe council voted.", (2, 27)),
    ("Harbour plan wins backing.\n\nThe council voted.", None),
    ("Will the harbour plan win?\n\nThe council voted.", None),
    ("“The plan is dead.”\n\nThe council voted.", None),
    ("Harbour plan wins backing", None),  # nothing follows it
    (" ".join(["word"] * 26) + "\n\nThe council voted.", None),
    ("", None),
])
def test_headline_span(text, expected):
    assert headline_span(text) == expected


def test_mention_weight_adds_headline_and_decaying_lead_bonuses():
    length = 1000
    assert mention_weight(Mention("A", 500, 501), length) == 1.0
    assert mention_weight(Mention("A", 100, 101), length) == 1.0
    assert mention_weight(Mention("A", 50, 51), length) == pytest.approx(1.5)
    assert mention_weight(Mention("A", 0, 1), length) == pytest.approx(2.0)
    assert mention_weight(Mention("A", 0, 1), length, headline=(0, 20)) == pytest.approx(3.0)
    assert mention_weight(Mention("A", 30, 31), length, headline=(0, 20)) == pytest.approx(1.7)


def test_rank_entities_orders_in_place_and_keeps_ids():
    text = "x" * 1000
    found = Entities(participants=[entity("p1", text, 900), entity("p2", text, 500, 600, 700)],
                     organizations=[entity("o1", text, 300), entity("o2", text, 400)],
                     locations=[entity("l1", text, 800)])
    participants = found.participants
    rank_entities(found, text)
    assert found.participants is participants
    assert [e.id for e in found.participants] == ["p2", "p1"]
    assert [e.id for e in found.organizations] == ["o1", "o2"]  # a tie: the earlier first mention wins
    assert [e.salience for e in found.all()] == [0.4286, 0.1429, 0.1429, 0.1429, 0.1429]
    assert sum(e.salience for e in found.all()) == pytest.approx(1.0, abs=1e-3)


def test_rank_entities_with_no_entities():
    found = rank_entities(Entities(), "Nothing to see here.")
    assert found.all() == []
