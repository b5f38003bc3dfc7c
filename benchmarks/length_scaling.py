"""Length scaling: does the extraction library's time per character stay flat from 1k to 200k chars?

Texts of each length are built by joining the paragraphs of the article set (blank line between,
cycling through the set as needed) and cutting at the paragraph boundary nearest the length. Each
is timed best of R runs through the library's `extract()` and, as the named baseline, raw spaCy
`nlp(text)` (spaCy's default max_length of 1,000,000 covers 200k).

    .venv/bin/python benchmarks/length_scaling.py [--runs 3] [--sizes 1000,2000,...,200000]
"""
from __future__ import annotations

import argparse
import itertools

import _common as c

SIZES = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000]
TARGET = 1.5  # library us/char at the largest size / at 2k, at most


def build_text(paragraphs: list[str], size: int) -> str:
    """Paragraphs joined by blank lines, stopped at the boundary nearest `size` characters."""
    parts, length = [], 0
    for paragraph in itertools.cycle(paragraphs):
        longer = length + (2 if parts else 0) + len(paragraph)
        if longer >= size:
            if not parts or longer - size < size - length:
                parts.append(paragraph)
            return "\n\n".join(parts)
        parts.append(paragraph)
        length = longer
    raise AssertionError("unreachable")


def best_of(runs: int, work) -> float:
    return min(c.timed(work) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per length; the best is kept")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated lengths")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    paragraphs = c.paragraphs(c.load_articles())
    print("Loading the raw pipeline and the extraction library ...", flush=True)
    nlp, extractor = c.raw_nlp(), c.extractor()
    warm = build_text(paragraphs, 2_000)
    extractor.extract(warm), nlp(warm)

    rows, per_char = [], {"library": {}, "raw": {}}
    for size in sizes:
        text = build_text(paragraphs, size)
        print(f"  {len(text):,} chars ...", flush=True)
        lib = best_of(args.runs, lambda: extractor.extract(text))
        raw = best_of(args.runs, lambda: nlp(text))
        per_char["library"][size], per_char["raw"][size] = lib / len(text) * 1e6, raw / len(text) * 1e6
        rows.append([f"{size:,}", f"{len(text):,}", f"{lib:.3f}", f"{per_char['library'][size]:.2f}",
                     f"{raw:.3f}", f"{per_char['raw'][size]:.2f}"])
    c.print_table(["target", "chars", "library s", "library us/char", "raw s", "raw us/char"], rows)

    small = 2_000 if 2_000 in sizes else sizes[0]
    big = sizes[-1]
    print(f"Ratios (us/char at {big:,} / at {small:,}, best of {args.runs}, same run):")
    c.report_ratio("library", per_char["library"][big] / per_char["library"][small], TARGET, at_least=False)
    c.report_ratio("raw nlp(text) (baseline)", per_char["raw"][big] / per_char["raw"][small])
    c.report_ratio(f"library / raw at {big:,}", per_char["library"][big] / per_char["raw"][big])


if __name__ == "__main__":
    main()
