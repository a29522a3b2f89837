"""Data contracts of the printed notices: what each notice needs, nothing more.

Areas that own the data (care, redwhite, funds) write a *collector* in
`desktop/core/<area>/notices.py` that reads their tables and returns one of these
dataclasses; the notices module turns it into an A4 PDF. The registry
(`desktop.core.notices.registry`) names each collector by dotted path:

    kind          collector (dotted path)                                 returns
    ----------    ------------------------------------------------------  -------------------
    disclosure    desktop.core.funds.notices:collect_disclosure           FinancialDisclosure
    resolution    desktop.core.funds.notices:collect_resolution           ResolutionNotice
    result        desktop.core.funds.notices:collect_result               ResultNotice
    meeting       desktop.core.funds.notices:collect_meeting              MeetingNotice
    redwhite      desktop.core.redwhite.notices:collect_redwhite          RedWhiteNotice
    pledge        desktop.core.redwhite.notices:collect_pledge            RedWhitePledge
    care          desktop.core.care.notices:collect_care                  CareMonthlyReport

Collector signature: `collect_<kind>(store, **options) -> <Dataclass>`, where the
keyword options are the ones the registry declares for that kind (the CLI turns
`--period 2026-Q1` into `period="2026-Q1"`; an option not given is not passed, so
give every optional parameter a default). Raise `db.errors.CunwuError` subclasses
(NotFoundError, ValidationError, RefusedError) with a Chinese message for bad input.
Use `publication_for(store, ...)` (desktop.core.notices.publication) to fill the
`Publication` block from the village record and its settings (name, bilingual, number).

Rules every collector keeps (PIPL, and the brief's hard requirements):
- Money is integer fen (分). Never floats. The renderer prints yuan with two decimals
  and, where the notice shows them, capitals (壹万贰仟叁佰元整) via cn2an.
- People appear by name (and 村民小组 where useful). Never pass a full 身份证号, a
  phone number, health, disability or 低保 detail into a public notice's data; if an
  ID must identify someone, pass `desktop.core.roster.idcard.mask(number)`.
- Dates are `datetime.date` (times: `datetime.datetime`), not strings.
- Lists are in the order they should print.

Render with `desktop.core.notices.render(data) -> bytes` (dispatches on the dataclass)
or the per-kind functions in `desktop.core.notices.templates`: render_disclosure,
render_resolution, render_result, render_meeting, render_redwhite, render_pledge,
render_care, render_roster, render_allowance, render_household_form. Realistic
examples of every contract: `desktop.core.notices.samples`. These contracts are stable:
fields may be added with defaults, none removed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


# --------------------------------------------------------------------------- common
@dataclass
class Publication:
    """The block every notice carries besides its body: who issues it and when.

    village_name      printed at the top (e.g. 高家湾村); the issuer defaults to
                      "<village_name>村民委员会" (or "<name>村委会" style when the name
                      already ends in 村: 高家湾村村民委员会).
    issued_on         the date printed under the signatures.
    number            文号 like 〔2026〕3号; "" prints none. `publication_for` can
                      allocate the next one per kind and year.
    disclosure_from/to  公示期; both None when the notice is not a 公示.
    bilingual         print fixed text (titles, headings, column headers, signature
                      lines) in Chinese and Korean, Chinese first (village setting
                      "notices.bilingual"). Names and figures stay as recorded.
    issuer            overrides the issuing body's name (e.g. 高家湾村红白理事会).
    contact           监督电话 / 联系人 line printed under the body ("" for none).
    books_code        账本校验码 printed under the signatures of money notices ("" for none):
                      the short head of the change log (desktop/core/chain_code.py).
    """
    village_name: str
    issued_on: date
    number: str = ""
    disclosure_from: date | None = None
    disclosure_to: date | None = None
    bilingual: bool = False
    issuer: str = ""
    contact: str = ""
    books_code: str = ""

    @property
    def issuer_name(self) -> str:
        if self.issuer:
            return self.issuer
        return f"{self.village_name}村民委员会"


# --------------------------------------------------------------- 财务公开表 (funds)
@dataclass
class FundSummary:
    """One fund's movement over the period. closing == opening + income - spending."""
    fund: str                     # fund name, e.g. 福彩公益金幸福院运营补助
    source: str                   # 上级拨款/专项资金, 福彩公益金, 以奖代补, 社会捐助, 一事一议, 村集体经营收入
    opening: int                  # fen, balance at period start
    income: int                   # fen, posted receipts in the period
    spending: int                 # fen, posted payments in the period (positive number)
    closing: int                  # fen, balance at period end
    budget: int | None = None     # fen, the fund's budget for the year if any


@dataclass
class CategoryLine:
    """Income or spending of one fund in one category over the period."""
    fund: str
    direction: str                # "收入" or "支出"
    category: str                 # e.g. 工程维修, 办公费, 助餐补贴
    amount: int                   # fen, positive
    budget: int | None = None     # fen, that category's budget line if any (budget vs actual)


@dataclass
class DisclosureEntry:
    """One posted ledger entry as the board shows it (reversals appear as their own rows)."""
    entry_date: date
    voucher_no: str               # e.g. 2026-0042
    fund: str
    category: str
    summary: str                  # 摘要
    income: int = 0               # fen; exactly one of income/spending is non-zero
    spending: int = 0             # fen, positive number for a payment; a reversal of a
                                  # payment is a negative spending (prints as -x.xx)
    counterparty: str = ""        # payee/payer: a business or a person's name, no ID
    decision: str = ""            # title of the 四议两公开 decision the payment cites


@dataclass
class DecisionStatus:
    """A 四议两公开 matter and how far it has come."""
    title: str                    # e.g. 幸福院屋顶维修
    amount: int | None            # fen, the amount decided (None when not about money)
    stage: str                    # the latest stage reached, e.g. 村民代表会议决议
    stage_date: date | None = None
    note: str = ""                # e.g. 已实施，支付 36,500.00 元


@dataclass
class DisclosureQuery:
    """A villager's 质询 of the period and the answer given (the asker is not printed)."""
    asked_on: date | None
    question: str
    answer: str = ""
    answered_on: date | None = None
    voucher_no: str = ""


@dataclass
class MatchingLine:
    """Matched donations of a fund (社会捐助 1 : 政府配套 3), cumulative to the period's end."""
    fund: str
    ratio: str                    # e.g. 1:3
    source: str                   # who pays the match, e.g. 榆阳区民政局
    donated: int                  # fen
    due: int                      # fen, matching money the donations made due
    received: int                 # fen, matching money received
    owed: int                     # fen, still owed (due - received)


@dataclass
class FinancialDisclosure:
    """财务公开表 for a month, quarter or year."""
    publication: Publication
    period_label: str             # e.g. 2026年第一季度 / 2026年3月
    period_start: date
    period_end: date
    funds: list[FundSummary] = field(default_factory=list)
    categories: list[CategoryLine] = field(default_factory=list)
    entries: list[DisclosureEntry] = field(default_factory=list)
    decisions: list[DecisionStatus] = field(default_factory=list)
    supervisor_remarks: str = ""  # 监委会审核意见 (blank prints an empty box to write in)
    supervisor_name: str = ""     # who signed off, if recorded
    supervisor_signed_on: date | None = None
    title: str = "村级财务公开表"
    queries: list[DisclosureQuery] = field(default_factory=list)
    matching: list[MatchingLine] = field(default_factory=list)
    signoff_coverage: str = ""    # which months the 监委会 signed, by whom; which not

    @property
    def total_income(self) -> int:
        return sum(f.income for f in self.funds)

    @property
    def total_spending(self) -> int:
        return sum(f.spending for f in self.funds)

    @property
    def total_opening(self) -> int:
        return sum(f.opening for f in self.funds)

    @property
    def total_closing(self) -> int:
        return sum(f.closing for f in self.funds)


# ------------------------------------------------------ 四议两公开 (funds decisions)
@dataclass
class StageRecord:
    """One stage of a 四议两公开 decision."""
    stage: str                    # 党支部提议, 两委会商议, 党员大会审议, 村民代表会议决议, ...
    held_on: date | None
    expected: int | None = None   # members who should attend (应到)
    present: int | None = None    # 实到
    votes_for: int | None = None
    votes_against: int | None = None
    abstain: int | None = None
    result: str = ""              # e.g. 通过 / 同意提交党员大会审议


@dataclass
class MeetingNotice:
    """会议通知 (e.g. calling the 村民代表会议 for a decision), or any village meeting."""
    publication: Publication
    meeting: str                  # 会议名称, e.g. 村民代表会议
    held_at: datetime             # start date and time
    place: str
    attendees: str                # 参会人员, e.g. 全体村民代表、村务监督委员会成员
    agenda: list[str] = field(default_factory=list)   # 会议议题, one line each
    body: str = ""                # free text before the agenda ("" → a standard sentence)
    matter: str = ""              # the decision's title when the meeting is about one
    organiser: str = ""           # 召集单位, e.g. 村党支部 ("" → the issuer)
    title: str = "会议通知"


@dataclass
class ResolutionNotice:
    """决议公告 (决议公开 of 四议两公开)."""
    publication: Publication
    matter: str                   # 事项, e.g. 幸福院屋顶维修
    amount: int | None            # fen, the amount approved (None when not money)
    resolution: str               # the resolution text as adopted
    stages: list[StageRecord] = field(default_factory=list)   # in order
    funding: str = ""             # 资金来源, e.g. 福彩公益金 + 村集体经营收入
    executor: str = ""            # 实施主体 / 负责人
    title: str = "决议公告"


@dataclass
class ResultLine:
    """One payment or item of an implemented decision."""
    paid_on: date | None
    payee: str                    # a business or person's name, no ID
    summary: str
    amount: int                   # fen


@dataclass
class ResultNotice:
    """实施结果公告 (实施结果公开 of 四议两公开)."""
    publication: Publication
    matter: str
    approved_amount: int | None   # fen
    lines: list[ResultLine] = field(default_factory=list)
    outcome: str = ""             # what was done, acceptance (验收) result
    stages: list[StageRecord] = field(default_factory=list)
    title: str = "实施结果公告"

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


# ------------------------------------------------------------- 红白理事会 (redwhite)
@dataclass
class RedWhiteEvent:
    """One wedding/funeral/banquet after it was held, with actual figures.

    Money in fen; None prints "—" (not applicable / not recorded).
    """
    kind: str                     # 婚事, 丧事, 寿宴, 满月, 升学宴, 乔迁宴, 其他
    host: str                     # 事主 name as recorded
    group: str                    # 村民小组
    event_date: date
    reported_on: date | None      # 事前申报 date (None: not reported)
    reported_in_time: bool
    tables: int | None = None
    cost_per_table: int | None = None     # fen
    bride_price: int | None = None        # 彩礼, fen (weddings)
    cars: int | None = None
    days: int | None = None               # funerals
    compliant: bool | None = True         # within the standards in force on event_date (None: figures 未填)
    violations: list[str] = field(default_factory=list)  # each exceeded limit in words
    handling: str = ""                    # how a violation was handled (劝导, 通报...)
    unknown: tuple[str, ...] = ()         # figure fields above the family did not give: print 未填
    standard: str = ""                    # effective date of the standards version that judged it


@dataclass
class RedWhiteNotice:
    """红白喜事公示: the events of a period with their actual figures and compliance."""
    publication: Publication
    period_label: str                     # e.g. 2026年第一季度
    events: list[RedWhiteEvent] = field(default_factory=list)
    standards: list[str] = field(default_factory=list)   # limits of each version applied, one line each
    title: str = "红白喜事办理情况公示"


@dataclass
class PledgeItem:
    """One line of the 承诺书's table: the village standard and the family's plan."""
    item: str                     # e.g. 宴席桌数
    limit: str                    # the standard in words, e.g. 不超过 20 桌
    planned: str                  # the family's reported plan in words, e.g. 15 桌


@dataclass
class RedWhitePledge:
    """承诺书: the family's signed commitment for one event (not a public notice)."""
    publication: Publication      # issuer is usually the 红白理事会
    kind: str                     # 婚事, 丧事, ...
    host: str                     # 承诺人 (事主)
    group: str
    event_date: date
    place: str = ""
    items: list[PledgeItem] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)  # clauses; [] → the standard text
    council: str = ""             # e.g. 高家湾村红白理事会 ("" → <village>红白理事会)
    title: str = "红白事简办承诺书"
    warning: str = ""             # the plan exceeds the standards: printed above the table


# ------------------------------------------------------------------ 托老托幼 (care)
@dataclass
class CarePlaceMonth:
    """One care place's month."""
    place: str                    # e.g. 高家湾村农村幸福院
    kind: str                     # 幸福院, 日间照料中心, 居家养老服务站, 托育点, 幼儿园
    capacity: int
    open_days: int                # days open in the month
    enrolled: int                 # 在托: enrolled on any day of the month (ENROLLED_DEFINITION)
    served: int                   # distinct people who came at least once
    attendance: int               # 人次
    meals: int                    # 餐次
    walk_ins: int = 0             # 非在册临时来访 人次
    services: dict[str, int] = field(default_factory=dict)   # 助餐/助浴/助洁/助医/文娱/保育 → 次数
    shares: dict[str, int] = field(default_factory=dict)     # 高龄/空巢/留守/五保 → people among `served`
    subsidy_due: int = 0          # fen
    subsidy_basis: str = ""       # e.g. 每餐 3.00 元
    subsidy_paid: int = 0         # fen actually paid (拨付) for the month
    fees: int = 0                 # fen the families paid themselves (自付)
    helpers: str = ""             # e.g. 工作人员 2 人 160 小时；志愿者 5 人 42 小时
    walk_in_services: dict[str, int] = field(default_factory=dict)  # services given to walk-ins → 人次


@dataclass
class CareMonthlyReport:
    """托老托幼 monthly report: one row per place, totals at the bottom."""
    publication: Publication
    month: str                    # YYYY-MM
    places: list[CarePlaceMonth] = field(default_factory=list)
    remarks: str = ""
    title: str = "托老托幼服务月报表"
    definitions: str = ""         # what 在托 and 服务人数 count, printed under the table

    @property
    def total_subsidy(self) -> int:
        return sum(p.subsidy_due for p in self.places)


# --------------------------------------------------- owned by notices (roster data)
@dataclass
class RosterRow:
    """One person on the 花名册 as printed (ID already masked)."""
    hh_no: str
    name: str
    gender: str
    ethnicity: str                # 汉族
    birth_date: str               # YYYY-MM-DD or ""
    relation: str
    id_masked: str
    group: str
    status: str
    address: str = ""


@dataclass
class RosterNotice:
    """花名册 (landscape)."""
    publication: Publication
    rows: list[RosterRow] = field(default_factory=list)
    filter_label: str = ""        # e.g. 一组 · 在册 · 高龄
    title: str = "村民花名册"


@dataclass
class AllowanceRow:
    """One beneficiary on a 低保/特困/高龄 公示: name, group, amount; nothing about health."""
    name: str
    group: str
    id_masked: str
    members: int | None           # 保障人数 (household members covered), None when per person
    amount: int                   # fen per month
    detail: str = ""              # 分散供养 / 集中供养, 年龄段 80–89 岁: public-safe detail only


@dataclass
class AllowanceNotice:
    """低保 / 特困供养 (五保) / 高龄补贴 公示."""
    publication: Publication
    program: str                  # 低保, 特困供养, 高龄
    period_label: str             # e.g. 2026年11月
    rows: list[AllowanceRow] = field(default_factory=list)
    title: str = ""               # "" → e.g. 最低生活保障对象公示

    @property
    def total(self) -> int:
        return sum(r.amount for r in self.rows)


@dataclass
class HouseholdForm:
    """A blank 户籍登记表 (household registration form) to fill by hand."""
    publication: Publication
    member_rows: int = 8
    title: str = "户籍登记表"
