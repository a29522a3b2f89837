"""The printable monthly report of one place: A4, reportlab, the shipped CJK fonts.

Layout of a village notice: village header, title, the figures, group shares, subsidy
(figures and RMB capitals), the per-person register summary (names only, no ID),
signature lines (经办人, 村委会, 监委会) and the space for the seal.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import cn2an
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.core.care.report import yuan
from desktop.paths import font_path

FONT, FONT_B = "CunwuWQY", "CunwuHanaMinB"


def register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(font_path("wqy-microhei.ttc")), subfontIndex=0))
    if FONT_B not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_B, str(font_path("HanaMinB.ttf"))))


def _markup(text: object) -> str:
    """Escape, and draw characters outside the BMP (𠮷) with the fallback font."""
    out = []
    for ch in str(text):
        out.append(f'<font name="{FONT_B}">{escape(ch)}</font>' if ord(ch) > 0xFFFF else escape(ch))
    return "".join(out)


def rmb_capitals(fen: int) -> str:
    if fen == 0:
        return "零元整"
    text = cn2an.an2cn(yuan(fen), "rmb")
    return text if text.endswith(("角", "分")) else text.rstrip("整") + "整"


def render_monthly_pdf(report: dict, path: str | Path, *, issued_on: date | None = None) -> Path:
    register_fonts()
    path = Path(path)
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=14)
    small = ParagraphStyle("small", parent=base, fontSize=9, leading=12)
    title = ParagraphStyle("title", parent=base, fontSize=17, leading=24, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=base, fontSize=11, leading=16, spaceBefore=6, spaceAfter=3)
    village = report.get("village", {}).get("name", "")
    place = report["place"]
    y, m = report["month"].split("-")
    kind_word = "托老" if place["audience"] == "elderly" else "托幼"
    unit = "老人" if place["audience"] == "elderly" else "儿童"
    township = report.get("village", {}).get("township", "")
    story = [Paragraph(_markup(f"{township} {village}".strip()), ParagraphStyle("v", parent=base, alignment=TA_CENTER)),
             Paragraph(_markup(f"{place['name']}{y}年{int(m)}月{kind_word}服务月报"), title), Spacer(1, 3 * mm),
             Paragraph(_markup(f"场所类型：{place['kind']}　核定名额：{place['capacity'] or '未定'}　"
                               f"统计期间：{report['first']} 至 {report['last']}　开放 {report['open_days']} 天"), small),
             Spacer(1, 2 * mm)]

    def table(rows, widths, header_rows=1):
        t = Table([[Paragraph(_markup(c), small) if isinstance(c, str) else Paragraph(str(c), small)
                    for c in r] for r in rows], colWidths=widths, repeatRows=header_rows)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if header_rows:
            style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")))
        else:   # label / value pairs: shade the labels
            style += [("BACKGROUND", (c, 0), (c, -1), colors.HexColor("#f3f3f3")) for c in (0, 2)]
        t.setStyle(TableStyle(style))
        return t

    story.append(Paragraph("一、服务概况", head))
    figures = [
        ["月末在托人数", report["enrolled_at_end"], "本月服务人数", report["served"]],
        ["本月新入托", report["joined"], "本月退托", report["left"]],
        [f"在托{unit}出勤（人次）", report["attendance"], "临时来访（人次）", report["visitors"]],
        ["合计服务人次", report["attendance_total"], "日均出勤（人）", report["average_daily"]],
        ["在托用餐（餐次）", report["meals"], "临时来访用餐（餐次）", report["visitor_meals"]],
    ]
    t = table([[str(c) for c in r] for r in figures], [42 * mm, 43 * mm, 42 * mm, 43 * mm], header_rows=0)
    story.append(t)

    story.append(Paragraph("二、服务项目与重点人群", head))
    services = list(report["services"].items())
    shares = list(report["shares"].items())
    rows = [["服务项目", "次数", "重点人群（占服务人数）", "人数", "占比"]]
    for i in range(max(len(services), len(shares))):
        s = services[i] if i < len(services) else ("", "")
        g = shares[i] if i < len(shares) else None
        rows.append([s[0], str(s[1]), g[0] if g else "", str(g[1]["count"]) if g else "",
                     f"{g[1]['percent']}%" if g else ""])
    story.append(table(rows, [36 * mm, 24 * mm, 50 * mm, 30 * mm, 30 * mm]))

    story.append(Paragraph("三、应拨补贴", head))
    sub = report["subsidy"]
    rows = [["项目", "标准（元）", "数量", "金额（元）"],
            ["助餐补贴（每餐）", yuan(sub["meal_fen"]), f"{sub['meals']} 餐次", yuan(sub["meal_total_fen"])],
            ["运营补贴（每人每月）", yuan(sub["person_fen"]), f"{sub['person_months']} 人", yuan(sub["person_total_fen"])],
            ["合计", "", "", yuan(sub["total_fen"])],
            ["合计（大写）", rmb_capitals(sub["total_fen"]), "", ""]]
    t = table(rows, [46 * mm, 40 * mm, 40 * mm, 44 * mm])
    t.setStyle(TableStyle([("SPAN", (1, 4), (3, 4))]))
    story.append(t)

    story.append(Paragraph(f"四、{unit}出勤明细", head))
    rows = [["序号", "姓名", "性别", "年龄", "出勤天数", "用餐餐次", "其他服务"]]
    for i, p in enumerate(report["people"], 1):
        rows.append([str(i), p["name"], p["gender"], "" if p["age"] is None else str(p["age"]), str(p["days"]),
                     str(p["meals"]), "、".join(f"{k}{v}" for k, v in p["services"].items())])
    if len(rows) == 1:
        rows.append(["", "本月无出勤记录", "", "", "", "", ""])
    story.append(table(rows, [12 * mm, 30 * mm, 12 * mm, 12 * mm, 20 * mm, 20 * mm, 64 * mm]))

    story.append(Spacer(1, 10 * mm))
    day = issued_on or date.today()
    sig = Table([[Paragraph("经办人：________________", base), Paragraph("村委会（盖章）：", base),
                  Paragraph("监委会：________________", base)],
                 [Paragraph(f"填报日期：{day.year}年{day.month}月{day.day}日", base), Paragraph("盖章处", small), ""]],
                colWidths=[60 * mm, 55 * mm, 55 * mm], rowHeights=[10 * mm, 30 * mm])
    sig.setStyle(TableStyle([("BOX", (1, 1), (1, 1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("ALIGN", (1, 1), (1, 1), "CENTER"), ("VALIGN", (1, 1), (1, 1), "MIDDLE"),
                             ("TEXTCOLOR", (1, 1), (1, 1), colors.grey)]))
    story.append(sig)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, f"{village}{place['name']} {report['month']} 第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=f"{place['name']} {report['month']} 月报",
                            author=village)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def write_monthly_pdf(store, place_id: str, month: str, path: str | Path) -> Path:
    """The monthly report as A4 PDF: through the notices module when it has a renderer,
    else with the layout above."""
    from desktop.core.care.report import monthly_report
    try:
        from desktop.core.notices import render as notices_render   # present once notices ships it
    except ImportError:
        notices_render = None
    if notices_render is not None:
        from desktop.core.care.notices import collect_monthly_report
        path = Path(path)
        path.write_bytes(notices_render(collect_monthly_report(store, place_id, month)))
        return path
    return render_monthly_pdf(monthly_report(store, place_id, month), path)
