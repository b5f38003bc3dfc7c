"""Make targets mean what they say (`make run` installs what serving needs, `make test` adds the test
tooling, `make help` lists them all), and gunicorn binds where README says."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make on this machine")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def make(*args: str) -> str:
    """make's output in the project folder; -n plans only (nothing is installed or started)."""
    # --no-print-directory: under `make test` (as in CI) this make is a sub-make, which would
    # otherwise add 'Entering directory' lines to the plan
    done = subprocess.run(["make", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=True)
    return done.stdout


def phony_targets() -> list[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE).group(1).split()


def test_help_lists_every_target_with_a_description():
    listed = dict(re.findall(r"^\s*make ([\w-]+)\s+(\S.*)$", make("help"), re.MULTILINE))
    assert set(listed) == set(phony_targets())
    assert all(len(description) > 10 for description in listed.values())
    assert make() == make("help"), "plain `make` says what there is"


def _installs(plan: str) -> list[str]:
    return [line for line in plan.splitlines() if "pip install" in line and "--upgrade pip" not in line]


def test_run_installs_only_what_serving_needs():
    plan = make("-n", "-B", "run")  # -B: as from a fresh clone, every step
    assert _installs(plan) == [".venv/bin/pip install --quiet -e ."]
    assert plan.rstrip().splitlines()[-1] == ".venv/bin/gunicorn -c gunicorn.conf.py"


def test_test_adds_the_test_tooling():
    plan = make("-n", "-B", "test")
    assert _installs(plan) == [".venv/bin/pip install --quiet -e .",
                               ".venv/bin/pip install --quiet -e '.[test,bulk]'"]
    assert plan.rstrip().splitlines()[-1] == ".venv/bin/python -m pytest"


def bind(tmp_path: Path, **env: str) -> str:
    """The address gunicorn.conf.py binds, as gunicorn itself reads it (--print-config)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NEWS_BIND", "PORT")}
    done = subprocess.run([str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py",
                           "--print-config"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**environment, "TMPDIR": str(tmp_path), **env}, check=True)
    return re.search(r"^bind\s*=\s*\['(.*)'\]$", done.stdout, re.MULTILINE).group(1)


def test_make_run_serves_on_localhost_as_readme_says(tmp_path):
    assert bind(tmp_path) == "127.0.0.1:8000"
    assert bind(tmp_path, PORT="8123") == "127.0.0.1:8123"
    assert bind(tmp_path, NEWS_BIND="0.0.0.0:9000") == "0.0.0.0:9000"
    assert "serves on http://127.0.0.1:8000" in README
    row = re.search(r"^\| `NEWS_BIND` / `PORT` \| `([^`]+)` / `(\d+)` \|", README, re.MULTILINE)
    assert row and row.groups() == ("127.0.0.1:8000", "8000")
