"""Sign-offs, bylines, photo credits and caption labels (text/credits.py), and what they change:
their names are neither participants nor organizations, and a caption's date is not the article's.
Articles written for the tests in today's wire style."""
from __future__ import annotations

import pytest

from service.extract.text import caption_lines, credit_regions

CAPTION = ("FILE PHOTO: A nurse prepares a dose of the vaccine at a clinic in Toronto, Canada, December 14, "
           "2020. REUTERS/Carlos Osorio/File Photo")
STORY = "OTTAWA (Reuters) - Canada's health minister Patty Hajdu said on Tuesday the first doses had arrived."
SIGN_OFF = "(Reporting by Anna Smith in London; Writing by Tom Brown; Editing by Alex Richardson)"


@pytest.mark.parametrize("text, credits", [
    (CAPTION, ["FILE PHOTO:", "REUTERS/Carlos Osorio/File Photo"]),
    (f"The talks resumed.\n{SIGN_OFF}", [SIGN_OFF]),
    ("By Anna Smith and Tom Brown\nLONDON (Reuters) - The talks resumed.", ["By Anna Smith and Tom Brown"]),
    ("Joe Biden speaks in Washington, December 3, 2020. Jane Doe/Pool via REUTERS", ["Jane Doe/Pool via REUTERS"]),
    ("The talks resumed.\nAdditional reporting by Kim Lee in Seoul", ["Additional reporting by Kim Lee in Seoul"]),
    # not credits: slashes between names, a sentence that starts with 'By'
    ("The Israeli/Palestinian talks and the Washington/Moscow line went on.", []),
    ("By Tuesday, officials had counted 300 ballots.", []),
])
def test_credit_regions(text, credits):
    assert [text[start:end] for start, end in credit_regions(text)] == credits


def test_caption_lines_are_the_lines_of_a_credit_or_a_caption_label():
    text = f"{CAPTION}\n\n{STORY}"
    assert [text[start:end] for start, end in caption_lines(text)] == [CAPTION]


def test_credited_journalists_and_agencies_are_no_entities(extractor):
    text = (f"{CAPTION}\n\n{STORY} Anna Smith, a nurse in Ottawa, said she was relieved.\n{SIGN_OFF}\n"
            "Photo: Getty Images/Jane Roe")
    result = extractor.extract(text)
    people = [p.name for p in result.participants]
    assert sorted(people) == ["Anna Smith", "Patty Hajdu"]  # the story names Anna Smith: she stays
    (smith,) = [p for p in result.participants if p.name == "Anna Smith"]
    assert [m.start for m in smith.mentions] == [text.index("Anna Smith, a nurse")]  # not the sign-off's
    assert not {"Tom Brown", "Alex Richardson", "Carlos Osorio", "Jane Roe"} & set(people)
    assert not {"REUTERS", "Getty Images"} & {o.name for o in result.organizations}


def test_a_caption_date_does_not_date_the_article(extractor):
    result = extractor.extract(f"{CAPTION}\n\n{STORY}")
    assert result.date is None  # only the caption has a full date: it dates the picture
    dated = extractor.extract(f"{CAPTION}\n\nPublished December 15, 2020\n\n{STORY}")
    assert dated.date.value == "2020-12-15"


def test_a_credit_ends_at_its_agency():
    text = "Jane Roe / PA Images via Getty Images Kevin Brand at a rally in Dublin."
    assert [text[start:end] for start, end in credit_regions(text)] == ["Jane Roe / PA Images via Getty Images"]


def test_credited_authors_have_roles_and_exact_offsets():
    from service.extract.text import credited_authors
    text = ("By Anna Smith and Tom Brown\nLONDON (Reuters) - The talks resumed.\n"
            "(Reporting by Kim Lee in Seoul and Ravi Patel in Delhi; Writing by Tom Brown; "
            "Editing by Alex Richardson)\nAdditional reporting by Jane Roe; editing by Sam Holmes Jr.")
    authors = credited_authors(text)
    assert [(a.name, a.role) for a in authors] == [
        ("Anna Smith", "byline"), ("Tom Brown", "byline"), ("Kim Lee", "reporting"), ("Ravi Patel", "reporting"),
        ("Tom Brown", "writing"), ("Alex Richardson", "editing"), ("Jane Roe", "additional-reporting"),
        ("Sam Holmes Jr.", "editing")]
    assert all(text[a.start:a.end] == a.name for a in authors)
    assert credited_authors("By Tuesday, officials had counted 300 ballots.") == []
    (dunn,) = credited_authors("The vote is on Friday.\nEditing by Will Dunn.")
    assert dunn.name == "Will Dunn"
