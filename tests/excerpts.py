"""Excerpt checks: is a JSON document shown in the docs, shortened with "…", part of a real one?

Used for README.md's examples (tests/test_readme.py) and openapi.yaml's (tests/api/test_spec_examples.py).
A shown object's keys must all be in the real object with matching values (the real one may have
more keys). A shown list matches element by element, where a "…" element stands for any number
of real elements (none too). A shown string with "…" in it matches any real string that has the
parts around it in that order. Anything else must be equal (and of the same type: 1 is not true).
"""
from __future__ import annotations

import functools
import json
import re
from typing import Any, Optional

ELLIPSIS = "…"


def mismatch(shown: Any, real: Any, path: str = "$") -> Optional[str]:
    """None when ``shown`` is an excerpt of ``real``, else where and how they differ."""
    if isinstance(shown, dict):
        if not isinstance(real, dict):
            return f"{path}: shown an object, real {_brief(real)}"
        for key, value in shown.items():
            if key not in real:
                return f"{path}: no key {key!r} in the real object (keys: {', '.join(real)})"
            found = mismatch(value, real[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(shown, list):
        if not isinstance(real, list):
            return f"{path}: shown a list, real {_brief(real)}"
        return _list_mismatch(shown, real, path)
    if isinstance(shown, str) and ELLIPSIS in shown and shown != real:
        pattern = ".*".join(re.escape(part) for part in shown.split(ELLIPSIS))
        if isinstance(real, str) and re.fullmatch(pattern, real, re.DOTALL):
            return None
        return f"{path}: shown {shown!r}, real {_brief(real)}"
    if type(shown) is not type(real) and not {type(shown), type(real)} <= {int, float}:
        return f"{path}: shown {_brief(shown)}, real {_brief(real)}"
    if shown != real:
        return f"{path}: shown {_brief(shown)}, real {_brief(real)}"
    return None


def _list_mismatch(shown: list, real: list, path: str) -> Optional[str]:
    @functools.lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:  # shown[i:] is an excerpt of real[j:]
        if i == len(shown):
            return j == len(real)
        if shown[i] == ELLIPSIS:
            return fits(i + 1, j) or (j < len(real) and fits(i, j + 1))
        return j < len(real) and mismatch(shown[i], real[j]) is None and fits(i + 1, j + 1)

    if fits(0, 0):
        return None
    for index, element in enumerate(shown):
        if element != ELLIPSIS and all(mismatch(element, candidate) for candidate in real):
            closest = min((mismatch(element, candidate, f"{path}[{index}]") for candidate in real),
                          key=len, default=f"{path}: the real list is empty")
            return f"{path}[{index}] matches no real element; e.g. {closest}"
    return (f"{path}: the shown elements are in the real list ({len(real)} long), but not in this "
            f"order or count (a list without a trailing \"…\" shows every element)")


def _brief(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."
