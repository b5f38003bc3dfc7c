"""Shared entity step: clean spaCy NER spans, make their labels consistent, then build people, orgs and places."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span

from .given_names import given_name_gender
from .doc_arrays import doc_text, text_keys_flagged, tokens_flagged, tokens_with
from .model import Entities

PERSON, ORG, LOC = "PERSON", "ORG", "LOC"
# Capitalised words before a name that are titles, not first names ("President Xi").
TITLE_LIKE = {"president", "mr", "mrs", "ms", "dr", "minister", "premier", "prime", "senator", "sen",
              "gov", "governor", "mayor", "judge", "justice", "king", "queen", "prince", "princess",
              "pope", "chief", "general", "gen", "sir", "lord", "lady", "rev", "professor", "prof",
              "coach", "ceo", "cfo", "coo", "cto", "chairman", "secretary", "ambassador", "councillor", "mp", "mla",
              "mpp", "captain", "capt", "sgt", "const", "det", "officer", "director", "leader",
              "spokesperson", "spokesman", "spokeswoman", "commissioner", "deputy", "vice",
              "chancellor", "rep", "representative", "congressman", "congresswoman", "sheikh",
              "sultan", "emperor", "president-elect", "nonpartisan", "former", "late", "dame",
              "lt", "col", "adm", "insp", "supt", "cst", "hon", "uncle", "aunt", "saint", "st"}
KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Punctuation a real name never spans: a span crossing one is split there.
SPLITTERS = {",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "—", "–", "|", "/", "?", "!", "‘"}
LEADING_JUNK = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                "these", "those", "'", "’", "‘", "\"", "“", "”", "-", "—", "–", "(", ")", "."}
POSSESSIVE = {"'s", "’s", "'", "’", "s"}
# Lowercase words allowed inside a proper name ("Bank of America", "Ludwig van Beethoven").
CONNECTORS = {"of", "and", "for", "on", "the", "de", "da", "das", "do", "dos", "du", "del", "della",
              "der", "den", "van", "von", "la", "le", "les", "al", "el", "bin", "ibn", "bint", "y",
              "in", "at", "&", "to", "upon", "-", "'", "’", "st.", "e", "di", "ter", "zu", "a"}
# All-caps abbreviations of places: everything else all-caps that NER calls a place is an org.
PLACE_ABBREVIATIONS = {"us", "usa", "uk", "uae", "ussr", "prc", "drc", "roc", "dprk", "gb", "nyc",
                       "la", "dc", "bc", "pei", "ns", "nb", "nl", "qc", "ab", "sk", "mb", "nwt", "yt",
                       "nu", "on", "ny", "nj", "ca", "tx", "fl", "sf", "hk", "kl"}
COUNTRY_ABBREVIATIONS = {"us", "usa", "uk", "uae", "ussr", "prc", "drc", "dprk", "roc"}
# All-caps words that are not organizations when NER leaves them untagged.
NOT_ORG_ACRONYMS = {"ceo", "cfo", "cto", "coo", "tv", "gdp", "am", "pm", "ok", "id", "dna", "rna",
                    "hiv", "aids", "covid", "sars", "pdf", "url", "usb", "gps", "it", "ai", "lgbt",
                    "lgbtq", "lgbtq2", "faq", "diy", "vip", "mvp", "atm", "suv", "cd", "dvd", "mp",
                    "mpp", "mla", "mna", "pr", "hr", "uv", "ad", "bc", "et", "pt", "est", "edt",
                    "pst", "pdt", "mdt", "mst", "cst", "cdt", "utc", "gmt", "icu", "er", "iq", "ipo",
                    "rip", "ps", "pc", "i", "a", "q", "usd", "cad", "eur", "gbp", "rmb", "km", "mph",
                    "ii", "iii", "iv", "vi", "jr", "sr", "ceos", "mps", "tvs", "ufo", "vs", "rsvp",
                    "asap", "fyi", "lol", "omg", "hiv/aids", "ptsd", "adhd", "ct", "mri", "ebola",
                    "cbd", "thc", "lng", "ev", "evs", "ngo", "ngos", "un-", "phd", "md", "bs", "ba",
                    "ma", "mba", "no", "yes", "the", "and", "of", "in", "at", "sos"}
# Wire services and broadcasters NER often mistakes for people or places.
NEWS_AGENCIES = {"xinhua", "reuters", "afp", "ap", "tass", "interfax", "yonhap", "kyodo", "bernama",
                 "cctv", "cgtn", "bbc", "cnn", "cbc", "ctv", "abc", "nbc", "cbs", "pbs", "npr",
                 "ria novosti", "itar-tass", "al jazeera", "bloomberg", "sputnik", "kcna", "anadolu",
                 "wikinews", "associated press", "canadian press", "agence france-presse", "ani",
                 "pti", "dpa", "ansa", "efe", "global news", "fox news", "sky news"}
# Last words that make a name an organization or a place whatever NER says ("Lakefront Brewery").
ORG_HEADS = {"school", "brewery", "images", "press", "inc", "corp", "corporation", "group", "company",
             "co", "ltd", "foundation", "institute", "association", "society", "council",
             "committee", "club", "bank", "party", "university", "college", "hospital", "museum",
             "gallery", "library", "church", "restaurant", "café", "cafe", "media", "news",
             "times", "post", "record", "records", "studios", "productions", "pictures",
             "entertainment", "energy", "motors", "airlines", "airways", "systems", "technologies",
             "labs", "pharmaceuticals", "capital", "partners", "holdings", "services", "network",
             "agency", "department", "ministry", "commission", "authority", "board", "union",
             "federation", "league", "academy", "centre", "center", "conference", "lrt", "llc", "plc", "gmbh", "trust", "fund", "alliance", "coalition", "army", "navy",
             "police", "court", "tribunal", "parliament", "senate", "assembly", "office", "magazine",
             "journal", "herald", "gazette", "tribune", "radio", "tv", "television", "star", "sun",
             "globe", "mail", "telegraph", "observer", "chronicle", "examiner", "inquirer", "courier",
             "sentinel", "international", "sport", "sports", "national", "movement", "team"}
# Org words that are also surnames: after a first name they make a person ('Jim Press').
SURNAME_HEADS = {"press", "bank", "post", "star", "sun", "mail", "church", "record", "media", "news",
                 "globe", "times", "court", "union", "fund", "national", "board", "office", "trust",
                 "capital", "society", "energy", "chief"}
# Credit labels of captions: 'Ahmed Mohamed Image: Twitter' ends the name before 'Image'.
CREDIT_LABELS = {"image", "images", "photo", "photos", "photograph", "credit", "video", "source", "file"}
# Last words of events and undertakings, which are neither organizations nor people ("FIFA World
# Cup", "Google Science Fair", "Space Shuttle Program").
EVENT_HEADS = {"cup", "fair", "festival", "championship", "championships", "tournament", "invitational",
               "expo", "games", "olympics", "marathon", "awards", "prize", "summit", "program",
               "programme", "project", "study", "survey", "campaign", "war", "election", "elections"}
PLACE_HEADS = {"square", "street", "st", "road", "avenue", "ave", "boulevard", "station", "mall",
               "park", "bridge", "airport", "highway", "river", "lake", "mountain", "island",
               "county", "city", "province", "valley", "bay", "beach", "falls", "harbour", "harbor",
               "drive", "lane", "plaza", "arena", "stadium", "field", "base", "terminal", "port",
               "hotel", "towers", "tower", "planetarium", "hangar", "pier", "wharf"}
# Buildings called a centre by what happens in them ('Kennedy Space Center', 'Metro Toronto
# Convention Centre'); a centre of research or policy is an organization ('Pew Research Center').
FACILITY_CENTRE_KINDS = {"space", "science", "convention", "conference", "rocket", "art", "arts",
                         "shopping", "trade", "community", "aquatic", "sports", "civic", "events",
                         "exhibition", "visitor", "visitors", "detention", "transit", "distribution",
                         "recreation", "fitness", "performing", "congress", "expo", "flight"}
CENTRE = {"center", "centre"}
# Nouns that describe an organization beside its name ("the California tech giant Oracle",
# "Irish low cost airline, Ryanair,").
ORG_DESCRIPTIONS = {"giant", "firm", "brand", "maker", "retailer", "chain", "charity", "outlet",
                    "startup", "carrier", "insurer", "lender", "organization", "organisation", "outfit",
                    "operator", "developer", "publisher", "manufacturer", "provider", "producer",
                    "airline", "company", "group", "agency", "business", "band", "team", "newspaper",
                    "broadcaster", "network", "bank", "club", "union", "school", "college", "university",
                    "hospital", "museum", "party", "movement", "magazine", "website", "institute"}
NAME_CONNECTORS = {"of", "and", "for", "&"}
TWEET_SIGNATURE = re.compile(r"[—–-][ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*\(@\w{1,30}\)")
ADJECTIVE_SUFFIX = re.compile(r"-(?:like|style|esque|based|backed|led|born|owned|funded|linked|era)$", re.I)
CONCEPT_WORD = re.compile(r"(?:isms?|ists?|phobia)$")
CAMPUS_HEADS = {"university", "college"}  # 'University of Texas at Austin'
PURPOSE_HEADS = {"foundation", "institute", "society", "center", "centre", "council", "association", "fund",
                 "endowment", "alliance", "league", "coalition", "committee", "commission", "trust"}
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
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "linkedin",
             "reddit", "google", "whatsapp", "wechat", "weibo", "telegram", "netflix", "amazon"}
# Province and state abbreviations written after a place: "Mississauga, Ont."
REGION_ABBREVIATIONS = {"ont", "que", "alta", "sask", "man", "nb", "ns", "nl", "pei", "bc", "nwt",
                        "calif", "fla", "mass", "wash", "ore", "ariz", "colo", "conn", "ga", "ill",
                        "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb",
                        "nev", "nh", "nj", "nm", "ny", "nc", "nd", "okla", "pa", "ri", "sc", "sd",
                        "tenn", "tex", "va", "vt", "wis", "wyo", "ala", "ark", "del", "dc"}
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "around", "between"}


@dataclass(frozen=True)
class Candidate:
    """One cleaned NER mention: character offsets into the text, its label and its doc span."""

    start: int
    end: int
    label: str
    text: str
    span: Optional[Span] = None


def find_entities(doc: Doc, text: str) -> Entities:
    """People, organizations and locations of a parsed article (never raises on odd input)."""
    from . import organizations, people, person_context  # late import: they use Candidate from here

    if not text or not text.strip() or len(doc) == 0 or len(doc_text(doc)) != len(text):
        return Entities()
    candidates = consistent_labels(drop_nested(collect_candidates(doc, text)))
    candidates = candidates + untagged_acronyms(doc, text, candidates)
    candidates = candidates + untagged_org_names(doc, text, candidates)
    candidates = candidates + tweet_authors(doc, text, candidates)
    candidates = person_context.fix_person_contexts(candidates + person_context.untagged_employers(candidates), text)
    orgs = [c for c in candidates if c.label == ORG]
    places = [c for c in candidates if c.label == LOC]
    place_acronyms = organizations.acronyms_of_places(orgs, places, text)
    moved = {(c.start, c.end) for c in place_acronyms}
    return Entities(
        participants=people.build_people([c for c in candidates if c.label == PERSON], doc, text,
                                         candidates),
        organizations=organizations.build_organizations([c for c in orgs if (c.start, c.end) not in moved],
                                                        text),
        locations=organizations.build_locations(places + place_acronyms, text),
    )


def collect_candidates(doc: Doc, text: str) -> list[Candidate]:
    """Cleaned NER spans of the labels we use, with offsets into ``text``."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        for piece in split_at_punctuation(extend_person(extend_org(ent))):
            for part, label in split_at_title(piece, ent.label_):
                cleaned = clean_span(part, label)
                if cleaned is None:
                    continue
                start, end = cleaned.start_char, cleaned.end_char - trailing_possessive(cleaned[-1].text)
                if is_plausible_name(text[start:end], label) and not is_handle(text, start):
                    found.append(Candidate(start, end, label, text[start:end], cleaned))
    return found


def drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Drop mentions lying inside a longer one ('Asia' inside an org name extended over it)."""
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    kept, reach = [], -1
    for c in ordered:
        if c.end <= reach:
            continue
        kept.append(c)
        reach = max(reach, c.end)
    return kept


def extend_org(ent: Span) -> Span:
    """Take in a trailing 'in Asia' of a formal org name ('Conference on ... Measures in Asia'),
    or a trailing 'and Agnostics' NER cut off ('Union of Rationalist Atheists and Agnostics')."""
    doc = ent.doc
    if ent.label_ == ORG and ent[-1].lower_ in ("at", "in") and ent.end < len(doc) and \
            doc[ent.end].ent_iob_ == "B" and doc[ent.end].ent_type_ in PLACE_LABELS:
        end = ent.end + 1  # 'the University of North Carolina at' + 'Chapel Hill'
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[ent.start:end]
    if ent.label_ != ORG or ent.end + 1 >= len(doc):
        return ent
    joined = joined_name(ent)
    if joined is not None:
        return joined
    if not any(t.lower_ in {"of", "on", "for", "and"} for t in ent[1:]):
        return ent
    if doc[ent.end].lower_ == "and" and doc[ent.end + 1].is_title and (
            not doc[ent.end + 1].ent_type_ or coordinated_inside(doc[ent.end + 1], ent)):
        end = ent.end + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and (
                not doc[end].ent_type_ or coordinated_inside(doc[end], ent)):
            end += 1
        return doc[ent.start:end]
    if doc[ent.end].lower_ != "in":
        return ent
    if doc[ent.end + 1].ent_type_ != "LOC" or doc[ent.end + 1].ent_iob_ != "B":
        return ent
    end = ent.end + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[ent.start:end]


def joined_name(ent: Span) -> Optional[Span]:
    """Names NER cut in two: 'the University of Texas' + 'at Austin' (a campus), 'the Andy Warhol
    Foundation' + 'for the Visual Arts' (the entity after 'for (the)' is part of the name)."""
    doc = ent.doc
    after = doc[ent.end]
    first = next((t for t in ent if t.lower_ != "the"), ent[0])
    if after.lower_ == "at" and first.lower_ in CAMPUS_HEADS:
        following = doc[ent.end + 1]
        types = PLACE_LABELS
    elif after.lower_ == "for" and normalize(ent[-1].text) in PURPOSE_HEADS:
        following = doc[ent.end + 1]
        if following.lower_ == "the" and ent.end + 2 < len(doc):
            following = doc[ent.end + 2]
        types = {ORG}
    else:
        return None
    if following.ent_iob_ != "B" and not (following.ent_iob_ == "I" and doc[following.i - 1].lower_ == "the"):
        return None
    if following.ent_type_ not in types:
        return None
    end = following.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[ent.start:end]


def coordinated_inside(token, span: Span) -> bool:
    """The parse joins the word to a word inside the name ('Atheists and Agnostics'), whatever NER
    tagged it; a word joined to the name's head is a second entity ('the Bank of England and France')."""
    return token.dep_ == "conj" and span.start <= token.head.i < span.end and token.head.i != span.root.i


def extend_person(ent: Span) -> Span:
    """Take in the rest of a hyphenated name ('Moon Jae' + '-in') and a capitalised first name
    NER left out ('Junius' in 'Junius Ho'); cut at an inner possessive ('Ellison’s Sensei')."""
    if ent.label_ != PERSON:
        return ent
    doc, start, end = ent.doc, ent.start, ent.end
    for i in range(start, end - 1):
        if doc[i].lower_ in {"'s", "’s"}:
            return doc[start:i]
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    left = doc[start - 1] if start > 0 else None
    if (left is not None and left.pos_ == "PROPN" and left.is_title and not left.ent_type_
            and left.is_alpha and not left.is_sent_start
            and left.dep_ == "compound" and left.head.i in range(start, end)
            and left.lower_ not in TITLE_LIKE):
        start -= 1
    return doc[start:end]


def split_at_title(span: Span, label: str) -> list[tuple[Span, str]]:
    """'Boeing Commercial Airplanes CEO Scott Carson' (one ORG span) -> the org and the person."""
    if label == PERSON or len(span) < 3:
        return [(span, label)]
    for token in span[:-1]:
        rest = span.doc[token.i + 1:span.end]
        if (token.lower_ in TITLE_LIKE and len(rest) <= 3
                and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest)):
            head = span.doc[span.start:token.i]
            return ([(head, label)] if len(head) else []) + [(with_untagged_surname(rest), PERSON)]
    possessive = next((t for t in span[1:-1] if t.lower_ in POSSESSIVE and t.tag_ == "POS"), None)
    if label == ORG and possessive is not None:  # "Blaine Higgs' Tories": the owner, then the org
        owner = span.doc[span.start:possessive.i]
        if given_name_gender(owner.text) and len(owner) >= 2:
            return [(owner, PERSON), (span.doc[possessive.i + 1:span.end], label)]
    if label == ORG and len(span) >= 4 and ends_in_person_name(span):
        return [(span[:-2], label), (span[-2:], PERSON)]
    host = next((t for t in span[1:-1] if t.lower_ == "at"), None) if label == ORG else None
    if host is not None and normalize(span[-1].text) in ORG_HEADS and any(
            normalize(t.text) in ORG_HEADS for t in span.doc[span.start:host.i]):  # 'Museum of Art at X University'
        return [(span.doc[span.start:host.i], label), (span.doc[host.i + 1:span.end], label)]
    return [(span, label)]


def with_untagged_surname(person: Span) -> Span:
    """'Huawei CFO Meng' + 'Wanzhou': a capitalised word NER left out right after the name."""
    doc, end = person.doc, person.end
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha \
            and not doc[end].ent_type_ and person[-1].whitespace_:
        end += 1
    return doc[person.start:end]


def ends_in_person_name(span: Span) -> bool:
    """'Council on American-Islamic Relations Alia Salem': a first name and a surname run on
    after the organization's last word."""
    first, last, before = span[-2], span[-1], span[-3]
    return (first.is_title and last.is_title and first.is_alpha and last.is_alpha
            and before.is_alpha and before.lower_ not in CONNECTORS
            and normalize(last.text) not in ORG_HEADS and given_name_gender(span[-2:].text) is not None)


def is_handle(text: str, start: int) -> bool:
    """A hashtag or @handle ('#VancouverIsland') rather than a name."""
    return start > 0 and text[start - 1] in "#@"


def split_at_punctuation(span: Span) -> Iterator[Span]:
    """Pieces of the span between punctuation marks and line breaks ('Xinhua, Xi called')."""
    start = span.start
    for token in span:
        breaks_before = token.text in SPLITTERS or "\n" in token.text
        if breaks_before or "\n" in token.whitespace_:
            stop = token.i if breaks_before else token.i + 1
            if stop > start:
                yield span.doc[start:stop]
            start = token.i + 1
    if span.end > start:
        yield span.doc[start:span.end]


def clean_span(span: Span, label: str = "") -> Optional[Span]:
    """Span without a leading 'the'/possessive pronoun (or, for a person, a lowercase role word:
    'spokesperson Lu Kang') and without trailing possessive or punctuation."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in LEADING_JUNK or doc[start].is_space
                           or label == PERSON and doc[start].is_lower and doc[start].is_alpha):
        start += 1
    while end > start and (doc[end - 1].lower_ in POSSESSIVE or doc[end - 1].is_space
                           or is_stray_end_punct(doc, end - 1, start) or is_dangling(doc, end - 1, start, label)):
        end -= 1
    if end - start > 1 and doc[end - 1].lower_ in CREDIT_LABELS and end < len(doc) and doc[end].text == ":":
        end -= 1
    if end - start > 1 and doc[end - 1].is_digit and SCORE_AFTER.match(doc.text, doc[end - 1].idx):
        end -= 1  # 'putting Sweden 1 – 0 up': the score is not part of the name
    return doc[start:end] if end > start else None


def is_dangling(doc: Doc, i: int, start: int, label: str) -> bool:
    """A separate connector word closing an org span ('University of North Carolina at'); never the
    end of a hyphenated name ('Moon Jae-in')."""
    return label == ORG and i > start and doc[i].lower_ in DANGLING and bool(doc[i - 1].whitespace_)


def is_stray_end_punct(doc: Doc, i: int, start: int) -> bool:
    """A final '.', '-' or ',' that is not the dot of an abbreviation ('Jr.', 'U.S.')."""
    if doc[i].text not in {".", ",", "-", "—", "–", "'", "’"}:
        return False
    return i == start or doc[i].text != "." or not is_abbreviation(doc[i - 1].text)


def trailing_possessive(token_text: str) -> int:
    """How many characters of a possessive ending ('Xi’s' -> 2) a token carries, if any."""
    match = POSSESSIVE_ENDING.search(token_text)
    return len(match.group()) if match and len(token_text) > len(match.group()) else 0


def is_abbreviation(word: str) -> bool:
    """'U.S', 'Jr', 'Inc' style words whose final dot belongs to the name."""
    return bool(ABBREVIATION.fullmatch(word))


def written_in_lowercase(word: str, text: str) -> bool:
    """True if the article also writes ``word`` in lowercase as a word of its own ('government')."""
    word = re.escape(word.lower())
    # the word first, then a look back past it, lets the engine jump between occurrences of the word
    return bool(re.search(r"%s(?<![\w-]%s)(?![\w-])" % (word, word), text))


def is_plausible_name(name: str, label: str) -> bool:
    """Reject NER misfires: too short, no capital, digits in a person, stray lowercase words."""
    words = name.split()
    if len(name.strip(".")) < 2 or not words or words[0][:1].islower():
        return False
    if not any(w[:1].isupper() for w in words) or label == PERSON and any(c.isdigit() for c in name):
        return False
    if label == ORG and len(words) == 1 and CONCEPT_WORD.search(name):
        return False  # 'Islamophobia', 'Scientologist': an idea or a follower, not an organization
    if ADJECTIVE_SUFFIX.search(words[-1]):
        return False  # 'Warhol-like', 'Beijing-based', 'Kremlin-backed': a description, not a name
    return all(not w[:1].islower() or w.lower() in CONNECTORS for w in words)


@lru_cache(maxsize=16384)
def normalize(name: str) -> str:
    """Comparison key: accents stripped, lowercase, dots and apostrophes removed, single spaces.
    Cached: the same names and words come back many times per article."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = POSSESSIVE_S.sub("", name)
    name = DOTS_AND_APOSTROPHES.sub("", name)
    return " ".join(NOT_NAME_CHARS.sub(" ", name).split())


def base_label(candidate: Candidate) -> str:
    """PERSON, ORG, LOC (all places) or NORP: the name's shape first, then its neighbours, then NER."""
    return decisive_label(candidate) or undecided_label(candidate)


def undecided_label(candidate: Candidate) -> str:
    """``base_label`` of a name whose shape settles nothing: its neighbours, then NER."""
    if candidate.label == PERSON and candidate.span is not None:
        return context_label(candidate.span) or PERSON
    return LOC if candidate.label in PLACE_LABELS else candidate.label


def decisive_label(candidate: Candidate) -> Optional[str]:
    """A label the name's own shape settles for every mention: agencies, acronyms, 'X School'."""
    key = normalize(candidate.text)
    words = key.split()
    if not words:
        return None
    if key in NEWS_AGENCIES or key in PLATFORMS:
        return ORG
    if len(words) > 1 and words[-1] in EVENT_HEADS:
        return "MISC"
    if is_acronym(candidate.text) and key not in PLACE_ABBREVIATIONS | REGION_ABBREVIATIONS:
        return ORG if candidate.label in {ORG, PERSON, "GPE", "LOC", "NORP"} else None
    if is_acronym(candidate.text) and key in COUNTRY_ABBREVIATIONS:
        return LOC  # 'DPRK', 'UAE' tagged ORG
    if candidate.label in {PERSON, ORG, "NORP"} | PLACE_LABELS and len(words) > 1 and (
            words[-1] in CENTRE and words[-2] in FACILITY_CENTRE_KINDS):
        return LOC
    if candidate.label in {PERSON, "NORP"} | PLACE_LABELS and words[-1] in ORG_HEADS and not (
            candidate.label == PERSON and len(words) == 2 and words[-1] in SURNAME_HEADS
            and given_name_gender(candidate.text)):
        return ORG  # ('Jim Press' is a person; 'Art Gallery' is not)
    if candidate.label in {PERSON, ORG, "NORP"} and words[-1] in PLACE_HEADS and len(words) > 1:
        return LOC
    if candidate.label == PERSON and (key in REGION_ABBREVIATIONS or candidate.span is not None
                                      and before_region(candidate.span)):
        return LOC
    return None


def before_region(span: Span) -> bool:
    """'Mississauga, Ont.': a name followed by a comma and a province or state abbreviation."""
    after = span.doc[span.end:span.end + 2]
    return len(after) == 2 and after[0].text == "," and normalize(after[1].text) in REGION_ABBREVIATIONS


def context_label(span: Span) -> Optional[str]:
    """What a PERSON mention's neighbours say it is: a place after 'in', a list-mate's label,
    or no name at all when a determiner precedes it as a modifier ('her Brexit plan')."""
    doc = span.doc
    last = normalize(span[-1].text)
    if given_name_gender(span.text) and last not in ORG_HEADS | PLACE_HEADS:
        return None  # 'Scott Carson' stays a person whatever the parse lists him with
    if described_as_organization(span):
        return ORG
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    possessive = after is not None and after.lower_ in {"'s", "’s", "'", "’"}
    if before is not None and before.lower_ in PLACE_PREPOSITIONS and not possessive:
        return LOC
    mates = Counter(LOC if t.ent_type_ in PLACE_LABELS else t.ent_type_ for t in list_mates(span.root))
    for label in (ORG, LOC):
        if mates[label] >= 2 and mates[label] > mates[PERSON]:
            return label
    if (before is not None and before.lower_ in {"the", "a", "an", "her", "his", "their", "its", "our"}
            and after is not None and span.root.dep_ == "compound" and after.pos_ == "NOUN"):
        return "MISC"
    return None


def described_as_organization(span: Span) -> bool:
    """'the tech giant Oracle', 'airline, Ryanair,': a noun beside the name says it is an organization."""
    root = span.root
    beside = [c for c in root.children if c.dep_ in ("appos", "compound") and c.i < span.start]
    after = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    beside += after[:1]  # only the apposition right after the name: 'X, CEO of Y, a group' is a person
    if root.dep_ == "appos":
        beside.append(root.head)
    return any(t.pos_ == "NOUN" and t.is_lower and t.lemma_ in ORG_DESCRIPTIONS for t in beside)


def list_mates(token) -> list:
    """Tokens coordinated with this one, however the parser chained the list
    ('Edson and Medicine Hat', 'Lange, Abbott, Evans and Parks')."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, todo = [], [first]
    while todo:
        member = todo.pop()
        members.append(member)
        todo.extend(c for c in member.children if c.dep_ == "conj")
    return [m for m in members if m.i != token.i]


def is_acronym(word: str) -> bool:
    """An all-caps token of two or more letters, dots allowed ('SCO', 'U.N.', 'AT&T')."""
    return bool(ACRONYM.fullmatch(word.strip()))


def consistent_labels(candidates: list[Candidate]) -> list[Candidate]:
    """Give every mention of a name one label: a decisive one if any mention has it, a person's
    if it is the surname of a full person name, else the label most of its mentions carry.
    NORP-only and MISC names go."""
    votes: dict[str, Counter] = defaultdict(Counter)
    decisive: dict[str, str] = {}
    labelled = []
    doc = next((c.span.doc for c in candidates if c.span is not None), None)
    subjects = lone_surname_subjects(doc) if doc is not None else set()
    for c in candidates:
        key = normalize(c.text)
        strong = decisive_label(c) or (PERSON if is_given_name_person(c, subjects)
                                       or is_listed_with_people(c) else None) or (
            ORG if c.label in (PERSON, ORG) and " " not in key and c.span is not None
            and described_as_organization(c.span) else None)  # 'airline, Ryanair,' settles 'Ryanair'
        if strong:
            decisive.setdefault(key, strong)
        label = strong or undecided_label(c)  # decisive_label(c) gave nothing: base_label(c)
        votes[key][label] += 1
        labelled.append((c, key, label))
    surnames = {key.split()[-1] for key, counts in votes.items()  # "Kevin Vickers" makes "Vickers" a person
                if len(key.split()) > 1 and counts.most_common(1)[0][0] == PERSON}
    result = []
    for c, key, own in labelled:
        label = decisive.get(key) or (PERSON if key in surnames else majority(votes[key], own))

        if label in {PERSON, ORG, LOC} and not (label == ORG and key in NOT_ORG_ACRONYMS):
            result.append(c if c.label == label else replace(c, label=label))  # frozen: shared safely
    return result


def lone_surname_subjects(doc: Doc) -> set:
    """Texts of proper-noun subjects with no compound before them ('Nunes said'), leaving out
    words the article also writes in lowercase."""
    lowercase_words = text_keys_flagged(doc, "IS_LOWER")  # compared with token.lower, the key of lower_
    return {t.text for t in tokens_with(doc, "DEP", ("nsubj",))
            if t.tag_ == "NNP" and not any(c.dep_ == "compound" for c in t.children)
            and t.lower not in lowercase_words}


def is_given_name_person(candidate: Candidate, subjects: set) -> bool:
    """'Amanda Nunes' tagged ORG: a common first name, and the surname alone acts as a subject
    elsewhere ('Nunes said'), which brands and companies named after people rarely do."""
    words = candidate.text.split()
    return (candidate.label == ORG and 2 <= len(words) <= 4
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and given_name_gender(candidate.text) is not None
            and normalize(words[-1]) not in ORG_HEADS and words[-1] in subjects)


def is_listed_with_people(candidate: Candidate) -> bool:
    """'Ansel Adams, Chuck Close, Walker Evans' with 'Walker Evans' tagged ORG: a first name and a
    surname in a list whose other names are people."""
    words = candidate.text.split()
    if candidate.label != ORG or candidate.span is None or not 2 <= len(words) <= 3:
        return False
    if normalize(words[-1]) in ORG_HEADS or given_name_gender(candidate.text) is None:
        return False
    mates = Counter(t.ent_type_ for t in list_mates(candidate.span.root) if t.ent_type_)
    return mates[PERSON] > 0 and mates[PERSON] > mates[ORG]


def majority(counts: Counter, own: str) -> str:
    """The most frequent label; a tie keeps the mention's own label, NORP only wins alone."""
    ranked = counts.most_common()
    best = [label for label, n in ranked if n == ranked[0][1]]
    if own in best:
        return own
    return best[0]


def untagged_acronyms(doc: Doc, text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """All-caps words NER left untagged inside running prose ('the BRICS mechanism') as orgs."""
    covered = {i for c in candidates if c.span is not None for i in range(c.span.start, c.span.end)}
    found = []
    for token in tokens_flagged(doc, "IS_UPPER"):  # every all-caps word is among these
        if (not UNTAGGED_ACRONYM.fullmatch(token.text)
                or token.i in covered or token.ent_type_ not in {"", "ORG", "GPE", "NORP", "PERSON"}
                or normalize(token.text) in NOT_ORG_ACRONYMS | PLACE_ABBREVIATIONS
                or ROMAN_NUMERAL.fullmatch(token.text)
                or not in_prose(token)):
            continue
        found.append(Candidate(token.idx, token.idx + len(token.text), ORG, token.text,
                               doc[token.i:token.i + 1]))
    return found


def untagged_org_names(doc: Doc, text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Capitalised names NER left untagged that end in an organization word ('Deseret News',
    'Union of Rationalist Atheists'): runs of capitalised words, 'of'/'and'/'for' allowed inside."""
    covered = {i for c in candidates if c.span is not None for i in range(c.span.start, c.span.end)}
    found, run = [], []
    for token in list(doc) + [None]:
        if token is not None and token.i not in covered and (
                token.is_title and token.is_alpha or run and token.lower_ in NAME_CONNECTORS):
            run.append(token)
            continue
        while run and run[-1].lower_ in NAME_CONNECTORS:
            run.pop()
        after_the = bool(run) and run[0].lower_ == "the"
        run = run[1:] if after_the else run
        if len(run) >= 2 and normalize(run[-1].text) in ORG_HEADS and in_prose(run[0]) \
                and (after_the or not run[0].is_sent_start):
            span = doc[run[0].i:run[-1].i + 1]
            found.append(Candidate(span.start_char, span.end_char, ORG, span.text, span))
        run = []
    return found


def tweet_authors(doc: Doc, text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The signature of an embedded tweet, '— Kyle Benning (@KBBenning) December 22, 2018': a person
    when the name starts with a known first name (an account can be an organization's)."""
    taken = [(c.start, c.end) for c in candidates]
    found = []
    for m in TWEET_SIGNATURE.finditer(text):
        start, end = m.span("name")
        if given_name_gender(m["name"]) and not any(s < end and e > start for s, e in taken):
            found.append(Candidate(start, end, PERSON, m["name"], doc.char_span(start, end)))
    return found


def in_prose(token) -> bool:
    """True if the token sits in a mostly lowercase sentence of at least five words."""
    words = [t for t in token.sent if t.is_alpha]
    lower = sum(1 for t in words if t.is_lower)
    return len(words) >= 5 and lower * 2 >= len(words)
