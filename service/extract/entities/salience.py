"""Entity salience: how central each person, organization and location is to the article.

Its one job: give every entity a ``salience`` in [0, 1] and order the participant, organization
and location lists by it, most salient first. Ids are not touched (they stay in first-mention
order), so ``p1`` is still the first person mentioned even when it is not first in its list.

Every mention of every entity (participants, organizations and locations together) weighs::

    weight = 1.0
           + HEADLINE_BONUS                                  if the mention lies in the headline
           + LEAD_BONUS * (1 - position / LEAD_SHARE)        if position < LEAD_SHARE

where ``position = mention.start / len(text)`` (0 at the top of the text, 1 at its end), so the
lead bonus falls linearly from LEAD_BONUS at the first character to 0 at LEAD_SHARE (10%) of
the text. The headline is found by layout.headline_span.

An entity's salience is the sum of its mentions' weights divided by the sum over all entities,
rounded to 4 decimals: each value is in [0, 1] and, for an article with entities, they add up
to 1 (give or take the rounding). Lists are sorted by salience, highest first; ties go to the
entity mentioned first.
"""
from __future__ import annotations

from typing import Optional

from ..model import Entities, Entity, Mention
from ..text import headline_span

HEADLINE_BONUS = 1.0
LEAD_BONUS = 1.0
LEAD_SHARE = 0.1
DECIMALS = 4


def mention_weight(mention: Mention, text_length: int,
                   headline: Optional[tuple[int, int]] = None) -> float:
    """One mention's weight: 1, plus the headline bonus, plus the lead bonus (see the module doc)."""
    weight = 1.0
    if headline and headline[0] <= mention.start and mention.end <= headline[1]:
        weight += HEADLINE_BONUS
    position = mention.start / text_length if text_length else 0.0
    if position < LEAD_SHARE:
        weight += LEAD_BONUS * (1.0 - position / LEAD_SHARE)
    return weight


def _first_start(entity: Entity) -> float:
    return min((m.start for m in entity.mentions), default=float("inf"))


def rank_entities(found: Entities, text: str) -> Entities:
    """Set every entity's ``salience`` and sort the three lists by it, in place; returns ``found``.

    ``text`` is the article (or a same-length copy with metadata blanked), which the mention
    offsets point into.
    """
    headline = headline_span(text)
    weights = {id(entity): sum(mention_weight(m, len(text), headline) for m in entity.mentions)
               for entity in found.all()}
    total = sum(weights.values())
    for entity in found.all():
        share = weights[id(entity)] / total if total else 0.0
        entity.salience = min(1.0, max(0.0, round(share, DECIMALS)))
    for group in (found.participants, found.organizations, found.locations):
        group.sort(key=lambda entity: (-entity.salience, _first_start(entity)))
    return found
