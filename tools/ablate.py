"""Switch a rule off and see what it adds, on the tune and the check half of dev.

    .venv/bin/python tools/ablate.py --list
    .venv/bin/python tools/ablate.py untagged works [--files ../shared/data/dev/gum.jsonl ...]

For each rule named, the dev articles are extracted again in-process with that rule switched off
(``SWITCHES``: the step replaced by one that adds nothing or changes nothing), scored on both halves
(tools/halves.py), and each figure's gain from the rule is printed: with it minus without it, on
tune and on check. A rule that helps tune and not check is tuned to dev; it goes (README,
Development). The default files are the datasets the entity and quote rules touch (not te3).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.halves import side_by_side  # noqa: E402
from tools.responses import DEV, save  # noqa: E402

FIND = "service.extract.entities.find"
QUOTES = "service.extract.quotes.find"
SPEAKERS = "service.extract.quotes.speakers"


def adds_nothing(*_args, **_kwargs) -> list:
    return []


def keeps(position: int) -> Callable:
    """A step that returns its candidates argument unchanged."""
    return lambda *args, **_kwargs: args[position]


def finds_nothing(*_args, **_kwargs) -> None:
    return None


# rule -> [(module, attribute, replacement)]: what switching the rule off patches.
SWITCHES: dict[str, list[tuple[str, str, Callable]]] = {
    "works": [(FIND, "outside_work_titles", keeps(1))],
    "works.quoted_titles": [(FIND, "outside_quoted_titles", keeps(1))],
    "kinds": [(FIND, "without_non_entities", keeps(0))],
    "credits": [(FIND, "credit_regions", adds_nothing)],
    "labels": [(FIND, "consistent_labels", keeps(0))],
    "untagged.acronyms": [(FIND, "untagged_acronyms", adds_nothing)],
    "untagged.org_names": [(FIND, "untagged_org_names", adds_nothing)],
    "untagged.tweet_authors": [(FIND, "tweet_authors", adds_nothing)],
    "untagged.affiliations": [(FIND, "untagged_affiliations", adds_nothing)],
    "untagged.described_orgs": [(FIND, "untagged_described_orgs", adds_nothing)],
    "untagged.plural_head_mates": [(FIND, "untagged_plural_head_mates", adds_nothing)],
    "untagged.members": [(FIND, "untagged_members", adds_nothing)],
    "untagged.personal_names": [(FIND, "untagged_personal_names", adds_nothing)],
    "untagged.titled_people": [(FIND, "untagged_titled_people", adds_nothing)],
    "capitals": [(FIND, "reread_shouted_names", keeps(0)), (FIND, "names_in_capitals", adds_nothing)],
    "companies": [(FIND, "untagged_companies", adds_nothing),
                  ("service.extract.entities.labels", "is_known_company", lambda *_args: False)],
    "places.datelines": [(FIND, "dateline_places", keeps(2))],
    "acronym_names": [(FIND, "spelled_out_acronyms", keeps(2))],
    "paired_lists": [(FIND, "with_paired_lists", keeps(2))],
    "kinds.things": [("service.extract.entities.kinds", "names_before_kind_heads", lambda *_args: set())],
    "person_context.employers": [("service.extract.entities.person_context", "untagged_employers", adds_nothing)],
    "person_context.fixes": [("service.extract.entities.person_context", "fix_person_contexts", keeps(0))],
    "places.branches": [(FIND, "join_branches", keeps(0))],
    "teams": [("service.extract.entities.teams", "relabel_teams", keeps(0))],
    "quotes.dash_attribution": [(QUOTES, "_QuoteBuilder._dash_attribution", finds_nothing)],
    "speakers.follow_on": [(SPEAKERS, "SpeakerResolver.follow_on", finds_nothing)],
    "speakers.roles": [(SPEAKERS, "SpeakerResolver._by_role", finds_nothing)],
    "speakers.indefinite_roles": [(SPEAKERS, "SpeakerResolver._only_titled", finds_nothing)],
    "speakers.epithets": [(SPEAKERS, "SpeakerResolver._by_epithet", finds_nothing)],
    "speakers.pronouns": [(SPEAKERS, "SpeakerResolver._pronoun_antecedent", finds_nothing)],
    "speakers.sources": [(SPEAKERS, "SpeakerResolver._source_in", finds_nothing)],
    "speakers.represented_orgs": [(SPEAKERS, "SpeakerResolver._represented_org", finds_nothing)],
}
SWITCHES["untagged"] = [patch for name, patches in SWITCHES.items() if name.startswith("untagged.")
                        for patch in patches]
SWITCHES["person_context"] = SWITCHES["person_context.employers"] + SWITCHES["person_context.fixes"]
DEFAULT_FILES = ("ggt", "gum", "meantime", "polnear", "seeds")


@contextlib.contextmanager
def switched_off(rule: str) -> Iterator[None]:
    """The library with ``rule`` switched off, for the length of the block."""
    undo = []
    try:
        for module_name, attribute, replacement in SWITCHES[rule]:
            owner = importlib.import_module(module_name)
            *path, name = attribute.split(".")
            for part in path:
                owner = getattr(owner, part)
            undo.append((owner, name, getattr(owner, name)))
            setattr(owner, name, replacement)
        yield
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)


def gains(with_rule: dict, without_rule: dict) -> dict[str, dict]:
    """Per half, what the rule adds to each figure: with it minus without it."""
    return {half: {key: value - without_rule[half][key] for key, value in with_rule[half].items()
                   if key in without_rule[half]} for half in ("tune", "check", "all")}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rules", nargs="*", help="rules to switch off, one at a time (see --list)")
    parser.add_argument("--list", action="store_true", help="list the rules that can be switched off")
    parser.add_argument("--files", type=Path, nargs="*", help="gold JSONL files (default: ggt gum meantime polnear seeds)")
    args = parser.parse_args(argv)
    if args.list or not args.rules:
        print("\n".join(sorted(SWITCHES)))
        return 0
    unknown = [rule for rule in args.rules if rule not in SWITCHES]
    if unknown:
        parser.error(f"unknown rules {unknown}; see --list")
    files = args.files or [DEV / f"{name}.jsonl" for name in DEFAULT_FILES]
    with tempfile.TemporaryDirectory() as folder:
        baseline = Path(folder) / "with.jsonl"
        save(baseline, files)
        with_all = side_by_side(baseline, files)
        for rule in args.rules:
            ablated = Path(folder) / f"without-{rule}.jsonl"
            with switched_off(rule):
                save(ablated, files)
            delta = gains(with_all, side_by_side(ablated, files))
            changed = sorted(key for key in delta["all"] if abs(delta["all"][key]) >= 0.05
                             or abs(delta["tune"].get(key, 0)) >= 0.05 or abs(delta["check"].get(key, 0)) >= 0.05)
            print(f"\n{rule}: what it adds (points; with the rule minus without it)")
            if not changed:
                print("  nothing on any figure")
            for key in changed:
                print(f"  {key[0]:<10} {key[1]:<22} tune {delta['tune'].get(key, 0):+6.1f}   "
                      f"check {delta['check'].get(key, 0):+6.1f}   all {delta['all'][key]:+6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
