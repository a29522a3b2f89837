"""The signature block that closes a notice: signature lines, issuer, date and the seal area."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.core.notices import fonts

SEAL_DIAMETER = 41 * mm        # room for a round official seal of 4 cm


class SignatureBlock(Flowable):
    """Signature lines left; issuer and date right, under a dashed circle where the seal goes."""

    def __init__(self, labels: list[str], issuer: str, date_text: str, seal: bool, seal_label: str):
        super().__init__()
        self.labels, self.issuer, self.date_text = labels, issuer, date_text
        self.seal, self.seal_label = seal, seal_label
        self.height = max(SEAL_DIAMETER + 3 * mm, len(labels) * 13 * mm + 4 * mm)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return self.width, self.height

    def draw(self):
        c = self.canv
        line_start_pad = 2 * mm
        y = self.height - 7 * mm
        for label in self.labels:
            lines = label.split("\n")
            fonts.draw(c, 0, y, lines[0] + "：", 10.5)
            if len(lines) > 1:
                fonts.draw(c, 0, y - 4.2 * mm, lines[1], 8)
            x0 = fonts.string_width(lines[0] + "：", 10.5) + line_start_pad
            c.setLineWidth(0.5)
            c.line(x0, y - 1 * mm, min(x0 + 45 * mm, self.width * 0.55), y - 1 * mm)
            y -= 13 * mm
        cx = self.width * 0.76
        cy = self.height / 2
        if self.issuer:
            fonts.draw(c, cx, cy + 1 * mm, self.issuer, 11, "centre")
        fonts.draw(c, cx, cy - 6 * mm, self.date_text, 11, "centre")
        if self.seal:
            c.saveState()
            c.setStrokeColor(colors.HexColor("#B0B0B0"))
            c.setDash(3, 2)
            c.setLineWidth(0.6)
            c.circle(cx, cy, SEAL_DIAMETER / 2)
            c.setFillColor(colors.HexColor("#909090"))
            fonts.draw(c, cx, cy + SEAL_DIAMETER / 2 - 6 * mm, self.seal_label.replace("\n", " "), 8, "centre")
            c.restoreState()



def signatures_kept_with_what_precedes(closing: list[Flowable]) -> list[Flowable]:
    """A closing part taller than a page is split by reportlab; the signature block then
    still starts its page with the line before it (公示期, a total), never alone."""
    at = next((i for i, f in enumerate(closing) if isinstance(f, SignatureBlock)), None)
    if not at:
        return closing
    before = at - 1
    while before > 0 and isinstance(closing[before], Spacer):
        before -= 1
    return closing[:before] + [KeepTogether(closing[before:at + 1])] + closing[at + 1:]
