"""Demo red-white council: a council from the roster, the example standards with one
revision, and the last twelve months of weddings, funerals and other banquets — most
within the standards, some over, some reported late — with decisions, pledges, visits,
actual figures, violations handled and the hall's fees and spending.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from db import Store
from desktop.core.redwhite import checks, event_queries, events, hall, members, standards, stats

# Share of each kind among a year's events (a village of ~1,000 people).
KIND_WEIGHTS = {"婚事": 9, "丧事": 9, "寿宴": 5, "满月": 5, "升学宴": 1, "乔迁宴": 1, "其他": 2}
PLACES = ["村红白事服务中心", "自家院内", "村红白事服务中心", "自家院内", "村文化广场"]
SUBJECTS = {
    "婚事": ["长子{n}结婚", "次子{n}结婚", "女儿{n}出嫁", "孙子{n}结婚"],
    "丧事": ["父亲去世", "母亲去世", "祖母去世", "祖父去世"],
    "寿宴": ["父亲八十大寿", "母亲七十寿辰", "本人六十寿辰"],
    "满月": ["孙子满月", "孙女满月", "儿子满月"],
    "升学宴": ["女儿考上大学", "儿子考上大学"],
    "乔迁宴": ["新房落成"],
    "其他": ["参军入伍送行", "店铺开业"],
}
FINDINGS_OK = ["按申报标准办理，未发现超标。", "现场桌数、菜品与申报一致。", "丧事从简，未请戏班。"]
MEMBERS = [("会长", 62, 75), ("副会长", 55, 70), ("理事", 50, 75), ("理事", 45, 70), ("理事", 50, 80),
           ("监事", 50, 70)]


def populate(store: Store, rng: random.Random) -> dict:
    today = date.today()
    window_start = today - timedelta(days=365)
    with store.transaction():
        people = _adults(store)
        if len(people) < 20:
            return {}
        council = _council(store, rng, people, window_start)
        # The example standards were adopted before the window; a revision part-way through
        # shows versioning (older events keep the older limits).
        standards.adopt_example(store, date(window_start.year - 1, 1, 1))
        revision_day = today - timedelta(days=150)
        standards.add_version(store, revision_day, {
            "婚事": {"max_bride_price_fen": 20_000_00, "max_cars": 4},
            "寿宴": {"max_tables": 3},
        }, title=f"{revision_day.year}年村规民约修订", note="村民代表会议通过：彩礼降至 2 万元以内，寿宴 3 桌以内。")
        for kind, values in stats.EXAMPLE_BASELINE.items():
            stats.set_baseline(store, kind, **values)
        hall.add_hall_money(store, direction="income", category="捐赠", amount_fen=5_000_00,
                            entry_date=window_start, summary="乡贤捐赠，用于红白事服务中心添置桌椅",
                            counterparty="在外乡贤")
        counts = _events(store, rng, people, council, window_start, today)
        _hall_spending(store, rng, window_start, today)
    return {"redwhite_events": counts, "redwhite_members": len(council)}


def _adults(store: Store) -> list[dict]:
    cutoff = (date.today() - timedelta(days=25 * 365)).isoformat()
    return [dict(r) for r in store.query(
        "SELECT id, name, birth_date FROM person WHERE status IN ('在册', '外出务工') AND birth_date <= ? "
        "ORDER BY id", (cutoff,))]


def _age(person: dict) -> int:
    return (date.today() - date.fromisoformat(person["birth_date"])).days // 365


def _council(store: Store, rng: random.Random, people: list[dict], window_start: date) -> list[str]:
    term_start = date(window_start.year - 2, 3, 1)
    chosen: list[str] = []
    pool = [p for p in people if p["birth_date"]]
    for role, low, high in MEMBERS:
        fits = [p for p in pool if low <= _age(p) <= high and p["id"] not in chosen] or \
            [p for p in pool if p["id"] not in chosen]
        person = rng.choice(fits)
        chosen.append(person["id"])
        members.add_member(store, role=role, person_id=person["id"], term_start=term_start)
    # A township cadre advises the council; not a villager, so kept by name only.
    ids = [r["id"] for r in members.list_members(store)]
    ids.append(members.add_member(store, role="理事", name="周文明", term_start=term_start,
                                  note="镇民政办驻村干部"))
    return ids


def _event_dates(rng: random.Random, kind: str, start: date, today: date) -> tuple[date, date, date]:
    """(start, end, report): weddings report 7+ days ahead, funerals within a day; some late."""
    late = rng.random() < 0.15
    if kind == "丧事":
        end = start + timedelta(days=rng.choice([1, 1, 2, 2, 2, 2, 3]))
        report = start + timedelta(days=rng.choice([2, 3]) if late else rng.choice([0, 0, 1]))
    else:
        end = start
        lead = (rng.randint(1, 6) if kind == "婚事" else rng.randint(0, 2)) if late else \
            (rng.randint(8, 30) if kind == "婚事" else rng.randint(3, 12))
        report = start - timedelta(days=lead)
    return start, end, min(report, today)


def _plan(rng: random.Random, kind: str, std: dict, over: bool, days: int) -> dict:
    def near(limit: int | None, default: int, low: float = 0.5) -> int:
        top = limit if limit is not None else default
        if over:
            return int(top * rng.uniform(1.1, 1.6)) + 1
        return max(0, int(top * rng.uniform(low, 1.0)))
    if std.get("banned"):
        tables = rng.randint(3, 8)
        return {"tables": tables, "cost_per_table_fen": rng.choice([300_00, 350_00]), "guests": tables * 9,
                "days": 1}
    tables = max(1, near(std.get("max_tables"), 10))
    gift = rng.choice([50_00, 100_00]) if kind not in ("寿宴", "满月") else 0
    # Every figure a limit applies to is given: an unknown one (未填) leaves the verdict open.
    plan = {"tables": tables, "guests": tables * rng.randint(8, 10),
            "cost_per_table_fen": rng.choice([200_00, 240_00, 260_00, 280_00, 300_00]),
            "gift_fen": gift, "gift_close_fen": gift,
            "cars": rng.randint(2, std.get("max_cars") or 6) if kind in ("婚事", "丧事") else 0,
            "days": days, "troupes": 1 if kind == "丧事" and rng.random() < 0.5 else 0}
    if kind == "婚事":
        plan["bride_price_fen"] = rng.choice([8_000_00, 10_000_00, 16_800_00, 18_800_00, 20_000_00])
        plan["gift_close_fen"] = 200_00
    if over:
        # Going over usually means one or two figures, not every one.
        which = rng.choice(["tables", "cost", "bride", "cars"] if kind == "婚事" else ["tables", "cost"])
        if which == "cost":
            plan["cost_per_table_fen"] = rng.choice([380_00, 420_00, 500_00])
        elif which == "bride":
            plan["bride_price_fen"] = rng.choice([38_000_00, 58_000_00, 66_000_00])
        elif which == "cars":
            plan["cars"] = rng.randint(8, 12)
        if which != "tables":
            plan["tables"] = min(plan["tables"], std.get("max_tables") or plan["tables"])
            plan["guests"] = plan["tables"] * 9
    return plan


def _within(plan: dict, std: dict) -> dict:
    """What a family told to cut back (劝导) actually held: the plan brought to the limits."""
    out = dict(plan)
    for key, limit in (("tables", "max_tables"), ("cost_per_table_fen", "max_cost_per_table_fen"),
                       ("bride_price_fen", "max_bride_price_fen"), ("cars", "max_cars")):
        if std.get(limit) is not None and out.get(key, 0) > std[limit]:
            out[key] = std[limit]
    out["guests"] = min(out.get("guests", 0), out.get("tables", 0) * 10)
    return out


def _events(store: Store, rng: random.Random, people: list[dict], council: list[str], window_start: date,
            today: date) -> int:
    n_people = store.scalar("SELECT COUNT(*) FROM person WHERE status IN ('在册', '外出务工')")
    total = max(24, n_people // 25)
    kinds = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()), k=total)
    kinds += ["升学宴", "乔迁宴"]          # one banned banquet refused, one held anyway
    chair, *others = council
    supervisor = [m for m in members.list_members(store) if m["role"] == "监事"][0]["id"]
    count = 0
    for i, kind in enumerate(kinds):
        # Two events ahead of today: reported and decided, not yet held.
        upcoming = i >= len(kinds) - 4 and kind not in ("丧事",) and i < len(kinds) - 2
        start = today + timedelta(days=rng.randint(5, 20)) if upcoming else \
            window_start + timedelta(days=rng.randint(0, 360))
        start, end, report = _event_dates(rng, kind, start, today)
        if report > today:
            continue
        version = standards.version_for(store, start.isoformat())
        std = version["standards"][kind]
        over = rng.random() < 0.12 or std["banned"]
        host = rng.choice(people)
        subject = rng.choice(SUBJECTS[kind]).format(n=host["name"][0] + rng.choice("伟强磊军娜静"))
        plan = _plan(rng, kind, std, over, (end - start).days + 1)
        over = bool(checks.check_figures(kind, std, plan, "plan"))     # e.g. a four-day funeral
        event_id = events.add_event(store, kind=kind, host_person_id=host["id"], start_date=start, end_date=end,
                                    report_date=report, plan=plan, place=rng.choice(PLACES), subject=subject)
        count += 1
        decided = min(report + timedelta(days=rng.choice([0, 1, 1, 2])), today, max(report, start))
        by = rng.choice([chair] + others[:2])
        if std["banned"] and (i == len(kinds) - 2 or (i < len(kinds) - 2 and rng.random() < 0.75)):
            events.decide(store, event_id, "不同意", decision_date=decided, by_member_id=by,
                          note=f"村规民约规定不办{kind}，经劝导家属同意不办。")
            events.cancel_event(store, event_id, "经理事会劝导，家属决定不办")
            continue
        decision = "同意" if not over else rng.choice(["劝导", "劝导", "不同意"])
        note = "" if decision == "同意" else "申报超出标准，已上门劝导按标准办理。"
        events.decide(store, event_id, decision, decision_date=decided, by_member_id=by, note=note)
        events.sign_pledge(store, event_id, pledge_date=decided)
        if start > today:
            continue
        if rng.random() < 0.7:
            events.add_visit(store, event_id, visit_date=max(start, decided), member_id=supervisor,
                             finding=rng.choice(FINDINGS_OK) if not over else "现场劝导，要求按标准办理。")
        if end + timedelta(days=1) > today:
            continue
        # Most families told to cut back do so; a few go over anyway (or were over without asking).
        if over and (std["banned"] or rng.random() < 0.25):
            actual = dict(plan)
        elif over:
            actual = _within(plan, std)
        else:
            actual = dict(plan)
            if rng.random() < 0.05 and std.get("max_tables"):
                actual["tables"] = std["max_tables"] + rng.randint(2, 6)
                actual["guests"] = actual["tables"] * 9
        recorded = min(max(end + timedelta(days=rng.randint(1, 3)), report), today)
        events.record_actual(store, event_id, actual, recorded_date=recorded)
        if event_queries.get_event(store, event_id)["verdict"]["actual_findings"] and rng.random() < 0.8:
            events.handle_violation(store, event_id, action=rng.choice(["批评教育", "公开通报", "约谈劝导"]),
                                    action_date=min(recorded + timedelta(days=rng.randint(1, 5)), today),
                                    note="已在村务公开栏通报，当事人作出书面检讨。")
        if "服务中心" in store.scalar("SELECT place FROM redwhite_event WHERE id=?", (event_id,)):
            hall.add_hall_money(store, direction="income", category="桌椅餐具租用费",
                                amount_fen=actual["tables"] * 20_00, entry_date=recorded, event_id=event_id,
                                summary=f"{kind}租用桌椅餐具 {actual['tables']} 桌")
            hall.add_hall_money(store, direction="income", category="场地使用费", amount_fen=100_00,
                                entry_date=recorded, event_id=event_id, summary=f"{kind}使用服务中心场地")
            if rng.random() < 0.5:
                hall.add_hall_money(store, direction="income", category="厨师服务费", amount_fen=300_00,
                                    entry_date=recorded, event_id=event_id, summary=f"{kind}请中心厨师掌勺")
    return count


def _hall_spending(store: Store, rng: random.Random, window_start: date, today: date) -> None:
    spending = [(60, "桌椅餐具购置", 2_400_00, "添置圆桌 10 张、折叠椅 40 把"),
                (140, "维修", 380_00, "维修灶台、更换排烟管"),
                (200, "水电燃气", 460_00, "服务中心上半年水电燃气费"),
                (300, "办公用品", 120_00, "申报登记簿、承诺书印制")]
    for offset, category, amount, summary in spending:
        day = window_start + timedelta(days=offset)
        if day <= today and hall.hall_balance(store) >= amount:
            hall.add_hall_money(store, direction="expense", category=category, amount_fen=amount,
                                entry_date=day, summary=summary, counterparty="红白事服务中心")
