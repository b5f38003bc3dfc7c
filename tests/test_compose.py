"""Containers as people run them: compose.yaml is valid Compose (checked offline against the Compose
specification's JSON schema) and wired to the image, and the Dockerfile pins its base by digest and
gives its user a home folder."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import ROOT, free_port

COMPOSE = ROOT / "compose.yaml"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text(encoding="utf-8")


def compose_errors(path: Path) -> str:
    """'' when ``path`` is valid Compose, else the validator's complaint. The validator is the
    compose-spec schema that check-jsonschema ships (no network), or `docker compose config` where
    a Docker with the compose plugin is installed; the test is skipped with neither."""
    if CHECK_JSONSCHEMA.exists():
        command = [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.compose-spec", str(path)]
    elif shutil.which("docker") and subprocess.run(["docker", "compose", "version"],
                                                   capture_output=True).returncode == 0:
        command = ["docker", "compose", "-f", str(path), "config", "--quiet"]
    else:
        pytest.skip("no Compose validator: install the test extra (check-jsonschema) or Docker's compose plugin")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return "" if done.returncode == 0 else (done.stdout + done.stderr)


@pytest.fixture(scope="module")
def service() -> dict:
    (only,) = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"].values()
    return only


def test_compose_file_is_valid_compose():
    assert compose_errors(COMPOSE) == ""


def test_the_validator_rejects_a_broken_compose_file(tmp_path):
    broken = tmp_path / "compose.yaml"
    broken.write_text(COMPOSE.read_text(encoding="utf-8").replace("interval:", "intervall:"), encoding="utf-8")
    assert "intervall" in compose_errors(broken)


def test_the_service_is_built_from_the_dockerfile_and_publishes_its_port(service):
    assert service["build"] == "."
    exposed = int(re.search(r"^EXPOSE\s+(\d+)", dockerfile(), re.MULTILINE).group(1))
    (mapping,) = service["ports"]
    assert int(mapping.rsplit(":", 1)[1]) == exposed
    assert mapping.startswith("127.0.0.1:"), "published on this machine only, as `make run` serves"


def test_every_setting_it_passes_is_a_documented_setting(service):
    documented = set(re.findall(r"^\| `([A-Z_]+)`", README, re.MULTILINE))
    assert set(service["environment"]) <= documented
    assert "NEWS_BIND" not in service["environment"], "the image's NEWS_BIND=0.0.0.0:8000 must stand"
    assert re.search(r"^\s*NEWS_BIND=0\.0\.0\.0:8000\b", dockerfile(), re.MULTILINE)


def test_stop_grace_outlasts_gunicorns_graceful_timeout(service):
    graceful = int(re.search(r"^graceful_timeout\s*=\s*(\d+)", (ROOT / "gunicorn.conf.py").read_text(),
                             re.MULTILINE).group(1))
    assert int(service["stop_grace_period"].rstrip("s")) > graceful


def _health_command(service: dict, port: int) -> list[str]:
    kind, *command = service["healthcheck"]["test"]
    assert kind == "CMD"
    assert command[0] == "python"
    return [sys.executable, *(part.replace("127.0.0.1:8000", f"127.0.0.1:{port}") for part in command[1:])]


def test_the_healthcheck_asks_readyz_and_passes_only_when_ready(service, server):
    assert "/readyz" in " ".join(service["healthcheck"]["test"])
    port = int(server.rsplit(":", 1)[1])
    assert subprocess.run(_health_command(service, port), timeout=30).returncode == 0
    nobody = subprocess.run(_health_command(service, free_port()), capture_output=True, timeout=30)
    assert nobody.returncode != 0


def test_base_image_is_pinned_by_digest():
    image = re.search(r"^FROM\s+(\S+)", dockerfile(), re.MULTILINE).group(1)
    assert re.fullmatch(r"[a-z0-9./-]+:[\w.-]+@sha256:[0-9a-f]{64}", image), image


def test_the_container_user_has_a_home_folder():
    useradd = re.search(r"useradd\b[^\n]*", dockerfile()).group(0)
    assert re.search(r"(--create-home|-m)\b", useradd) and "--no-create-home" not in useradd
    user = re.search(r"^USER\s+(\S+)", dockerfile(), re.MULTILINE).group(1)
    assert useradd.rstrip().endswith(f" {user}")
