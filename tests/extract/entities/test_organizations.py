"""Organizations and locations: label consistency, acronyms, news agencies and the seed articles.

Some sentences here paraphrase the news documents of GUM (Zeldes 2017, CC BY 4.0) and MEANTIME
(Minard et al. 2016, CC BY 4.0); the rest are written for these tests."""
import pytest

from service.extract.entities import find_entities
from service.extract.entities.candidates import Candidate
from service.extract.entities.lexicon import ORG, PERSON
from service.extract.entities.person_context import fix_person_contexts
from service.extract.entities.teams import is_match_result
from tests.helpers import entities_with_ner, seed_text


def names(entities):
    return [e.name for e in entities]


def by_name(entities, name):
    return next(e for e in entities if e.name == name)


def test_seed_000_organizations(extractor):
    result = extractor.extract(seed_text("000"))
    assert sorted(names(result.organizations)) == sorted(
        ["Xinhua", "CCTV", "United Nations", "BRICS", "Shanghai Cooperation Organization"])
    assert "Xinhua" not in names(result.participants)
    assert {"China", "Russia", "Ukraine"} <= set(names(result.locations))


def test_seed_002_organizations(extractor):
    result = extractor.extract(seed_text("002"))
    orgs = names(result.organizations)
    assert sorted(orgs) == sorted(["Xinhua", "Shanghai Cooperation Organization", "BRICS",
                                   "Conference on Interaction and Confidence Building Measures in Asia"])
    sco = by_name(result.organizations, "Shanghai Cooperation Organization")
    assert sco.acronym == "SCO"
    assert [m.text for m in sco.mentions].count("SCO") == 2
    assert "Xinhua" not in names(result.participants)
    assert "Asia" not in names(result.locations)


def test_parenthesised_acronym_merges(extractor):
    text = ("The North Atlantic Fisheries Board (NAFB) met in Halifax on Monday. "
            "A NAFB spokesperson said quotas would fall. The NAFB will meet again in May.")
    orgs = extractor.extract(text).organizations
    assert names(orgs) == ["North Atlantic Fisheries Board"]
    assert orgs[0].acronym == "NAFB"
    assert [m.text for m in orgs[0].mentions] == ["North Atlantic Fisheries Board"] + ["NAFB"] * 3


def test_initials_acronym_merges_without_definition(extractor):
    text = ("The United Nations called for calm in the region. "
            "A UN envoy arrived in the capital on Friday.")
    orgs = extractor.extract(text).organizations
    assert names(orgs) == ["United Nations"]
    assert orgs[0].acronym == "UN"


def test_a_short_form_merges_with_the_one_long_name_it_begins(extractor):
    text = ("Shares of Brightwater Aero Inc. fell 12 per cent on Monday. Brightwater said orders had slowed, "
            "and Brightwater expects a weaker year. Analysts at Mapleton Capital Markets cut their target.")
    result = extractor.extract(text)
    brightwater = by_name(result.organizations, "Brightwater Aero Inc.")
    assert [m.text for m in brightwater.mentions] == ["Brightwater Aero Inc.", "Brightwater", "Brightwater"]
    assert all(q.speaker.id == brightwater.id for q in result.quotes)


def test_a_known_place_before_a_lowercase_noun_votes_for_a_place(extractor):
    text = ("The Halifax folk band played on Friday, and Toyota sales rose. Toyota said demand was strong "
            "and Toyota hired 500 workers.")
    found = entities_with_ner(extractor, text, [("Halifax", "ORG", 0), ("Toyota", "ORG", 0), ("Toyota", "ORG", 1),
                                                ("Toyota", "ORG", 2)])
    assert names(found.locations) == ["Halifax"]  # its one mention qualifies 'folk band'
    assert names(found.organizations) == ["Toyota"]  # two mentions as a company outvote 'Toyota sales'


def test_a_name_ner_missed_elsewhere_is_another_mention_of_its_organization(extractor):
    text = ("Costs are lower than Velorail says. The mayor said a study by Velorail backed him. "
            "Velorail Aero Systems makes brakes. The agency told reporters it has done no such study.")
    found = entities_with_ner(extractor, text, [("Velorail", "ORG", 0)])
    (velorail,) = found.organizations
    # the third 'Velorail' starts a longer name nobody tagged: not a mention of this one
    assert [(m.text, m.start) for m in velorail.mentions] == [("Velorail", 21), ("Velorail", text.index("Velorail backed"))]


@pytest.mark.parametrize("text, tags, apart", [
    # the short form begins two long names: which one is meant is unclear
    ("Orion Mining Corp. and Orion Foods Ltd. both reported on Monday. Orion said the results were strong.",
     [("Orion Mining Corp.", "ORG", 0), ("Orion Foods Ltd.", "ORG", 0), ("Orion", "ORG", 2)], "Orion"),
    # a name with its own legal suffix is a whole name: the parent beside its unit
    ("Harlow Projects Inc. won the contract. Its parent, Harlow Corp., said profit would rise.",
     [("Harlow Projects Inc.", "ORG", 0), ("Harlow Corp.", "ORG", 0)], "Harlow Corp."),
    # two names joined by a hyphen
    ("A Kestrel Post-Radio Nine poll found wide support. The Kestrel Post said so on Monday.",
     [("Kestrel Post-Radio Nine", "ORG", 0), ("Kestrel Post", "ORG", 1)], "Kestrel Post"),
])
def test_a_short_form_stays_apart_when_it_may_name_something_else(extractor, text, tags, apart):
    assert apart in names(entities_with_ner(extractor, text, tags).organizations)


def test_leading_the_dropped_and_mentions_exact(extractor):
    text = "Officials from the World Health Organization visited the clinic in Lima."
    result = extractor.extract(text)
    who = result.organizations[0]
    assert who.name == "World Health Organization"
    m = who.mentions[0]
    assert text[m.start:m.end] == m.text == "World Health Organization"
    assert names(result.locations) == ["Lima"]


def test_all_caps_acronym_is_not_a_place(extractor):
    text = ("Leaders of the BRICS bloc met in Johannesburg, and the SCO summit follows in "
            "Kazakhstan. Officials from the U.S. and the UK watched closely.")
    result = extractor.extract(text)
    assert {"BRICS", "SCO"} <= set(names(result.organizations))
    assert not {"BRICS", "SCO"} & set(names(result.locations))
    assert not {"U.S.", "UK"} & set(names(result.organizations))


def test_news_agency_tagged_person_becomes_org(extractor):
    text = ("Xinhua reported that the talks went well. According to Xinhua, the leaders met "
            "for two hours. Reuters said the meeting ended at noon.")
    result = extractor.extract(text)
    assert "Xinhua" in names(result.organizations)
    assert not {"Xinhua", "Reuters"} & set(names(result.participants))


def test_lowercase_and_crossing_spans_dropped(extractor):
    text = seed_text("002")
    result = extractor.extract(text)
    for entity in result.organizations + result.participants:
        assert entity.name[0].isupper()
        for m in entity.mentions:
            assert "," not in m.text and text[m.start:m.end] == m.text


def test_countries_and_cities_are_locations(extractor):
    text = ("Flooding hit Manila and Cebu this week. The Philippines asked the World Bank for "
            "help, and Japan sent aid to Manila.")
    result = extractor.extract(text)
    assert {"Manila", "Philippines", "Japan"} <= set(names(result.locations))
    assert len(by_name(result.locations, "Manila").mentions) == 2
    assert "World Bank" in names(result.organizations)


def test_ids_and_order(extractor):
    result = extractor.extract(seed_text("000"))
    for prefix, entities in (("o", result.organizations), ("l", result.locations),
                             ("p", result.participants)):
        # ids follow first mention; the lists themselves are ordered by salience
        in_text_order = sorted(entities, key=lambda e: e.mentions[0].start)
        assert [e.id for e in in_text_order] == [f"{prefix}{i}" for i in range(1, len(entities) + 1)]
        saliences = [e.salience for e in entities]
        assert saliences == sorted(saliences, reverse=True)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "THE END", "(((", "A" * 3000])
def test_odd_input_never_raises(extractor, text):
    found = find_entities(extractor.nlp(text), text)
    assert isinstance(found.organizations, list) and isinstance(found.locations, list)


@pytest.mark.parametrize("text, organization", [
    ("Larry Ellison is the co-founder of the California tech giant Oracle, where he remains chairman.",
     "Oracle"),
    ("Ryanair, the Irish low-cost airline, said it would buy ten aircraft. Ryanair has 91 aircraft.",
     "Ryanair"),
    ("The report appeared in the Edmonton Sun on Monday. The Edmonton Sun said the mayor would resign.",
     "Edmonton Sun"),
    # tagged as a place
    ("More than 1,400 businesses, including the Canadian e-commerce company Shopify, tested an early version.",
     "Shopify"),
])
def test_a_name_described_as_a_company_or_paper_is_an_organization(extractor, text, organization):
    result = extractor.extract(text)
    assert organization in names(result.organizations)
    assert organization not in names(result.participants)


def test_an_untagged_capitalised_name_ending_in_an_organization_word_is_one(extractor):
    text = "Readers of the Deseret News wrote letters about the plan."  # NER tags nothing here
    assert extractor.nlp(text).ents == ()
    assert names(extractor.extract(text).organizations) == ["Deseret News"]


def test_a_place_tagged_name_ending_in_an_organization_word_is_one(extractor):
    from service.extract.entities.candidates import Candidate
    from service.extract.entities.labels import decisive_label
    assert decisive_label(Candidate(0, 13, "FAC", "Saudi Gazette")) == "ORG"
    assert decisive_label(Candidate(0, 9, "PERSON", "Jim Press")) is None


def test_an_organization_name_cut_before_and_is_taken_whole(extractor):
    result = extractor.extract("She joined the Union of Rationalist Atheists and Agnostics in May. "
                               "The Bank of England and France agreed.")
    assert names(result.organizations) == ["Union of Rationalist Atheists and Agnostics", "Bank of England"]


@pytest.mark.parametrize("word", ["Islamophobia", "Scientologist", "Communism"])
def test_ideas_and_followers_are_not_organizations(word):
    from service.extract.entities.name_strings import is_plausible_name
    assert not is_plausible_name(word, "ORG")
    assert is_plausible_name("Scientology", "ORG")


def test_events_and_programmes_are_not_organizations(extractor):
    text = "Organizers said the Atlantic Rowing Championship will move to Sydney next year."
    assert ("Atlantic Rowing Championship", "ORG") in [(e.text.removeprefix("the "), e.label_)
                                                        for e in extractor.nlp(text).ents]
    result = extractor.extract(text)
    assert names(result.organizations) == [] and names(result.participants) == []
    from service.extract.entities.candidates import Candidate
    from service.extract.entities.labels import decisive_label
    for name in ("Google Science Fair", "Space Shuttle Program", "FIFA World Cup"):
        assert decisive_label(Candidate(0, len(name), "ORG", name)) == "MISC"


def test_an_acronym_defined_after_a_coordinated_name_merges_with_it(extractor):
    text = ("The Union of Concerned Farmers and Fishers (UCFF) has launched a petition. "
            "The UCFF says quotas are too low.")
    orgs = extractor.extract(text).organizations
    assert names(orgs) == ["Union of Concerned Farmers and Fishers"]
    assert orgs[0].acronym == "UCFF" and orgs[0].mention_count == 3


def test_a_person_name_run_on_after_an_organization_is_split_off(extractor):
    text = "A spokesperson for the Council on Tenant Rights Maria Lopez said the rules would be challenged."
    assert [e.label_ for e in extractor.nlp(text).ents] == ["ORG"]  # one span over both names
    result = extractor.extract(text)
    assert names(result.organizations) == ["Council on Tenant Rights"]
    assert names(result.participants) == ["Maria Lopez"]


def test_buildings_named_for_what_they_house_are_places(extractor):
    text = ("The shuttle flew from the Kennedy Space Center to the Metro Toronto Convention Centre and "
            "the Grand Palace Hotel, where researchers from the Pew Research Center spoke.")
    result = extractor.extract(text)
    places, orgs = names(result.locations), names(result.organizations)
    assert {"Kennedy Space Center", "Metro Toronto Convention Centre", "Grand Palace Hotel"} <= set(places)
    assert "Pew Research Center" in orgs
    assert not {"Kennedy Space Center", "Metro Toronto Convention Centre"} & set(orgs)


def test_portfolios_in_titles_are_not_organizations(extractor):
    text = ("Labour's Shadow Home Secretary Yvette Cooper spoke after Maxime Bernier resigned as Foreign "
            "Affairs minister. John Kerry, the Secretary of State, called Undersecretary for Education "
            "Gabriele Toccafondi. NASA Administrator Charles Bolden agreed.")
    orgs = names(extractor.extract(text).organizations)
    assert not {"Home", "Shadow Home", "Foreign Affairs", "State", "Education"} & set(orgs)
    assert "NASA" in orgs


def test_first_names_families_and_post_nominals_belong_to_people():
    text = "Dries Mertens scored. Tom Molomby, SC, said the Sams trusted Thomas Sam."
    spans = {"Dries": ORG, "Mertens": PERSON, "Tom Molomby": PERSON, "SC": ORG, "Sams": ORG,
             "Thomas Sam": PERSON}
    found = [Candidate(text.index(t), text.index(t) + len(t), label, t) for t, label in spans.items()]
    fixed = fix_person_contexts(found, text)
    assert [(c.text, c.label) for c in fixed] == [("Dries Mertens", PERSON), ("Tom Molomby", PERSON),
                                                  ("Thomas Sam", PERSON)]


def test_an_org_at_another_org_is_two_and_a_score_is_not_a_name(extractor):
    text = ("The prints go to the Block Museum of Art at Northwestern University and to the University "
            "of North Carolina at Chapel Hill. Andreas Granqvist scored, putting Sweden 1 – 0 up.")
    result = extractor.extract(text)
    orgs = names(result.organizations)
    assert {"Block Museum of Art", "Northwestern University", "University of North Carolina at Chapel Hill"} <= set(orgs)
    assert "Sweden 1" not in orgs + names(result.locations)


def test_a_places_acronym_goes_with_the_place(extractor):
    text = "Crews at the Kennedy Space Center prepared the shuttle. KSC workers cheered as it left."
    result = extractor.extract(text)
    assert "KSC" not in names(result.organizations)
    assert [m.text for m in by_name(result.locations, "Kennedy Space Center").mentions] == \
        ["Kennedy Space Center", "KSC"]


def test_campuses_and_purpose_names_cut_by_ner_are_joined(extractor):
    text = ("Prints went to the University of North Carolina at Greensboro and the University of Texas at "
            "Austin. The Andy Warhol Foundation for the Visual Arts made two donations.")
    result = extractor.extract(text)
    assert names(result.organizations) == ["University of North Carolina at Greensboro",
                                           "University of Texas at Austin",
                                           "Andy Warhol Foundation for the Visual Arts"]
    assert names(result.locations) == []


def test_an_untagged_employer_before_a_role_and_a_person_is_an_org(extractor):
    text = ("Praise came from US President Barack Obama to Facebook creator Mark Zuckerberg. Later, "
            "Boeing Commercial Airplanes CEO Scott Carson spoke. The DPRK did not reply.")
    result = extractor.extract(text)
    orgs = names(result.organizations)
    assert "Facebook" in orgs
    assert "Commercial Airplanes" not in orgs and "US" not in orgs and "DPRK" not in orgs
    assert "DPRK" in names(result.locations)


def test_a_name_described_as_a_school_or_party_is_an_org(extractor):
    text = ("Instituto Gonzaga, a catholic school in Milan, will pay the tax. The Five Star Movement "
            "backed the law. After a long wait for their visas, the girls of the Afghan Girls Robotics "
            "Team arrived in the city on a cold and rainy evening.")
    orgs = names(extractor.extract(text).organizations)
    assert "Instituto Gonzaga" in orgs
    assert "Five Star Movement" in orgs and "Afghan Girls Robotics Team" in orgs


def test_a_name_and_its_of_place_form_are_one_org(extractor):
    text = ("Trainers went to the Evergreen Aviation & Space Museum of McMinnville, Oregon. Staff at the "
            "Evergreen Aviation & Space Museum said the move would take a year. The National Museum of "
            "Scotland and the National Museum of Wales lent nothing.")
    orgs = extractor.extract(text).organizations
    evergreen = [o for o in orgs if o.name.startswith("Evergreen")]
    assert len(evergreen) == 1 and len(evergreen[0].mentions) == 2
    assert {"National Museum of Scotland", "National Museum of Wales"} <= set(names(orgs))


def test_a_person_tagged_name_starting_with_an_org_word_of_the_article_is_an_org(extractor):
    text = ("Boeing won the contract after a long fight with Lockheed. Lockheed Martin's Atlas V and "
            "Boeing's Delta IV now share the work, and Lockheed said it would not appeal.")
    result = extractor.extract(text)
    assert "Lockheed Martin" not in [p.name for p in result.participants]


def test_settlements_religions_and_a_name_with_its_purpose(extractor):
    text = ("South Korea evacuated about 80 people in the town of Yeoncheon after a shell landed. "
            "Pilgrims came to Mecca, Islam's holiest site. The Andy Warhol Foundation for the Visual "
            "Arts made two donations; the Andy Warhol Foundation said more would follow.")
    result = extractor.extract(text)
    orgs = names(result.organizations)
    assert "Yeoncheon" in names(result.locations) and "Yeoncheon" not in orgs
    assert "Islam" not in orgs
    warhol = [o for o in result.organizations if o.name.startswith("Andy Warhol")]
    assert len(warhol) == 1 and len(warhol[0].mentions) == 2


def test_org_is_short_for_organization(extractor):
    text = "He left Scientology's elite group, the Sea Org, in 2009 and has not returned to the Sea Org."
    assert "Sea Org" in names(extractor.extract(text).organizations)


def test_an_acronym_only_ever_naming_a_thing_is_not_an_org(extractor):
    text = ("In 2014 the municipal levy changed from the TARSU system to the TARI system; arrears from "
            "2012 stay under the TARSU system. London's FTSE index fell, and the WHO system of alerts "
            "worked, the WHO said.")
    orgs = names(extractor.extract(text).organizations)
    assert not {"TARSU", "TARI", "FTSE"} & set(orgs)
    assert "WHO" in orgs


def test_a_kind_of_institution_alone_and_a_shouted_word_are_not_orgs(extractor):
    text = ("Tax officers said the schools owe the State 40,000 euros. The Crown prosecutor, Ruth Abney, "
            "called the Administration's plan reckless. He would go to prison UNLESS he paid. The FIRST "
            "Global contest and the FIRST Global jury met again.")
    found = entities_with_ner(extractor, text, [("State", "ORG", 0), ("Crown", "ORG", 0),
                                                ("Administration", "ORG", 0), ("UNLESS", "ORG", 0),
                                                ("FIRST", "ORG", 0), ("FIRST", "ORG", 1)])
    assert names(found.organizations) == ["FIRST"]


def test_words_shouted_as_labels_or_headings_are_not_orgs(extractor):
    text = ("The first of the new ferries sailed on Monday after months of borrowing; read on, or watch the launch online.\n\n"
            "READ MORE: Ferry fares to rise in spring\n\nWATCH: The launch\n\nBOATS AND BORROWING\n\n"
            "The FIRST Robotics team met the crew, and the NATO liaison said the first trip went well.")
    found = entities_with_ner(extractor, text, [("READ", "ORG", 0), ("WATCH", "ORG", 0), ("BORROWING", "ORG", 0),
                                                ("FIRST", "ORG", 0), ("NATO", "ORG", 0)])
    assert sorted(names(found.organizations)) == ["FIRST", "NATO"]


def test_words_in_a_shouted_line_are_not_orgs_unless_written_calmly_too(extractor):
    text = ("Markets rose on Monday.\n\nGAIN, MORTY, GAIN: Zentrix rocketed.\n\nCOUNCIL HAS QUESTIONED HIM "
            "about it.\n\nREAD MORE: NASA delays the launch\n\nTHE SPACE AGENCY AND NASA DELAY A LAUNCH\n\n"
            "Later NASA said the date would hold.")
    found = entities_with_ner(extractor, text, [("GAIN", "ORG", 0), ("MORTY", "ORG", 0), ("GAIN", "ORG", 1),
                                                ("HAS", "ORG", 0), ("HIM", "ORG", 0), ("NASA", "ORG", 0),
                                                ("NASA", "ORG", 1), ("NASA", "ORG", 2)])
    assert [(e.name, len(e.mentions)) for e in found.organizations] == [("NASA", 3)]


def test_an_acronym_glossed_in_parentheses_after_it_is_one_org(extractor):
    text = ("The secretary general of CEI (Italian Episcopal Conference) asked for talks. CEI later "
            "published its answer.")
    found = entities_with_ner(extractor, text, [("CEI", "ORG", 0), ("Italian Episcopal Conference", "ORG", 0),
                                                ("CEI", "ORG", 1)])
    (org,) = found.organizations
    assert org.name == "Italian Episcopal Conference" and org.acronym == "CEI" and len(org.mentions) == 3


def test_a_name_before_of_matches_a_shorter_form_of_it(extractor):
    text = ("The Supreme Court ruled on Tuesday. The sentence of the Italian Supreme Court of Cassation "
            "binds every city.")
    found = entities_with_ner(extractor, text, [("Supreme Court", "ORG", 0),
                                                ("Italian Supreme Court of Cassation", "ORG", 0)])
    (org,) = found.organizations
    assert org.name == "Italian Supreme Court of Cassation" and len(org.mentions) == 2


def test_a_name_only_ever_written_before_study_names_the_study(extractor):
    text = ("Dr. Ana Ruiz leads the National Salt Intake study. Results of NSAP studies, published in "
            "1991, agree. A Harvard study and a Pew Research Center survey found the same.")
    found = entities_with_ner(extractor, text, [("National Salt Intake", "ORG", 0), ("NSAP", "ORG", 0),
                                                ("Harvard", "ORG", 0), ("Pew Research Center", "ORG", 0)])
    assert names(found.organizations) == ["Harvard", "Pew Research Center"]


def test_a_one_word_org_listed_only_with_people_is_a_person(extractor):
    text = "Pilgrims honour the old heroes, such as Hector, Ajax, Nestor, Odysseus, and Achilles, every spring."
    found = entities_with_ner(extractor, text, [("Hector", "PERSON", 0), ("Ajax", "PERSON", 0),
                                                ("Achilles", "ORG", 0)])
    assert "Achilles" not in names(found.organizations)


def test_a_glued_phrase_after_on_is_cut_and_a_name_joins_its_church_of_form(extractor):
    text = ("The Church of Scientology denied it. Her mother had spoken out against Scientology on French "
            "television after the split.")
    found = entities_with_ner(extractor, text, [("Church of Scientology", "ORG", 0),
                                                ("Scientology on French", "ORG", 0)])
    (org,) = found.organizations
    assert org.name == "Church of Scientology"
    assert [m.text for m in org.mentions] == ["Church of Scientology", "Scientology"]


def test_a_wire_service_named_with_lowercase_news_agency_is_kept(extractor):
    text = "According to Kyodo news agency, the ferry sank near Osaka on Monday with 40 people aboard."
    found = entities_with_ner(extractor, text, [("Kyodo news agency", "ORG", 0)])
    assert names(found.organizations) == ["Kyodo news agency"]


def test_a_kind_of_institution_sharing_a_plural_org_word_names_a_department(extractor):
    text = "After talks between the State and Homeland Security Departments, the girls were given visas."
    found = entities_with_ner(extractor, text, [("State", "ORG", 0)])
    assert names(found.organizations) == ["State", "Homeland Security"]  # the untagged mate too


def test_a_name_described_as_a_craft_or_a_work_is_no_org(extractor):
    text = ("The crew was held aboard the cruise ship, Seawinds, for a year; later the Seawinds docked in "
            "Malta. Critics praised the film Blue Harbor. The airline, Skyways, bought two jets.")
    found = entities_with_ner(extractor, text, [("Seawinds", "ORG", 0), ("Seawinds", "ORG", 1),
                                                ("Blue Harbor", "ORG", 0), ("Skyways", "ORG", 0)])
    assert names(found.organizations) == ["Skyways"]


def test_a_name_described_as_a_book_or_an_installation_is_no_person(extractor):
    text = ("Her new cookbook, Weeknight Marla, sold out in a week. The troupe's new installation, "
            "Quiet Tide, opens on Friday, Marla Venn said.")
    found = entities_with_ner(extractor, text, [("Weeknight Marla", "PERSON", 0), ("Quiet Tide", "PERSON", 0),
                                                ("Marla Venn", "PERSON", 0)])
    assert [p.name for p in found.participants] == ["Marla Venn"]


def test_a_museum_and_gallery_tagged_as_two_names_is_one_institution(extractor):
    text = ("Prints are also on show at the Hollis Teaching Museum and Art Gallery in Vermont, and at "
            "the Corran Museum and the Bell Gallery in Maine.")
    found = entities_with_ner(extractor, text, [("Hollis Teaching Museum", "ORG", 0), ("Art Gallery", "PERSON", 0),
                                                ("Corran Museum", "ORG", 0), ("Bell Gallery", "ORG", 0)])
    assert sorted(names(found.organizations)) == ["Bell Gallery", "Corran Museum",
                                                  "Hollis Teaching Museum and Art Gallery"]


def test_names_listed_as_examples_of_companies_are_organizations(extractor):
    text = ("The tower houses offices of big companies including Harlow Benning, Pryce Dalloway and "
            "Norvik Steel. Harlow Benning moved in first.")
    found = entities_with_ner(extractor, text, [("Harlow Benning", "PERSON", 0), ("Pryce Dalloway", "PERSON", 0),
                                                ("Norvik Steel", "ORG", 0), ("Harlow Benning", "PERSON", 1)])
    assert sorted(names(found.organizations)) == ["Harlow Benning", "Norvik Steel", "Pryce Dalloway"]
    assert found.participants == []


def test_places_named_in_a_match_result_are_teams(extractor):
    text = ("Norway beat Chile 2 – 1 in Oslo on Saturday. Chile had more of the ball, but Norway "
            "scored twice after the break. Chile's coach praised the crowd in Oslo.")
    found = entities_with_ner(extractor, text, [("Norway", "GPE", 0), ("Chile", "GPE", 0), ("Oslo", "GPE", 0),
                                                ("Chile", "GPE", 1), ("Norway", "GPE", 1), ("Chile", "GPE", 2),
                                                ("Oslo", "GPE", 1)])
    assert sorted(names(found.organizations)) == ["Chile", "Norway"]
    assert len(by_name(found.organizations, "Chile").mentions) == 3
    assert names(found.locations) == ["Oslo"]


@pytest.mark.parametrize("between, after, is_result", [
    (" 3 – 0 ", "", True),                      # 'Ghana 3 – 0 Peru'
    (" defeated ", " 3-0 on Monday", True),     # 'Ghana defeated Peru 3-0'
    (" lost 1 – 2 to ", ". Later", True),       # 'Ghana lost 1 – 2 to Peru'
    (" drew 2-2 with hosts ", "", True),
    (" defeated debutants ", " in extra time", False),  # no score anywhere
    (", ", " 4-2", False),                      # a list of places, not two sides
    (" and ", " 52-48", False),
    (" faced sanctions from ", " 2-1", False),  # words that are not a match result
    (" defeated ", " 1990-91", False),          # years, not goals
    (" beat ", " 3-0. ", True),
    (" beat ", " 112-104 in overtime", True),   # points
    (" 2015-16 ", "", False),                   # a season
    (" beat. ", " 3-0", False),                 # a sentence ends between them
])
def test_match_results(between, after, is_result):
    assert is_match_result(between, after) is is_result


def test_places_outside_match_results_stay_places(extractor):
    text = "Voters in Ohio and Texas backed the plan 52-48, and Ohio faced Texas in the courts."
    found = entities_with_ner(extractor, text, [("Ohio", "GPE", 0), ("Texas", "GPE", 0),
                                                ("Ohio", "GPE", 1), ("Texas", "GPE", 1)])
    assert found.organizations == []
    assert sorted(names(found.locations)) == ["Ohio", "Texas"]


def test_the_untagged_name_after_a_person_and_of_is_the_persons_organization(extractor):
    text = "Ann Kerr of the Forward Democrats won the seat, Tom Ellis of NPA lost, and Mia Stone of Leeds retired."
    found = entities_with_ner(extractor, text, [("Ann Kerr", "PERSON", 0), ("Tom Ellis", "PERSON", 0),
                                                ("Mia Stone", "PERSON", 0), ("Leeds", "GPE", 0)])
    assert sorted(names(found.organizations)) == ["Forward Democrats", "NPA"]
    assert names(found.locations) == ["Leeds"]


def test_a_spaced_hyphen_separates_two_names_but_not_a_spaced_compound(extractor):
    found = entities_with_ner(extractor, "The firm is based in Leeds - Northwind makes the parts there.",
                              [("Leeds - Northwind", "ORG", 0)])
    assert names(found.organizations) == ["Northwind"]
    assert names(found.locations) == ["Leeds"]  # a known place after 'in'
    found = entities_with_ner(extractor, "A spokesman for the Council on Arab - American Trade said the talks ended.",
                              [("Council on Arab - American Trade", "ORG", 0)])
    assert names(found.organizations) == ["Council on Arab - American Trade"]


def test_a_shouted_dateline_is_the_place_not_an_acronym(extractor):
    text = "OSLO - The talks in Oslo ended on Monday, and the delegates left Oslo by train."
    found = entities_with_ner(extractor, text, [("OSLO", "ORG", 0), ("Oslo", "GPE", 0), ("Oslo", "GPE", 1)])
    assert found.organizations == []
    assert [(e.name, len(e.mentions)) for e in found.locations] == [("Oslo", 3)]
    untagged = entities_with_ner(extractor, text, [("Oslo", "GPE", 0), ("Oslo", "GPE", 1)])
    assert untagged.organizations == []


def test_a_named_municipality_is_the_towns_government(extractor):
    text = ("The Municipality of Varenna asked the schools to pay the tax, and a court in Varenna agreed. "
            "The municipality of Lenno has not asked.")
    found = entities_with_ner(extractor, text, [("Municipality of Varenna", "GPE", 0), ("Varenna", "GPE", 1),
                                                ("Lenno", "GPE", 0)])
    assert names(found.organizations) == ["Municipality of Varenna"]
    assert sorted(names(found.locations)) == ["Lenno", "Varenna"]


def test_untagged_names_after_a_noun_for_organizations_are_organizations(extractor):
    text = ("The final saw Dutch team Nordwind and Vexa face off, while the music came from such bands as "
            "The Silver Owls. The company Monday thanked group President Ana Ruiz, and maker CEO Li Wen spoke.")
    found = entities_with_ner(extractor, text, [("Dutch", "NORP", 0), ("Monday", "DATE", 0),
                                                ("Ana Ruiz", "PERSON", 0), ("Li Wen", "PERSON", 0)])
    assert sorted(names(found.organizations)) == ["Nordwind", "Silver Owls", "Vexa"]


def test_a_dateline_names_the_place_the_story_was_filed_from(extractor):
    text = ("Local news\n\nPORTVALE, Calif., Sept. 14 (AP) -- Two ferries collided on Sunday near the harbor.\n"
            "KESTON — The council met again.\nUNESCO said on Monday that the site was safe.\n"
            "OSTRAVIA - the prices fell.")
    found = entities_with_ner(extractor, text, [("PORTVALE", "ORG", 0), ("UNESCO", "ORG", 0),
                                                ("OSTRAVIA", "ORG", 0)])
    assert sorted(names(found.organizations)) == ["OSTRAVIA", "UNESCO"]  # no story after the last dash
    assert sorted(names(found.locations)) == ["Calif.", "KESTON", "PORTVALE"]  # the state after the city too


def test_a_known_place_after_a_person_s_of_is_their_hometown(extractor):
    result = extractor.extract("The bill's sponsor, Republican Sen. Dale Hemmings of Ankeny, said it was modelled "
                               "on laws passed in Utah.")
    assert names(result.organizations) == [] and "Ankeny" in names(result.locations)


def test_a_known_place_tagged_organization_after_a_preposition_of_place_is_a_place(extractor):
    """GeoNames knows Halifax and Toyota as cities; only the preposition makes one a place here."""
    text = ("Protests in Halifax drew a crowd, and a job at Toyota went to a Halifax man. "
            "Fans from Chelsea came too, after cuts in Toyota's budget.")
    found = entities_with_ner(extractor, text, [("Halifax", "ORG", 0), ("Toyota", "ORG", 0),
                                                ("Halifax", "ORG", 1), ("Chelsea", "ORG", 0),
                                                ("Toyota", "ORG", 1)])
    assert [(e.name, len(e.mentions)) for e in found.locations] == [("Halifax", 2), ("Chelsea", 1)]
    assert names(found.organizations) == ["Toyota"]
    unknown = entities_with_ner(extractor, "Protests in Vexlorn drew a crowd.", [("Vexlorn", "ORG", 0)])
    assert names(unknown.organizations) == ["Vexlorn"]  # not a known place: NER's label stands


def test_a_known_place_with_as_many_place_mentions_as_organization_ones_is_a_place(extractor):
    text = ("The Halifax council met on Monday. Rents in Halifax rose again. "
            "The Orvane council met too, and Orvane residents came.")
    found = entities_with_ner(extractor, text, [("Halifax", "ORG", 0), ("Monday", "DATE", 0),
                                                ("Halifax", "GPE", 1), ("Orvane", "ORG", 0), ("Orvane", "GPE", 1)])
    assert [(e.name, len(e.mentions)) for e in found.locations] == [("Halifax", 2), ("Orvane", 1)]
    assert names(found.organizations) == ["Orvane"]  # unknown to GeoNames: each mention keeps its label


def test_a_known_place_with_a_title_is_an_official_not_an_organization(extractor):
    text = "A detective for the Houston Sheriff's office said the NASA Administrator would visit."
    found = entities_with_ner(extractor, text, [("Houston Sheriff", "ORG", 0), ("NASA Administrator", "ORG", 0)])
    assert names(found.organizations) == ["NASA"]


def test_a_name_tagged_place_listed_with_organizations_only_is_an_organization(extractor):
    text = ("Zentrix, Microsoft and Nintendo all had booths, and buses ran between Molberg and "
            "Jasper National Park or from Vell and Fleetwood Transit.")
    found = entities_with_ner(extractor, text, [("Zentrix", "GPE", 0), ("Microsoft", "ORG", 0),
                                                ("Nintendo", "ORG", 0), ("Molberg", "GPE", 0),
                                                ("Jasper National Park", "ORG", 0)])
    assert "Zentrix" in names(found.organizations)
    assert "Molberg" in names(found.locations)  # after a preposition of place: NER tags towns ORG too
    text = "Tide, Brisolt and Crest maker Procter & Gamble rallied."
    found = entities_with_ner(extractor, text, [("Tide", "ORG", 0), ("Brisolt", "GPE", 0), ("Crest", "ORG", 0),
                                                ("Procter & Gamble", "ORG", 0)])
    assert names(found.locations) == ["Brisolt"]  # the list modifies a noun: no list of organizations


def test_an_organization_name_does_not_end_in_a_finite_verb(extractor):
    text = "Orvane Water Board Says Pipes Are Safe\n\nThe Orvane Water Board said the pipes were safe."
    found = entities_with_ner(extractor, text, [("Orvane Water Board Says", "ORG", 0),
                                                ("Orvane Water Board", "ORG", 1)])
    assert [(e.name, len(e.mentions)) for e in found.organizations] == [("Orvane Water Board", 2)]
    text = "Tamsin Okafor Says Pipes Are Safe\n\nTamsin Okafor said the pipes were safe."
    found = entities_with_ner(extractor, text, [("Tamsin Okafor Says", "PERSON", 0),
                                                ("Tamsin Okafor", "PERSON", 1)])
    assert [(e.name, len(e.mentions)) for e in found.participants] == [("Tamsin Okafor", 2)]  # nor a person's


def test_an_organization_named_with_its_branch_place_is_one_organization(extractor):
    text = ("Zorvex UK said on Monday that it would appeal. The ranking of the company Brantel UK's "
            "travel chart rose, and Zorvex, UK regulators said, must pay.")
    found = entities_with_ner(extractor, text, [("Zorvex", "ORG", 0), ("UK", "GPE", 0), ("UK", "GPE", 1),
                                                ("Zorvex", "ORG", 1), ("UK", "GPE", 2)])
    assert names(found.organizations) == ["Zorvex UK", "Brantel UK", "Zorvex"]
    assert [(e.name, len(e.mentions)) for e in found.locations] == [("UK", 1)]  # after 'Zorvex,' a place


def test_a_work_title_with_a_subtitle_names_no_one(extractor):
    text = ("In the ten-minute demo of Skyvault: Ember Rising, players climb a tower. Ask another "
            "Virginian: Harry Byrd, the senator, knew it. It was backed by Orvane: Brantel is its owner.")
    found = entities_with_ner(extractor, text, [("Skyvault", "ORG", 0), ("Ember Rising", "PERSON", 0),
                                                ("Harry Byrd", "PERSON", 0), ("Orvane", "ORG", 0),
                                                ("Brantel", "ORG", 0)])
    assert names(found.participants) == ["Harry Byrd"]  # a person's name is what the colon introduces
    assert names(found.organizations) == ["Orvane", "Brantel"]  # a clause follows the colon


def test_a_capitalised_word_ner_left_out_before_an_organization_joins_its_name(extractor):
    text = ("Velmora Navigator's market share is slipping, and the Halden Supreme Court ruled on it.\n\n"
            "Tech Giant Zentrix Unveils Phone\n\nIt sold well, the bigotry this Grand Lobbyist spearheads.")
    found = entities_with_ner(extractor, text, [("Navigator", "ORG", 0), ("Supreme Court", "ORG", 0),
                                                ("Zentrix", "ORG", 0), ("Lobbyist", "ORG", 0)])
    # a title-case headline capitalises every word: 'Tech Giant' stays out; 'Lobbyist' is no name
    assert names(found.organizations) == ["Velmora Navigator", "Halden Supreme Court", "Zentrix"]


def test_untagged_names_sharing_a_plural_org_word_with_an_organization_are_organizations(extractor):
    text = "Officials at the Defense, Energy and Treasury Departments declined to comment."
    found = entities_with_ner(extractor, text, [("Treasury", "ORG", 0)])
    assert names(found.organizations) == ["Defense", "Energy", "Treasury"]


def test_a_place_with_a_plural_nickname_is_a_club(extractor):
    text = ("The trade sent Kofi Amadi from the Memphis Grizzlies to the Austin Comets; Austin Rivers "
            "and the Charlotte Panthers stayed, and Clayton Heights and Hampton Roads cheered.")
    found = entities_with_ner(extractor, text, [("Kofi Amadi", "PERSON", 0), ("Memphis Grizzlies", "GPE", 0),
                                                ("Austin Comets", "GPE", 0), ("Austin Rivers", "PERSON", 0),
                                                ("Charlotte Panthers", "PERSON", 0),
                                                ("Clayton Heights", "GPE", 0), ("Hampton Roads", "GPE", 0)])
    assert names(found.organizations) == ["Memphis Grizzlies", "Austin Comets", "Charlotte Panthers"]
    assert names(found.participants) == ["Kofi Amadi", "Austin Rivers"]  # no 'the' before a person's name
    assert names(found.locations) == ["Clayton Heights", "Hampton Roads"]


def test_a_name_spelled_out_before_its_acronym_is_one_organization(extractor):
    text = ("LONDON (Reuters) - The Medicines and Healthcare products Regulatory Agency (MHRA) cleared the "
            "shot on Wednesday. The MHRA said checks had been thorough.")
    result = extractor.extract(text)
    names = {o.name: o.acronym for o in result.organizations}
    assert names.get("Medicines and Healthcare products Regulatory Agency") == "MHRA"
    assert not {"Medicines", "Healthcare", "Regulatory Agency"} & set(names)
    assert not result.participants


def test_two_companies_hyphenated_are_no_person():
    from service.extract.entities.companies import is_pair_with_company
    assert is_pair_with_company("Pfizer-BioNTech", set())  # Pfizer is a listed company
    assert is_pair_with_company("Acme-Zeta", {"zeta"})  # Zeta is an organization of the article
    assert not is_pair_with_company("Biden-Harris", set())
    assert not is_pair_with_company("Jean-Claude", set())


def test_a_name_with_an_organization_noun_in_apposition_is_an_organization(extractor):
    text = "TransLink, the region's transit agency, opened the new line on Friday. The agency said ridership had doubled."
    result = extractor.extract(text)
    assert [o.name for o in result.organizations] == ["TransLink"]
    assert result.quotes[0].speaker.name == "TransLink"


def test_a_noun_for_a_person_in_apposition_makes_no_organization(extractor):
    text = "Workers carried signs on Monday.\n\nDeepak, a forklift operator, said he had never been on strike before."
    assert extractor.extract(text).organizations == []


def test_a_thing_with_the_and_a_network_in_apposition_is_no_organization(extractor):
    text = "Most homes reach the Internet, a global network of computers, through a phone line, he said."
    assert [o.name for o in extractor.extract(text).organizations] == []


@pytest.mark.parametrize("text, tags, expected", [
    # NER cut the name at 'and'; the untagged rest runs on to the local's number
    ("The workers, members of United Food and Commercial Workers Local 175, voted to strike.",
     [("United Food", "ORG", 0)], ["United Food and Commercial Workers Local 175"]),
    # a one-word rest is another name, and a plural head is shared by two names
    ("Shares of Tesla and Musk fell.", [("Tesla", "ORG", 0)], ["Tesla"]),
    ("Officials of State and Homeland Security Departments met.", [("State", "ORG", 0)], ["State"]),
])
def test_a_name_ner_cut_at_and_runs_on_over_untagged_capitals(extractor, text, tags, expected):
    found = names(entities_with_ner(extractor, text, tags).organizations)
    assert set(expected) <= set(found) and not any(" and " in name for name in set(found) - set(expected))


@pytest.mark.parametrize("text, tags, places", [
    # small towns tagged ORG, listed after 'in' with a place by its head word
    ("The clinics, in Drumheller, Hanna, Vegreville and Pincher Creek, open in spring.",
     [("Drumheller", "ORG", 0), ("Hanna", "ORG", 0), ("Vegreville", "ORG", 0), ("Pincher Creek", "PERSON", 0)],
     ["Drumheller", "Hanna", "Vegreville", "Pincher Creek"]),
    # no place among them: companies stay companies
    ("She holds shares in Norvalta, Quillix and Brightwater Corp. now.",
     [("Norvalta", "ORG", 0), ("Quillix", "ORG", 0), ("Brightwater Corp.", "ORG", 0)], []),
])
def test_names_listed_after_a_place_preposition_with_a_place_are_places(extractor, text, tags, places):
    found = entities_with_ner(extractor, text, tags)
    assert [loc.name for loc in found.locations] == places
    assert not set(places) & set(names(found.organizations))


@pytest.mark.parametrize("text, tag, label", [
    ("The new clinic in Vegreville opens in May.", "Vegreville", "LOC"),  # a town of 5,700 people
    # towns that are also an English word, a common surname or a listed company stay organizations
    ("She has worked in Congress for ten years.", "Congress", "ORG"),
    ("He spent a decade in Ford before retiring.", "Ford", "ORG"),
])
def test_a_town_after_in_is_a_place_unless_its_name_means_something_else(extractor, text, tag, label):
    found = entities_with_ner(extractor, text, [(tag, "ORG", 0)])
    assert [e.name for e in (found.locations if label == "LOC" else found.organizations)] == [tag]


@pytest.mark.parametrize("text, tags, expected", [
    ("A spokesperson for Immigration, Refugees and Citizenship Canada said the file was open.",
     [("Citizenship Canada", "ORG", 0)], ["Immigration, Refugees and Citizenship Canada"]),
    ("In a statement, Immigration, Refugees and Citizenship Canada said it had acted.",
     [("Immigration", "ORG", 0), ("Refugees and Citizenship Canada", "ORG", 0)],
     ["Immigration, Refugees and Citizenship Canada"]),
    ("Fisheries and Oceans Canada said the quota would fall.", [("Oceans Canada", "ORG", 0)],
     ["Fisheries and Oceans Canada"]),
    # a name NER tagged on its own before 'and' is another organization
    ("Shares of Google and Apple Canada rose.", [("Google", "ORG", 0), ("Apple Canada", "ORG", 0)],
     ["Google", "Apple Canada"]),
])
def test_a_department_named_by_its_fields_and_country_is_one_organization(extractor, text, tags, expected):
    assert names(entities_with_ner(extractor, text, tags).organizations) == expected


@pytest.mark.parametrize("word, organization", [
    ("QuillMind", True), ("TransLink", True), ("OpenAI", True),
    ("MacLeod", False), ("DeLaet", False), ("LeBron", False),  # name particles start shorter
])
def test_a_brand_shaped_word_tagged_person_is_an_organization(extractor, word, organization):
    text = f"{word} said on Monday that the plan would go ahead."
    found = entities_with_ner(extractor, text, [(word, "PERSON", 0)])
    assert names(found.organizations) == ([word] if organization else [])
