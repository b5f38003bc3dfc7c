"""Which library takes a news page's main text best: trafilatura, readability-lxml and jusText on
the pages written for the tests (tests/pages: a plain blog; a news site with navigation, sidebar,
related links, cookie banner and comments; a JSON-LD NewsArticle page; a page dated only by
<time>; the two seed articles wrapped in a news page).

For each page and library: the share of the article's paragraphs kept (each must appear whole in
the output), the share of boilerplate phrases dropped (navigation, sidebars, cookie notice,
comments, footer), whether the headline is in the text, the share of the page's stated facts
(title, authors, site name, publication date) the library reports, and the mean time per page. Each library runs
as documented for main-text extraction, on the HTML string only (nothing is fetched). The two
others are not dependencies of the service; install them to run this script:

    .venv/bin/pip install readability-lxml==0.9 justext==3.0.2
    .venv/bin/python benchmarks/html_compare.py [--repeat 20]
"""
from __future__ import annotations

import argparse
import re
import statistics
import time
from typing import Callable

import _common  # noqa: F401 - puts the project root on sys.path

from tests.pages import EXPECTED, LAYOUTS, PAGE_FACTS, page, seed_expected, seed_page

BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "li", "blockquote", "br", "tr", "section", "article")


def normalise(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", text)


Facts = dict  # title, authors, site_name, date: what the library says the page states
Extract = Callable[[str], tuple[str, Facts]]


def with_trafilatura() -> Extract:
    import trafilatura

    def extract(html: str) -> tuple[str, Facts]:
        doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
        if doc is None:
            return "", {}
        authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
        return doc.text or "", {"title": doc.title, "authors": authors, "site_name": doc.sitename, "date": doc.date}
    return extract


def with_readability() -> Extract:
    from lxml import html as lxml_html
    from readability import Document

    def extract(html: str) -> tuple[str, Facts]:
        document = Document(html)
        tree = lxml_html.fromstring(document.summary(html_partial=True))
        for element in tree.iter(*BLOCKS):
            element.tail = "\n" + (element.tail or "")
        text = "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())
        return text, {"title": document.short_title()}  # readability reads no other metadata
    return extract


def with_justext() -> Extract:
    import justext

    stoplist = justext.get_stoplist("English")
    return lambda html: ("\n".join(p.text for p in justext.justext(html, stoplist) if not p.is_boilerplate), {})


LIBRARIES = {"trafilatura": with_trafilatura, "readability-lxml": with_readability, "jusText": with_justext}


def score(output: str, facts: Facts, expected, stated: tuple) -> tuple[float, float, bool, float]:
    text = normalise(output)
    kept = sum(normalise(p) in text for p in expected.paragraphs) / len(expected.paragraphs)
    dropped = sum(phrase not in text for phrase in expected.boilerplate) / len(expected.boilerplate)
    title, authors, site_name, _, date = stated
    wanted = {key: value for key, value in
              {"title": title, "authors": authors, "site_name": site_name, "date": date}.items() if value}
    reported = sum(facts.get(key) == value for key, value in wanted.items()) / len(wanted)
    return kept, dropped, expected.headline in text, reported


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per page (default: %(default)s)")
    args = parser.parse_args()
    pages = {name: (page(name), EXPECTED[name]) for name in LAYOUTS}
    pages.update({f"seed {p}": (seed_page(p), seed_expected(p)) for p in ("000", "002")})
    print(f"{'library':<17} {'page':<10} {'paragraphs kept':>15} {'boilerplate dropped':>19} "
          f"{'headline':>8} {'page facts':>10} {'ms/page':>8}")
    totals = {}
    for library, make in LIBRARIES.items():
        try:
            extract = make()
        except ImportError as exc:
            print(f"{library:<17} not installed ({exc.name}); see this script's docstring")
            continue
        rows = []
        for name, (html, expected) in pages.items():
            output, facts = extract(html)
            started = time.perf_counter()
            for _ in range(args.repeat):
                extract(html)
            ms = (time.perf_counter() - started) / args.repeat * 1000
            kept, dropped, headline, reported = score(output, facts, expected, PAGE_FACTS[name])
            rows.append((kept, dropped, headline, reported, ms))
            print(f"{library:<17} {name:<10} {kept:>15.0%} {dropped:>19.0%} {'yes' if headline else 'no':>8} "
                  f"{reported:>10.0%} {ms:>8.1f}")
        totals[library] = [statistics.mean(column) for column in zip(*rows)]
    print("\nmean over the pages:")
    for library, (kept, dropped, headline, reported, ms) in totals.items():
        print(f"{library:<17} paragraphs kept {kept:.0%}, boilerplate dropped {dropped:.0%}, "
              f"headline {headline:.0%} of pages, page facts {reported:.0%}, {ms:.1f} ms/page")


if __name__ == "__main__":
    main()
