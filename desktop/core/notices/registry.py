"""Every notice kind: its title, options, and where its data comes from.

Kinds fed by another area name that area's collector by dotted path
("desktop.core.funds.notices:collect_disclosure"); when the module is not there yet,
`collect` refuses with a Chinese message instead of failing obscurely. Adding a kind is
a contract (contracts.py), a template (templates.py) and one entry here.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from importlib import import_module
from typing import Any, Callable

from db import Store
from db.errors import NotFoundError, RefusedError
from desktop.core.inputs import dates
from desktop.core.inputs.money import parse_money
from desktop.core.inputs.text import parse_count
from desktop.core.roster import codes


@dataclass(frozen=True)
class Option:
    """One option of a kind. `name` is the collector's keyword (CLI: --name with dashes)."""
    name: str
    label: str                    # Chinese label for forms and messages
    type: str = "str"             # str, text, int, yuan, date, datetime, month, period, choice, list
    required: bool = False
    choices: tuple[str, ...] = ()
    help: str = ""
    placeholder: str = ""
    minimum: int = 0              # for int options

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def parse(self, raw: Any) -> Any:
        """Text as typed -> the value the collector takes; ValidationError when bad."""
        f = self.name
        if self.type == "list":
            items = raw if isinstance(raw, (list, tuple)) else str(raw).splitlines()
            return [str(i).strip() for i in items if str(i).strip()]
        text = str(raw).strip()
        if self.type == "int":
            return parse_count(text, field=f, label=self.label, minimum=self.minimum, maximum=10000)
        if self.type == "yuan":
            return parse_money(text, field=f, label=self.label, allow_zero=True)
        if self.type == "date":
            return date.fromisoformat(dates.parse_day(text, field=f, label=self.label))
        if self.type == "datetime":
            return dates.parse_datetime(text, field=f, label=self.label)
        if self.type == "month":
            return dates.parse_month(text, field=f, label=self.label)
        if self.type == "period":
            return dates.parse_period(text, field=f, label=self.label)
        if self.type == "choice" and self.choices and text not in self.choices:
            from db.errors import ValidationError
            raise ValidationError(f"{self.label}“{text}”无效，可选：{'、'.join(self.choices)}。", field=f)
        return text


@dataclass(frozen=True)
class NoticeKind:
    key: str                      # CLI name, e.g. disclosure
    title: str                    # Chinese name, e.g. 财务公开表
    area: str                     # notices, funds, redwhite, care
    collector: str                # "module:function" returning a contract dataclass
    options: tuple[Option, ...] = ()
    public: bool = True           # posted on the board (privacy rules apply in full)
    description: str = ""
    aliases: tuple[str, ...] = field(default=())

    @property
    def module(self) -> str:
        return self.collector.split(":")[0]

    def available(self) -> bool:
        try:
            load_collector(self.collector)
        except RefusedError:
            return False
        return True


DECISION = Option("decision", "决策事项", help="四议两公开的议事事项（内容取自“资金与财务公开”页）")
KINDS: list[NoticeKind] = [
    NoticeKind("roster", "花名册", "notices", "desktop.core.notices.roster_data:collect_roster", (
        Option("group", "村民小组", help="只列这个村民小组"),
        Option("status", "户籍状态", "choice", choices=("在籍", "全部", *codes.STATUSES),
               help="在籍（在册和外出务工，默认）、全部或某一状态"),
        Option("special", "特殊群体", "choice", choices=tuple(codes.SPECIAL_GROUPS),
               help="只列某一特殊群体，如 高龄"),
    ), description="村民花名册（横向 A4，身份证号隐去中间位）", aliases=("花名册",)),
    NoticeKind("allowance", "低保/特困/高龄补贴公示", "notices",
               "desktop.core.notices.roster_data:collect_allowance", (
        Option("program", "公示类别", "choice", required=True, choices=("低保", "特困供养", "高龄"),
               help="低保、特困供养（五保）或 高龄"),
        Option("month", "发放月份", "month", help="YYYY-MM，默认本月", placeholder="2026-03"),
        Option("amount", "每人每月金额（元）", "yuan",
               help="不填则用本村设置（notices.allowance.<类别>）"),
        Option("group", "村民小组", help="只列这个村民小组"),
    ), description="姓名、小组、金额；身份证号隐去中间位，不含健康信息",
        aliases=("低保公示", "五保公示", "高龄补贴公示")),
    NoticeKind("meeting", "会议通知", "notices", "desktop.core.notices.meetings:collect_meeting", (
        DECISION,
        Option("meeting", "会议名称", placeholder="村民代表会议"),
        Option("time", "会议时间", "datetime", placeholder="2026-03-08 09:00"),
        Option("place", "会议地点", placeholder="村委会会议室"),
        Option("attendees", "参会人员", placeholder="全体村民代表"),
        Option("agenda", "会议议题", "list", help="每行一个议题"),
        Option("body", "正文", "text", help="不填则按会议时间地点自动生成"),
        Option("title", "标题", placeholder="会议通知"),
        Option("organiser", "召集单位", placeholder="村党支部"),
    ), public=True, description="四议两公开各阶段或其他会议的通知；选了议事事项时按它的记录自动填写",
        aliases=("会议通知",)),
    NoticeKind("resolution", "决议公告", "notices", "desktop.core.notices.meetings:collect_resolution", (
        DECISION,
        Option("matter", "决议事项"),
        Option("amount", "涉及金额（元）", "yuan"),
        Option("body", "决议内容", "text"),
        Option("meeting", "表决会议", placeholder="村民代表会议"),
        Option("held_on", "表决日期", "date", placeholder="2026-03-08"),
        Option("expected", "应到人数", "int"),
        Option("present", "实到人数", "int"),
        Option("votes_for", "同意票", "int"),
        Option("votes_against", "反对票", "int"),
        Option("abstain", "弃权票", "int"),
        Option("funding", "资金安排"),
        Option("executor", "实施主体"),
        Option("title", "标题", placeholder="决议公告"),
    ), description="四议两公开的决议公开；选了议事事项时按它的记录自动填写", aliases=("决议公告",)),
    NoticeKind("result", "实施结果公告", "funds", "desktop.core.funds.notices:collect_result", (
        Option("decision", "决策事项", required=True),
    ), description="四议两公开的实施结果公开（取自“资金与财务公开”页）", aliases=("实施结果公告",)),
    NoticeKind("disclosure", "财务公开表", "funds", "desktop.core.funds.notices:collect_disclosure", (
        Option("period", "公开期间", "period", required=True, placeholder="2026-Q1",
               help="2026-03（月）、2026-Q1（季度）或 2026（年）"),
        Option("fund", "资金", help="只公开这一项资金"),
    ), description="收支按资金和类别、余额、决策进展，金额大写，监委会签字", aliases=("财务公开表", "财务公开")),
    NoticeKind("redwhite", "红白喜事公示", "redwhite", "desktop.core.redwhite.notices:collect_redwhite", (
        Option("period", "公示期间", "period", placeholder="2026-Q1"),
        Option("event", "红白事", help="只公示这一起红白事"),
    ), description="事后实际情况与是否符合标准（取自“红白理事会”页）", aliases=("红白喜事公示",)),
    NoticeKind("pledge", "红白事承诺书", "redwhite", "desktop.core.redwhite.notices:collect_pledge", (
        Option("event", "红白事", required=True),
    ), public=False, description="事主签字的简办承诺书（取自“红白理事会”页）", aliases=("承诺书",)),
    NoticeKind("care", "托老托幼月报表", "care", "desktop.core.care.notices:collect_care", (
        Option("month", "统计月份", "month", required=True, placeholder="2026-03"),
        Option("place", "服务场所", help="只报这一处场所"),
    ), public=False, description="在册、出勤人次、助餐餐次、服务项目、对象构成、应拨补贴（取自“托老托幼”页）",
        aliases=("托老托幼月报", "月报表")),
    NoticeKind("household-form", "户籍登记表", "notices", "desktop.core.notices.roster_data:collect_household_form", (
        Option("rows", "成员行数", "int", placeholder="8", minimum=1),
    ), public=False, description="空白户籍登记表，供手工填写", aliases=("户籍登记表",)),
]
_BY_NAME: dict[str, NoticeKind] = {}
for _k in KINDS:
    _BY_NAME[_k.key] = _k
    _BY_NAME[_k.title] = _k
    for _a in _k.aliases:
        _BY_NAME[_a] = _k


def get(name: str) -> NoticeKind:
    kind = _BY_NAME.get((name or "").strip())
    if kind is None:
        raise NotFoundError(f"没有“{name}”这种公告。可用：" + "、".join(f"{k.key}（{k.title}）" for k in KINDS))
    return kind


def load_collector(path: str) -> Callable[..., Any]:
    module_name, _, func = path.partition(":")
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            raise RefusedError(_missing(module_name)) from None
        raise
    fn = getattr(module, func, None)
    if fn is None:
        raise RefusedError(_missing(module_name))
    return fn


AREA_NAMES = {"funds": "资金与财务公开", "redwhite": "红白理事会", "care": "托老托幼", "notices": "公告"}


def _missing(module_name: str) -> str:
    area = module_name.split(".")[2] if module_name.count(".") >= 2 else module_name
    return (f"这种公告的数据由“{AREA_NAMES.get(area, area)}”模块提供（{module_name}），"
            "当前版本尚未包含该模块的公告数据，暂时无法生成。")


def parse_options(kind: NoticeKind, raw: dict[str, Any]) -> dict[str, Any]:
    """Typed values for the options given (None/"" skipped); refuses missing required ones."""
    out: dict[str, Any] = {}
    known = {o.name: o for o in kind.options}
    for name, value in raw.items():
        o = known.get(name)
        if o is None or value is None or value == "" or value == []:
            continue
        out[name] = o.parse(value)
    for o in kind.options:
        if o.required and o.name not in out:
            from db.errors import ValidationError
            raise ValidationError(f"{kind.title}需要填写“{o.label}”。", field=o.name)
    return out


def collect(store: Store, kind: NoticeKind | str, options: dict[str, Any], *,
            issued_on: date | None = None, number: str | None = None,
            bilingual: bool | None = None):
    """Parse the options, call the kind's collector, apply the common overrides."""
    if isinstance(kind, str):
        kind = get(kind)
    fn = load_collector(kind.collector)
    data = fn(store, **parse_options(kind, options))
    pub = data.publication
    changes: dict[str, Any] = {}
    if issued_on is not None and issued_on != pub.issued_on:
        changes["issued_on"] = issued_on
        if pub.disclosure_from and pub.disclosure_to:   # keep the 公示期 length, move its start
            span = (pub.disclosure_to - pub.disclosure_from).days
            changes["disclosure_from"] = issued_on
            changes["disclosure_to"] = issued_on + timedelta(days=span)
    if number is not None:
        changes["number"] = number
    if bilingual is not None:
        changes["bilingual"] = bilingual
    if changes:
        data.publication = replace(pub, **changes)
    return data


def render(store: Store, kind: NoticeKind | str, options: dict[str, Any], **overrides) -> tuple[Any, bytes]:
    """(the collected dataclass, its PDF bytes)."""
    from desktop.core.notices.templates import render as render_data
    data = collect(store, kind, options, **overrides)
    return data, render_data(data)


def title_of(data) -> str:
    from desktop.core.notices.templates import ALLOWANCE_TITLES
    title = getattr(data, "title", "")
    if not title and hasattr(data, "program"):
        title = ALLOWANCE_TITLES.get(data.program, data.program + "公示")
    return title

