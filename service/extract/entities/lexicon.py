"""The words and patterns the entity step matches: titles, org and place heads, agencies, acronyms."""
import re

from ..text import word_set

PERSON, ORG, LOC = "PERSON", "ORG", "LOC"
# Titles only people carry ("Mr. Trump"), written without their dots.
HONORIFICS = word_set(__package__, "honorifics")
# Capitalised words before a name that are titles, not first names ("President Xi").
TITLE_LIKE = word_set(__package__, "title_words_before_names")
# Capitalised words NER sometimes puts in front of a person's name that are not part of it.
LEADING_DESCRIPTORS = word_set(__package__, "leading_descriptors")
# A legislator's party letter and district or state: 'D-Newport News', 'R-Texas', 'I-Vt.'.
PARTY_AND_DISTRICT = re.compile(r"[DRI]-[A-Z]")
CAMP_WORD = re.compile(r"(?:Pro|Anti|Pan|Non)-[A-Za-z]+\b")  # 'Pro-Beijing', 'Pan-democrat'
KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Punctuation a real name never spans: a span crossing one is split there.
SPLITTERS = {",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "—", "–", "|", "/", "?", "!", "‘"}
LEADING_JUNK = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                "these", "those", "'", "’", "‘", "\"", "“", "”", "-", "—", "–", "(", ")", "."}
POSSESSIVE = {"'s", "’s", "'", "’", "s"}
# Lowercase words allowed inside a proper name ("Bank of America", "Ludwig van Beethoven").
CONNECTORS = word_set(__package__, "name_connectors")
# Lowercase particles of family names ('de', 'van', 'bin'): 'Ursula von der Leyen', 'Charles de Gaulle'.
PARTICLES = word_set(__package__, "name_particles")
# All-caps abbreviations of places: everything else all-caps that NER calls a place is an org.
PLACE_ABBREVIATIONS = word_set(__package__, "place_abbreviations")
COUNTRY_ABBREVIATIONS = word_set(__package__, "country_abbreviations")
# All-caps words that are not organizations when NER leaves them untagged.
NOT_ORG_ACRONYMS = word_set(__package__, "not_org_acronyms")
# Wire services and broadcasters NER often mistakes for people or places.
NEWS_AGENCIES = word_set(__package__, "news_agencies")
# Last words that make a name an organization or a place whatever NER says ("Lakefront Brewery").
ORG_HEADS = word_set(__package__, "org_heads")
# Org words that are also surnames: after a first name they make a person ('Jim Press').
SURNAME_HEADS = word_set(__package__, "surname_heads")
# Credit labels of captions: 'Ahmed Mohamed Image: Twitter' ends the name before 'Image'.
CREDIT_LABELS = word_set(__package__, "credit_labels")
# Last words of events and undertakings, which are neither organizations nor people ("FIFA World
# Cup", "Google Science Fair", "Space Shuttle Program").
EVENT_HEADS = word_set(__package__, "event_heads")
PLACE_HEADS = word_set(__package__, "place_heads")
# Buildings called a centre by what happens in them ('Kennedy Space Center', 'Metro Toronto
# Convention Centre'); a centre of research or policy is an organization ('Pew Research Center').
FACILITY_CENTRE_KINDS = word_set(__package__, "facility_centre_kinds")
CENTRE = {"center", "centre"}
# Nouns that describe an organization beside its name ("the California tech giant Oracle",
# "Irish low cost airline, Ryanair,").
ORG_DESCRIPTIONS = word_set(__package__, "org_descriptions")
# Heads of an institution named for two of its collections ('X Museum and Art Gallery').
COLLECTION_HEADS = word_set(__package__, "collection_heads")
EXAMPLE_PREPOSITIONS = {"including", "as", "like"}  # 'companies including X', 'firms such as X'
# Occupations, offices and kin that, beside a name NER took for a place or an organization, make it
# a person ('fashion designer Halston', 'The Mexican president, Enrique Peña Nieto', 'Musk's
# brother, Kimbal'). Words that also name firms ('producer', 'publisher', 'developer', 'leader',
# 'owner') are organization descriptions or nothing.
PERSON_DESCRIPTIONS = word_set(__package__, "person_descriptions")
# Nouns that, beside a name, make it a craft or a work rather than an organization or a person
# ('the cruise ship Freewinds', 'the orbiter Space Shuttle Enterprise', 'the film Easy Rider').
THING_DESCRIPTIONS = word_set(__package__, "thing_descriptions")
# Kinds of institution that, capitalised alone, stand for a named one ('the State', 'the Crown').
GENERIC_INSTITUTIONS = word_set(__package__, "generic_institutions")
NAME_CONNECTORS = {"of", "and", "for", "&"}
TWEET_SIGNATURE = re.compile(  # '— Kyle Benning (@KBBenning) December 22, 2018'
    r"[—–-][ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*\(@\w{1,30}\)")
ADJECTIVE_SUFFIX = re.compile(r"-(?:like|style|esque|based|backed|led|born|owned|funded|linked|era)$", re.I)
CONCEPT_WORD = re.compile(r"(?:isms?|ists?|phobia)$")
CAMPUS_HEADS = {"university", "college"}  # 'University of Texas at Austin'
PURPOSE_HEADS = word_set(__package__, "purpose_heads")
DANGLING = {"at", "of", "and", "for", "in", "on", "the", "&"}  # a name never ends in these
SCORE_AFTER = re.compile(r"\d{1,2}\s*[-–—:]\s*\d{1,2}\b")
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")  # 'Pope Leo XIV', 'Super Bowl LIII'
UNTAGGED_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,}")
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}|[A-Z][A-Z&]*[A-Z]")
ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]|Jr|Sr|Inc|Corp|Co|Ltd|St|Mt|Dr|Mr|Mrs|Ms")
POSSESSIVE_ENDING = re.compile(r"(?<=\w)['’]s?$")
POSSESSIVE_S = re.compile(r"['’‘`]s\b")
DOTS_AND_APOSTROPHES = re.compile(r"[.'’‘`]")
NOT_NAME_CHARS = re.compile(r"[^\w&]+")
# Online platforms NER tends to read as people.
PLATFORMS = word_set(__package__, "platforms")
# Province and state abbreviations written after a place: "Mississauga, Ont."
REGION_ABBREVIATIONS = word_set(__package__, "region_abbreviations")
# Nouns that name the kind of place a name after 'of' is ('the town of Yeoncheon').
SETTLEMENT_NOUNS = word_set(__package__, "settlement_nouns")
CONCEPT_NAMES = {"islam", "christianity", "shinto"}  # religions without the -ism of CONCEPT_WORD
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "around", "between"}
# Chinese family names and Hanyu Pinyin syllables: 'Xi Jinping' is shaped like a person's name.
CHINESE_FAMILY_NAMES = word_set(__package__, "chinese_family_names")
PINYIN_SYLLABLES = word_set(__package__, "pinyin_syllables")
