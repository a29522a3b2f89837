"""Demo roster: a few hundred households with valid ID numbers and every special group."""
from __future__ import annotations

import random
from datetime import date, timedelta

from db import Store
from desktop.core import village
from desktop.core.roster import codes, groups, idcard, lifecycle, merging, people

AREA = "610802"        # 榆阳区 (since 1999)
AREA_BEFORE_1999 = "612701"   # the same place's code before 1999
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN_M = ["伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "建国", "建华", "志强", "国庆",
           "海军", "永胜", "文博", "子轩", "浩然", "宇航", "昇", "喆", "堃", "振华", "德胜", "福来", "树林", "春生"]
GIVEN_F = ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂兰", "玉兰", "淑珍", "秀兰", "雪梅",
           "春梅", "丽华", "美玲", "婷婷", "欣怡", "梓涵", "珺", "淼", "雨萱", "思琪", "海燕", "红梅", "翠花"]
# Names that test rendering and search: rare characters, Extension B, minority names with a dot.
SPECIAL_NAMES = [("吉𠮷祥", "男", "01"), ("阿卜杜·热合曼", "男", "05"), ("古丽娜尔·买买提", "女", "05"),
                 ("金喆", "男", "10"), ("朴珺", "女", "10"), ("王淼", "女", "01"), ("李堃", "男", "01"),
                 ("张昇", "男", "01"), ("巴特尔", "男", "02"), ("扎西·多吉", "男", "04")]
ROADS = ["东", "西", "南", "北", "中", "后"]


def _name(rng: random.Random, surname: str, male: bool) -> str:
    return surname + rng.choice(GIVEN_M if male else GIVEN_F)


def _born(rng: random.Random, min_age: int, max_age: int) -> date:
    today = date.today()
    days = rng.randint(min_age * 365 + 1, max_age * 365 + 300)
    return today - timedelta(days=days)


def populate(store: Store, rng: random.Random, households: int = 300) -> dict:
    groups = village.groups(store)
    serial = 0
    people_n = 0
    specials = list(SPECIAL_NAMES)
    with store.transaction():
        for g_index, g in enumerate(groups):
            village.add_grid(store, f"{g['name']}网格", group_id=g["id"], keeper=f"{rng.choice(SURNAMES)}{rng.choice(GIVEN_M)}",
                             phone=f"139{rng.randint(10000000, 99999999)}")
        grid_by_group = {r["group_id"]: r["id"] for r in village.grids(store)}
        for h in range(households):
            g = groups[h % len(groups)]
            hh_id = people.add_household(
                store, hh_no=f"{DEMO_HH_PREFIX}{h + 1:04d}", group_id=g["id"], grid_id=grid_by_group[g["id"]],
                address=f"高家湾村{g['name']}{rng.choice(ROADS)}巷{rng.randint(1, 60)}号")
            surname = rng.choice(SURNAMES)
            head_male = rng.random() < 0.85
            members: list[tuple[str, str, bool, date, str]] = []
            head_born = _born(rng, 28, 88)
            if specials and h % 25 == 3:
                name, gender, eth = specials.pop(0)
                head_male = gender == "男"
            else:
                name, eth = _name(rng, surname, head_male), ("10" if rng.random() < 0.03 else "01")
            members.append((name, "户主", head_male, head_born, eth))
            head_age = (date.today() - head_born).days // 365
            if head_age > 25 and rng.random() < 0.85:
                spouse_born = head_born + timedelta(days=rng.randint(-1500, 1500))
                members.append((_name(rng, rng.choice(SURNAMES), not head_male), "配偶", not head_male,
                                min(spouse_born, date.today() - timedelta(days=20 * 365)), eth))
            if 25 < head_age < 75:
                for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
                    male = rng.random() < 0.5
                    child_born = head_born + timedelta(days=rng.randint(21 * 365, 38 * 365))
                    if child_born >= date.today():
                        continue
                    members.append((_name(rng, surname, male), "子" if male else "女", male, child_born, eth))
            if head_age > 55 and rng.random() < 0.4:
                for _ in range(rng.choice([1, 2])):
                    male = rng.random() < 0.5
                    gc_born = date.today() - timedelta(days=rng.randint(200, 12 * 365))
                    members.append((_name(rng, surname, male), "孙子" if male else "孙女", male, gc_born, eth))
            for name, rel, male, born, eth in members:
                serial += 1
                id_no = idcard.make(AREA if born.year >= 1999 else AREA_BEFORE_1999, born, serial, male) if rng.random() > 0.02 else None
                pid = people.add_person(
                    store, household_id=hh_id, name=name, gender="男" if male else "女", ethnicity=eth,
                    id_number=id_no, birth_date=born.isoformat(), relation=rel,
                    phone=f"1{rng.choice([3, 5, 8])}{rng.randint(100000000, 999999999)}" if rng.random() < 0.7 else "")
                people_n += 1
                _maybe_groups(store, rng, pid, born, rel)
        _ensure_every_group(store)
        history = _history(store, rng)
    return {"households": households, "people": people_n, **history}


DEMO_HH_PREFIX = "GJW"


def _add_group(store: Store, person_id: str, kind: str, detail: str = "", start: str | None = None) -> None:
    born = store.scalar("SELECT birth_date FROM person WHERE id=?", (person_id,))
    start = start or f"{date.today().year - 2}-01-01"
    groups.add_membership(store, person_id, kind, detail=detail, start=max(start, born or start))


def _maybe_groups(store: Store, rng: random.Random, pid: str, born: date, rel: str) -> None:
    # 高龄 (80+) needs no row: it follows from the birth date (groups.py).
    age = (date.today() - born).days // 365
    if age >= 60 and rng.random() < 0.15:
        _add_group(store, pid, rng.choice(["空巢老人", "留守老人", "独居老人"]))
    if age < 16 and rng.random() < 0.2:
        _add_group(store, pid, "留守儿童")
    if rel == "户主" and rng.random() < 0.06:
        _add_group(store, pid, "低保")
    if age >= 60 and rng.random() < 0.02:
        _add_group(store, pid, "特困供养", rng.choice(codes.SPECIAL_GROUPS["特困供养"]))
    if rng.random() < 0.03:
        _add_group(store, pid, "残疾", rng.choice(codes.SPECIAL_GROUPS["残疾"]))


def _ensure_every_group(store: Store) -> None:
    """Every special group appears at least once, so every filter shows something."""
    present = {r[0] for r in store.query("SELECT DISTINCT kind FROM person_group")}
    candidates = [r[0] for r in store.query("SELECT id FROM person ORDER BY birth_date LIMIT 60")]
    young = [r[0] for r in store.query("SELECT id FROM person WHERE birth_date IS NOT NULL "
                                       "ORDER BY birth_date DESC LIMIT 60")]
    i = 0
    for kind, details in codes.SPECIAL_GROUPS.items():
        if kind in present or kind == groups.DERIVED:
            continue
        pool = young if kind in ("留守儿童", "困境儿童", "孤儿") else candidates
        _add_group(store, pool[i % len(pool)], kind, details[0] if details else "")
        i += 1


# ------------------------------------------------------------------ history
DEATH_REASONS = ["病故", "病故", "年老病故", "意外身故"]
MOVE_OUT = [("婚迁", "榆林市横山区"), ("升学户口迁出", "西安市长安区"), ("工作调动", "榆林市榆阳区"),
            ("投靠子女", "神木市"), ("购房落户", "榆林市高新区")]
AWAY_PLACES = ["西安", "鄂尔多斯", "深圳", "北京", "神木", "宁波"]


def _day_after(rng: random.Random, earliest: str | None, years_back: int = 3) -> str:
    """A past day within the last `years_back` years and not before `earliest`."""
    today = date.today()
    start = today - timedelta(days=365 * years_back)
    if earliest:
        start = max(start, date.fromisoformat(earliest) + timedelta(days=1))
    span = max(0, (today - start).days - 1)
    return (start + timedelta(days=rng.randint(0, span))).isoformat()


def _history(store: Store, rng: random.Random) -> dict:
    """Some life in the roster: deaths, moves out, people working away (one back home),
    a marriage into another household, a head handing over, a dissolved household and
    one duplicate record merged. Everything goes through lifecycle.py, as a clerk's would."""
    rows = [dict(r) for r in store.query(
        "SELECT p.id, p.name, p.birth_date, p.relation, p.household_id, p.gender, h.head_person_id, "
        "(SELECT COUNT(*) FROM person m WHERE m.household_id = p.household_id) AS size "
        "FROM person p JOIN household h ON h.id = p.household_id ORDER BY p.rowid")]
    used: set[str] = set()
    today = date.today()

    def age(r: dict) -> int:
        return people.age_on(r["birth_date"]) or 0

    def pick(cond, n: int) -> list[dict]:
        pool = [r for r in rows if r["id"] not in used and r["household_id"] not in used and cond(r)]
        chosen = rng.sample(pool, min(n, len(pool)))
        used.update(r["id"] for r in chosen)
        return chosen

    counts = {"deceased": 0, "moved_out": 0, "away": 0}
    # Deaths: old people who are not heads (a head's death is shown with a hand-over below).
    for r in pick(lambda r: age(r) >= 70 and r["relation"] != "户主", 6):
        lifecycle.record_death(store, r["id"], on=_day_after(rng, r["birth_date"]), reason=rng.choice(DEATH_REASONS))
        counts["deceased"] += 1
    # A head dies and the spouse or eldest child takes over.
    for r in pick(lambda r: age(r) >= 75 and r["relation"] == "户主" and r["size"] >= 2, 2):
        heir = store.one("SELECT id FROM person WHERE household_id=? AND id<>? AND status='在册' "
                         "ORDER BY relation <> '配偶', birth_date", (r["household_id"], r["id"]))
        lifecycle.record_death(store, r["id"], on=_day_after(rng, r["birth_date"]), reason="病故",
                               new_head_id=heir[0] if heir else None)
        used.add(r["household_id"])
        counts["deceased"] += 1
    # Moves out: young adults (marriage, study, work).
    for r in pick(lambda r: 18 <= age(r) <= 40 and r["relation"] != "户主", 5):
        why, where = rng.choice(MOVE_OUT)
        lifecycle.move_out(store, r["id"], on=_day_after(rng, r["birth_date"]), reason=why, destination=where)
        counts["moved_out"] += 1
    # Working away: about one in ten working-age adults; one has come back.
    away = pick(lambda r: 20 <= age(r) <= 50 and r["relation"] != "户主", max(3, len(rows) // 30))
    for r in away:
        lifecycle.start_away(store, r["id"], on=_day_after(rng, r["birth_date"], 2), reason="外出务工",
                             place=rng.choice(AWAY_PLACES))
        counts["away"] += 1
    if away:
        back = away[0]
        lifecycle.end_away(store, back["id"], on=today.isoformat(), reason="返乡照顾老人")
        counts["away"] -= 1
    # A daughter marries into another household of the village.
    brides = pick(lambda r: r["relation"] == "女" and 20 <= age(r) <= 35, 1)
    grooms = pick(lambda r: r["relation"] == "户主" and r["gender"] == "男" and 22 <= age(r) <= 40, 1)
    if brides and grooms and brides[0]["household_id"] != grooms[0]["household_id"]:
        lifecycle.move_household(store, brides[0]["id"], grooms[0]["household_id"], relation="配偶",
                                 on=_day_after(rng, brides[0]["birth_date"], 1), reason="结婚")
        used.add(grooms[0]["household_id"])
    # An old head hands the household to a son.
    for r in pick(lambda r: r["relation"] == "户主" and age(r) >= 70 and r["size"] >= 3, 1):
        son = store.one("SELECT id FROM person WHERE household_id=? AND relation='子' AND status='在册' "
                        "ORDER BY birth_date LIMIT 1", (r["household_id"],))
        if son:
            others = {row[0]: "母亲" for row in store.query(
                "SELECT id FROM person WHERE household_id=? AND relation='配偶' AND status='在册'",
                (r["household_id"],))}
            lifecycle.change_head(store, r["household_id"], son[0], on=_day_after(rng, None, 1),
                                  reason="年老体弱，由儿子当家", old_head_relation="父亲", relations=others)
            used.add(r["household_id"])
    # A one-person household that no longer exists: an old man without family went to the
    # township's 敬老院 (集中供养). An extra household, so the active count stays as asked.
    hh_no = f"{DEMO_HH_PREFIX}{len({r['household_id'] for r in rows}) + 1:04d}"
    group = store.one("SELECT id FROM village_group ORDER BY sort_order LIMIT 1")
    hh = people.add_household(store, hh_no=hh_no, group_id=group[0] if group else None,
                              address="高家湾村后巷1号", note="原五保户")
    born = today.replace(year=today.year - 78, day=1)
    lone = people.add_person(store, household_id=hh, name="郝福来", gender="男", relation="户主",
                             birth_date=born.isoformat(), id_number=idcard.make(AREA_BEFORE_1999, born, 901, True))
    groups.add_membership(store, lone, "特困供养", detail="分散供养", start=f"{today.year - 6}-01-01")
    day = _day_after(rng, None, 1)
    lifecycle.move_out(store, lone, on=day, reason="入住乡敬老院集中供养", destination="牛家梁镇敬老院")
    lifecycle.dissolve_household(store, hh, on=day, reason="全户迁出")
    counts["moved_out"] += 1
    # The same man entered twice (once without his ID number): merged into the first record.
    merged = 0
    for r in pick(lambda r: r["relation"] == "子" and 25 <= age(r) <= 60, 1):
        dup = people.add_person(store, household_id=r["household_id"], name=r["name"], gender=r["gender"],
                                relation="其他", phone=f"138{rng.randint(10000000, 99999999)}",
                                note="2019年手工补录")
        merging.merge(store, dup, r["id"], on=_day_after(rng, None, 1), reason="同一人重复录入")
        merged += 1
    return {**counts, "merged": merged}
