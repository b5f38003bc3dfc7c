"""Names NER leaves untagged or mis-tags, found by their own shape: Chinese names in pinyin and
first-name-plus-surname pairs (entities/name_shapes.py, untagged.py), names in capitals
(capitals.py), a quoted nickname before a tagged surname (candidates.py) and datelines of several
words (places.py). Sentences written for the tests."""
from __future__ import annotations

import pytest

from service.extract.entities.name_shapes import is_chinese_name, pinyin_syllable_count
from service.extract.entities.untagged import untagged_personal_names


def people(extractor, text):
    return [p.name for p in extractor.extract(text).participants]


def every_name(extractor, text):
    result = extractor.extract(text)
    return {e.name: kind for kind, entities in (("person", result.participants), ("org", result.organizations),
                                                ("place", result.locations)) for e in entities}


@pytest.mark.parametrize("word, count", [
    ("jinping", 2), ("yi", 1), ("keqiang", 2), ("wenbin", 2), ("xiaoping", 2), ("zhongxian", 2), ("smith", 0), ("thursday", 0),
])
def test_pinyin_syllables_spell_a_given_name(word, count):
    assert pinyin_syllable_count(word) == count


@pytest.mark.parametrize("words, chinese", [
    (["Xi", "Jinping"], True), (["Wang", "Wenbin"], True), (["Li", "Keqiang"], True),
    (["Hong", "Kong"], False),  # 'kong' is an English word ('King Kong' aside, the dictionary has it)
    (["Xi", "Thursday"], False), (["Smith", "Jinping"], False), (["Xi"], False),
])
def test_a_chinese_name_is_a_family_name_and_a_pinyin_given_name(extractor, words, chinese):
    assert is_chinese_name(words, extractor.english_words) is chinese


def test_an_untagged_chinese_name_beside_a_tagged_person_is_a_person(extractor):
    assert people(extractor, "Xi Jinping met Vladimir Putin on Thursday.") == ["Xi Jinping", "Vladimir Putin"]


@pytest.mark.parametrize("text, found", [
    ("On Tuesday, Carmen Sandiego visited the old school in town.", ["Carmen Sandiego"]),
    ("The girls watch the newly relaunched Carmen Sandiego every week.", []),  # a determiner: a show
    ("The Graham Smith award went to a nurse in the town.", []),  # modifies a noun
])
def test_an_untagged_name_shaped_like_a_persons_is_a_person_unless_it_takes_a_determiner(extractor, text, found):
    doc = extractor.nlp(text)
    doc.ents = []  # as if NER had tagged nothing: the rule alone
    assert [c.text for c in untagged_personal_names(doc, [], extractor.english_words)] == found


@pytest.mark.parametrize("text, person", [
    ('Dwayne "The Rock" Johnson starred in the film. Johnson said he was pleased.', 'Dwayne "The Rock" Johnson'),
    ("Fans cheered when Marvin “Marvelous” Hagler walked in.", "Marvin “Marvelous” Hagler"),
])
def test_a_quoted_nickname_before_a_tagged_surname_joins_the_name(extractor, text, person):
    assert person in people(extractor, text)


def test_a_name_in_a_capitals_headline_is_the_person_of_the_story(extractor):
    text = ("GRAHAM DELAET WINS IN TORONTO\n\nGraham DeLaet won the Canadian Open on Sunday. "
            "DeLaet said he was thrilled.")
    result = extractor.extract(text)
    assert [p.name for p in result.participants] == ["Graham DeLaet"]
    assert [m.text for m in result.participants[0].mentions][:2] == ["GRAHAM DELAET", "Graham DeLaet"]


def test_a_person_named_only_in_a_capitals_headline_is_found_and_written_in_ordinary_case(extractor):
    text = "LIONEL MESSI SCORES TWICE\n\nThe Argentine forward scored twice on Sunday, his coach said."
    found = every_name(extractor, text)
    assert found.get("Lionel Messi") == "person"
    assert not any(kind == "org" for kind in found.values())


def test_a_headline_verb_in_capitals_is_no_surname(extractor):
    text = ("OHIO HOUSE PASSES BILL REQUIRING HELMETS FOR CYCLISTS\n\nThe Ohio House voted 61-30 on "
            "Wednesday to require helmets for riders under 18.")
    assert "Bill Requiring" not in every_name(extractor, text)


@pytest.mark.parametrize("text, place", [
    ("SAO PAULO (Reuters) - Brazil's health regulator said on Monday it approved the shots.", "SAO PAULO"),
    ("RIO DE JANEIRO, Dec 3 (Reuters) - Jair Bolsonaro said the country would buy the vaccine.",
     "RIO DE JANEIRO"),
])
def test_a_dateline_place_of_several_words_stays_one_place(extractor, text, place):
    found = every_name(extractor, text)
    assert found.get(place) == "place"
    assert not any(word in found for word in place.split())


@pytest.mark.parametrize("text", [
    "CANBERRA, Australia (AP)_ The prime minister said the country would hold a vote on the flag.",
    "CANBERRA (AP) — The prime minister said the country would hold a vote on the flag.",
])
def test_a_dateline_place_is_a_place_whichever_dash_ends_it(extractor, text):
    found = every_name(extractor, text)
    assert found.get("CANBERRA") == "place"


def test_the_state_after_a_dateline_city_is_a_place(extractor):
    found = every_name(extractor, "WILMINGTON, Del. (Reuters) - Joe Biden named his Treasury secretary on Monday.")
    assert found.get("WILMINGTON") == "place" and found.get("Del.") == "place"


def test_a_dateline_dash_is_not_part_of_the_next_name(extractor):
    assert people(extractor, "NEW YORK -- John Smith said it would rain on Sunday.") == ["John Smith"]


def test_the_words_after_a_title_in_an_untagged_run_name_a_person_and_its_employer(extractor):
    text = "Shares rose.\n\nBioNTech Chief Executive Ugur Sahin told Reuters the company would supply more doses."
    result = extractor.extract(text)
    assert [p.name for p in result.participants] == ["Ugur Sahin"]
    assert "BioNTech" in [o.name for o in result.organizations]
    assert "Chief" not in [o.name for o in result.organizations]


def test_a_name_ner_missed_whose_surname_is_a_subject_alone_elsewhere_is_a_person(extractor):
    text = ("Djokovic beats Medvedev to reach final\n\nLONDON (Reuters) - Novak Djokovic beat Daniil "
            "Medvedev 6-3 6-4 on Saturday to reach the title match.")
    assert {p.name for p in extractor.extract(text).participants} == {"Novak Djokovic", "Daniil Medvedev"}


def test_a_score_after_a_name_is_not_part_of_it(extractor):
    text = "In the final, Novak Djokovic beat Daniil Medvedev 6-3 6-4 on Saturday."
    names = [m.text for p in extractor.extract(text).participants for m in p.mentions]
    assert "Daniil Medvedev" in names and not any(ch.isdigit() for name in names for ch in name)
