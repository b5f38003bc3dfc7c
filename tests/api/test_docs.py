"""/docs: Swagger UI served entirely by the service (no CDN), under a CSP that lets it run from 'self'."""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'"
CONTENT_TYPES = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}


def _csp_directives(header: str) -> dict:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def _referenced_urls(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


@pytest.fixture()
def page(client):
    response = client.get("/docs")
    assert response.status_code == 200
    return response


def test_docs_page_is_html_with_only_local_urls(page):
    assert page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert 'id="swagger-ui"' in html
    assert "http://" not in html and "https://" not in html and "//" not in html
    urls = _referenced_urls(html)
    assert "docs/assets/swagger-ui-bundle.js" in urls and "docs/init.js" in urls
    for url in urls:  # relative, so the page works under a proxy's path prefix
        assert not urlsplit(url).scheme and not urlsplit(url).netloc and not url.startswith("/"), url


def test_docs_assets_answer_with_their_content_types(client, page):
    urls = [url for url in _referenced_urls(page.get_data(as_text=True)) if url != "openapi.yaml"]
    assert len(urls) >= 4
    for url in urls:
        path = urljoin("/docs", url)
        response = client.get(path)
        assert response.status_code == 200, path
        suffix = path[path.rindex("."):]
        assert response.mimetype == CONTENT_TYPES[suffix], path
        assert response.data, path


def test_init_script_points_at_the_relative_spec_without_a_validator(client):
    script = client.get("/docs/init.js").get_data(as_text=True)
    assert '"openapi.yaml"' in script
    assert '"validatorUrl": null' in script
    assert "http" not in script
    assert client.get(urljoin("/docs", "openapi.yaml")).status_code == 200


def test_docs_csp_lets_swagger_ui_run_from_self_only(client, page):
    for response in (page, client.get("/docs/init.js"), client.get("/docs/assets/swagger-ui-bundle.js")):
        header = response.headers["Content-Security-Policy"]
        assert header != DEFAULT_CSP
        directives = _csp_directives(header)
        assert directives["script-src"] == ["'self'"]  # no inline script, no eval
        assert directives["connect-src"] == ["'self'"]
        assert directives["default-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert set(directives["img-src"]) == {"'self'", "data:"}
        assert "'self'" in directives["style-src"]
        assert not any("http" in value or value == "*" for values in directives.values() for value in values)
    assert "<script>" not in page.get_data(as_text=True)  # the init script is a file, allowed by 'self'


def test_docs_slash_redirects_relatively(client):
    response = client.get("/docs/")
    assert response.status_code in (301, 308)
    assert response.headers["Location"] == "../docs"


def test_docs_stay_open_when_api_keys_are_configured(extractor):
    from service.api import create_app

    app = create_app({"TESTING": True, "API_KEYS": ("secret-key",)}, extractor=extractor)
    client = app.test_client()
    assert client.get("/docs").status_code == 200
    assert client.get("/docs/assets/swagger-ui.css").status_code == 200
    assert client.post("/v1/extract", json={"text": "Hello."}).status_code == 401


@pytest.mark.parametrize("name", ["nope.js", "../docs.py", "..%2f__init__.py", "oauth2-redirect.html",
                                  "VERSION", "swagger-ui-bundle.js/x"])
def test_unknown_docs_assets_are_404_problems(client, name):
    response = client.get(f"/docs/assets/{name}")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 404
