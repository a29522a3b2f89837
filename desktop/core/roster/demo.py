"""Demo roster: a few hundred households with valid ID numbers and every special group."""
from __future__ import annotations

import random
from datetime import date, timedelta

from db import Store
from desktop.core import village
from desktop.core.roster import codes, idcard, people

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
    return {"households": households, "people": people_n}


DEMO_HH_PREFIX = "GJW"


def _add_group(store: Store, person_id: str, kind: str, detail: str = "", start: str | None = None) -> None:
    store.insert("person_group", {"person_id": person_id, "kind": kind, "detail": detail,
                                  "start_date": start or f"{date.today().year - 2}-01-01"})


def _maybe_groups(store: Store, rng: random.Random, pid: str, born: date, rel: str) -> None:
    age = (date.today() - born).days // 365
    if age >= 80:
        _add_group(store, pid, "高龄")
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
    young = [r[0] for r in store.query("SELECT id FROM person ORDER BY birth_date DESC LIMIT 60")]
    i = 0
    for kind, details in codes.SPECIAL_GROUPS.items():
        if kind in present:
            continue
        pool = young if kind in ("留守儿童", "困境儿童", "孤儿") else candidates
        _add_group(store, pool[i % len(pool)], kind, details[0] if details else "")
        i += 1
