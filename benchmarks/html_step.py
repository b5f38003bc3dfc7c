"""The HTML step against the extraction itself: how much a web page adds to an article's cost.

On the pages written for the tests (tests/pages: a blog, a news site with navigation, sidebar,
comments and cookie banner, a JSON-LD page, a page dated by <time>, and the two seed articles
wrapped in a news page), in-process: the HTML step (``Article.from_html``: parse, trafilatura's
main text, the page's metadata) and the extraction of the text it gives (``extract_many``), each
page REPEAT times after one untimed warm-up. Prints both per page and the ratio of their totals.

Real news pages weigh far more than their article: "news, heavy" is the news page with what a
large site adds around the same story (about 150 kB of inline script, a 300-link menu, 60
related links, 80 comments), to show how the HTML step grows with the page and not the article.

    .venv/bin/python benchmarks/html_step.py [--repeat 20]
"""
from __future__ import annotations

import argparse
import time

import _common as c

from service.extract import Article
from tests.pages import LAYOUTS, page, seed_page

TARGET = 0.15  # HTML-step time / extraction time, at most


def heavy(html: str) -> str:
    """The news page with a large site's weight around the same article."""
    script = "<script>" + "".join(f"cfg.slot{i} = {{size: [300, 250], lazy: true, id: 'ad-{i}'}};\n"
                                   for i in range(2500)) + "</script>"
    menu = "<ul class='mega-menu'>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(300)) + "</ul>"
    related = "<section class='related'><ul>" + "".join(
        f"<li><a href='/r{i}'>Another story about the city, part {i}</a></li>" for i in range(60)) + "</ul></section>"
    comments = "<section class='comments'>" + "".join(
        f"<div class='comment'><p class='author'>reader{i}</p><p>I have lived here for {i} years and the traffic "
        f"has only got worse.</p></div>" for i in range(80)) + "</section>"
    return (html.replace("</head>", script + "</head>").replace("<nav class=\"main-nav\">", "<nav class=\"main-nav\">" + menu)
            .replace("<section class=\"related\">", related + "<section class=\"related\">")
            .replace("<section id=\"comments\"", comments + "<section id=\"comments\""))


def timed(call, repeat: int) -> float:
    """Mean seconds of ``call`` over ``repeat`` runs, after one untimed run."""
    call()
    started = time.perf_counter()
    for _ in range(repeat):
        call()
    return (time.perf_counter() - started) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per page and step (default: %(default)s)")
    args = parser.parse_args()
    pages = {name: page(name) for name in LAYOUTS}
    pages.update({f"seed {prefix}": seed_page(prefix) for prefix in ("000", "002")})
    pages["news, heavy"] = heavy(pages["news"])
    extractor = c.extractor()
    print(f"{'page':<11} {'HTML bytes':>10} {'text chars':>10} {'HTML step ms':>12} {'extraction ms':>13} {'ratio':>6}")
    html_total = extraction_total = 0.0
    for name, html in pages.items():
        article = Article.from_html(html)
        html_seconds = timed(lambda: Article.from_html(html), args.repeat)
        extraction_seconds = timed(lambda: list(extractor.extract_many([article])), args.repeat)
        html_total += html_seconds
        extraction_total += extraction_seconds
        print(f"{name:<11} {len(html.encode()):>10,} {len(article.text):>10,} {html_seconds * 1000:>12.2f} "
              f"{extraction_seconds * 1000:>13.2f} {html_seconds / extraction_seconds:>6.3f}")
    ratio = html_total / extraction_total
    print(f"\nHTML step / extraction, all pages: {ratio:.3f} (target <= {TARGET}: "
          f"{'met' if ratio <= TARGET else 'NOT met'})")


if __name__ == "__main__":
    main()
