"""One template per notice kind: a contract dataclass in, PDF bytes out.

Each template only arranges parts of the page engine (layout.Notice); adding a kind is a
dataclass in contracts.py, a function here, and a line in registry.py.
"""
from __future__ import annotations

from datetime import datetime

from desktop.core.notices import contracts as c
from desktop.core.notices.layout import Column, Notice, cn_date, money_cell
from desktop.core.money import capitals, yuan

WEEKDAYS = "一二三四五六日"


def _count(value: int | None) -> str | None:
    return None if value is None else str(value)


def _pct(part: int, whole: int) -> str:
    if not whole:
        return f"{part} 人"
    return f"{part} 人（{part * 100 / whole:.1f}%）"


def _total_line(n: Notice, label: str, fen: int) -> None:
    n.spacer(1.5)
    n.paragraph(f"{n.text.inline(label)}：{yuan(fen)} 元（{n.text.inline('金额大写')}：{capitals(fen)}）",
                "plain")


# ------------------------------------------------------------------- roster
def render_roster(data: c.RosterNotice) -> bytes:
    sub = f"{data.filter_label}　共 {len(data.rows)} 人" if data.filter_label else f"共 {len(data.rows)} 人"
    n = Notice(data.publication, data.title, landscape=True, subtitle=sub)
    cols = [Column("序号", 0.5, "C"), Column("户号", 0.9), Column("姓名", 1.1), Column("性别", 0.45, "C"),
            Column("民族", 0.7, "C"), Column("年龄", 0.45, "C"), Column("与户主关系", 0.8, "C"),
            Column("身份证号", 1.55, "C"), Column("村民小组", 0.7, "C"), Column("户籍状态", 0.75, "C"),
            Column("住址", 2.2)]
    rows = [[i, r.hh_no, r.name, r.gender, r.ethnicity, _age(r.birth_date, data.publication.issued_on),
             r.relation, r.id_masked or None, r.group, r.status, r.address]
            for i, r in enumerate(data.rows, start=1)]
    n.table(cols, rows)
    n.signatures(["经办人（签字）"], issuer=data.publication.issuer_name)
    return n.render()


def _age(birth: str, on) -> str:
    try:
        y, m, d = (int(p) for p in birth[:10].split("-"))
    except (ValueError, AttributeError):
        return ""
    return str(on.year - y - ((on.month, on.day) < (m, d)))


# ---------------------------------------------------------------- allowance
ALLOWANCE_TITLES = {"低保": "最低生活保障对象公示", "特困供养": "特困人员供养对象公示",
                    "高龄": "高龄补贴发放公示"}
ALLOWANCE_NAMES = {"低保": "最低生活保障", "特困供养": "特困人员供养", "高龄": "高龄补贴"}


def render_allowance(data: c.AllowanceNotice) -> bytes:
    title = data.title or ALLOWANCE_TITLES.get(data.program, f"{data.program}公示")
    n = Notice(data.publication, title, subtitle=data.period_label)
    program = ALLOWANCE_NAMES.get(data.program, data.program)
    n.paragraph(f"根据{program}有关政策规定，经本人申请、村民代表评议、审核审批，现将{data.period_label}"
                f"{program}对象及发放金额公示如下：")
    per_household = any(r.members is not None for r in data.rows)
    detail_label = {"特困供养": "供养方式", "高龄": "年龄段"}.get(data.program)
    cols = [Column("序号", 0.6, "C"), Column("姓名", 1.3), Column("村民小组", 1.0, "C"),
            Column("身份证号", 2.0, "C")]
    if per_household:
        cols.append(Column("保障人数", 0.9, "C"))
    if detail_label:
        cols.append(Column(detail_label, 1.1, "C"))
    cols.append(Column("月发放金额（元）", 1.4, "R"))
    rows = []
    for i, r in enumerate(data.rows, start=1):
        row = [i, r.name, r.group, r.id_masked or None]
        if per_household:
            row.append(_count(r.members))
        if detail_label:
            row.append(r.detail)
        row.append(yuan(r.amount))
        rows.append(row)
    total = [n.text.inline("合计"), f"{len(data.rows)} 户" if per_household else f"{len(data.rows)} 人", "", ""]
    if per_household:
        total.append(str(sum(r.members or 0 for r in data.rows)))
    if detail_label:
        total.append("")
    total.append(yuan(data.total))
    n.table(cols, rows + [total], total_rows=1)
    _total_line(n, "合计", data.total)
    n.disclosure_period()
    n.signatures(["经办人（签字）", "监委会（签字）"])
    return n.render()


# ------------------------------------------------------------------ meeting
def _when(dt: datetime) -> str:
    noon = "上午" if dt.hour < 12 else "下午"
    hour = dt.hour if dt.hour <= 12 else dt.hour - 12
    return f"{cn_date(dt.date())}（星期{WEEKDAYS[dt.weekday()]}）{noon}{hour}:{dt.minute:02d}"


def render_meeting(data: c.MeetingNotice) -> bytes:
    n = Notice(data.publication, data.title)
    organiser = data.organiser or data.publication.issuer_name
    n.paragraph(f"{data.attendees}：", "plain")
    body = data.body or (f"经研究，定于{_when(data.held_at)}在{data.place}召开{data.meeting}"
                         + (f"，研究“{data.matter}”事项" if data.matter else "") + "。现将有关事项通知如下：")
    n.paragraph(body)
    n.fields([("会议名称", data.meeting), ("会议时间", _when(data.held_at)), ("会议地点", data.place),
              ("参会人员", data.attendees), ("召集单位", organiser)], columns=1)
    if data.agenda:
        n.heading("会议议题")
        for i, item in enumerate(data.agenda, start=1):
            n.paragraph(f"{i}. {item}", "plain")
        n.spacer(2)
    n.paragraph("请参会人员准时出席，因故不能参加的请提前向村委会请假。依照规定需表决的事项，须有应到会人员"
                "三分之二以上出席方可进行。")
    n.signatures([], issuer=organiser)
    return n.render()


# ------------------------------------------------------- resolution / result
def _stage_table(n: Notice, stages: list[c.StageRecord]) -> None:
    if not stages:
        return
    n.heading("议事程序")
    cols = [Column("阶段", 1.8), Column("日期", 1.3, "C"), Column("应到", 0.6, "C"), Column("实到", 0.6, "C"),
            Column("同意", 0.6, "C"), Column("反对", 0.6, "C"), Column("弃权", 0.6, "C"), Column("结果", 1.6)]
    rows = [[s.stage, cn_date(s.held_on) or None, _count(s.expected), _count(s.present),
             _count(s.votes_for), _count(s.votes_against), _count(s.abstain), s.result]
            for s in stages]
    n.table(cols, rows)


def render_resolution(data: c.ResolutionNotice) -> bytes:
    n = Notice(data.publication, data.title)
    n.paragraph(f"根据“四议两公开”工作法，“{data.matter}”事项已完成议事决策程序，现将决议内容公告如下：")
    pairs = [("决议事项", data.matter)]
    if data.amount is not None:
        pairs.append(("涉及金额", f"{yuan(data.amount)} 元（{capitals(data.amount)}）"))
    if data.funding:
        pairs.append(("资金安排", data.funding))
    if data.executor:
        pairs.append(("实施主体", data.executor))
    n.fields(pairs, columns=1)
    _stage_table(n, data.stages)
    n.heading("决议内容")
    n.paragraph(data.resolution)
    n.disclosure_period()
    n.signatures(["监委会（签字）"])
    return n.render()


def render_result(data: c.ResultNotice) -> bytes:
    n = Notice(data.publication, data.title)
    n.paragraph(f"“{data.matter}”事项已按村民代表会议决议实施完毕，现将实施结果和资金使用情况公告如下：")
    pairs = [("决议事项", data.matter)]
    if data.approved_amount is not None:
        pairs.append(("批准金额", f"{yuan(data.approved_amount)} 元"))
    pairs.append(("实际支出", f"{yuan(data.total)} 元（{capitals(data.total)}）"))
    n.fields(pairs, columns=1)
    _stage_table(n, data.stages)
    n.heading("支出明细")
    cols = [Column("序号", 0.5, "C"), Column("支付日期", 1.2, "C"), Column("收款单位/个人", 2.0),
            Column("摘要", 2.6), Column("金额（元）", 1.2, "R")]
    rows = [[i, cn_date(l.paid_on) or None, l.payee, l.summary, yuan(l.amount)]
            for i, l in enumerate(data.lines, start=1)]
    rows.append([n.text.inline("合计"), "", "", "", yuan(data.total)])
    n.table(cols, rows, total_rows=1, total_span=4)
    if data.outcome:
        n.heading("实施结果")
        n.paragraph(data.outcome)
    n.disclosure_period()
    n.signatures(["经办人（签字）", "监委会（签字）"])
    return n.render()


# --------------------------------------------------------------- disclosure
def render_disclosure(data: c.FinancialDisclosure) -> bytes:
    sub = f"{data.period_label}（{cn_date(data.period_start)}至{cn_date(data.period_end)}）"
    n = Notice(data.publication, data.title, landscape=True, subtitle=sub)
    n.heading("一、资金收支总表")
    cols = [Column("资金名称", 2.6), Column("资金来源", 1.5, "C"), Column("期初余额", 1.2, "R"),
            Column("本期收入", 1.2, "R"), Column("本期支出", 1.2, "R"), Column("期末余额", 1.2, "R")]
    rows = [[f.fund, f.source, yuan(f.opening), yuan(f.income), yuan(f.spending), yuan(f.closing)]
            for f in data.funds]
    rows.append([n.text.inline("合计"), "", yuan(data.total_opening), yuan(data.total_income),
                 yuan(data.total_spending), yuan(data.total_closing)])
    n.table(cols, rows, total_rows=1, total_span=2)
    _total_line(n, "期初余额合计", data.total_opening)
    _total_line(n, "本期收入合计", data.total_income)
    _total_line(n, "本期支出合计", data.total_spending)
    _total_line(n, "期末余额合计", data.total_closing)
    if data.categories:
        n.heading("二、分类收支")
        cols = [Column("资金名称", 2.6), Column("收支方向", 0.8, "C"), Column("类别", 1.6),
                Column("金额（元）", 1.2, "R"), Column("预算（元）", 1.2, "R"), Column("执行率", 0.8, "R")]
        rows = [[l.fund, l.direction, l.category, yuan(l.amount), money_cell(l.budget),
                 f"{l.amount * 100 / l.budget:.1f}%" if l.budget else None] for l in data.categories]
        n.table(cols, rows)
    if data.entries:
        n.heading("三、收支明细")
        cols = [Column("序号", 0.5, "C"), Column("日期", 1.0, "C"), Column("凭证号", 0.9, "C"),
                Column("资金", 1.6), Column("类别", 1.0), Column("摘要", 2.4), Column("对方单位/个人", 1.4),
                Column("收入（元）", 1.0, "R"), Column("支出（元）", 1.0, "R"), Column("关联决议", 1.3)]
        rows = [[i, e.entry_date.isoformat(), e.voucher_no, e.fund, e.category, e.summary, e.counterparty,
                 yuan(e.income) if e.income else "", yuan(e.spending) if e.spending else "", e.decision]
                for i, e in enumerate(data.entries, start=1)]
        rows.append([n.text.inline("合计"), "", "", "", "", f"{len(data.entries)} 笔", "",
                     yuan(sum(e.income for e in data.entries)), yuan(sum(e.spending for e in data.entries)), ""])
        n.table(cols, rows, total_rows=1, font_size=8.5, total_span=5)
    if data.decisions:
        n.heading("四、四议两公开事项")
        cols = [Column("序号", 0.5, "C"), Column("事项", 2.8), Column("决定金额（元）", 1.3, "R"),
                Column("当前阶段", 1.8, "C"), Column("日期", 1.1, "C"), Column("说明", 2.6)]
        rows = [[i, d.title, money_cell(d.amount), d.stage, cn_date(d.stage_date) or None, d.note]
                for i, d in enumerate(data.decisions, start=1)]
        n.table(cols, rows)
    if data.matching:
        n.heading("五、社会捐助政府配套")
        cols = [Column("资金名称", 2.6), Column("配套比例", 0.9, "C"), Column("配套来源", 1.6),
                Column("累计捐助（元）", 1.2, "R"), Column("应配套（元）", 1.2, "R"),
                Column("已到位（元）", 1.2, "R"), Column("尚欠（元）", 1.2, "R")]
        n.table(cols, [[m.fund, m.ratio, m.source, yuan(m.donated), yuan(m.due), yuan(m.received), yuan(m.owed)]
                       for m in data.matching])
    if data.queries:
        n.heading("六、村民质询与答复")
        cols = [Column("序号", 0.5, "C"), Column("质询日期", 1.0, "C"), Column("凭证号", 0.9, "C"),
                Column("质询内容", 3.4), Column("答复", 3.4), Column("答复日期", 1.0, "C")]
        n.table(cols, [[i, cn_date(q.asked_on), q.voucher_no, q.question, q.answer or "（尚未答复）",
                        cn_date(q.answered_on) or None] for i, q in enumerate(data.queries, start=1)])
    remark = data.supervisor_remarks
    if data.supervisor_name and not data.signoff_coverage:
        remark += f"　（{data.supervisor_name}，{cn_date(data.supervisor_signed_on)}）"
    if data.signoff_coverage:
        remark = (remark + "　" if remark else "") + f"{n.text.inline('审核签字情况')}：{data.signoff_coverage}"
    n.box("监委会审核意见", remark)
    n.disclosure_period()
    n.signatures(["经办人（签字）", "监委会主任（签字）"])
    return n.render()


# ----------------------------------------------------------------- redwhite
def render_redwhite(data: c.RedWhiteNotice) -> bytes:
    n = Notice(data.publication, data.title, landscape=True, subtitle=data.period_label)
    n.paragraph(f"为推进移风易俗，按照本村村规民约和红白理事会章程，现将{data.period_label}本村红白喜事办理情况公示如下：")
    cols = [Column("序号", 0.45, "C"), Column("事由", 0.7, "C"), Column("事主", 1.0), Column("村民小组", 0.7, "C"),
            Column("举办日期", 1.0, "C"), Column("事前申报", 1.0, "C"), Column("桌数", 0.5, "C"),
            Column("每桌标准（元）", 1.05, "R"), Column("彩礼（元）", 1.0, "R"), Column("车辆", 0.5, "C"),
            Column("天数", 0.5, "C"), Column("适用标准（施行日）", 1.0, "C"), Column("是否符合标准", 0.8, "C"),
            Column("超标情况及处理", 1.9)]
    rows = []
    for i, e in enumerate(data.events, start=1):
        reported = "未申报" if e.reported_on is None else \
            (e.reported_on.isoformat() + ("" if e.reported_in_time else "\n（逾期）"))
        issues = "；".join(e.violations)
        if e.handling:
            issues = f"{issues}。处理：{e.handling}" if issues else e.handling

        def cell(name: str, text):
            return "未填" if name in e.unknown else text
        verdict = "未填全" if e.compliant is None else ("符合" if e.compliant else "超标")
        rows.append([i, e.kind, e.host, e.group, e.event_date.isoformat(), reported, cell("tables", _count(e.tables)),
                     cell("cost_per_table", money_cell(e.cost_per_table)),
                     cell("bride_price", money_cell(e.bride_price)), cell("cars", _count(e.cars)),
                     cell("days", _count(e.days)), e.standard or "无", verdict, issues])
    n.table(cols, rows)
    compliant = sum(1 for e in data.events if e.compliant)
    over = sum(1 for e in data.events if e.compliant is False)
    unknown = len(data.events) - compliant - over
    # 申报 counts every declared event; those declared after the deadline are said apart
    # (a late declaration is not a 事前申报 in the sense of the village rules).
    declared = [e for e in data.events if e.reported_on is not None]
    late = sum(1 for e in declared if not e.reported_in_time)
    n.paragraph(f"本期共办理红白喜事 {len(data.events)} 起，符合标准 {compliant} 起，"
                f"超标 {over} 起" + (f"，实际数字未填全 {unknown} 起" if unknown else "") +
                f"；按时申报 {len(declared) - late} 起" + (f"，逾期申报 {late} 起" if late else "") +
                (f"，未申报 {len(data.events) - len(declared)} 起" if len(declared) < len(data.events) else "") + "。",
                "plain")
    if data.standards:
        n.heading("本村红白事标准（各事项按举办日期适用当时施行的标准）")
        for line in data.standards:
            n.paragraph(f"· {line}", "small")
    n.disclosure_period()
    n.signatures(["经办人（签字）", "红白理事会会长（签字）", "监委会（签字）"])
    return n.render()


DEFAULT_COMMITMENTS = [
    "严格遵守本村村规民约和红白理事会规定的标准，不超标准操办。",
    "不大操大办、不铺张浪费、不盲目攀比，不借机敛财。",
    "不燃放或少燃放烟花爆竹，不请低俗表演，不影响邻里生活和交通。",
    "事后如实向红白理事会报告实际办理情况，接受理事会和群众监督。",
    "如有违反，自愿接受理事会劝导、村内通报等处理。",
]


def render_pledge(data: c.RedWhitePledge) -> bytes:
    council = data.council or f"{data.publication.village_name}红白理事会"
    n = Notice(data.publication, data.title, show_number=False)
    n.paragraph(f"{council}：", "plain")
    place = f"在{data.place}" if data.place else ""
    n.paragraph(f"本人{data.host}（{data.group}），家中拟于{cn_date(data.event_date)}{place}办理{data.kind}。"
                "为倡导移风易俗、婚事新办、丧事简办，本人郑重承诺：")
    if data.warning:
        n.box("注意", data.warning)
    if data.items:
        cols = [Column("项目", 1.4), Column("本村标准", 2.0), Column("本户申报", 2.0)]
        n.table(cols, [[i.item, i.limit, i.planned] for i in data.items])
        n.spacer(2)
    n.heading("承诺事项")
    for i, line in enumerate(data.commitments or DEFAULT_COMMITMENTS, start=1):
        n.paragraph(f"{i}. {line}", "plain")
    n.signatures(["承诺人（签字）", "红白理事会会长（签字）"], issuer=council)
    return n.render()


# --------------------------------------------------------------------- care
def render_care(data: c.CareMonthlyReport) -> bytes:
    year, month = data.month.split("-")
    n = Notice(data.publication, data.title, landscape=True, subtitle=f"{int(year)}年{int(month)}月")
    cols = [Column("场所", 2.0), Column("类型", 1.0, "C"), Column("容量", 0.55, "C"), Column("开放天数", 0.65, "C"),
            Column("在托人数", 0.65, "C"), Column("服务人数", 0.65, "C"), Column("出勤人次", 0.75, "R"),
            Column("助餐餐次", 0.75, "R"), Column("临时来访人次", 0.85, "R"), Column("应拨补贴（元）", 1.0, "R"),
            Column("已拨补贴（元）", 1.0, "R"), Column("补贴依据", 1.6)]
    rows = [[p.place, p.kind, p.capacity, p.open_days, p.enrolled, p.served, p.attendance, p.meals,
             p.walk_ins, yuan(p.subsidy_due), yuan(p.subsidy_paid), p.subsidy_basis] for p in data.places]
    ps = data.places
    paid = sum(p.subsidy_paid for p in ps)
    rows.append([n.text.inline("合计"), f"{len(ps)} 处", sum(p.capacity for p in ps), "",
                 sum(p.enrolled for p in ps), sum(p.served for p in ps), sum(p.attendance for p in ps),
                 sum(p.meals for p in ps), sum(p.walk_ins for p in ps), yuan(data.total_subsidy), yuan(paid), ""])
    n.table(cols, rows, total_rows=1)
    if data.definitions:
        n.paragraph(data.definitions, "small")
    _total_line(n, "应拨补贴合计", data.total_subsidy)
    _total_line(n, "已拨补贴合计", paid)
    fees = sum(p.fees for p in ps)
    if fees:
        _total_line(n, "个人自付合计", fees)
    helpers = [f"{p.place}：{p.helpers}" for p in ps if p.helpers]
    if helpers:
        n.heading("工作人员和志愿者")
        for line in helpers:
            n.paragraph(line, "plain")
    services = sorted({k for p in ps for k in (*p.services, *p.walk_in_services)}, key=_service_order)
    if services:
        n.heading("服务项目（次）")
        cols = [Column("场所", 2.4)] + [Column(s, 1, "R") for s in services] + [Column("合计", 1, "R")]
        rows = []
        for p in ps:
            rows.append([p.place] + [p.services.get(s, 0) for s in services] + [sum(p.services.values())])
            if p.walk_in_services:      # walk-ins served (check-ups, recreation) on a line of their own
                rows.append([f"{p.place}（临时来访）"] + [p.walk_in_services.get(s, 0) for s in services]
                            + [sum(p.walk_in_services.values())])
        rows.append([n.text.inline("合计")]
                    + [sum(p.services.get(s, 0) + p.walk_in_services.get(s, 0) for p in ps) for s in services]
                    + [sum(sum(p.services.values()) + sum(p.walk_in_services.values()) for p in ps)])
        n.table(cols, rows, total_rows=1)
    groups = sorted({k for p in ps for k in p.shares}, key=_share_order)
    if groups:
        n.heading("服务对象构成")
        cols = [Column("场所", 2.4), Column("服务人数", 0.9, "C")] + [Column(g, 1.3, "C") for g in groups]
        rows = [[p.place, p.served] + [_pct(p.shares.get(g, 0), p.served) for g in groups] for p in ps]
        n.table(cols, rows)
    if data.remarks:
        n.box("备注", data.remarks, 14)
    n.signatures(["填报人（签字）"])
    return n.render()


_SERVICE_ORDER = ["助餐", "助浴", "助洁", "助医", "助医/体检", "体检", "文娱", "保育", "午餐"]
_SHARE_ORDER = ["高龄", "空巢", "独居", "留守", "五保", "特困", "低保"]


def _service_order(name: str):
    return (_SERVICE_ORDER.index(name) if name in _SERVICE_ORDER else len(_SERVICE_ORDER), name)


def _share_order(name: str):
    return (_SHARE_ORDER.index(name) if name in _SHARE_ORDER else len(_SHARE_ORDER), name)


# ----------------------------------------------------------- household form
def render_household_form(data: c.HouseholdForm) -> bytes:
    n = Notice(data.publication, data.title, show_number=False)
    blank = " "
    n.fields([("户号", blank), ("户主姓名", blank), ("村民小组", blank), ("住址", blank),
              ("联系电话", blank), ("户别", "□ 家庭户　□ 集体户")], columns=2)
    n.spacer(2)
    n.heading("家庭成员")
    cols = [Column("序号", 0.45, "C"), Column("姓名", 1.1), Column("与户主关系", 0.9), Column("性别", 0.5),
            Column("民族", 0.65), Column("出生日期", 1.1), Column("身份证号码", 2.5), Column("文化程度", 0.8),
            Column("备注", 0.9)]
    rows = [[i] + [""] * (len(cols) - 1) for i in range(1, data.member_rows + 1)]
    n.table(cols, rows, row_height_mm=11)
    n.spacer(1.5)
    n.fixed("本表由户主如实填写，身份证号码请逐位核对；村委会登记后录入村务通，原表存档。", "small")
    n.signatures(["申报人（签字）", "登记人（签字）"])
    return n.render()


RENDERERS = {
    c.RosterNotice: render_roster,
    c.AllowanceNotice: render_allowance,
    c.MeetingNotice: render_meeting,
    c.ResolutionNotice: render_resolution,
    c.ResultNotice: render_result,
    c.FinancialDisclosure: render_disclosure,
    c.RedWhiteNotice: render_redwhite,
    c.RedWhitePledge: render_pledge,
    c.CareMonthlyReport: render_care,
    c.HouseholdForm: render_household_form,
}


def render(data) -> bytes:
    """Render any contract dataclass to PDF bytes."""
    fn = RENDERERS.get(type(data))
    if fn is None:
        raise TypeError(f"no notice template for {type(data).__name__}")
    return fn(data)
