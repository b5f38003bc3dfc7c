"""The HTML step (service/extract/page): a page's main text without boilerplate, its headline as the
first line, its metadata and date; pages in other encodings, malformed or all script; nothing
fetched; and the seed articles wrapped in a news page give what the seed text gives."""
from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from service.extract import Article, NoArticleText, UnknownCharset, decode_page
from service.extract.dates import find_article_date
from service.extract.page import read_page
from tests.helpers import seed_text
from tests.pages import EXPECTED, LAYOUTS, PAGE_FACTS, page, seed_expected, seed_page


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


@pytest.mark.parametrize("name", LAYOUTS)
def test_each_layout_keeps_its_paragraphs_and_drops_its_boilerplate(name):
    text, found = read_page(page(name))
    expected = EXPECTED[name]
    lines = paragraphs(text)
    assert lines[0] == expected.headline  # the headline is the first line, once
    assert lines.count(expected.headline) == 1
    assert [line[:len(p)] for line, p in zip(lines[1:], expected.paragraphs)] == list(expected.paragraphs)
    assert len(lines) == 1 + len(expected.paragraphs)  # one paragraph a line, nothing else
    assert [phrase for phrase in expected.boilerplate if phrase in text] == []
    assert (found.title, found.authors, found.site_name, found.url, found.date) == PAGE_FACTS[name]


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_a_wrapped_seed_gives_its_own_paragraphs(prefix):
    text, found = read_page(seed_page(prefix))
    expected = seed_expected(prefix)
    assert paragraphs(text)[0] == expected.headline
    assert [phrase for phrase in expected.boilerplate if phrase in text] == []
    body = seed_text(prefix).split(" ", 3)[3]  # the seed without its 'date YYYY-MM-DD' header
    assert "\n\n".join(paragraphs(text)[1:]) == "\n\n".join(p.strip() for p in body.split("\n\n") if p.strip())
    assert (found.title, found.authors, found.site_name, found.url, found.date) == PAGE_FACTS[f"seed {prefix}"]


def facts(extraction) -> tuple:
    return ({p.name for p in extraction.participants}, {o.name for o in extraction.organizations},
            {(q.text, q.speaker.name if q.speaker else None) for q in extraction.quotes})


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_a_wrapped_seed_gives_the_seeds_people_quotes_and_organizations(extractor, prefix):
    from_text = extractor.extract(seed_text(prefix))
    article = Article.from_html(seed_page(prefix))
    (from_page,) = extractor.extract_many([article])
    assert facts(from_page) == facts(from_text)
    assert from_page.text == article.text
    assert (from_page.date.value, from_page.date.source) == (from_text.date.value, "page")
    for mention in [m for e in from_page.participants + from_page.organizations for m in e.mentions] + \
            [q for q in from_page.quotes]:
        assert article.text[mention.start:mention.end] == mention.text


def test_the_page_date_sits_below_the_request_and_above_the_text():
    text = "Published: June 15, 2022\nThe council voted on Monday."
    assert find_article_date(text, None).source == "header"
    page_date = find_article_date(text, None, page_date="2022-06-14")
    assert (page_date.value, page_date.source, page_date.start) == ("2022-06-14", "page", None)
    import datetime as dt
    assert find_article_date(text, dt.date(2022, 1, 1), page_date="2022-06-14").source == "request"


def test_the_blog_without_a_page_date_falls_back_to_the_date_in_its_text(extractor):
    (result,) = extractor.extract_many([Article.from_html(page("blog"))])
    assert (result.date.value, result.date.source) == ("2024-02-26", "text")
    assert [(a.name, a.role, a.start) for a in result.authors] == [("Mara Lindqvist", "page", None)]


def test_a_time_element_dates_the_page_and_anchors_its_weekdays(extractor):
    (result,) = extractor.extract_many([Article.from_html(page("time_only"))])
    assert (result.date.value, result.date.source) == ("2023-11-20", "page")
    assert [d.value for d in result.dates if d.text == "Monday"] == ["2023-11-20"]


def test_a_page_author_the_text_credits_keeps_its_credit(extractor):
    html = ("<html><head><meta name='author' content='Anna Smith'><title>Talks resume</title></head><body>"
            "<article><h1>Talks resume</h1><p>By Anna Smith</p><p>“We are close,” Jane Doe said on Tuesday, after "
            "a long day of talks with the union in the capital.</p></article></body></html>")
    (result,) = extractor.extract_many([Article.from_html(html)])
    assert [(a.name, a.role) for a in result.authors] == [("Anna Smith", "byline")]
    author = result.authors[0]
    assert result.text[author.start:author.end] == "Anna Smith"


# --- encodings, malformed pages, pages without text ---------------------------------------------

ACCENTED = ("<html><head>{meta}<title>Caf\u00e9 owner wins</title></head><body><article>"
            "<p>\u201cWe never gave up,\u201d said Jos\u00e9 \u00c1lvarez, who runs the caf\u00e9 na\u00efvely "
            "named Z\u00f6e\u2019s on the corner of the square.</p></article></body></html>")


def test_a_windows_1252_page_is_read_by_its_meta_charset():
    raw = ACCENTED.format(meta='<meta charset="windows-1252">').encode("cp1252")
    assert b"\x93" in raw  # the curly quote is a C1 byte there, not UTF-8
    text, _ = read_page(decode_page(raw))
    assert "\u201cWe never gave up,\u201d said Jos\u00e9 \u00c1lvarez" in text and "Z\u00f6e\u2019s" in text


def test_a_meta_http_equiv_charset_and_a_latin_1_label_read_as_windows_1252():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    text = decode_page(ACCENTED.format(meta=meta).encode("cp1252"))
    assert "\u201cWe never gave up,\u201d" in text  # as browsers read ISO-8859-1 pages


def test_the_transport_charset_wins_over_the_meta_charset():
    raw = ACCENTED.format(meta='<meta charset="utf-8">').encode("iso-8859-1", errors="replace")
    assert "Jos\u00e9" in decode_page(raw, "ISO-8859-1")
    assert "Jos\u00e9" in decode_page(ACCENTED.format(meta="").encode("utf-8"))  # no declaration: UTF-8
    assert "Jos\u00e9" in decode_page(ACCENTED.format(meta="").encode("cp1252"))  # not UTF-8: windows-1252
    assert decode_page(b"\xef\xbb\xbf<p>Jos\xc3\xa9</p>", "cp1252") == "<p>Jos\u00e9</p>"  # a BOM wins
    with pytest.raises(UnknownCharset):
        decode_page(b"<p>x</p>", "no-such-charset")


def test_malformed_html_still_gives_its_paragraphs():
    html = ("<html><body><div class=story><h1>Mayor backs plan<p>Mayor Helen Carvalho said the plan would "
            "go ahead this year despite the cost.<p>“It is the right thing,” she said, <b>adding <i>that the "
            "vote</b> was close.</i></div></span></td><p>Work starts in May, the city said in a statement"
            "</body></html></html>")
    text, _ = read_page(html)
    assert "Mayor Helen Carvalho said the plan would go ahead this year despite the cost." in paragraphs(text)
    assert "“It is the right thing,” she said, adding that the vote was close." in paragraphs(text)


@pytest.mark.parametrize("html", [
    "<html><head><script>var a = 1;</script></head><body><script>document.write('<p>news</p>')</script>"
    "<noscript>Please enable JavaScript to read this article.</noscript></body></html>",
    "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><footer>About us</footer></body></html>",
    "<html><body><img src='chart.png'><form><input name=q></form></body></html>",
    "<?xml version='1.0' encoding='utf-8'?><html></html>",
    "   ",
    "<!-- only a comment -->",
])
def test_a_page_without_article_text_raises_no_article_text(html):
    with pytest.raises(NoArticleText, match="No article text"):
        read_page(html)


# --- nothing is fetched -------------------------------------------------------------------------

class Counting(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802 - the http.server API
        Counting.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body><p>Fetched text must never appear.</p></body></html>")

    def log_message(self, *args):
        pass


def test_nothing_on_the_page_is_fetched():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/story"
    try:
        html = (f"<html><head><link rel=canonical href='{url}'><meta property='og:url' content='{url}'>"
                f"<meta property='og:image' content='{url}.jpg'><link rel=stylesheet href='{url}.css'>"
                f"<script src='{url}.js'></script></head><body><article><p>Jane Doe said the council met on "
                f"Monday to discuss the budget. <img src='{url}.png'> <a href='{url}/2'>More</a></p>"
                "</article></body></html>")
        text, found = read_page(html)
        assert found.url == url and "Jane Doe said" in text and "Fetched" not in text
        text, _ = read_page(url)  # a URL as the whole page is text to read, never a page to fetch
        assert "Fetched" not in text
    finally:
        server.shutdown()
    assert Counting.hits == []


def test_no_socket_is_opened_while_reading_a_page(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the HTML step opened a network connection")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for name in LAYOUTS:
        read_page(page(name))
