"""The validation discipline's tools: the fixed tune/check split and its side-by-side scores
(tools/halves.py, scored by ../shared/eval/score.py), and rule switches (tools/ablate.py).
Gold and responses here are written for the test."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from tools.ablate import SWITCHES, gains, switched_off
from tools.halves import (
    HALVES,
    chance_gaps,
    chance_summary,
    half,
    print_table,
    side_by_side,
    write_halves,
)


def test_every_article_has_one_fixed_half_and_datasets_split_about_evenly():
    ids = [f"article-{i}" for i in range(2000)]
    first = [half("ggt", i) for i in ids]
    assert first == [half("ggt", i) for i in ids]  # fixed: the same every time
    counts = Counter(first)
    assert set(counts) == set(HALVES) and abs(counts["tune"] - counts["check"]) < 150
    other = [half("gum", i) for i in ids]
    assert sum(a != b for a, b in zip(first, other)) > 800  # each dataset splits on its own


def gold(n: int) -> list[dict]:
    return [{"id": f"toy-{i}", "dataset": "toy", "text": f"Person{i} Smith met Person{i} Jones.",
             "request_date": None, "gold": {"people": [f"Person{i} Smith", f"Person{i} Jones"]}}
            for i in range(n)]


def test_the_halves_are_scored_apart(tmp_path):
    """Right answers for the tune half and none for the check half: 100 against 0."""
    records = gold(12)
    gold_path = tmp_path / "toy.jsonl"
    gold_path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    split = write_halves([gold_path], tmp_path / "halves")
    in_halves = {name: [json.loads(line)["id"] for path in split[name]
                        for line in path.read_text().splitlines()] for name in HALVES}
    assert sorted(in_halves["tune"] + in_halves["check"]) == sorted(r["id"] for r in records)
    assert in_halves["tune"] and in_halves["check"]

    def response(record):
        people = record["gold"]["people"] if half("toy", record["id"]) == "tune" else []
        return {"participants": [{"name": name, "mentions": []} for name in people], "quotes": []}
    replay = tmp_path / "responses.jsonl"
    replay.write_text("\n".join(json.dumps({"dataset": "toy", "id": r["id"], "response": response(r)})
                                for r in records) + "\n", encoding="utf-8")
    result = side_by_side(replay, [gold_path])
    assert result["tune"][("toy", "people F1")] == pytest.approx(100)
    assert result["check"][("toy", "people recall")] == pytest.approx(0)  # (F1 undefined: nothing found)
    share = len(in_halves["tune"]) / len(records)
    assert result["all"][("toy", "people recall")] == pytest.approx(100 * share)


def test_chance_splits_are_other_splits_of_the_same_articles():
    """Salted splits differ from the fixed one and from each other; each still covers every article."""
    ids = [f"article-{i}" for i in range(400)]
    fixed = [half("ggt", i) for i in ids]
    assert fixed == [half("ggt", i, salt="") for i in ids]
    one, two = ([half("ggt", i, salt=f"split {n}:") for i in ids] for n in (1, 2))
    assert sum(a != b for a, b in zip(fixed, one)) > 100 and sum(a != b for a, b in zip(one, two)) > 100


def test_chance_gaps_measure_how_far_halves_fall_apart(tmp_path):
    """Answers right for a third of the articles: each chance split's gap is its check half's
    recall minus its tune half's, and chance_summary reads their spread."""
    records = gold(30)
    gold_path = tmp_path / "toy.jsonl"
    gold_path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    right = {r["id"] for r in records[::3]}
    replay = tmp_path / "responses.jsonl"
    replay.write_text("\n".join(json.dumps({"dataset": "toy", "id": r["id"], "response": {
        "participants": [{"name": n, "mentions": []} for n in (r["gold"]["people"] if r["id"] in right else [])],
        "quotes": []}}) for r in records) + "\n", encoding="utf-8")
    gaps = chance_gaps(replay, [gold_path], splits=5)[("toy", "people recall")]
    assert len(gaps) == 5 and any(abs(g) > 1 for g in gaps)
    for number, gap in enumerate(gaps, start=1):
        halves = {h: [r for r in records if half("toy", r["id"], salt=f"split {number}:") == h] for h in HALVES}
        recall = {h: 100 * sum(r["id"] in right for r in rs) / len(rs) for h, rs in halves.items()}
        assert gap == pytest.approx(recall["check"] - recall["tune"])
    assert chance_summary(2.0, [1.0, -3.0, 0.5, 2.0]) == (3.0, 1.0)  # all chance gaps favour tune as much
    assert chance_summary(-3.0, [1.0, -3.0, 0.5, 2.0]) == (3.0, 0.25)
    assert chance_summary(-10.0, [1.0, -3.0, 0.5, 2.0]) == (3.0, 0.0)  # tune ahead beyond chance


def test_a_baseline_turns_the_figures_into_changes_on_each_half(tmp_path):
    """Old responses find nobody; new ones find everyone in the tune half only: the change is
    +100 recall on tune and 0 on check, and the chance splits measure the change's gap."""
    records = gold(12)
    gold_path = tmp_path / "toy.jsonl"
    gold_path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")

    def saved(path, found):
        path.write_text("\n".join(json.dumps({"dataset": "toy", "id": r["id"], "response": {
            "participants": [{"name": n, "mentions": []} for n in (r["gold"]["people"] if found(r) else [])],
            "quotes": []}}) for r in records) + "\n", encoding="utf-8")
        return path
    old = saved(tmp_path / "old.jsonl", lambda r: False)
    new = saved(tmp_path / "new.jsonl", lambda r: half("toy", r["id"]) == "tune")
    change = side_by_side(new, [gold_path], baseline=old)
    assert change["tune"][("toy", "people recall")] == pytest.approx(100)
    assert change["check"][("toy", "people recall")] == pytest.approx(0)
    gaps = chance_gaps(new, [gold_path], splits=3, baseline=old)[("toy", "people recall")]
    assert len(gaps) == 3 and all(-100 < g < 100 for g in gaps)  # other splits mix the two kinds


def test_a_table_of_changes_is_signed_and_leaves_out_what_no_half_changed(capsys):
    change = {h: {("x", "people F1"): v, ("x", "people recall"): 0.0}
              for h, v in (("tune", 2.0), ("check", -1.0), ("all", 0.5))}
    print_table(change, chance={("x", "people F1"): [0.0, -4.0, 2.0]}, changes=True)
    rows = capsys.readouterr().out.splitlines()[2:]
    assert len(rows) == 1 and rows[0].split()[:7] == ["x", "people", "F1", "+2.0", "-1.0", "-3.0", "+0.5"]
    assert rows[0].split()[7:] == ["4.0", "33%"]  # p90 of |chance gaps|; one in three as tune-sided


def test_every_switch_names_a_real_step():
    import importlib
    for rule, patches in SWITCHES.items():
        for module_name, attribute, _ in patches:
            owner = importlib.import_module(module_name)
            for part in attribute.split("."):
                owner = getattr(owner, part)
            assert callable(owner), (rule, attribute)


def test_a_switched_off_rule_changes_the_output_and_comes_back(extractor):
    """Places in a match result are teams only with the teams rule on."""
    text = "In the group stage, Sweden defeated South Korea 1 – 0 on Monday."

    def organizations():
        return [entity.name for entity in extractor.extract(text).organizations]
    assert organizations() == ["Sweden", "South Korea"]
    with switched_off("teams"):
        assert organizations() == []
    assert organizations() == ["Sweden", "South Korea"]  # switched back on


def test_gains_are_with_minus_without():
    with_rule = {h: {("x", "people F1"): 90.0} for h in ("tune", "check", "all")}
    without = {"tune": {("x", "people F1"): 85.0}, "check": {("x", "people F1"): 91.0},
               "all": {("x", "people F1"): 88.0}}
    assert gains(with_rule, without) == {"tune": {("x", "people F1"): 5.0}, "check": {("x", "people F1"): -1.0},
                                         "all": {("x", "people F1"): 2.0}}


def test_name_given_a_right_mention_counts_only_quotes_whose_mention_is_right(tmp_path):
    """Four matched quotes with gold speakers: three right mentions (two right names, one wrong)
    and one wrong mention (and name). Name accuracy is 2/4; given a right mention, 2/3."""
    text = "Ann Lee said the road is shut. Bo Park said it will open. Cy Diaz said so. Di Vo said yes."
    quotes, predicted = [], []
    for speaker, said, content, pred_name, mention_right in [
            ("Ann Lee", "Ann Lee", "the road is shut", "Ann Lee", True),
            ("Bo Park", "Bo Park", "it will open", "Bo Park", True),
            ("Cy Diaz", "Cy Diaz", "so", "Di Vo", True),
            ("Di Vo", "Di Vo", "yes", "Ann Lee", False)]:
        start, name_at = text.index(content, text.index(said)), text.index(said)
        quotes.append({"start": start, "end": start + len(content), "text": content, "type": "indirect",
                       "speaker": speaker, "speaker_mention": {"start": name_at, "end": name_at + len(said),
                                                               "text": said}})
        mention = (name_at, name_at + len(said)) if mention_right else (0, 0)
        predicted.append({"text": content, "start": start, "end": start + len(content), "type": "indirect",
                          "speaker": {"name": pred_name, "mention": {"text": text[slice(*mention)],
                                                                     "start": mention[0], "end": mention[1]}}})
    ids = [f"q{i}" for i in range(8)]  # the same article under several ids: both halves have some
    gold_path = tmp_path / "toy.jsonl"
    gold_path.write_text("".join(json.dumps({"id": i, "dataset": "toy", "text": text, "request_date": None,
                                             "gold": {"quotes": quotes}}) + "\n" for i in ids), encoding="utf-8")
    replay = tmp_path / "responses.jsonl"
    replay.write_text("".join(json.dumps({"dataset": "toy", "id": i, "response": {"quotes": predicted}}) + "\n"
                              for i in ids), encoding="utf-8")
    figures = side_by_side(replay, [gold_path])["all"]
    assert figures[("toy", "speaker name acc")] == pytest.approx(50)
    assert figures[("toy", "name | right mention")] == pytest.approx(200 / 3)
