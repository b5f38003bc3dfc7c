"""JSON text that any UTF-8 stream can carry: the one serialiser of the API, the CLI and bulk.

Characters stay themselves (``ensure_ascii=False``: "Xi’s" is readable in a terminal), except an
unpaired UTF-16 surrogate (U+D800–U+DFFF). A JSON body may carry one as an escape (``"\\ud800"``);
Python decodes it to a string that no UTF-8 encoder accepts, and an offset-exact mention or an
echoed ``id`` can hold it. Written back as the same escape, it reaches the client unchanged.
"""
from __future__ import annotations

import json
import re

SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """``text`` (JSON) with every surrogate code point written as its ``\\uXXXX`` escape."""
    return SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def dumps(value, **kwargs) -> str:
    """``json.dumps(value, ensure_ascii=False, **kwargs)``, safe to encode as UTF-8."""
    return escape_surrogates(json.dumps(value, ensure_ascii=False, **kwargs))
