"""A Python client generated from the committed openapi.yaml (openapi-python-client) works against
the live service under real gunicorn, API keys on, over real HTTP."""
from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, running_gunicorn
from tests.pages import page

PACKAGE = "news_extraction_client"
API_KEY = "sdk-test-key"
GENERATE_SECONDS = 60

# Generator settings (openapi-python-client's config file): no post hooks (ruff is not a
# dependency), and the /openapi.yaml response read as text instead of being dropped.
GENERATOR_CONFIG = """\
post_hooks: []
content_type_overrides:
  application/yaml: text/plain
"""

# What the generator may warn about, and why that is fine: it has no text/plain or text/html
# request bodies, so the extract operation takes the JSON body only (text/plain and text/html stay
# for curl and the like; a page goes in the JSON body's `html`). Any other warning (a new spec
# construct the generator skips) fails the test.
EXPECTED_WARNINGS = {("POST /v1/extract", "Unsupported content type text/plain"),
                     ("POST /v1/extract", "Unsupported content type text/html")}

ARTICLE = "\u201cWe will win,\u201d Jane Doe said on Tuesday."


def _warnings(output: str) -> set[tuple[str, str]]:
    """(operation, first detail line) for each 'WARNING parsing <op> within <tag>.' block."""
    found = set()
    for match in re.finditer(r"WARNING parsing (.+?) within \S+\.\n\n(.+)", output):
        found.add((match.group(1), match.group(2).strip()))
    return found


@pytest.fixture(scope="module")
def sdk(tmp_path_factory):
    """The client package generated from openapi.yaml, imported from a temporary directory."""
    tmp = tmp_path_factory.mktemp("sdk")
    config = tmp / "config.yaml"
    config.write_text(GENERATOR_CONFIG, encoding="utf-8")
    generator = Path(sys.executable).with_name("openapi-python-client")
    result = subprocess.run(
        [str(generator), "generate", "--path", str(ROOT / "openapi.yaml"), "--output-path", str(tmp / PACKAGE),
         "--meta", "none", "--config", str(config)],
        cwd=tmp, capture_output=True, text=True, timeout=GENERATE_SECONDS)
    output = result.stdout + result.stderr
    print(output)  # the generator's warnings, shown with -s or on failure
    assert result.returncode == 0, output
    assert (tmp / PACKAGE / "api").is_dir(), output
    assert _warnings(output) == EXPECTED_WARNINGS, output

    sys.path.insert(0, str(tmp))
    try:
        importlib.invalidate_caches()
        yield {
            "client": importlib.import_module(f"{PACKAGE}.client"),
            "models": importlib.import_module(f"{PACKAGE}.models"),
            "extract": importlib.import_module(f"{PACKAGE}.api.default.extract"),
            "extract_batch": importlib.import_module(f"{PACKAGE}.api.default.extract_batch"),
            "readiness": importlib.import_module(f"{PACKAGE}.api.default.readiness"),
            "openapi": importlib.import_module(f"{PACKAGE}.api.default.openapi"),
        }
    finally:
        sys.path.remove(str(tmp))
        for name in [name for name in sys.modules if name == PACKAGE or name.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def base_url():
    """The service under real gunicorn (1 worker) with an API key configured."""
    with running_gunicorn(1, env={"NEWS_API_KEYS": API_KEY}) as gunicorn:
        yield gunicorn.url


@pytest.fixture()
def authed(sdk, base_url):
    with sdk["client"].AuthenticatedClient(base_url=base_url, token=API_KEY, timeout=60.0,
                                           raise_on_unexpected_status=True) as client:
        yield client


def test_generated_extract_returns_typed_participants_and_quotes(sdk, authed):
    models = sdk["models"]
    body = models.ExtractRequest(text=ARTICLE, id="sdk-1")
    response = sdk["extract"].sync_detailed(client=authed, body=body)
    assert response.status_code == 200, response.content
    result = response.parsed
    assert isinstance(result, models.Extraction)
    assert result.id == "sdk-1"
    assert [p.name for p in result.participants] == ["Jane Doe"]
    assert isinstance(result.participants[0], models.Participant)
    assert result.participants[0].quote_count == 1
    (quote,) = result.quotes
    assert isinstance(quote, models.Quote)
    assert quote.text in ARTICLE and "We will win" in quote.text
    assert ARTICLE[quote.start:quote.end] == quote.text
    assert quote.type_ == models.QuoteType.DIRECT
    assert isinstance(quote.speaker, models.Speaker)
    assert quote.speaker.name == "Jane Doe" and quote.speaker.id == result.participants[0].id
    assert quote.cue is not None and quote.cue.text == "said"
    assert any(d.text == "Tuesday" for d in result.dates)
    assert isinstance(result.model, models.ModelInfo)
    assert result.authors == []
    assert isinstance(result.language, models.Language) and result.language.code == "en"


def test_generated_extract_returns_typed_authors(sdk, authed):
    models = sdk["models"]
    text = "By Anna Smith\n" + ARTICLE + "\n(Editing by Tom Brown)"
    result = sdk["extract"].sync_detailed(client=authed, body=models.ExtractRequest(text=text)).parsed
    assert [(a.name, a.role) for a in result.authors] == [("Anna Smith", "byline"), ("Tom Brown", "editing")]
    assert all(isinstance(a, models.Author) and text[a.start:a.end] == a.name for a in result.authors)


def test_generated_extract_of_a_web_page_returns_its_text_and_page(sdk, authed):
    models = sdk["models"]
    html = page("jsonld")
    response = sdk["extract"].sync_detailed(client=authed, body=models.ExtractRequest(html=html, id="page-1"))
    assert response.status_code == 200, response.content
    result = response.parsed
    assert isinstance(result, models.Extraction) and result.id == "page-1"
    assert isinstance(result.page, models.Page)
    assert result.page.title == "Harvest forecast cut as dry spring hits wheat farmers"
    assert result.page.authors == ["Priya Raman", "Owen Gallagher"] and result.page.site_name == "Plains Courier"
    assert result.text.startswith(result.page.title + "\n\n")
    assert result.date.value == "2023-06-02" and result.date.source == models.ArticleDateSource.PAGE
    assert [(a.name, a.role, a.start) for a in result.authors] == [
        ("Priya Raman", models.AuthorRole.PAGE, None), ("Owen Gallagher", models.AuthorRole.PAGE, None)]
    assert "Denise Whitfield" in [p.name for p in result.participants]
    for quote in result.quotes:
        assert result.text[quote.start:quote.end] == quote.text
    problem = sdk["extract"].sync_detailed(client=authed, body=models.ExtractRequest(html="<script>x()</script>"))
    assert problem.status_code == 422 and isinstance(problem.parsed, models.Problem)
    assert "html" in problem.parsed.errors.additional_properties


def test_generated_extract_with_a_date_query_parameter(sdk, authed):
    import datetime

    models = sdk["models"]
    result = sdk["extract"].sync(client=authed, body=models.ExtractRequest(text=ARTICLE),
                                 date=datetime.date(2022, 6, 15))
    assert isinstance(result, models.Extraction)
    assert result.id is None
    assert isinstance(result.date, models.ArticleDate)
    assert result.date.value == "2022-06-15" and result.date.source == models.ArticleDateSource.REQUEST
    assert result.date.start is None and result.date.text is None
    (tuesday,) = [d for d in result.dates if d.text == "Tuesday"]
    assert tuesday.value == "2022-06-14" and tuesday.type_ == models.DateExpressionType.DATE


def test_generated_batch_returns_results_and_item_problems(sdk, authed):
    models = sdk["models"]
    body = models.BatchRequest(articles=[models.ExtractRequest(text=ARTICLE, id="a"),
                                         models.ExtractRequest(text="", id="b")])
    response = sdk["extract_batch"].sync_detailed(client=authed, body=body)
    assert response.status_code == 200, response.content
    result = response.parsed
    assert isinstance(result, models.BatchResult)
    first, second = result.results
    assert isinstance(first, models.BatchItem)
    assert (first.index, first.id, first.status, first.problem) == (0, "a", 200, None)
    assert isinstance(first.extraction, models.Extraction)
    assert [p.name for p in first.extraction.participants] == ["Jane Doe"]
    assert len(first.extraction.quotes) == 1
    assert (second.index, second.id, second.status, second.extraction) == (1, "b", 422, None)
    assert isinstance(second.problem, models.Problem)
    assert second.problem.status == 422 and second.problem.title
    assert "text" in second.problem.errors.additional_properties


def test_generated_client_without_a_key_gets_a_typed_401_problem(sdk, base_url):
    models = sdk["models"]
    with sdk["client"].Client(base_url=base_url, timeout=30.0) as client:
        response = sdk["extract"].sync_detailed(client=client, body=models.ExtractRequest(text=ARTICLE))
        assert response.status_code == 401
        assert isinstance(response.parsed, models.Problem) and response.parsed.status == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        # the metadata stays open: readiness and the document itself need no key
        assert sdk["readiness"].sync(client=client).status == "ok"
        assert sdk["openapi"].sync(client=client).startswith("openapi: 3.1.0")
