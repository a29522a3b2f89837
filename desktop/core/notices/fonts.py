"""The shipped fonts for reportlab, and text split into runs each font can draw.

WenQuanYi Micro Hei covers Chinese (common and rare BMP characters), 〔〕, the RMB
capitals and Korean Hangul; it lacks CJK Extension B (𠮷 U+20BB7). reportlab has no
automatic fallback, so text is split into runs by the main font's cmap and the runs it
cannot draw go to HanaMinB. Both are embedded as subsets (only the glyphs used).
"""
from __future__ import annotations

import threading
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import font_path

MAIN = "CunwuSans"        # wqy-microhei.ttc, face 0
EXTRA = "CunwuExtB"       # HanaMinB.ttf: Extension B and other rare ideographs
_lock = threading.Lock()
_registered = False


def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode CMap with characters beyond the BMP written as UTF-16
    surrogate pairs, as the PDF spec asks; reportlab writes <20BB7>, which readers reject,
    so 𠮷 drew but could not be searched, copied or checked in the PDF's text."""
    def utf16(code: int) -> str:
        return "".join(f"{b:02X}" for b in chr(code).encode("utf-16-be"))
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
             f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
             f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar"]
    lines += [f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def register() -> None:
    """Register both fonts once per process (thread-safe; cheap after the first call)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        pdfmetrics.registerFont(TTFont(MAIN, str(font_path("wqy-microhei.ttc")), subfontIndex=0))
        pdfmetrics.registerFont(TTFont(EXTRA, str(font_path("HanaMinB.ttf"))))
        _registered = True


@lru_cache(maxsize=1)
def _main_cmap() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(MAIN).face.charWidths)


@lru_cache(maxsize=1)
def _extra_cmap() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(EXTRA).face.charWidths)


def font_for(ch: str) -> str:
    code = ord(ch)
    if code < 0x80 or code in _main_cmap():
        return MAIN
    if code in _extra_cmap():
        return EXTRA
    return MAIN    # neither has it: the main font's .notdef box, so the gap is visible


def runs(text: str) -> list[tuple[str, str]]:
    """[(font name, text)] with neighbouring characters of one font joined."""
    out: list[tuple[str, str]] = []
    for ch in text:
        f = font_for(ch)
        if out and out[-1][0] == f:
            out[-1] = (f, out[-1][1] + ch)
        else:
            out.append((f, ch))
    return out


def needs_fallback(text: str) -> bool:
    cmap = _main_cmap()
    return any(ord(ch) >= 0x80 and ord(ch) not in cmap for ch in text)


def markup(text: str) -> str:
    """Escaped Paragraph markup; runs the main font lacks are wrapped in <font name=...>."""
    if not needs_fallback(text):
        return escape(text)
    return "".join(escape(t) if f == MAIN else f'<font name="{f}">{escape(t)}</font>'
                   for f, t in runs(text))


def string_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs(text))


def draw(canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """canvas.drawString with the fallback font; align is left, centre or right."""
    width = string_width(text, size)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    for f, t in runs(text):
        canvas.setFont(f, size)
        canvas.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, f, size)
