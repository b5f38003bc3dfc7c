"""/docs: interactive API documentation (Swagger UI), served from a registry package's assets.

Everything comes from this service: the page below, a small init script, and the Swagger UI
distribution shipped inside the ``flask-swagger-ui`` package (its ``dist/`` folder; the package's
own blueprint is not used). Nothing is loaded from a CDN and the online validator badge is off,
so the page works offline and its Content-Security-Policy allows only 'self' (plus inline styles
and data: images, which Swagger UI's React rendering and its CSS need).

Every URL in the page is relative, so it keeps working behind a reverse proxy that mounts the
service under a path prefix: the document is ``openapi.yaml`` next to ``docs``, and the init
script puts that same prefix in front of the API paths "Try it out" calls (the spec has no
``servers``, which Swagger UI reads as the host's root). The spec's ``bearerAuth`` scheme gives
the Authorize button, where a person enters an API key when the operator configured keys;
/docs itself needs none.
"""
from __future__ import annotations

import json
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path

from flask import Blueprint, Response, abort, redirect, send_from_directory

docs_bp = Blueprint("docs", __name__)

SWAGGER_UI_DIST = Path(str(files("flask_swagger_ui").joinpath("dist")))
try:
    SWAGGER_UI_VERSION = version("flask-swagger-ui")
except PackageNotFoundError:  # pragma: no cover - installed as a dependency
    SWAGGER_UI_VERSION = "unknown"

# The distribution files the page loads, and the few others worth serving; nothing else is.
ASSETS = frozenset({
    "swagger-ui-bundle.js", "swagger-ui.css", "index.css",
    "favicon-16x16.png", "favicon-32x32.png", "LICENSE",
})
ASSET_MAX_AGE = 3600

DOCS_CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",  # React sets style attributes
    "img-src 'self' data:",  # the CSS's inline SVG icons
    "connect-src 'self'",  # the spec and "Try it out"
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
])

SWAGGER_CONFIG = {
    "dom_id": "#swagger-ui",
    "layout": "BaseLayout",  # no top bar: no field to load some other URL's spec
    "deepLinking": True,
    "validatorUrl": None,  # no badge fetched from validator.swagger.io
    "tryItOutEnabled": False,
    "persistAuthorization": False,  # a key entered under Authorize is not kept in localStorage
    "displayRequestDuration": True,
}

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="swagger-ui-version" content="{SWAGGER_UI_VERSION}">
  <title>News Extraction Service - API documentation</title>
  <link rel="stylesheet" href="docs/assets/swagger-ui.css">
  <link rel="stylesheet" href="docs/assets/index.css">
  <link rel="icon" type="image/png" href="docs/assets/favicon-32x32.png" sizes="32x32">
  <link rel="icon" type="image/png" href="docs/assets/favicon-16x16.png" sizes="16x16">
</head>
<body>
  <noscript>This page needs JavaScript. The API description itself is <a href="openapi.yaml">openapi.yaml</a>.</noscript>
  <div id="swagger-ui"></div>
  <script src="docs/assets/swagger-ui-bundle.js"></script>
  <script src="docs/init.js"></script>
</body>
</html>
"""

INIT_JS = f"""\
"use strict";
(function () {{
  // The page is <prefix>/docs: the spec and the API live under the same <prefix>.
  var prefix = window.location.pathname.replace(/\\/docs\\/?$/, "");
  var specUrl = new URL("openapi.yaml", window.location.href).href;
  var config = {json.dumps(SWAGGER_CONFIG)};
  config.url = specUrl;
  config.presets = [SwaggerUIBundle.presets.apis];
  config.plugins = [SwaggerUIBundle.plugins.DownloadUrl];
  config.requestInterceptor = function (request) {{
    if (prefix && request.url !== specUrl) {{
      var url = new URL(request.url, window.location.href);
      if (url.origin === window.location.origin && url.pathname.indexOf(prefix + "/") !== 0) {{
        url.pathname = prefix + url.pathname;
        request.url = url.href;
      }}
    }}
    return request;
  }};
  window.ui = SwaggerUIBundle(config);
}})();
"""


def _with_csp(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = DOCS_CSP
    return response


@docs_bp.get("/docs")
def docs_page():
    return _with_csp(Response(PAGE, mimetype="text/html"))


@docs_bp.get("/docs/")
def docs_slash():
    # Relative, so a proxy prefix survives: <prefix>/docs/ -> <prefix>/docs
    return redirect("../docs", code=308)


@docs_bp.get("/docs/init.js")
def docs_init():
    return _with_csp(Response(INIT_JS, mimetype="text/javascript"))


@docs_bp.get("/docs/assets/<path:name>")
def docs_asset(name: str):
    if name not in ASSETS or not (SWAGGER_UI_DIST / name).is_file():
        abort(404)
    mimetype = "text/plain" if name == "LICENSE" else None
    response = send_from_directory(SWAGGER_UI_DIST, name, max_age=ASSET_MAX_AGE, mimetype=mimetype)
    return _with_csp(response)
