"""A page's bytes as text, decoded the way a browser decides: a byte-order mark, else the charset
the transport declares (Content-Type), else the page's own <meta> declaration in its first 1,024
bytes, else UTF-8, or windows-1252 when the bytes are not UTF-8. Labels that browsers read as
windows-1252 (ISO-8859-1, Latin-1, ASCII) are read so too. Bytes the charset cannot decode become
U+FFFD (one character each), as in a browser: a stray byte does not make a page unreadable."""
from __future__ import annotations

import codecs
import re
from typing import Optional

BYTE_ORDER_MARKS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                    (codecs.BOM_UTF16_BE, "utf-16-be"))
PRESCAN_BYTES = 1024
META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
# The WHATWG Encoding Standard maps these labels to windows-1252 (its C1 range holds the curly
# quotes and dashes that pages labelled ISO-8859-1 actually contain).
WINDOWS_1252_LABELS = frozenset({
    "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
    "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "latin-1", "us-ascii",
    "windows-1252", "x-cp1252"})


class UnknownCharset(ValueError):
    """The transport declared a charset no codec reads."""


def codec_for(label: str) -> Optional[str]:
    """Python's codec for a charset label, or None when there is none."""
    label = label.strip().strip("\"'").lower()
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def meta_charset(head: bytes) -> Optional[str]:
    """The codec a <meta charset> or <meta http-equiv content="...; charset=..."> names, if any.
    A page that reached us as bytes in an ASCII-compatible form and says UTF-16 is UTF-8."""
    match = META_CHARSET.search(head)
    codec = codec_for(match.group(1).decode("ascii")) if match else None
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def decode_page(raw: bytes, charset: Optional[str] = None) -> str:
    """The page as text. ``charset`` is the transport's declaration (a Content-Type parameter);
    an unknown one raises :class:`UnknownCharset`."""
    for mark, codec in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return raw[len(mark):].decode(codec, errors="replace")
    codec = None
    if charset:
        codec = codec_for(charset)
        if codec is None:
            raise UnknownCharset(f"Unknown charset {charset!r}.")
    codec = codec or meta_charset(raw[:PRESCAN_BYTES])
    if codec:
        return raw.decode(codec, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
