"""Language detectors compared for the service's language check: accuracy on short and long news
text in seven languages and on English articles with foreign passages, speed as a ratio to one spaCy
parse of the same text, memory, load time and determinism. Prints tables; always exits 0.

    .venv/bin/python benchmarks/language.py [--repeat 3]

The samples are tests/data/language/ (written for this project) plus the seed articles
(../shared/seeds) as English long texts when they are there. Candidates that are not installed are
skipped with a note; install them for a full comparison with
``.venv/bin/pip install langdetect==1.0.9 lingua-language-detector==2.1.1 py3langid==0.4.0``.
"""
from __future__ import annotations

import argparse
import gc
import re
import time
from pathlib import Path
from typing import Callable, NamedTuple, Optional

from _common import ROOT, SEEDS, raw_nlp

SAMPLES = ROOT / "tests" / "data" / "language"
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")


class Sample(NamedTuple):
    kind: str  # short, long or mixed
    expected: str
    text: str


class Candidate(NamedTuple):
    name: str
    load: Callable[[], Callable[[str], tuple[str, float]]]  # returns detect(text) -> (code, confidence)


def load_samples() -> list[Sample]:
    samples = [Sample("short", path.stem, line.strip())
               for path in sorted((SAMPLES / "short").glob("*.txt"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    samples += [Sample("long", path.stem.split("_")[0], path.read_text(encoding="utf-8"))
                for path in sorted((SAMPLES / "long").glob("*.txt"))]
    samples += [Sample("long", "en", path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    samples += [Sample("mixed", "en", path.read_text(encoding="utf-8"))
                for path in sorted((SAMPLES / "mixed").glob("*.txt"))]
    return samples


def _langdetect():
    from langdetect import DetectorFactory, detect_langs
    DetectorFactory.seed = 0  # otherwise each call samples differently

    def detect(text: str) -> tuple[str, float]:
        best = detect_langs(text)[0]
        return best.lang, best.prob
    return detect


def _py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return identifier.classify


def _lingua(low_accuracy: bool):
    def load():
        from lingua import LanguageDetectorBuilder
        builder = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models()
        detector = (builder.with_low_accuracy_mode() if low_accuracy else builder).build()

        def detect(text: str) -> tuple[str, float]:
            best = detector.compute_language_confidence_values(text)[0]
            return best.language.iso_code_639_1.name.lower(), best.value
        return detect
    return load


def _service_rule():
    from service.extract import detect_language

    def detect(text: str) -> tuple[str, float]:
        language = detect_language(text)
        return language.code, language.confidence
    return detect


CANDIDATES = (
    Candidate("langdetect 1.0.9 (seeded)", _langdetect),
    Candidate("py3langid 0.4.0", _py3langid),
    Candidate("lingua 2.1.1, low accuracy mode", _lingua(True)),
    Candidate("lingua 2.1.1, high accuracy", _lingua(False)),
    # what the service does: py3langid over the words that are not capitalised, English unless sure
    Candidate("service: py3langid, running words, rule", _service_rule),
)


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def seconds_per_text(function: Callable[[str], object], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - began)
    return best / len(texts)


class Measured(NamedTuple):
    name: str
    results: list[tuple[str, float]]
    load_seconds: float
    memory_mb: float
    deterministic: str  # yes, to 4 decimals (the top language the same, the confidence's last bits not), NO
    seconds: dict  # kind -> seconds per text


def measure(candidate: Candidate, samples: list[Sample], repeat: int) -> Optional[Measured]:
    gc.collect()
    before, began = rss_mb(), time.perf_counter()
    try:
        detect = candidate.load()
        detect("warm up")
    except ImportError as exc:
        print(f"  skipped {candidate.name}: {exc}")
        return None
    load_seconds, memory = time.perf_counter() - began, rss_mb() - before
    results = [detect(sample.text) for sample in samples]
    again = [detect(sample.text) for sample in samples]
    seconds = {kind: seconds_per_text(detect, [s.text for s in samples if s.kind == kind], repeat)
               for kind in ("short", "long")}
    rounded = [(code, round(confidence, 4)) for code, confidence in results]
    same = "yes" if results == again else \
        "to 4 decimals" if rounded == [(code, round(confidence, 4)) for code, confidence in again] else "NO"
    return Measured(candidate.name, results, load_seconds, memory, same, seconds)


def accuracy_row(samples: list[Sample], measured: Measured) -> list[str]:
    cells = []
    for kind in ("short", "long", "mixed"):
        pairs = [(s, r) for s, r in zip(samples, measured.results) if s.kind == kind]
        right = sum(r[0] == s.expected for s, r in pairs)
        cells.append(f"{right}/{len(pairs)}")
    short_en = [(s, r) for s, r in zip(samples, measured.results) if s.kind == "short" and s.expected == "en"]
    cells.append(f"{sum(r[0] == 'en' for _, r in short_en)}/{len(short_en)}")
    wrong_on_english = [r[1] for s, r in zip(samples, measured.results) if s.expected == "en" and r[0] != "en"]
    right_foreign = [r[1] for s, r in zip(samples, measured.results) if s.expected != "en" and r[0] == s.expected]
    cells.append(f"{max(wrong_on_english):.2f}" if wrong_on_english else "-")
    cells.append(f"{min(right_foreign):.2f}" if right_foreign else "-")
    return cells


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("| " + " | ".join(str(cell).ljust(w) for cell, w in zip(row, widths)) + " |")


def print_misses(samples: list[Sample], measured: Measured) -> None:
    misses = [(s, r) for s, r in zip(samples, measured.results) if r[0] != s.expected]
    for sample, (code, confidence) in misses:
        print(f"    {measured.name}: {sample.kind} {sample.expected} -> {code} {confidence:.2f}: "
              f"{sample.text[:70]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing passes; the best counts")
    args = parser.parse_args()
    samples = load_samples()
    counts = {kind: sum(s.kind == kind for s in samples) for kind in ("short", "long", "mixed")}
    print(f"Samples: {counts} in {', '.join(LANGUAGES)} (mixed: English with foreign passages)")
    nlp = raw_nlp()
    nlp("warm up")
    spacy_seconds = {kind: seconds_per_text(nlp, [s.text for s in samples if s.kind == kind], args.repeat)
                     for kind in ("short", "long")}
    measured = [m for m in (measure(c, samples, args.repeat) for c in CANDIDATES) if m]

    print("\nAccuracy (top language right / samples; confidences as the detector reports them)\n")
    print_table(["candidate", "short", "long", "mixed → en", "short en", "worst non-en conf. on English",
                 "lowest right conf. on foreign"], [[m.name, *accuracy_row(samples, m)] for m in measured])
    print("\n  wrong answers:")
    for m in measured:
        print_misses(samples, m)

    print("\nSpeed (ratio: detector time / one spaCy parse of the same text; ms for context only), "
          "memory, load\n")
    rows = [[m.name, f"{m.seconds['short'] / spacy_seconds['short']:.3f}",
             f"{m.seconds['long'] / spacy_seconds['long']:.3f}",
             f"{m.seconds['short'] * 1000:.2f}", f"{m.seconds['long'] * 1000:.2f}",
             f"{m.memory_mb:.0f}", f"{m.load_seconds:.1f}", m.deterministic]
            for m in measured]
    print_table(["candidate", "short / spaCy", "long / spaCy", "short ms", "long ms", "memory MB",
                 "load s", "same answers twice"], rows)
    print(f"\n(spaCy parse: {spacy_seconds['short'] * 1000:.1f} ms per short text, "
          f"{spacy_seconds['long'] * 1000:.1f} ms per long text; memory is the process's growth on "
          "loading, in this order, so only roughly each detector's own)")


if __name__ == "__main__":
    main()
