"""Printouts of the funds area that are not public notices of the registry: the
小微权力清单 (with each power's uses and their supervision) and the 监委会's warning list.
Both use the notices page engine, so they carry the CJK fonts, header and signatures."""
from __future__ import annotations

from db import Store
from desktop.core.funds import powers, warnings
from desktop.core.funds.common import Period
from desktop.core.money import yuan
from desktop.core.notices.layout import Column, Notice
from desktop.core.notices.publication import publication_for


def power_list_pdf(store: Store, *, with_uses: bool = True) -> bytes:
    items = powers.list_powers(store)
    n = Notice(publication_for(store, number=""), "村级小微权力清单", landscape=True,
               subtitle=f"共 {len(items)} 项")
    cols = [Column("序号", 0.5, "C"), Column("类别", 1.3), Column("权力事项", 1.6), Column("责任主体", 1.3),
            Column("办理流程", 4.2), Column("办理时限", 1.2), Column("公开内容", 2.0), Column("监督主体", 1.3)]
    n.table(cols, [[i, p["category"], p["name"], p["holder"], powers.describe(p), p["time_limit"], p["disclosure"],
                    p["supervisor"]] for i, p in enumerate(items, start=1)])
    if with_uses:
        for p in items:
            used = powers.uses(store, p["id"])
            if not used:
                continue
            n.heading(f"{p['name']}：行使记录与监督")
            cols = [Column("日期", 1.0, "C"), Column("类型", 0.8, "C"), Column("事项", 3.4),
                    Column("金额（元）", 1.2, "R"), Column("状态/经办", 1.2, "C"), Column("监督情况", 4.2)]
            n.table(cols, [[u["date"], u["kind"], u["subject"], powers.amount_text(u["amount_fen"]), u["status"],
                            u["supervision"]] for u in used])
    n.paragraph("凡清单所列事项，均按上述流程办理，办理过程和结果接受村务监督委员会和村民监督。", "plain")
    n.signatures(["村党组织书记（签字）", "村委会主任（签字）", "监委会主任（签字）"])
    return n.render()


def warnings_pdf(store: Store, period: str) -> bytes:
    p = Period(period)
    items = warnings.for_period(store, p.text)
    n = Notice(publication_for(store, number=""), "资金预警清单（监委会审核用）",
               subtitle=f"{p.label}　共 {len(items)} 条")
    if items:
        cols = [Column("序号", 0.5, "C"), Column("类型", 1.2, "C"), Column("日期", 1.0, "C"),
                Column("金额（元）", 1.1, "R"), Column("说明", 4.6)]
        n.table(cols, [[i, w["label"], w["date"], yuan(w["amount_fen"]) if w["amount_fen"] else None, w["message"]]
                       for i, w in enumerate(items, start=1)])
    else:
        n.paragraph("本期没有预警。", "plain")
    n.box("监委会核查意见", "")
    n.signatures(["监委会成员（签字）"], seal=False)
    return n.render()
