"""The entity step: cleaned NER mentions, one label per name, names NER missed, then people,
organizations and places built from them."""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Entities
from ..text import credit_regions, doc_text, outside_regions
from . import organizations, people, person_context, teams
from .acronym_names import spelled_out_acronyms
from .candidates import collect_candidates, drop_nested
from .capitals import names_in_capitals, reread_shouted_names
from .companies import untagged_companies
from .kinds import without_non_entities
from .labels import consistent_labels
from .lexicon import LOC, ORG, PERSON
from .paired_lists import with_paired_lists
from .places import dateline_places, join_branches, with_fields_before_country
from .untagged import (
    tweet_authors,
    untagged_acronyms,
    untagged_affiliations,
    untagged_described_orgs,
    untagged_described_people,
    untagged_members,
    untagged_org_names,
    untagged_personal_names,
    untagged_plural_head_mates,
    untagged_titled_people,
)
from .works import outside_quoted_titles, outside_work_titles


def find_entities(doc: Doc, text: str, english_words: frozenset = frozenset()) -> Entities:
    """People, organizations and locations of a parsed article (never raises on odd input).
    ``english_words`` (see :mod:`.english_words`) tells ordinary words from surnames."""
    if not text or not text.strip() or len(doc) == 0 or len(doc_text(doc)) != len(text):
        return Entities()
    credits = credit_regions(text)

    def no_entities_out(found: list) -> list:
        """Without names in credits (sign-offs, bylines, photo credits) and names of no entity
        (diseases, drugs, indexes, product codes): before the label vote, and after the rules
        that add names."""
        return without_non_entities(outside_regions(found, credits), text)
    candidates = outside_work_titles(doc, drop_nested(collect_candidates(doc, text)))
    candidates = no_entities_out(outside_quoted_titles(text, candidates))
    candidates = spelled_out_acronyms(doc, text, dateline_places(doc, text, candidates))
    candidates = consistent_labels(reread_shouted_names(candidates, english_words), english_words)
    candidates = candidates + names_in_capitals(doc, candidates, english_words)
    candidates = candidates + untagged_acronyms(doc, text, candidates)
    candidates = candidates + untagged_org_names(doc, text, candidates)
    candidates = candidates + tweet_authors(doc, text, candidates)
    candidates = candidates + untagged_affiliations(doc, candidates)
    candidates = candidates + untagged_described_orgs(doc, candidates)
    candidates = candidates + untagged_described_people(doc, candidates, english_words)
    candidates = candidates + untagged_plural_head_mates(doc, candidates)
    candidates = candidates + untagged_members(doc, candidates)
    candidates = candidates + untagged_personal_names(doc, candidates, english_words)
    candidates = candidates + untagged_titled_people(doc, candidates, english_words)
    candidates = candidates + untagged_companies(doc, candidates, english_words)
    candidates = with_paired_lists(doc, text, candidates)
    candidates = candidates + person_context.untagged_employers(candidates)
    candidates = with_fields_before_country(join_branches(candidates, text), text)
    candidates = person_context.fix_person_contexts(candidates, text)
    candidates = no_entities_out(teams.relabel_teams(candidates, text))
    orgs = [c for c in candidates if c.label == ORG]
    places = [c for c in candidates if c.label == LOC]
    place_acronyms = organizations.acronyms_of_places(orgs, places, text)
    moved = {(c.start, c.end) for c in place_acronyms}
    return Entities(
        participants=people.build_people([c for c in candidates if c.label == PERSON], doc, text,
                                         candidates, english_words, credits),
        organizations=organizations.build_organizations(
            [c for c in orgs if (c.start, c.end) not in moved], text,
            outside_regions(organizations.missed_mentions(doc, orgs, candidates), credits)),
        locations=organizations.build_locations(places + place_acronyms, text),
    )
