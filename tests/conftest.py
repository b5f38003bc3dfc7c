"""Shared fixtures: one loaded Extractor for the whole run, the real app, the seed articles."""
from __future__ import annotations

import pytest

from service.api import create_app
from service.extract import Extractor
from tests.helpers import running_gunicorn, seed_text


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def app(extractor):
    return create_app({"TESTING": True}, extractor=extractor)


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def seed_000() -> str:
    return seed_text("000")


@pytest.fixture(scope="session")
def seed_002() -> str:
    return seed_text("002")


@pytest.fixture(scope="session")
def server() -> str:
    """Base URL of the service under real gunicorn (one worker, default settings), shared by the
    tests that only need it running; tests that need other settings start their own."""
    with running_gunicorn(1) as gunicorn:
        yield gunicorn.url
