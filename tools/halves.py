"""Score the development data in two fixed halves, tune and check, side by side.

    .venv/bin/python tools/halves.py                      # extract in-process, then score
    .venv/bin/python tools/halves.py --replay SAVED.jsonl # score responses saved by tools/responses.py
    .venv/bin/python tools/halves.py --replay SAVED.jsonl --resplits 200  # and the gaps of chance
    .venv/bin/python tools/halves.py --replay NEW.jsonl --baseline OLD.jsonl --resplits 200

Every dev article belongs to one half for good: ``tune`` or ``check``, by a hash of its dataset
and id (``half``), so each dataset splits about evenly and no choice of articles is involved.
Look at errors on the tune half only; a quality change lands when it does not lower the check
half (README, Development). The table shows each figure of ``../shared/eval/score.py`` on tune,
on check, their difference and on all of dev.

With ``--resplits N`` it also scores N other splits of the same articles into halves (the hash
salted with the split's number) and prints, for each figure, how far apart two halves fall by
chance alone, and how often chance favours the tune half at least as much as the fixed split
does. A gap inside that range says the halves differ in articles, not that the rules fit the
tune half; only a tune half ahead by more than chance puts it is evidence of tuning to tune.

With ``--baseline OLD.jsonl`` the table is the change from OLD's responses to the new ones on each
half, and chance is the spread of (change on check - change on tune) over the chance splits: a
change that helps the tune half more than chance would is one fitted to it.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.responses import DEV, save  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
HALVES = ("tune", "check")


def half(dataset: str, article_id: str, salt: str = "") -> str:
    """'tune' or 'check': the fixed half an article belongs to (another split for another salt)."""
    return HALVES[hashlib.sha256(f"{salt}{dataset}:{article_id}".encode("utf-8")).digest()[0] % 2]


def write_halves(files: list[Path], folder: Path, salt: str = "") -> dict[str, list[Path]]:
    """Each gold file split into folder/tune/NAME and folder/check/NAME (score.py names a dataset
    '<folder>/<dataset>', so the halves score apart)."""
    split: dict[str, list[Path]] = {name: [] for name in HALVES}
    for path in files:
        rows: dict[str, list[str]] = {name: [] for name in HALVES}
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                record = json.loads(raw)
                rows[half(str(record.get("dataset")), str(record.get("id")), salt)].append(raw)
        for name in HALVES:
            if rows[name]:
                (folder / name).mkdir(parents=True, exist_ok=True)
                target = folder / name / path.name
                target.write_text("\n".join(rows[name]) + "\n", encoding="utf-8")
                split[name].append(target)
    return split


def score(replay: Path, files: list[Path]) -> dict:
    """score.py's metrics (its --json) for saved responses on the given gold files, by dataset."""
    spec = importlib.util.spec_from_file_location("news_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    with_name_given_mention(scorer)
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(io.StringIO()):
        out = Path(folder) / "scores.json"
        scorer.main(["--replay", str(replay), *map(str, files), "--json", str(out)])
        return json.loads(out.read_text(encoding="utf-8"))["datasets"]


def with_name_given_mention(scorer) -> None:
    """Adds to the loaded scorer one figure it does not report: speaker name accuracy over the
    matched quotes (r >= 0.3) whose speaker mention is right, the resolver measured on its own
    (issue 23). The scorer's own figures are untouched; its file is not changed."""
    dataset_score = scorer.DatasetScore
    score_speaker, as_dict = dataset_score._score_speaker, dataset_score.as_dict

    def _score_speaker(self, t, text, g, p):
        score_speaker(self, t, text, g, p)
        if t == scorer.THRESHOLDS[0] and g.get("speaker") and g.get("speaker_mention") \
                and self._mention_ok(text, g, p):
            self.__dict__.setdefault("name_given_mention", scorer.Ratio()).add(
                scorer.names_match(p["speaker"], g["speaker"], "speaker"))

    def with_figure(self) -> dict:
        found = as_dict(self)
        if "name_given_mention" in self.__dict__ and isinstance(found.get("quotes"), dict):
            found["quotes"]["speaker_name_given_mention"] = self.name_given_mention.as_dict()
        return found
    dataset_score._score_speaker, dataset_score.as_dict = _score_speaker, with_figure


def _get(*keys: str) -> Callable[[dict], Optional[float]]:
    def get(scores: dict) -> Optional[float]:
        for key in keys:
            if not isinstance(scores, dict) or key not in scores:
                return None
            scores = scores[key]
        return scores
    return get


METRICS: list[tuple[str, Callable[[dict], Optional[float]]]] = [
    ("quote F1@.3", _get("quotes", "r>=0.3", "all", "f1")),
    ("quote F1@.8", _get("quotes", "r>=0.8", "all", "f1")),
    ("speaker name acc", _get("quotes", "r>=0.3", "speaker_name_accuracy", "accuracy")),
    ("speaker mention acc", _get("quotes", "r>=0.3", "speaker_mention_accuracy", "accuracy")),
    ("name | right mention", _get("quotes", "speaker_name_given_mention", "accuracy")),
    ("end-to-end F1", _get("quotes", "end_to_end", "f1")),
    ("people F1", _get("people", "f1")),
    ("people recall", _get("people", "recall")),
    ("organizations F1", _get("organizations", "f1")),
    ("organizations recall", _get("organizations", "recall")),
    ("date F1", _get("dates", "relaxed", "f1")),
    ("date value F1", _get("dates", "value_f1")),
    ("article date acc", _get("article_date", "accuracy")),
]


def figures(by_dataset: dict) -> dict[tuple[str, str], float]:
    """{(dataset, metric): value} for every figure a dataset has ('tune/ggt' -> 'ggt')."""
    found = {}
    for name, scores in by_dataset.items():
        dataset = name.rsplit("/", 1)[-1]
        for metric, get in METRICS:
            value = get(scores)
            if isinstance(value, (int, float)):
                found[(dataset, metric)] = 100 * value
    return found


def side_by_side(replay: Path, files: list[Path], salt: str = "", baseline: Optional[Path] = None,
                 whole: bool = True) -> dict[str, dict[tuple[str, str], float]]:
    """{'tune': figures, 'check': figures, 'all': figures} for saved responses (the change from
    ``baseline``'s figures if one is given; 'all' left out unless ``whole``)."""
    with tempfile.TemporaryDirectory() as folder:
        split = write_halves(files, Path(folder), salt)
        parts = {**split, **({"all": files} if whole else {})}
        result = {name: figures(score(replay, paths)) for name, paths in parts.items()}
        if baseline is not None:
            before = {name: figures(score(baseline, paths)) for name, paths in parts.items()}
            result = {name: {key: value - before[name][key] for key, value in result[name].items()
                             if key in before[name]} for name in result}
        return result


def chance_gaps(replay: Path, files: list[Path], splits: int,
                baseline: Optional[Path] = None) -> dict[tuple[str, str], list[float]]:
    """{(dataset, metric): [check - tune of each of ``splits`` salted splits]}: the gaps that
    halves of the same articles show by chance (of the change from ``baseline``, if given)."""
    gaps: dict[tuple[str, str], list[float]] = {}
    for number in range(1, splits + 1):
        halves = side_by_side(replay, files, f"split {number}:", baseline, whole=False)
        for key in halves["tune"].keys() & halves["check"].keys():
            gaps.setdefault(key, []).append(halves["check"][key] - halves["tune"][key])
    return gaps


def chance_summary(gap: float, chance: list[float]) -> tuple[float, float]:
    """(the 90th percentile of chance |gaps|, the share of chance gaps that favour tune at least
    as much as ``gap``): how wide halves fall apart by chance, and how usual this gap is. A small
    share is a tune half ahead by more than chance puts it."""
    sizes = sorted(abs(g) for g in chance)
    p90 = sizes[min(len(sizes) - 1, int(0.9 * len(sizes)))]
    return p90, sum(g <= gap + 1e-9 for g in chance) / len(chance)


def print_table(result: dict, title: str = "", chance: Optional[dict] = None, changes: bool = False) -> None:
    """The figures by dataset, or with ``changes`` the changes from a baseline (signed, and the
    figures no half changed left out)."""
    keys = sorted(set(result["all"]), key=lambda k: (k[0], [m for m, _ in METRICS].index(k[1])))
    value = "{:+7.1f}" if changes else "{:7.1f}"
    if changes:
        keys = [key for key in keys if any(abs(result[name].get(key) or 0) >= 0.05 for name in result)]
    print(title or "dev, tune and check halves (%; check - tune: how far tune figures overstate)")
    header = f"{'dataset':<10} {'figure':<22} {'tune':>7} {'check':>7} {'c - t':>7} {'all':>7}"
    if chance is not None:
        header += f" {'chance |c - t| p90':>19} {'chance as tune-sided':>21}"
    print(header)
    for key in keys:
        tune, check = result["tune"].get(key), result["check"].get(key)
        diff = f"{check - tune:+7.1f}" if tune is not None and check is not None else f"{'':>7}"
        cells = [value.format(v) if v is not None else f"{'-':>7}" for v in (tune, check, result["all"][key])]
        line = f"{key[0]:<10} {key[1]:<22} {cells[0]} {cells[1]} {diff} {cells[2]}"
        if chance is not None and key in chance and tune is not None and check is not None:
            p90, share = chance_summary(check - tune, chance[key])
            line += f" {p90:19.1f} {100 * share:20.0f}%"
        print(line)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replay", type=Path, help="responses saved by tools/responses.py save")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--baseline", type=Path, metavar="OLD",
                        help="saved responses to compare with: the table shows the change from them")
    parser.add_argument("--resplits", type=int, default=0, metavar="N",
                        help="also score N chance splits and show how far halves fall apart by chance")
    parser.add_argument("files", type=Path, nargs="*", help="gold JSONL files (default: ../shared/data/dev/*.jsonl)")
    args = parser.parse_args(argv)
    files = args.files or sorted(DEV.glob("*.jsonl"))
    with tempfile.TemporaryDirectory() as folder:
        replay = args.replay
        if replay is None:
            replay = Path(folder) / "responses.jsonl"
            save(replay, files)
        result = side_by_side(replay, files, baseline=args.baseline)
        chance = chance_gaps(replay, files, args.resplits, args.baseline) if args.resplits > 0 else None
    print_table(result, chance=chance, changes=args.baseline is not None,
                title=f"change from {args.baseline} on each half (points)" if args.baseline else "")
    if args.json:
        args.json.write_text(json.dumps({name: {f"{d}/{m}": v for (d, m), v in figs.items()}
                                         for name, figs in result.items()}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
