"""Word lists kept as data (service/extract/*/data/*.txt, read by text/lexicon.py): each file says
where its words come from, holds no duplicates, is read by some module, and ships as package data."""
from __future__ import annotations

import configparser
from pathlib import Path

import pytest

from service.extract.text import SPEECH_VERBS, word_set, word_table

ROOT = Path(__file__).resolve().parents[3]
LIBRARY = ROOT / "service" / "extract"
DATA_FILES = sorted(LIBRARY.glob("*/data/*.txt"))


def test_there_are_data_files_in_every_package_that_matches_words():
    assert {path.parent.parent.name for path in DATA_FILES} == {"text", "entities", "quotes", "dates"}


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_a_data_file_says_where_its_words_come_from_and_is_read(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 30, "the first line says where the words come from"
    entries = [line for line in lines[1:] if line and not line.startswith("#")]
    assert entries and len(entries) == len(set(entries)), "one entry per line, no duplicates"
    assert all(line == line.strip() for line in entries)
    readers = [module for module in path.parent.parent.glob("*.py") if f'"{path.stem}"' in module.read_text()]
    assert readers, f"no module of {path.parent.parent.name} reads {path.name}"


def test_the_loader_reads_sets_and_tables():
    assert {"say", "tell", "warn"} <= SPEECH_VERBS
    assert word_set("service.extract.entities", "honorifics") >= {"mr", "mrs", "dr"}
    months = word_table("service.extract.dates", "months")
    assert months["january"] == "1" and list(months)[:2] == ["january", "jan"]  # file order kept
    assert SPEECH_VERBS == word_set("service.extract.text", "speech_verbs")


def test_every_data_file_ships_as_package_data():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    shipped = config["options.package_data"]
    for path in DATA_FILES:
        package = f"service.extract.{path.parent.parent.name}"
        assert package in shipped and "data/*.txt" in shipped[package], f"{path} is not package data"
