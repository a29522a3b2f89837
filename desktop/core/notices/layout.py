"""The page engine every notice uses (reportlab, no Qt).

A `Notice` collects the body (headings, paragraphs, tables that split across pages with
the header row repeated, signature lines and the seal area) and renders A4 portrait or
landscape PDF bytes with a running header (village name, 文号) and "第 X 页 共 Y 页" on
every page. Text goes through `fonts.markup`/`fonts.draw`, so rare characters such as
𠮷 draw with the fallback font. With `Publication.bilingual` every fixed label prints in
Chinese then Korean (see bilingual.py); data stays as recorded.
"""
from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus import Flowable, Frame, KeepTogether, LongTable, PageTemplate, Paragraph, Spacer, TableStyle

from desktop.core.inputs.dates import day_label
from desktop.core.money import yuan
from desktop.core.notices import fonts
from desktop.core.notices.bilingual import korean
from desktop.core.notices.contracts import Publication
from desktop.core.notices.paged_doc import NumberedCanvas, PageTrackingDoc
from desktop.core.notices.signature_block import SignatureBlock, signatures_kept_with_what_precedes
from desktop.core.notices.table_flow import Heading, TableSpec, TailTable, expand_story

MARGIN = 15 * mm
TAIL_ROWS = 3                  # table rows kept with the signatures


def cn_date(d: date | None) -> str:
    """Dates on paper: 2026年3月5日 (the one date formatter, in its Chinese style)."""
    return day_label(d, style="cn")


def _style(name: str, size: float, align=TA_LEFT, leading: float | None = None,
           space_after: float = 0, space_before: float = 0, first_indent: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=fonts.MAIN, fontSize=size, leading=leading or size * 1.35,
                          alignment=align, spaceAfter=space_after, spaceBefore=space_before,
                          firstLineIndent=first_indent, wordWrap="CJK")


STYLES = {
    "issuer": _style("issuer", 13, TA_CENTER, space_after=1 * mm),
    "title": _style("title", 19, TA_CENTER, leading=24),
    "title_ko": _style("title_ko", 12, TA_CENTER, space_after=1 * mm),
    "number": _style("number", 10.5, TA_CENTER, space_before=1 * mm, space_after=2 * mm),
    "heading": _style("heading", 11.5, TA_LEFT, space_before=3 * mm, space_after=1.5 * mm),

    "body": _style("body", 11, TA_LEFT, leading=19, space_after=1.5 * mm, first_indent=22),
    "plain": _style("plain", 11, TA_LEFT, leading=18, space_after=1 * mm),
    "small": _style("small", 9, TA_LEFT, leading=12.5, space_after=0.5 * mm),
    "cell": _style("cell", 9, TA_LEFT, leading=11),
    "cell_c": _style("cell_c", 9, TA_CENTER, leading=11),
    "cell_r": _style("cell_r", 9, TA_RIGHT, leading=11),
    "head": _style("head", 9, TA_CENTER, leading=11),
    "sign": _style("sign", 10.5, TA_LEFT, leading=14),
}


class Text:
    """Label maker for one notice: Chinese, plus Korean when the village is bilingual."""

    def __init__(self, bilingual: bool):
        self.bilingual = bilingual

    def ko(self, zh: str) -> str | None:
        return korean(zh) if self.bilingual else None

    def inline(self, zh: str, sep: str = " / ") -> str:
        """One-line label: 公示期 / 공시 기간."""
        k = self.ko(zh)
        return f"{zh}{sep}{k}" if k else zh

    def stacked(self, zh: str, ko_size: float = 7.5) -> str:
        """Markup with the Korean on a second, smaller line (column headers)."""
        k = self.ko(zh)
        out = fonts.markup(zh)
        if k:
            out += f'<br/><font size="{ko_size}">{fonts.markup(k)}</font>'
        return out


@dataclass
class Column:
    label: str            # Chinese header; Korean added when bilingual
    width: float          # share of the frame width (all columns' shares are normalised)
    align: str = "L"      # L, C or R


class Notice:
    """Build a notice: add body parts in order, then `render()` -> PDF bytes."""

    def __init__(self, pub: Publication, title: str, *, landscape: bool = False,
                 subtitle: str = "", show_number: bool = True):
        fonts.register()
        self.pub = pub
        self.title = title
        self.text = Text(pub.bilingual)
        self.pagesize = to_landscape(A4) if landscape else A4
        self.frame_width = self.pagesize[0] - 2 * MARGIN
        self.story: list[Flowable] = []
        self.show_number = show_number
        self._header(subtitle, show_number)

    # ------------------------------------------------------------------ parts
    def _header(self, subtitle: str, show_number: bool) -> None:
        s = self.story
        s.append(Paragraph(fonts.markup(self.pub.village_name), STYLES["issuer"]))
        s.append(Paragraph(fonts.markup(self.title), STYLES["title"]))
        k = self.text.ko(self.title)
        if k:
            s.append(Paragraph(fonts.markup(k), STYLES["title_ko"]))
        if show_number and self.pub.number:
            s.append(Paragraph(fonts.markup(self.pub.number), STYLES["number"]))
        if subtitle:
            s.append(Paragraph(fonts.markup(subtitle), STYLES["number"]))
        s.append(Spacer(1, 2 * mm))

    def heading(self, zh: str) -> None:
        self.story.append(Heading(fonts.markup(self.text.inline(zh)), STYLES["heading"]))

    def paragraph(self, text: str, style: str = "body", korean_line: str | None = None) -> None:
        """A body paragraph of data-bearing text (escaped; rare characters handled)."""
        self.story.append(Paragraph(fonts.markup(text), STYLES[style]))
        if korean_line and self.pub.bilingual:
            self.story.append(Paragraph(fonts.markup(korean_line), STYLES["small"]))

    def fixed(self, zh: str, style: str = "plain") -> None:
        """A fixed sentence: Chinese, then its Korean when bilingual and known."""
        self.story.append(Paragraph(fonts.markup(zh), STYLES[style]))
        k = self.text.ko(zh)
        if k:
            self.story.append(Paragraph(fonts.markup(k), STYLES["small"]))

    def spacer(self, height_mm: float) -> None:
        self.story.append(Spacer(1, height_mm * mm))

    def fields(self, pairs: Sequence[tuple[str, str]], columns: int = 2) -> None:
        """Label: value pairs laid out in a borderless grid (e.g. 会议时间：...)."""
        cells = [Paragraph(f"{fonts.markup(self.text.inline(k))}：{fonts.markup(v)}", STYLES["plain"])
                 for k, v in pairs]
        rows = [cells[i:i + columns] + [""] * (columns - len(cells[i:i + columns]))
                for i in range(0, len(cells), columns)]
        w = self.frame_width / columns
        t = LongTable(rows, colWidths=[w] * columns)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        self.story.append(t)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
              total_rows: int = 0, font_size: float = 9, row_height_mm: float | None = None,
              total_span: int = 1) -> None:
        """A grid table with the header row repeated on every page it spans.

        `total_rows` trailing rows are shaded as totals; their first cell (合计) spans
        `total_span` columns, whose other cells must be empty. Cell values are str/int/None;
        they wrap when too long and rare characters use the fallback font.
        """
        share = sum(c.width for c in columns)
        widths = [self.frame_width * c.width / share for c in columns]
        header = [Paragraph(self.text.stacked(c.label), STYLES["head"]) for c in columns]
        body = [[self._cell(v, widths[i], columns[i].align, font_size) for i, v in enumerate(r)]
                for r in rows]
        if total_rows and total_span > 1:    # the 合计 label gets the spanned width to wrap in
            for i in range(len(body) - total_rows, len(body)):
                body[i][0] = self._cell(rows[i][0], sum(widths[:total_span]), "C", font_size)
        self.story.append(TableSpec(columns, widths, header, body, total_rows, font_size, row_height_mm,
                                     total_span))

    def _cell(self, value: Any, width: float, align: str, size: float):
        text = "—" if value is None else str(value)
        # No glyph is wider than 1 em, so short text fits without measuring (most cells).
        if "\n" not in text and not fonts.needs_fallback(text) and \
                (len(text) * size <= width - 6 or fonts.string_width(text, size) <= width - 6):
            return text
        return Paragraph(fonts.markup(text).replace("\n", "<br/>"), _cell_style(align, size))

    def box(self, label: str, content: str, height_mm: float = 18) -> None:
        """A framed box with a label and room to write by hand (e.g. 监委会审核意见);
        when already filled in it only takes the room its text needs."""
        p = Paragraph(f"{fonts.markup(self.text.inline(label))}：{fonts.markup(content)}", STYLES["plain"])
        t = LongTable([[p]], colWidths=[self.frame_width],
                      rowHeights=[None if content.strip() else height_mm * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.story.append(Spacer(1, 2 * mm))
        self.story.append(t)

    def disclosure_period(self) -> None:
        """公示期 from–to, how to object, and the supervision phone (公示 notices)."""
        pub = self.pub
        if not pub.disclosure_from:
            return
        parts = [Paragraph(
            f"{fonts.markup(self.text.inline('公示期'))}：{cn_date(pub.disclosure_from)}至"
            f"{cn_date(pub.disclosure_to)}。如有异议，请在公示期内向村务监督委员会反映。"
            + (f"{fonts.markup(self.text.inline('监督电话'))}：{fonts.markup(pub.contact)}" if pub.contact else ""),
            STYLES["plain"])]
        k = self.text.ko("如有异议，请在公示期内向村务监督委员会反映。")
        if k:
            parts.append(Paragraph(fonts.markup(k), STYLES["small"]))
        self.story.append(Spacer(1, 2 * mm))
        self.story.extend(parts)

    def signatures(self, roles: Sequence[str], *, seal: bool = True, issuer: str | None = None,
                   signed_on: date | None = None) -> None:
        """Signature lines on the left; issuer, date and the seal area (盖章处) on the right."""
        labels = [self.text.inline(r, sep="\n") for r in roles]
        self.story.append(Spacer(1, 4 * mm))
        self.story.append(SignatureBlock(labels, issuer if issuer is not None else self.pub.issuer_name,
                                         cn_date(signed_on or self.pub.issued_on), seal,
                                         self.text.inline("盖章处")))
        if self.pub.books_code:   # the board witnesses the books: anyone can check it later
            self.story.append(Paragraph(f"{fonts.markup(self.text.inline('账本校验码'))}：{self.pub.books_code}",
                                        STYLES["small"]))

    # ----------------------------------------------------------------- output
    def render(self) -> bytes:
        """PDF bytes. The closing part (totals, 公示期, signatures) is kept on one page with
        the last rows of a long last table, so no page holds only signatures; those rows
        print their own header row only when they start a page. Where that is not enough (a
        short last table stays whole; a closing part taller than a page is split), a second
        layout keeps the signatures with what comes before them, and is used when it takes
        no more pages."""
        # A table spec is plain data built into a new table each time; the other flowables
        # are copied (a laid-out paragraph is not laid out again).
        fresh = [item if isinstance(item, TableSpec) else copy.deepcopy(item) for item in self.story] \
            if self._signed_after_table() else None
        pdf, pages, alone = self._build(self._flowables())
        if fresh is not None and alone:
            self.story = fresh
            kept, kept_pages, _ = self._build(self._flowables(keep_signatures=True))
            if kept_pages <= pages:
                return kept
        return pdf

    def _signed_after_table(self) -> bool:
        return (any(isinstance(item, SignatureBlock) for item in self.story)
                and any(isinstance(item, TableSpec) for item in self.story))

    def _flowables(self, keep_signatures: bool = False) -> list[Flowable]:
        if not self._signed_after_table():
            return expand_story(self.story)
        last = max(i for i, item in enumerate(self.story) if isinstance(item, TableSpec))
        main, tail = self.story[last].split(TAIL_ROWS)
        if tail is None and keep_signatures:
            # The short last table, which is not torn apart, goes (with its heading) where
            # the signatures go rather than leaving them a page of their own.
            start = last - 1 if last and isinstance(self.story[last - 1], Heading) else last
            out = expand_story(self.story[:start])
            closing = expand_story(self.story[start:])
        else:
            out = expand_story(self.story[:last] + ([main] if main is not None else []))
            closing = ([] if tail is None else [TailTable(tail)]) + expand_story(self.story[last + 1:])
        if keep_signatures:
            closing = signatures_kept_with_what_precedes(closing)
        out.append(KeepTogether(closing))
        return out

    def _build(self, flowables: list[Flowable]) -> tuple[bytes, int, bool]:
        """(PDF bytes, pages, whether the signature block's page holds nothing else)."""
        buf = io.BytesIO()
        doc = PageTrackingDoc(buf, pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN + 4 * mm,
                              title=self.title, author=self.pub.issuer_name, creator="村务通 Cunwu",
                              subject=self.pub.number)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        header_left = f"{self.pub.village_name}　{self.title}"
        footer = self.text.inline("第 {page} 页 共 {pages} 页", sep="　")
        footer_zh, footer_ko = "第 {page} 页 共 {pages} 页", korean("第 {page} 页 共 {pages} 页")
        pagesize = self.pagesize
        number = self.pub.number if self.show_number else ""

        class _Canvas(NumberedCanvas):
            def decorate(self, page: int, pages: int) -> None:
                w, h = pagesize
                self.setStrokeColor(colors.grey)
                self.setFillColor(colors.grey)
                fonts.draw(self, MARGIN, h - MARGIN, header_left, 8.5)
                if number:
                    fonts.draw(self, w - MARGIN, h - MARGIN, number, 8.5, "right")
                self.setLineWidth(0.4)
                self.line(MARGIN, h - MARGIN - 2 * mm, w - MARGIN, h - MARGIN - 2 * mm)
                self.setFillColor(colors.black)
                text = footer_zh.format(page=page, pages=pages)
                if footer != footer_zh:
                    text += "　" + footer_ko.format(page=page, pages=pages)
                fonts.draw(self, w / 2, MARGIN - 2 * mm, text, 9, "centre")

        doc.build(flowables, canvasmaker=_Canvas)
        signed = [page for page, f in doc.drawn if isinstance(f, SignatureBlock)]
        # Page breaks and spacers are not content (reportlab's KeepTogether adds actions).
        content = [page for page, f in doc.drawn if not isinstance(f, (SignatureBlock, Spacer, ActionFlowable))]
        alone = bool(signed) and signed[0] not in content
        return buf.getvalue(), doc.page, alone


@lru_cache(maxsize=None)
def _cell_style(align: str, size: float) -> ParagraphStyle:
    # rightIndent: CJK wrapping lets closing punctuation（）hang past the line end; keep
    # that inside the cell instead of over its border.
    base = STYLES[{"L": "cell", "C": "cell_c", "R": "cell_r"}[align]]
    return ParagraphStyle(f"{base.name}{size}", parent=base, fontSize=size, leading=size + 2,
                          rightIndent=size)


def money_cell(fen: int | None) -> str | None:
    return None if fen is None else yuan(fen)
