"""Who said it: pronouns, role nouns, organizations, descriptions and follow-on quotes, on
sentences written for these tests."""
from __future__ import annotations

import pytest


def quotes_of(extractor, text):
    return extractor.extract(text).quotes


def speaker_names(extractor, text):
    return [q.speaker.name if q.speaker else None for q in quotes_of(extractor, text)]


@pytest.mark.parametrize("text, expected", [
    ("Maria Lopez met Daniel Okafor at the port on Tuesday. Lopez said the talks went well.\n\n"
     "“We agreed on the schedule,” he said.", "Daniel Okafor"),
    ("Maria Lopez met Daniel Okafor at the port on Tuesday. Okafor said the talks went well.\n\n"
     "“We agreed on the schedule,” she said.", "Maria Lopez"),
])
def test_a_pronoun_goes_to_the_person_of_its_gender(extractor, text, expected):
    last = quotes_of(extractor, text)[-1]
    assert last.speaker.name == expected
    assert last.speaker.mention.text in ("he", "she")


def test_a_name_in_apposition_to_the_subject_weighs_as_the_subject(extractor):
    text = ("Inspector Elaine Novak asked for witnesses. Novak said the car was grey. Novak said it had a dent.\n\n"
            "The boy's mother, Rosa Pereira, stood beside Novak holding his photo.\n\n"
            "“He called me at two o'clock,” she said.")
    assert quotes_of(extractor, text)[-1].speaker.name == "Rosa Pereira"


def test_he_added_follows_the_named_speaker(extractor):
    text = "“The bridge will open in May,” Mayor Anna Kowalski said. She added that the tolls would be low."
    quotes = quotes_of(extractor, text)
    assert [q.speaker.name for q in quotes] == ["Anna Kowalski", "Anna Kowalski"]
    assert quotes[1].cue.text == "added" and quotes[1].speaker.mention.text == "She"


@pytest.mark.parametrize("frame, expected", [
    ("Unlike Haddad, he has been unable to find work.", "Samir Nasser"),  # compared with someone else
    ("For Haddad, he says, the move has paid off.", "Omar Haddad"),  # a topic, not a comparison
])
def test_he_is_not_the_man_his_own_clause_compares_him_with(extractor, frame, expected):
    """'Unlike X, he ...': the pronoun is someone else, and a 'he said' the next sentences add
    carries on with that someone else."""
    text = ("Omar Haddad and Samir Nasser arrived in Halifax in March with their families.\n\n"
            "Nasser, 49, came from Homs, where his brother still lives.\n\n"
            f"{frame} He is still studying English.\n\n"
            "\"My family comes first, my study comes afterwards,\" he said.")
    assert speaker_names(extractor, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Officials echoed the province's chief medical officer, Dr. Ada Morrow, who on Tuesday said people living "
     "alone could join one other household.", "Ada Morrow"),
    ("The plant was bought by Halvern Foods, which said it would keep all 300 workers.", "Halvern Foods"),
])
def test_a_relative_pronoun_speaks_for_the_name_it_follows(extractor, text, expected):
    (quote,) = quotes_of(extractor, text)
    assert quote.speaker.name == expected and quote.speaker.id is not None
    assert quote.speaker.mention.text in ("who", "which")


def test_a_role_noun_goes_to_the_person_with_that_title(extractor):
    text = ("Finance Minister Tom Reyes presented the budget on Tuesday. The opposition leader, "
            "Sarah Cole, called it reckless.\n\n“This budget protects families,” the minister said.")
    quote = quotes_of(extractor, text)[-1]
    assert quote.speaker.name == "Tom Reyes" and quote.speaker.mention.text == "the minister"


@pytest.mark.parametrize("text, expected", [
    ("A Lakeside hockey coach said the video showed his players at their best. Tom Reyes, the "
     "team's coach, posted it on Sunday after the final.", "Tom Reyes"),  # named after the role
    ("Tom Reyes, the team's coach, posted the video on Sunday. Mia Cole, a parent, watched it. "
     "His lawyer said on Monday the video had been taken down.", None),  # no one titled lawyer
    ("Tom Reyes, the team's coach, and Ana Ruiz, the assistant coach, posted the video. A coach "
     "said the players were proud.", None),  # two coaches: no guess
])
def test_an_indefinite_role_noun_goes_to_the_one_person_with_that_title(extractor, text, expected):
    quote = quotes_of(extractor, text)[0]
    assert quote.speaker is not None
    assert (quote.speaker.id is not None and quote.speaker.name) == (expected or False)


def test_an_age_in_a_description_goes_to_the_one_person_of_that_age(extractor):
    text = ("Mohammad Haddad, 32, fled Homs in 2013. He now works on a farm near Guelph, beside Tom Reyes, "
            "58.\n\nThe 32-year-old labourer said he felt safe for the first time in years.")
    (quote,) = quotes_of(extractor, text)
    assert quote.speaker.name == "Mohammad Haddad"
    assert quote.speaker.mention.text == "The 32-year-old labourer"


@pytest.mark.parametrize("text, organization, mention", [
    ("The Harbour Workers Union held a vote on Sunday.\n\nThe union said its members had rejected the offer.",
     "Harbour Workers Union", "The union"),
    ("Northwind Energy reported a loss on Monday. It said demand had fallen sharply.",
     "Northwind Energy", "It"),
    ("Northwind Energy said on Monday that it would close two plants. A spokeswoman for the company "
     "said the closures would affect 300 workers.", "Northwind Energy", "A spokeswoman for the company"),
])
def test_organizations_speak_through_nouns_pronouns_and_spokespeople(extractor, text, organization, mention):
    result = extractor.extract(text)
    quote = result.quotes[-1]
    org = next(o for o in result.organizations if o.name == organization)
    assert quote.speaker.id == org.id and quote.speaker.mention.text == mention


def test_the_company_goes_to_the_article_s_own_company_when_two_are_as_near(extractor):
    text = ("Brindle Labs, the developer-tools startup, on Tuesday released a set of AI agents. Brindle Labs has "
            "40 staff.\n\nThe product works with software from Microsoft and runs overnight. The company said more "
            "than 1,400 businesses tested an early version.")
    (quote,) = quotes_of(extractor, text)
    assert quote.speaker.name == "Brindle Labs" and quote.speaker.mention.text == "The company"


def test_an_unnamed_speaker_keeps_the_whole_description(extractor):
    quote = quotes_of(extractor, "A person familiar with the talks said the deal could be signed this week.")[0]
    assert quote.speaker.name == "person familiar with the talks" and quote.speaker.id is None
    assert quote.speaker.mention.text == "A person familiar with the talks"


def test_a_floating_quote_follows_the_person_the_text_turned_to(extractor):
    text = ("“We expect delays,” Tom Reyes said.\n\nAnna Kowalski was more hopeful about the schedule. "
            "“The crews are ahead of plan and the weather is good.”")
    assert speaker_names(extractor, text) == ["Tom Reyes", "Anna Kowalski"]


def test_a_dash_attribution_names_the_speaker(extractor):
    text = ("Anna Kowalski and Tom Reyes opened the bridge.\n\n"
            "“This bridge will serve the city for a hundred years.” — Tom Reyes")
    quote = quotes_of(extractor, text)[0]
    assert quote.speaker.name == "Tom Reyes" and quote.speaker.mention.text == "Tom Reyes"


def test_quote_counts_are_carried_by_the_speakers(extractor):
    text = "“We will win,” Anna Kowalski said. “We have the votes,” she added. Tom Reyes said the vote was close."
    result = extractor.extract(text)
    counts = {p.name: p.quote_count for p in result.participants}
    assert counts == {"Anna Kowalski": 2, "Tom Reyes": 1}


def test_speaker_ids_resolve_to_participants_or_organizations(extractor, seed_000):
    result = extractor.extract(seed_000)
    ids = {e.id for e in result.participants + result.organizations}
    assert all(q.speaker is None or q.speaker.id is None or q.speaker.id in ids for q in result.quotes)


@pytest.mark.parametrize("text", [
    "NORTHWIND HOLDINGS CORP. said it raised $50 million from a bond sale.",
    "Ferrytown Marine Cos. said it plans to cut its prices before the summer.",
    "Okafor _ perhaps under pressure from the board _ has indicated he does not want to move, Reyes said.",
])
def test_a_subject_the_parser_ends_on_punctuation_never_crashes(extractor, text):
    for quote in extractor.extract(text).quotes:
        assert text[quote.start:quote.end] == quote.text


def test_a_speaker_named_by_part_of_its_name_becomes_a_mention():
    from service.extract.model import Entity, Mention
    from service.extract.quotes.find import add_name_mention
    text = "Nora Quist spoke. 'Yes,' Quist said. 'No,' she said. 'Maybe,' port official Nora Quist said."
    quist = Entity("p1", "Nora Quist", [Mention.of(text, 0, 10)])
    taken = [(0, 10)]
    surname = text.index("Quist said")
    for start, end in [(surname, surname + 5), (text.index("she"), text.index("she") + 3),
                       (text.index("port"), len(text) - 6), (surname, surname + 5)]:
        add_name_mention(quist, Mention.of(text, start, end), taken)
    assert [m.text for m in quist.mentions] == ["Nora Quist", "Quist"]


@pytest.mark.parametrize("text, expected", [
    # the person in focus, named two sentences before
    ("Daniel Ortega Vasquez runs a small bakery on Main Street. He opened it in 2004. "
     "The 52-year-old baker said business has never been better.", "Daniel Ortega Vasquez"),
    ("Senator Jane Holloway met farmers on Tuesday. The veteran lawmaker said the bill would pass.",
     "Jane Holloway"),
    ("Priya Raman has painted murals across the city for a decade. “Walls talk back,” says the "
     "soft-spoken artist.", "Priya Raman"),
    # a long quotation between the name and the description does not push the name out of focus
    ("Helen Marsh had ten minutes to leave her house. The retired teacher took her dog and her "
     "photographs.\n\n“You think you will be calm. You are not calm. Nobody is calm. I forgot my "
     "glasses,” the 71-year-old widow said.", "Helen Marsh"),
    # a person noun with no agent ending, from the data list
    ("Margaret Liu owns a fourplex near the park. “I am not a corporation,” the landlord said.", "Margaret Liu"),
])
def test_a_description_of_a_person_goes_to_the_person_in_focus(extractor, text, expected):
    (quote,) = quotes_of(extractor, text)
    assert quote.speaker.name == expected
    assert quote.speaker.id is not None


def test_an_age_alone_is_a_description_of_the_person_in_focus(extractor):
    text = ("Tomas Lindqvist has driven a city bus for 30 years. “I know every pothole. I know every stop,” "
            "the 52-year-old said.")
    (quote,) = quotes_of(extractor, text)
    assert quote.speaker.name == "Tomas Lindqvist"
    assert quote.speaker.mention.text == "the 52-year-old"  # the parser hangs 'the' on 'said'


@pytest.mark.parametrize("text", [
    # an office nobody holds: someone unnamed, not the person in focus
    "Ruth Abara was sentenced on Monday. The judge said the crime was grave.",
    # introduced as someone new, with 'a' or 'one'
    "A local shopkeeper watched the parade. Tom Brandt waved at the crowd. The shopkeeper said it was the best in years.",
    "One reader wrote to Tom Brandt on Monday. Brandt replied. The reader said the column was unfair.",
    # named only inside someone else's quotation: talked about, not in focus
    'The council said: "We thank Ruth Abara for the letter." The retired teacher said it was not enough.',
    # two people in focus: no way to choose
    "Ruth Abara and Tom Brandt toured the plant on Friday. The veteran engineer said it was ready.",
    # not a person
    "Ruth Abara signed the merger on Friday. The merger agreement says that 200 jobs will go.",
    # the description's gender is not the person's
    "Ruth Abara runs the stable; she has trained horses for 30 years. The former jockey's father said she was gifted. "
    "The grandfather said she rode before she walked.",
])
def test_a_description_stays_unresolved_when_the_focus_is_unclear(extractor, text):
    quote = quotes_of(extractor, text)[-1]
    assert quote.speaker.id is None


def test_a_surname_the_tagger_took_for_a_common_noun_still_names_the_speaker(extractor):
    text = ('Carol Baines lost her son in the crash. Her husband, Peter Baines, said the family wanted answers. '
            '"Nobody has called us," Baines said.')
    assert speaker_names(extractor, text) == ["Peter Baines", "Peter Baines"]


@pytest.mark.parametrize("text, expected", [
    ("Dr. Theresa Tam, Canada's chief public health officer, urged caution on Friday. Cases have risen in "
     "four provinces.\n\nThe country's top doctor said the next two weeks would be critical.", "Theresa Tam"),
    # a lead that names the role first and the one person given it in the next paragraph; 'CEO' is a
    # chief executive
    ("Halden Robotics will close its Calgary plant, its chief executive announced Tuesday.\n\n"
     "In a memo to staff, CEO Maren Ostby wrote that demand had collapsed.", "Maren Ostby"),
    ("The top commander of the northern brigade said Monday that the road was open.\n\n"
     "Gen. Tomas Reyes, the brigade's top commander, toured the pass by helicopter.", "Tomas Reyes"),
])
def test_a_role_noun_finds_the_person_given_that_role(extractor, text, expected):
    first = quotes_of(extractor, text)[0]
    assert first.speaker.name == expected


def test_a_role_noun_matches_what_a_title_says_the_person_is_not_a_word_after_it(extractor):
    # Ortiz is a lawyer, not a tenant: 'the tenant' is the person in focus
    text = ("Lena Ortiz, a lawyer for the tenant union, filed the appeal on Monday. Daniel Brooks has "
            "rented the flat since 2009.\n\n“The rent doubled overnight,” the tenant said.")
    (quote,) = quotes_of(extractor, text)
    assert quote.speaker.name == "Daniel Brooks"


CRASH = ("Tom Okafor {} the driver that night. Const. Lena Park, who arrived first, said the road "
         "was closed for hours. Park said the crash happened at 2 a.m. The driver said the road was icy.")


@pytest.mark.parametrize("text, expected", [
    # the copula gives the role a title would: 'the tenant' is Ferreyra, not the councillor in focus
    ("Ana Ferreyra moved into the building in 2011. Ferreyra is one of 14 tenants who refused to "
     "leave. Coun. Ellen Marsh-Whitby said staff were reviewing the plan. Ferreyra's hearing is in "
     "July. The tenant said she would represent herself.", "Ana Ferreyra"),
    (CRASH.format("was"), "Tom Okafor"),
])
def test_a_role_the_text_says_a_person_has_is_matched_like_a_title(extractor, text, expected):
    assert quotes_of(extractor, text)[-1].speaker.name == expected


def test_she_is_not_a_man_whose_first_name_carries_an_accent(extractor):
    text = ("Amrit Sandhu and Léo Bergeron toured the rink on Monday. Léo Bergeron cut the ribbon. "
            "She said the rink cost $2 million.")
    assert quotes_of(extractor, text)[-1].speaker.name != "Léo Bergeron"


def test_a_role_the_text_denies_is_no_role(extractor):
    assert quotes_of(extractor, CRASH.format("was not"))[-1].speaker.name != "Tom Okafor"


@pytest.mark.parametrize("text", [
    # reports and studies are written by others
    "The aid group Helping Hands said two of its staff were hurt. A report said the attack was planned.",
    # a source is named, but is no one the article knows
    "Helping Hands said two of its staff were hurt. A post by an unknown author said the attack was planned.",
])
def test_a_document_by_someone_else_is_not_the_entity_in_focus(extractor, text):
    quote = quotes_of(extractor, text)[-1]
    assert quote.speaker is None or quote.speaker.id is None


FILLER = "The region has seen little rain this year. " * 9  # nine sentences with no one in them


@pytest.mark.parametrize("people, expected", [
    ("Maria Lopez spoke to farmers on Monday. ", "Maria Lopez"),
    ("Maria Lopez and Ana Ruiz spoke to farmers on Monday. ", None),
])
def test_a_pronoun_far_from_any_name_goes_only_to_the_one_person_it_can_mean(extractor, people, expected):
    text = people + FILLER + "She said the wells were running dry."
    (quote,) = quotes_of(extractor, text)
    assert quote.speaker.name == expected
    assert quote.speaker.mention.text == "She"
