"""Reads back what a PDF that reportlab wrote says: its pages and the text in its content
streams (no PDF library is installed; reportlab's standard fonts keep text as strings)."""
from __future__ import annotations

import base64
import re
import zlib

_OBJECT = re.compile(rb"\d+ 0 obj\s*(.*?)endobj", re.S)
_STRING = re.compile(rb"\((?:\\.|[^\\)])*\)")
_SHOWN = re.compile(rb"\[(?:[^\]]*)\]\s*TJ|\((?:\\.|[^\\)])*\)\s*Tj", re.S)


def _unescape(raw: bytes) -> str:
    body = re.sub(rb"\\([0-7]{1,3})", lambda m: bytes([int(m.group(1), 8)]), raw[1:-1])
    body = re.sub(rb"\\(.)", lambda m: {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(m.group(1), m.group(1)), body)
    return body.decode("cp1252")


def streams(pdf: bytes) -> list[tuple[bytes, bytes]]:
    """(dictionary, decoded data) of every stream object."""
    found = []
    for body in _OBJECT.findall(pdf):
        if b"stream" not in body:
            continue
        header, _, rest = body.partition(b"stream")
        data = rest.lstrip(b"\r\n").rsplit(b"endstream", 1)[0].rstrip(b"\r\n")
        if b"/ASCII85Decode" in header:
            raw = data.strip()
            raw = raw[2:] if raw.startswith(b"<~") else raw
            data = base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)
        if b"/FlateDecode" in header:
            data = zlib.decompress(data)
        found.append((header, data))
    return found


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def image_count(pdf: bytes) -> int:
    """Colour images (their transparency masks, grey images of their own, are not counted)."""
    return sum(1 for header, _ in streams(pdf) if b"/Image" in header and b"/DeviceRGB" in header)


def text_of(pdf: bytes) -> str:
    """The strings shown on the pages, one text operator per line."""
    lines = []
    for header, data in streams(pdf):
        if b"/Image" in header:
            continue
        for shown in _SHOWN.findall(data):
            lines.append("".join(_unescape(s) for s in _STRING.findall(shown)))
    return "\n".join(lines)
