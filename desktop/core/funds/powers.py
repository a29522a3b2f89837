"""小微权力清单: the small powers a village cadre holds, each with its procedure, the role
responsible and the supervising body (Jiangsu, seed 003; the Ninghai "36 条" model most
counties copied). The village edits its own list; `STARTING_LIST` is where it starts.

Decisions and payments name the power they exercise (power_id); other uses (低保评议,
证明出具 ...) are recorded here with who supervised them. `uses()` is each use with its
supervision: a decision's 监委会 stages and status, a payment's sign-off, or the note
recorded with the use.
"""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.funds.common import optional_text, required_text, today
from desktop.core.inputs.dates import parse_day
from desktop.core.money import yuan

SUPERVISOR = "村务监督委员会、村民"
# Steps are stored as the clerk reads them ("申请 → 审查 → 公示"): one text, shown as typed.
STEP_SEPARATOR = " → "
STARTING_LIST: list[dict] = [
    {"category": "村级重大事项决策", "name": "村级重大事项决策", "holder": "村党组织、村民委员会",
     "steps": ["党支部提议", "两委会商议", "党员大会审议", "村民代表会议决议", "决议公开", "实施结果公开"],
     "time_limit": "决议公开不少于5天", "disclosure": "决议内容、表决结果、实施结果"},
    {"category": "村级工程项目", "name": "村级工程项目", "holder": "村民委员会",
     "steps": ["立项提议", "四议两公开决策", "公开招标或比选", "签订合同", "施工监管", "竣工验收", "结果公开"],
     "time_limit": "验收后10天内公开", "disclosure": "项目名称、预算、中标单位、合同金额、验收和结算结果"},
    {"category": "集体资产资源处置", "name": "集体资产资源发包出租", "holder": "村民委员会",
     "steps": ["提出方案", "民主决策", "公开交易", "签订合同", "结果公开"],
     "time_limit": "", "disclosure": "资产名称、底价、承包或承租方、价格、期限"},
    {"category": "财务管理", "name": "资金支出审批", "holder": "村委会主任、报账员",
     "steps": ["经办人取得票据并签字", "监委会审核", "村负责人审批", "村账乡管报账", "财务公开"],
     "time_limit": "每月结账，至少每季度公开", "disclosure": "收支明细、凭证号、经办人"},
    {"category": "物资采购", "name": "物资采购", "holder": "村民委员会",
     "steps": ["提出需求", "询价比价（三家以上）", "审批", "采购验收", "公开"],
     "time_limit": "", "disclosure": "采购物品、数量、价格、供应商"},
    {"category": "宅基地和建房", "name": "宅基地申请和建房审查", "holder": "村民委员会",
     "steps": ["农户申请", "村民小组讨论", "村委会审查", "村内公示", "报乡镇审批"],
     "time_limit": "公示不少于5天", "disclosure": "申请人、位置、面积"},
    {"category": "社会救助", "name": "低保评议", "holder": "村民委员会",
     "steps": ["村民申请", "入户调查", "民主评议", "村内公示", "报乡镇审核"],
     "time_limit": "公示不少于7天", "disclosure": "申请人姓名、保障人数、评议结果（不公开病情、身份证号）"},
    {"category": "社会救助", "name": "特困和临时救助初审", "holder": "村民委员会",
     "steps": ["村民申请", "入户核查", "村委会初审", "村内公示", "报乡镇审批"],
     "time_limit": "", "disclosure": "申请人姓名、救助类别、金额"},
    {"category": "便民服务", "name": "证明出具", "holder": "村委会主任",
     "steps": ["村民申请", "核实情况", "负责人签字", "盖章登记"],
     "time_limit": "当场或3个工作日内", "disclosure": "出具证明登记台账"},
    {"category": "用工", "name": "村级临时用工", "holder": "村民委员会",
     "steps": ["提出用工需求", "公开招聘", "公示人选", "签订协议", "公开报酬"],
     "time_limit": "", "disclosure": "岗位、人选、报酬"},
    {"category": "土地", "name": "土地流转和征地补偿分配", "holder": "村民委员会",
     "steps": ["提出方案", "村民代表会议决议", "公示", "签订协议", "分配结果公开"],
     "time_limit": "公示不少于7天", "disclosure": "面积、价格、补偿分配明细"},
]


def _steps(value) -> list[str]:
    if isinstance(value, str):
        value = [s for s in (x.strip() for x in value.replace("→", "\n").replace("，", "\n").splitlines()) if s]
    if not isinstance(value, (list, tuple)) or not value:
        raise ValidationError("办理流程至少要有一个步骤。", field="steps")
    out = [required_text(s, field="steps", label="流程步骤", max_len=60) for s in value]
    if len(out) > 30:
        raise ValidationError("办理流程最多 30 个步骤。", field="steps")
    return out


def _values(name, category, holder, steps, time_limit, disclosure, supervisor) -> dict:
    return {"name": required_text(name, field="name", label="权力名称", max_len=60),
            "category": optional_text(category, field="category", label="类别", max_len=40),
            "holder": required_text(holder, field="holder", label="责任主体", max_len=60),
            "steps": STEP_SEPARATOR.join(_steps(steps)),
            "time_limit": optional_text(time_limit, field="time_limit", label="办理时限", max_len=200),
            "disclosure": optional_text(disclosure, field="disclosure", label="公开内容", max_len=500),
            "supervisor": required_text(supervisor, field="supervisor", label="监督主体", max_len=60)}


def add_power(store: Store, name: str, *, holder: str, steps, supervisor: str = SUPERVISOR, category: str = "",
              time_limit: str = "", disclosure: str = "") -> str:
    values = _values(name, category, holder, steps, time_limit, disclosure, supervisor)
    with store.transaction():
        if store.one("SELECT 1 FROM funds_power WHERE site_id=? AND name=?", (store.site_id, values["name"])):
            raise ValidationError(f"清单中已有“{values['name']}”。", field="name")
        seq = store.scalar("SELECT COALESCE(MAX(seq), 0) FROM funds_power WHERE site_id=?", (store.site_id,)) + 1
        return store.insert("funds_power", {**values, "seq": seq})


def update_power(store: Store, power_id: str, **changes) -> dict:
    p = get_power(store, power_id)
    allowed = {"name", "category", "holder", "steps", "time_limit", "disclosure", "supervisor", "active"}
    bad = set(changes) - allowed
    if bad:
        raise ValidationError(f"小微权力没有这些字段：{'、'.join(sorted(bad))}")
    active = changes.pop("active", None)
    merged = {k: changes.get(k, p[k]) for k in ("name", "category", "holder", "steps", "time_limit", "disclosure",
                                                "supervisor")}
    values = _values(**merged)
    if active is not None:
        values["active"] = 1 if active else 0
    with store.transaction():
        if store.one("SELECT 1 FROM funds_power WHERE site_id=? AND name=? AND id<>?",
                     (store.site_id, values["name"], power_id)):
            raise ValidationError(f"清单中已有“{values['name']}”。", field="name")
        return store.update("funds_power", power_id, values)


def load_starting_list(store: Store) -> int:
    """Add the starting list's powers the village does not have yet; returns how many."""
    added = 0
    with store.transaction():
        for item in STARTING_LIST:
            if not store.one("SELECT 1 FROM funds_power WHERE site_id=? AND name=?", (store.site_id, item["name"])):
                add_power(store, item["name"], holder=item["holder"], steps=item["steps"], category=item["category"],
                          time_limit=item["time_limit"], disclosure=item["disclosure"])
                added += 1
    return added


def get_power(store: Store, power_id: str) -> dict:
    row = store.one("SELECT * FROM funds_power WHERE id=?", (power_id,))
    if row is None:
        raise NotFoundError(f"找不到小微权力（{power_id}）。")
    d = dict(row)
    d["steps"] = d["steps"].split(STEP_SEPARATOR) if d["steps"] else []
    return d


def resolve_power(store: Store, ref: str) -> dict:
    """By id, name, number in the list, or a unique id prefix."""
    ref = (ref or "").strip()
    row = store.one("SELECT id FROM funds_power WHERE site_id=? AND (id=? OR name=? OR CAST(seq AS TEXT)=?)",
                    (store.site_id, ref, ref, ref))
    if row is None and len(ref) >= 4:
        rows = store.query("SELECT id FROM funds_power WHERE site_id=? AND id LIKE ?", (store.site_id, ref + "%"))
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFoundError(f"小微权力清单中没有“{ref}”。")
    return get_power(store, row[0])


def list_powers(store: Store, *, include_inactive: bool = False) -> list[dict]:
    rows = store.query(
        "SELECT p.id, (SELECT COUNT(*) FROM funds_decision d WHERE d.power_id=p.id) "
        "+ (SELECT COUNT(*) FROM funds_entry e WHERE e.power_id=p.id AND e.status='posted' AND e.reverses_id IS NULL) "
        "+ (SELECT COUNT(*) FROM funds_power_use u WHERE u.power_id=p.id) AS uses "
        f"FROM funds_power p WHERE p.site_id=? {'' if include_inactive else 'AND p.active=1'} ORDER BY p.seq, p.name",
        (store.site_id,))
    out = []
    for r in rows:
        p = get_power(store, r[0])
        p["uses"] = r[1]
        out.append(p)
    return out


def record_use(store: Store, power_id: str, subject: str, *, used_on=None, handled_by: str = "",
               supervised_by: str = "", supervision: str = "") -> str:
    """A use of a power that is not a decision or a payment (低保评议, 证明出具 ...)."""
    p = get_power(store, power_id)
    if not p["active"]:
        raise RefusedError(f"“{p['name']}”已从清单停用。")
    used_on = parse_day(used_on or today(), field="used_on", label="办理日期")
    if used_on > today():
        raise ValidationError(f"办理日期 {used_on} 晚于今天。", field="used_on")
    return store.insert("funds_power_use", {
        "power_id": power_id, "used_on": used_on,
        "subject": required_text(subject, field="subject", label="办理事项", max_len=200),
        "handled_by": optional_text(handled_by, field="handled_by", label="经办人", max_len=40),
        "supervised_by": optional_text(supervised_by, field="supervised_by", label="监督人", max_len=60),
        "supervision": optional_text(supervision, field="supervision", label="监督意见", max_len=1000)})


def uses(store: Store, power_id: str) -> list[dict]:
    """Each use of the power, oldest first: date, kind, subject, amount, supervision."""
    from desktop.core.funds import decisions, supervision as sup
    out = []
    for r in store.query("SELECT id FROM funds_decision WHERE power_id=?", (power_id,)):
        d = decisions.get_decision(store, r[0])
        records = decisions.stage_records(store, r[0])
        reviews = [x for x in records if d["stages"][x["stage_index"]]["kind"] in ("review", "publish")]
        seen = "；".join(f"{x['stage_name']}（{x['held_on']}）" for x in reviews)
        out.append({"date": records[0]["held_on"] if records else d["created_at"][:10], "kind": "议事事项",
                    "subject": d["title"], "amount_fen": d["amount_fen"], "status": d["status"],
                    "supervision": seen or "尚无公开或监督环节",
                    "facts": {"stages": [(x["stage_name"], x["held_on"]) for x in reviews]}})
    signed: dict[str, list[tuple[str, str]]] = {}
    for s in sup.signoffs(store):
        for m in sup.signoff_months(s):
            signed.setdefault(m, []).append((s["reviewer"], s["signed_on"]))
    for e in store.query("SELECT * FROM funds_entry WHERE power_id=? AND status='posted' AND reverses_id IS NULL "
                         "ORDER BY entry_date, voucher_seq", (power_id,)):
        by = signed.get(e["entry_date"][:7], [])
        out.append({"date": e["entry_date"], "kind": "支出" if e["direction"] == "expense" else "收入",
                    "subject": f"{e['voucher_no']} {e['summary']}", "amount_fen": e["amount_fen"],
                    "status": "已过账",
                    "supervision": "、".join(f"{who}（{day}）审核签字" for who, day in by) or "所在月份未经监委会审核签字",
                    "facts": {"signed": by}})
    for u in store.query("SELECT * FROM funds_power_use WHERE power_id=? ORDER BY used_on", (power_id,)):
        who = u["supervised_by"] or "（未登记监督人）"
        out.append({"date": u["used_on"], "kind": "办理", "subject": u["subject"], "amount_fen": None,
                    "status": u["handled_by"], "supervision": f"{who}：{u['supervision']}" if u["supervision"] else who,
                    "facts": {"by": u["supervised_by"], "note": u["supervision"]}})
    out.sort(key=lambda x: x["date"])
    return out


def describe(p: dict) -> str:
    return STEP_SEPARATOR.join(p["steps"])


def amount_text(fen: int | None) -> str:
    return "" if fen is None else yuan(fen)
