"""Funds' own A4 layout of the notices (used until the notices area's renderers exist).

reportlab with WenQuanYi Micro Hei (resources/fonts/wqy-microhei.ttc, subfont 0).
"""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.core.funds.money import capitals, yuan
from desktop.core.notices.contracts import FinancialDisclosure, MeetingNotice, ResolutionNotice, ResultNotice

FONT = "CunwuFundsHei"
_FONT_FILE = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "wqy-microhei.ttc"


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(_FONT_FILE), subfontIndex=0))
    return FONT


def _styles():
    f = _font()
    return {
        "title": ParagraphStyle("t", fontName=f, fontSize=18, leading=24, alignment=1, spaceAfter=2 * mm),
        "sub": ParagraphStyle("s", fontName=f, fontSize=10, leading=14, alignment=1, spaceAfter=3 * mm),
        "h": ParagraphStyle("h", fontName=f, fontSize=12, leading=16, spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        "body": ParagraphStyle("b", fontName=f, fontSize=10.5, leading=16),
        "cell": ParagraphStyle("c", fontName=f, fontSize=8.5, leading=11),
        "cellr": ParagraphStyle("cr", fontName=f, fontSize=8.5, leading=11, alignment=2),
        "sign": ParagraphStyle("g", fontName=f, fontSize=10.5, leading=22),
    }


def _esc(text) -> str:
    return str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list], widths: list[float], st, *, money_cols=(), header_rows=1, bold_last=False) -> Table:
    data = []
    for i, row in enumerate(rows):
        data.append([Paragraph(_esc(c), st["cellr"] if (j in money_cols and i >= header_rows) else st["cell"])
                     for j, c in enumerate(row)])
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if bold_last:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f6f6f6")))
    t.setStyle(TableStyle(style))
    return t


def _page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(_font(), 8)
    canvas.drawCentredString(doc.pagesize[0] / 2, 8 * mm, f"第 {doc.page} 页")
    canvas.restoreState()


def _build(story, *, wide: bool = False, title: str = "") -> bytes:
    buf = io.BytesIO()
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=title, author="村务通")
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buf.getvalue()


def _header(st, pub, title: str) -> list:
    if pub.village_name.endswith("村") and title.startswith("村级"):
        title = title[2:]          # 高家湾村财务公开表, not 高家湾村村级财务公开表
    out = [Paragraph(_esc(f"{pub.village_name}{title}"), st["title"])]
    if pub.number:
        out.append(Paragraph(_esc(pub.number), st["sub"]))
    return out


def _signature_block(st, pub, lines: list[str]) -> list:
    rows = [[Paragraph(_esc(x), st["sign"]) for x in lines[i:i + 3]] for i in range(0, len(lines), 3)]
    t = Table(rows, colWidths=[60 * mm] * 3)
    date_line = f"{pub.issuer_name}（盖章处）　　　{pub.issued_on.year}年{pub.issued_on.month}月{pub.issued_on.day}日"
    block = [Spacer(1, 5 * mm), t, Spacer(1, 4 * mm),
             Paragraph(_esc(date_line), ParagraphStyle("d", parent=st["body"], alignment=2))]
    if pub.disclosure_from and pub.disclosure_to:
        block.append(Paragraph(_esc(f"公示期：{pub.disclosure_from} 至 {pub.disclosure_to}。"
                                    "如有异议，请向村务监督委员会反映。" + (f" {pub.contact}" if pub.contact else "")),
                               st["body"]))
    return [KeepTogether(block)]


def render_disclosure(d: FinancialDisclosure) -> bytes:
    st = _styles()
    pub = d.publication
    story = _header(st, pub, d.title)
    story.append(Paragraph(_esc(f"公开期间：{d.period_label}（{d.period_start} 至 {d.period_end}）　单位：元"), st["sub"]))

    story.append(Paragraph("一、资金收支总表", st["h"]))
    rows = [["资金名称", "来源", "期初余额", "本期收入", "本期支出", "期末余额", "年度预算"]]
    for f in d.funds:
        rows.append([f.fund, f.source, yuan(f.opening), yuan(f.income), yuan(f.spending), yuan(f.closing),
                     "" if f.budget is None else yuan(f.budget)])
    rows.append(["合计", "", yuan(d.total_opening), yuan(d.total_income), yuan(d.total_spending),
                 yuan(d.total_closing), ""])
    story.append(_table(rows, [40 * mm, 26 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], st,
                        money_cols=(2, 3, 4, 5, 6), bold_last=True))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(_esc(f"本期收入合计（大写）：{capitals(d.total_income)}　"
                                f"本期支出合计（大写）：{capitals(d.total_spending)}"), st["body"]))
    story.append(Paragraph(_esc(f"期末余额合计（大写）：{capitals(d.total_closing)}"), st["body"]))

    story.append(Paragraph("二、按资金和科目分类", st["h"]))
    rows = [["资金名称", "收支", "科目", "本期金额", "年度预算"]]
    for c in d.categories:
        rows.append([c.fund, c.direction, c.category, yuan(c.amount), "" if c.budget is None else yuan(c.budget)])
    story.append(_table(rows, [58 * mm, 14 * mm, 40 * mm, 32 * mm, 32 * mm], st, money_cols=(3, 4)))

    story.append(Paragraph("三、收支明细", st["h"]))
    rows = [["日期", "凭证号", "资金", "科目", "摘要", "收入", "支出"]]
    for e in d.entries:
        summary = e.summary + (f"（{e.counterparty}）" if e.counterparty else "")
        rows.append([e.entry_date.strftime("%m-%d"), e.voucher_no, e.fund, e.category, summary,
                     yuan(e.income) if e.income else "", yuan(e.spending) if e.spending else ""])
    if len(rows) == 1:
        rows.append(["", "", "", "", "本期无收支", "", ""])
    story.append(_table(rows, [12 * mm, 21 * mm, 30 * mm, 19 * mm, 56 * mm, 20 * mm, 20 * mm], st,
                        money_cols=(5, 6)))

    story.append(Paragraph("四、“四议两公开”事项进展", st["h"]))
    rows = [["事项", "金额", "进展到", "日期", "状态"]]
    for x in d.decisions:
        rows.append([x.title, "" if x.amount is None else yuan(x.amount), x.stage,
                     "" if x.stage_date is None else str(x.stage_date), x.note])
    if len(rows) == 1:
        rows.append(["本期无议事事项", "", "", "", ""])
    story.append(_table(rows, [50 * mm, 24 * mm, 38 * mm, 22 * mm, 42 * mm], st, money_cols=(1,)))

    story.append(Paragraph("五、村务监督委员会审核意见", st["h"]))
    remark = d.supervisor_remarks or "　"
    box = Table([[Paragraph(_esc(remark), st["body"])]], colWidths=[176 * mm], rowHeights=[None if d.supervisor_remarks
                                                                                        else 18 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(box)
    signed = d.supervisor_name or "________________"
    when = str(d.supervisor_signed_on) if d.supervisor_signed_on else "______年___月___日"
    story += _signature_block(st, pub, ["经办人：____________", "村委会主任：____________",
                                        f"监委会审核人：{signed}", "监委会成员：____________",
                                        "监委会成员：____________", f"审核日期：{when}"])
    return _build(story, title=f"{pub.village_name}{d.title} {d.period_label}")


def _stage_table(st, stages) -> Table:
    rows = [["环节", "日期", "应到", "实到", "赞成", "反对", "弃权", "结果"]]
    for s in stages:
        def n(v):
            return "" if v is None else str(v)
        rows.append([s.stage, "" if s.held_on is None else str(s.held_on), n(s.expected), n(s.present),
                     n(s.votes_for), n(s.votes_against), n(s.abstain), s.result])
    return _table(rows, [38 * mm, 22 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 57 * mm], st)


def render_resolution(r: ResolutionNotice) -> bytes:
    st = _styles()
    pub = r.publication
    story = _header(st, pub, r.title)
    story.append(Paragraph(_esc(f"事项：{r.matter}"), st["h"]))
    if r.amount is not None:
        story.append(Paragraph(_esc(f"金额：{yuan(r.amount)} 元（大写：{capitals(r.amount)}）"), st["body"]))
    if r.funding:
        story.append(Paragraph(_esc(f"资金来源：{r.funding}"), st["body"]))
    if r.executor:
        story.append(Paragraph(_esc(f"实施负责：{r.executor}"), st["body"]))
    story.append(Paragraph("决议内容", st["h"]))
    story.append(Paragraph(_esc(r.resolution).replace("\n", "<br/>"), st["body"]))
    story.append(Paragraph("议事程序", st["h"]))
    story.append(_stage_table(st, r.stages))
    story += _signature_block(st, pub, ["村党支部：____________", "村民委员会：____________",
                                        "村务监督委员会：____________"])
    return _build(story, title=f"{r.title} {r.matter}")


def render_result(r: ResultNotice) -> bytes:
    st = _styles()
    pub = r.publication
    story = _header(st, pub, r.title)
    story.append(Paragraph(_esc(f"事项：{r.matter}"), st["h"]))
    if r.approved_amount is not None:
        story.append(Paragraph(_esc(f"决议金额：{yuan(r.approved_amount)} 元（{capitals(r.approved_amount)}）"),
                               st["body"]))
    story.append(Paragraph(_esc(f"实际支出：{yuan(r.total)} 元（{capitals(r.total)}）"), st["body"]))
    story.append(Paragraph("支出明细", st["h"]))
    rows = [["日期", "收款单位/人", "摘要", "金额（元）"]]
    for line in r.lines:
        rows.append(["" if line.paid_on is None else str(line.paid_on), line.payee, line.summary, yuan(line.amount)])
    rows.append(["合计", "", "", yuan(r.total)])
    story.append(_table(rows, [24 * mm, 44 * mm, 78 * mm, 30 * mm], st, money_cols=(3,), bold_last=True))
    if r.outcome:
        story.append(Paragraph("实施结果", st["h"]))
        story.append(Paragraph(_esc(r.outcome), st["body"]))
    if r.stages:
        story.append(Paragraph("议事程序", st["h"]))
        story.append(_stage_table(st, r.stages))
    story += _signature_block(st, pub, ["经办人：____________", "村民委员会：____________",
                                        "村务监督委员会：____________"])
    return _build(story, title=f"{r.title} {r.matter}")


def render_meeting(m: MeetingNotice) -> bytes:
    st = _styles()
    pub = m.publication
    story = _header(st, pub, m.title)
    body = m.body or f"经研究，定于 {m.held_at:%Y年%m月%d日 %H:%M} 在{m.place}召开{m.meeting}，请{m.attendees}准时参加。"
    story.append(Paragraph(_esc(body), st["body"]))
    story.append(Paragraph("会议议题", st["h"]))
    for i, a in enumerate(m.agenda, 1):
        story.append(Paragraph(_esc(f"{i}. {a}"), st["body"]))
    story += _signature_block(st, pub, [f"召集单位：{m.organiser or pub.issuer_name}"])
    return _build(story, title=f"{m.title} {m.meeting}")


def render(data) -> bytes:
    for kind, fn in ((FinancialDisclosure, render_disclosure), (ResolutionNotice, render_resolution),
                     (ResultNotice, render_result), (MeetingNotice, render_meeting)):
        if isinstance(data, kind):
            return fn(data)
    raise TypeError(f"funds cannot render {type(data).__name__}")
