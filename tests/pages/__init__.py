"""Web pages written for the tests and benchmarks of the HTML step: four layouts (a plain blog; a
news site with navigation, sidebar, related links, cookie banner and comments; a JSON-LD
NewsArticle page; a page dated only by <time datetime>), the seed articles wrapped in a news page,
and, for each page, the paragraphs its article has and the boilerplate it must lose."""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import NamedTuple

from tests.helpers import seed_text

HERE = Path(__file__).resolve().parent
LAYOUTS = ("blog", "news", "jsonld", "time_only")
SEED_HEADLINES = {"000": "Xi Jinping and Vladimir Putin speak by phone",
                  "002": "Xi Jinping meets Vladimir Putin in Samarkand"}
HEADER = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\s+")


class Expected(NamedTuple):
    """What a good extraction of a page keeps and drops."""

    headline: str
    paragraphs: tuple[str, ...]      # the article's paragraphs, each a line of the text
    boilerplate: tuple[str, ...]     # phrases of the page's navigation, sidebars, comments ...


def page(name: str) -> str:
    return (HERE / f"{name}.html").read_text(encoding="utf-8")


def seed_parts(prefix: str) -> tuple[str, list[str]]:
    """The seed's date (from its 'date YYYY-MM-DD' header) and its paragraphs, header removed."""
    text = seed_text(prefix)
    header = HEADER.match(text)
    body = text[header.end():]
    return header.group(1), [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def seed_page(prefix: str) -> str:
    """A seed article as a news site would serve it: its headline and date in the page's
    metadata, its paragraphs in <p>, amid navigation, a cookie notice, a sidebar and comments."""
    date, paragraphs = seed_parts(prefix)
    fill = {"headline": html.escape(SEED_HEADLINES[prefix]), "date": date, "slug": f"story-{prefix}",
            "paragraphs": "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)}
    return (HERE / "seed_template.html").read_text(encoding="utf-8").format(**fill)


SEED_BOILERPLATE = ("cookies", "Trending now", "Rosa Delgado", "Quillon", "Harold Finch", "Meridian Alliance",
                    "Careers", "Asia desk", "Markets")

EXPECTED = {
    "blog": Expected(
        "Why the harbour ferry timetable changed",
        ("Anyone who tried to catch the 6:40 ferry", "“We simply do not have the crew",
         "The town council is not happy.", "Berg said Nordvik Ferries would restore",
         "Until then, the first boat leaves at 7:55."),
        ("a small blog about a small town", "About me", "I write about the harbour", "Powered by",
         "Harbour Notes")),
    "news": Expected(
        "Riverside council approves new bridge after long debate",
        ("Riverside’s city council voted 7-2", "“This bridge carries twelve thousand cars",
         "The new bridge will cost about $48 million", "Councillor Robert Ames, who voted against",
         "“Nobody on Elm Avenue was asked,” Ames said.", "The Riverside Chamber of Commerce welcomed"),
        ("We use cookies", "Accept all", "Subscribe", "Search the Meridian", "Most read", "Paolo Rinaldi",
         "Kwame Mensah", "Newsletter", "Related stories", "Greta Holm", "Comments (3)", "riverwatcher",
         "Victor Lang", "Ridiculous", "Privacy policy", "All rights reserved", "Share on social media",
         "Advertisement", "Photo: Meridian staff")),
    "jsonld": Expected(
        "Harvest forecast cut as dry spring hits wheat farmers",
        ("The state agriculture department cut its wheat harvest forecast", "“Some fields will not be worth",
         "Agriculture Secretary Denise Whitfield said", "The Farmers Union said the forecast"),
        ("Log in", "Markets", "Tags:", "120 Main Street", "Advertise")),
    "time_only": Expected(
        "Library reopens after flood repairs",
        ("The Westbrook public library opened its doors again", "“Every book in the lower shelves",
         "Moreau said donations had come", "The archive is still closed."),
        ("Front page", "Schools", "Events", "Letters to the editor", "Advertise with us", "Westbrook Gazette")),
}


# What each page states about itself: title, authors, site name, canonical URL, publication date.
PAGE_FACTS = {
    "blog": ("Why the harbour ferry timetable changed", ("Mara Lindqvist",), None, None, None),
    "news": ("Riverside council approves new bridge after long debate", ("Daniel Okafor",), "The Daily Meridian",
             "https://meridian.example/news/riverside-bridge-vote", "2024-05-14"),
    "jsonld": ("Harvest forecast cut as dry spring hits wheat farmers", ("Priya Raman", "Owen Gallagher"),
               "Plains Courier", "https://plainscourier.example/farming/harvest-forecast-cut", "2023-06-02"),
    "time_only": ("Library reopens after flood repairs", (), None, None, "2023-11-20"),
    "seed 000": (SEED_HEADLINES["000"], (), "World Desk Daily", "https://worlddesk.example/asia/story-000",
                 "2022-06-15"),
    "seed 002": (SEED_HEADLINES["002"], (), "World Desk Daily", "https://worlddesk.example/asia/story-002",
                 "2022-09-15"),
}


def seed_expected(prefix: str) -> Expected:
    _, paragraphs = seed_parts(prefix)
    return Expected(SEED_HEADLINES[prefix], tuple(p[:40] for p in paragraphs), SEED_BOILERPLATE)
