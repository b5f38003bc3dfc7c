"""README.md is executable documentation: its marked blocks run as pasted and print what it shows.

Every fenced ``sh``, ``json`` and ``python`` block of README.md has a marker, an HTML comment on the
line before it that the rendered page does not show:

- ``<!-- readme-test: run -->``: a shell block whose commands each run (with bash, one at a time,
  each must succeed) in a folder laid out like a fresh clone (the project's files, nothing beside
  them, and the installed .venv) against a real server this test starts, with
  http://127.0.0.1:8000 rewritten to that server's address; the venv is not on PATH, as in a new
  shell. A python block runs with the venv's python.
- ``<!-- readme-test: output -->``: a JSON block that is an excerpt ("…" elides, see
  tests/excerpts.py) of what the last command of the run block before it printed (one JSON
  document, or JSON Lines read as a list).
- ``<!-- readme-test: not run (why) -->``: shown only, with the reason.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.excerpts import mismatch
from tests.helpers import ROOT

README = ROOT / "README.md"
MARKER = re.compile(r"^<!-- readme-test: (run|output|not run \(.+\)) -->$")
FENCE = re.compile(r"^```(\w*)")
DOCUMENTED_ADDRESS = re.compile(r"(?:http://)?(?:127\.0\.0\.1|localhost):8000")
VENV = Path(sys.executable).parent.parent
COMMAND_SECONDS = 300


class Block(NamedTuple):
    line: int  # of the opening fence, 1-based
    language: str
    marker: str
    body: str


def readme_blocks() -> list[Block]:
    lines = README.read_text(encoding="utf-8").splitlines()
    blocks, index = [], 0
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        end = lines.index("```", index + 1)
        previous = next((line for line in reversed(lines[:index]) if line.strip()), "")
        marker = MARKER.match(previous.strip())
        blocks.append(Block(index + 1, fence.group(1), marker.group(1) if marker else "",
                            "\n".join(lines[index + 1:end])))
        index = end + 1
    return blocks


def commands(block: Block) -> list[str]:
    """The block's commands: one a line, a trailing backslash joining the next line."""
    joined = re.sub(r"\\\n", " ", block.body)
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.strip().startswith("#")]


def test_every_example_block_says_whether_it_runs():
    examples = [block for block in readme_blocks() if block.language in ("sh", "json", "python")]
    unmarked = [block.line for block in examples if not block.marker]
    assert not unmarked, f"README.md lines {unmarked}: mark each block run, output or 'not run (why)'"
    kinds = [block.marker for block in examples]
    assert kinds.count("run") >= 5 and kinds.count("output") >= 4
    for block in examples:
        if block.marker == "output":
            assert block.language == "json", block.line
            previous = [b for b in readme_blocks() if b.line < block.line and b.marker in ("run", "output")]
            assert previous and previous[-1].marker == "run", f"line {block.line}: no run block before it"


def test_no_run_block_needs_anything_beside_the_clone():
    for block in readme_blocks():
        if block.marker == "run":
            assert "../" not in block.body, f"README.md line {block.line} reaches outside the clone"


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """A folder as a fresh clone would be after `make run`: the project's files (linked, read only
    by the examples) and .venv; what the examples write stays in this folder."""
    if not (VENV / "bin" / "news-extract").exists():
        pytest.skip(f"news-extract is not installed in {VENV} (run the tests with the venv's python)")
    folder = tmp_path_factory.mktemp("clone")
    for entry in ROOT.iterdir():
        if entry.name not in (".git", ".venv") and not entry.name.endswith(".egg-info"):
            (folder / entry.name).symlink_to(entry)
    (folder / ".venv").symlink_to(VENV)
    return folder


def _environment() -> dict:
    bin_folder = str(VENV / "bin")
    path = [entry for entry in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep) if entry != bin_folder]
    environment = {key: value for key, value in os.environ.items() if key != "VIRTUAL_ENV"}
    return {**environment, "PATH": os.pathsep.join(path)}


def run(command: list[str], clone: Path, what: str) -> str:
    done = subprocess.run(command, cwd=clone, env=_environment(), capture_output=True, text=True,
                          timeout=COMMAND_SECONDS)
    assert done.returncode == 0, f"{what}\nexit {done.returncode}\n{done.stderr[-3000:]}"
    return done.stdout


def parse_output(output: str):
    try:
        return json.loads(output)
    except ValueError:
        return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_readme_examples_work_as_pasted(clone, server):
    """Each marked block in README order: run blocks run, output blocks are checked against the
    output of the last command run before them."""
    address = server.removeprefix("http://")
    last_output, checked = None, 0
    for block in readme_blocks():
        if block.marker == "run" and block.language == "sh":
            for command in commands(block):
                pasted = DOCUMENTED_ADDRESS.sub(lambda m: m.group(0).replace("127.0.0.1:8000", address)
                                                .replace("localhost:8000", address), command)
                last_output = run(["bash", "-c", pasted], clone, f"README.md line {block.line}: {command}")
        elif block.marker == "run" and block.language == "python":
            last_output = run([str(clone / ".venv" / "bin" / "python"), "-c",
                               DOCUMENTED_ADDRESS.sub(server, block.body)], clone,
                              f"README.md line {block.line}: the python block")
        elif block.marker == "output":
            shown = json.loads(block.body)
            found = mismatch(shown, parse_output(last_output))
            assert found is None, f"README.md line {block.line} is not what the command printed: {found}"
            checked += 1
    assert checked >= 4
