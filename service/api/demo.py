"""/demo: a page where a person pastes an article and sees what the service finds in it.

Plain HTML, CSS and JavaScript from ``static/demo`` (no framework, no CDN). The page calls the
public API (POST /v1/extract) like any other client, so API keys, limits and errors behave the
same. Its responses carry their own Content-Security-Policy: only this origin's files, no inline
script or style, fetches to this origin only.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, send_from_directory

demo_bp = Blueprint("demo", __name__)

STATIC = Path(__file__).resolve().parent / "static" / "demo"
# The product's seed articles, when the project sits next to them (a development checkout);
# an installed package or a container has none and serves its own short sample instead.
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SAMPLE_SEED = "002_*.txt"
DEMO_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


@demo_bp.after_request
def demo_security_policy(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = DEMO_CSP  # set before the app-wide default
    return response


@demo_bp.get("/demo")
def page():
    return send_from_directory(STATIC, "index.html", max_age=0)


@demo_bp.get('/demo/<any("demo.css", "demo.js", "favicon.svg"):asset>')
def asset(asset: str):
    return send_from_directory(STATIC, asset, max_age=0)


def sample_text() -> str:
    seeds = sorted(SEEDS.glob(SAMPLE_SEED)) if SEEDS.is_dir() else []
    path = seeds[0] if seeds else STATIC / "sample.txt"
    return path.read_text(encoding="utf-8")


@demo_bp.get("/demo/sample")
def sample():
    return Response(sample_text(), mimetype="text/plain")
