"""Demo funds: a year of a village's books across six funds, with 四议两公开 decisions at
every stage (one failed vote), a reversed mistake, donations matched 1:3 by the county
(the last match still owed), closed months, a 监委会 sign-off, villagers' queries, the
小微权力清单 with uses of its powers, and a likely split payment in the month waiting
to be closed (a warning on the closing tab).

Dates are relative to today (the year ending last month), so closing and sign-off rules
hold whenever the demo is built. Everything goes through the same functions a clerk uses.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from db import Store
from db.errors import RefusedError
from desktop.core.funds import accounts, decisions, ledger, matching, periods, powers, supervision
from desktop.core.funds.common import month_end

SURNAMES = "王李张刘陈杨高赵郝马"
GIVEN = ["建国", "秀英", "志强", "桂兰", "海军", "玉兰", "永胜", "春梅", "德胜", "树林"]
DEMO_FUNDS = ("村级组织运转经费", "福彩公益金幸福院补助", "美丽乡村以奖代补资金", "社会捐助助老基金", "一事一议村道硬化筹资",
              "村集体经营收入")
SHOPS = ["榆阳区惠民超市", "牛家梁镇五金建材店", "高家湾村小卖部", "榆林市供电公司", "榆阳区自来水公司",
         "榆林新华书店", "牛家梁镇农机站", "陕西某建筑工程队"]


def _months(today: date, count: int = 12) -> list[tuple[int, int]]:
    """The `count` months ending with the current month, oldest first."""
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        out.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def _day(y: int, m: int, d: int, today: date) -> str:
    day = date(y, m, min(d, month_end(y, m).day))
    return min(day, today - timedelta(days=1)).isoformat()


def populate(store: Store, rng: random.Random) -> dict:
    today = date.today()
    months = _months(today)
    start = date(*months[0], 1)
    counts = {"entries": 0, "reversals": 0}

    def person() -> str:
        return rng.choice(SURNAMES) + rng.choice(GIVEN)

    # Actions are planned with their date and carried out in date order, so voucher
    # numbers follow the calendar as in a real book.
    plan: list[tuple[str, int, object]] = []
    made: dict[str, str | None] = {}

    def later(day: str, action) -> None:
        plan.append((day, len(plan), action))

    def income(fund, fen, day, category, summary, counterparty=""):
        def act():
            ledger.add_entry(store, fund, "income", fen, day, category, summary, counterparty=counterparty,
                             post=True)
            counts["entries"] += 1
        later(day, act)

    def pay(fund, fen, day, category, summary, counterparty="", decision=None, key=None, power=None):
        def act():
            if accounts.lowest_balance_from(store, fund, day) < fen:
                return          # a demo never forces an overdraft
            made[key] = ledger.add_entry(store, fund, "expense", fen, day, category, summary,
                                         counterparty=counterparty, decision_id=decision, post=True,
                                         power_id=power)
            counts["entries"] += 1
        later(day, act)

    def advance(decision, day, **kw):
        later(day, lambda: decisions.advance(store, decision, held_on=day, **kw))

    with store.transaction():
        opening = start.isoformat()
        f_grant = accounts.add_fund(store, "村级组织运转经费", source="上级专项资金", purpose="村两委办公、水电、报刊",
                                    opening_fen=1_268_000, opening_date=opening)
        f_lottery = accounts.add_fund(store, "福彩公益金幸福院补助", source="福彩公益金",
                                      purpose="农村幸福院运营、助餐和设施维修", opening_fen=2_150_000, opening_date=opening)
        f_award = accounts.add_fund(store, "美丽乡村以奖代补资金", source="以奖代补", purpose="人居环境整治奖补",
                                    opening_date=opening)
        f_donation = accounts.add_fund(store, "社会捐助助老基金", source="社会捐助",
                                       purpose="幸福院助老、困难老人慰问（捐助 1 元政府配套 3 元）", opening_date=opening)
        f_road = accounts.add_fund(store, "一事一议村道硬化筹资", source="一事一议筹资",
                                   purpose="三组至五组村道硬化 1.2 公里", opening_date=opening)
        f_collective = accounts.add_fund(store, "村集体经营收入", source="村集体经营收入",
                                         purpose="集体土地承包、门面房租金；公益事业支出", opening_fen=8_634_550,
                                         opening_date=opening)
        matching.set_rule(store, f_donation, 1, 3, "榆阳区民政局")
        powers.load_starting_list(store)
        p_works = powers.resolve_power(store, "村级工程项目")["id"]
        p_spend = powers.resolve_power(store, "资金支出审批")["id"]
        year = today.year
        for fund, cat, fen in ((f_grant, "办公费", 2_400_000), (f_grant, "水电费", 1_000_000),
                               (f_lottery, "助餐服务", 3_600_000), (f_lottery, "工程维修", 4_000_000),
                               (f_award, "环境整治", 5_000_000), (f_road, "工程维修", 12_000_000),
                               (f_collective, "文体活动", 1_500_000), (f_collective, "慰问救助", 2_000_000)):
            accounts.set_budget(store, fund, year, cat, fen)

        # ---- a year of routine receipts and payments
        for i, (y, m) in enumerate(months):
            if i % 3 == 0:
                income(f_grant, 3_000_000, _day(y, m, 8, today), "上级拨款", f"{y}年{(m - 1) // 3 + 1}季度村级组织运转经费",
                       "牛家梁镇财政所")
            if m in (3, 9):
                income(f_lottery, 6_000_000, _day(y, m, 12, today), "福彩公益金", "市民政局下拨幸福院运营补助",
                       "榆林市民政局")
            for k in range(rng.randint(3, 6)):
                pay(f_grant, rng.randint(8_000, 90_000), _day(y, m, rng.randint(2, 27), today), "办公费",
                    rng.choice(["购买打印纸、墨盒", "村委会电脑维修", "报刊订阅", "会议用品"]), rng.choice(SHOPS[:3]))
            pay(f_grant, rng.randint(40_000, 120_000), _day(y, m, 25, today), "水电费", f"{m}月村委会电费", SHOPS[3])
            pay(f_lottery, rng.randint(180_000, 320_000), _day(y, m, 28, today), "助餐服务",
                f"{m}月幸福院助餐食材", SHOPS[0])
            income(f_collective, rng.choice([180_000, 240_000, 300_000]), _day(y, m, 5, today), "集体经营收入",
                   f"{m}月门面房租金", person())
            if m == 12 or m == 1:
                income(f_collective, 4_560_000, _day(y, m, 15, today), "集体经营收入", "集体土地承包费",
                       "高家湾种植专业合作社")
            if rng.random() < 0.5:
                pay(f_collective, rng.randint(50_000, 300_000), _day(y, m, rng.randint(3, 26), today), "文体活动",
                    rng.choice(["秧歌队服装", "广场舞音响", "篮球比赛奖品", "春节文艺汇演"]), SHOPS[0])
            if m in (1, 9, 10):
                donor = rng.choice(["榆林某能源公司", "在外乡贤" + person(), "牛家梁镇商会"])
                gift = rng.choice([500_000, 1_000_000, 2_000_000])
                income(f_donation, gift, _day(y, m, 10, today), matching.DONATION_CATEGORY, "捐助幸福院助老", donor)
                if i < len(months) - 3:         # the county's match for the latest gift has not come yet
                    income(f_donation, gift * 3, _day(y, m, 20, today), matching.MATCH_CATEGORY,
                           "社会捐助政府配套（1:3）", "榆阳区民政局")
                pay(f_donation, rng.randint(300_000, 800_000), _day(y, m, 24, today), "慰问救助",
                    "困难老人慰问（米面油）", SHOPS[0])
        award_day = _day(*months[4], 16, today)
        income(f_award, 5_000_000, award_day, "奖补资金", "人居环境整治考核奖补", "榆阳区农业农村局")
        for k in range(8):
            y, m = months[5 + k // 2]
            pay(f_award, rng.randint(200_000, 600_000), _day(y, m, 6 + k, today), "环境整治",
                rng.choice(["垃圾清运", "村道两侧绿化苗木", "公厕改造材料", "保洁员劳务"]), person())

        # ---- 一事一议: households pay in, by decision
        road = decisions.add_decision(store, "三组至五组村道硬化", 12_000_000, fund_id=f_road, power_id=p_works,
                                      description="一事一议筹资筹劳：每户筹资 200 元，不足部分申请以奖代补")
        y, m = months[1]
        stage_days = [_day(y, m, d, today) for d in (3, 6, 10, 14, 16)]
        advance(road, stage_days[0], minutes="党支部提议硬化三组至五组村道 1.2 公里")
        advance(road, stage_days[1], present=7, minutes="两委会商议同意，提交党员大会")
        advance(road, stage_days[2], members=36, present=31, in_favour=29, against=1,
                          abstain=1)
        advance(road, stage_days[3], members=48, present=41, in_favour=38, against=2,
                          abstain=1, minutes="同意一事一议筹资，每户 200 元，总投资 120,000 元")
        advance(road, stage_days[4], minutes="决议在村务公开栏公示 7 天")
        for h in range(160):
            y, m = months[2 + h // 60]
            income(f_road, 20_000, _day(y, m, 1 + h % 27, today), "一事一议筹资", "村道硬化一事一议筹资", person())
        income(f_road, 8_800_000, _day(*months[4], 20, today), "上级拨款", "一事一议财政奖补资金", "榆阳区财政局")
        for k, (part, frac) in enumerate((("预付工程款", 40), ("进度款", 40))):
            y, m = months[5 + 2 * k]
            pay(f_road, 12_000_000 * frac // 100, _day(y, m, 18, today), "工程维修", f"村道硬化{part}",
                SHOPS[7], road, power=p_spend)

        # ---- 幸福院屋顶维修 ¥38,000 through every stage, paid in two parts
        roof = decisions.add_decision(store, "幸福院屋顶维修", 3_800_000, fund_id=f_lottery, power_id=p_works,
                                      description="幸福院屋顶漏雨，更换防水层和瓦面约 180 平方米")
        y, m = months[6]
        days = [_day(y, m, d, today) for d in (2, 5, 9, 12, 13)]
        advance(roof, days[0], minutes="党支部提议维修幸福院屋顶")
        advance(roof, days[1], present=7, minutes="两委会商议：询价三家，预算 38,000 元")
        advance(roof, days[2], members=36, present=30, in_favour=28, against=0, abstain=2)
        advance(roof, days[3], members=48, present=40, in_favour=37, against=1, abstain=2,
                          minutes="同意维修幸福院屋顶，预算 38,000 元，从福彩公益金列支")
        advance(roof, days[4], minutes="决议公告在公开栏张贴 7 天，无异议")
        y, m = months[7]
        pay(f_lottery, 1_500_000, _day(y, m, 3, today), "工程维修", "幸福院屋顶维修预付款", SHOPS[7], roof)
        pay(f_lottery, 2_300_000, _day(y, m, 20, today), "工程维修", "幸福院屋顶维修尾款", SHOPS[7], roof, key="wrong")

        def reverse_mistake(day=_day(y, m, 21, today)):
            # The clerk typed the wrong amount: reverse, then record it right.
            ledger.reverse_entry(store, made["wrong"], reason="金额录错（应为 22,800 元）", entry_date=day)
            counts["reversals"] += 1
        later(_day(y, m, 21, today), reverse_mistake)
        pay(f_lottery, 2_280_000, _day(y, m, 21, today), "工程维修", "幸福院屋顶维修尾款（验收后）", SHOPS[7], roof)
        advance(roof, _day(y, m, 25, today),
                          minutes="工程已验收，实际支出 37,800 元，结余 200 元，结果在公开栏公示")

        # ---- decisions still under way, and one stopped
        meals = decisions.add_decision(store, "幸福院助餐设备采购", 1_500_000, fund_id=f_donation,
                                       description="购置消毒柜、保温餐车")
        y, m = months[-2]
        advance(meals, _day(y, m, 4, today), minutes="党支部提议")
        advance(meals, _day(y, m, 8, today), present=6, minutes="两委会商议同意")
        advance(meals, _day(y, m, 15, today), members=36, present=27, in_favour=25)
        lights = decisions.add_decision(store, "文化广场路灯安装", 2_500_000, fund_id=f_collective)
        advance(lights, _day(*months[-1], 2, today), minutes="党支部提议安装 12 盏太阳能路灯")
        pond = decisions.add_decision(store, "村口鱼塘承包", 0)
        advance(pond, _day(*months[3], 7, today), minutes="党支部提议对外承包")
        later(_day(*months[3], 9, today), lambda: decisions.withdraw(store, pond, "两委会商议认为条件不成熟，暂缓",
                                                                     on=_day(*months[3], 9, today)))
        # A vote that failed: recorded with its counts, the matter ends as 未通过.
        facade = decisions.add_decision(store, "村委会办公楼外墙装修", 8_000_000, fund_id=f_collective,
                                        power_id=p_works, description="外墙保温和涂料翻新")
        y, m = months[8]
        advance(facade, _day(y, m, 3, today), minutes="党支部提议翻新村委会办公楼外墙")
        advance(facade, _day(y, m, 6, today), present=7, minutes="两委会商议，提交党员大会审议")
        advance(facade, _day(y, m, 12, today), members=36, present=30, in_favour=8, against=20, abstain=2,
                failed=True, minutes="多数党员认为应先修村道和幸福院，外墙可缓")
        # Two payments to one shop within days, each under the threshold, together over it:
        # the 监委会 sees a likely split payment before the month is closed.
        y, m = months[-2]
        for d in (11, 13):
            pay(f_collective, 600_000, _day(y, m, d, today), "文体活动", "文化广场演出音响设备", "榆林市声光音响器材行")
        for _day_, _order, action in sorted(plan, key=lambda p: (p[0], p[1])):
            action()

        # ---- uses of powers that are not money: 低保评议, 证明出具
        y, m = months[-3]
        low = powers.resolve_power(store, "低保评议")["id"]
        powers.record_use(store, low, f"{y}年第{(m - 1) // 3 + 1}季度低保新申请 3 户民主评议", used_on=_day(y, m, 9, today),
                          handled_by="村委会", supervised_by="监委会郝明德",
                          supervision="到会监督评议全过程，评议结果已公示 7 天无异议")
        cert = powers.resolve_power(store, "证明出具")["id"]
        powers.record_use(store, cert, "为外出务工村民开具居住证明", used_on=_day(y, m, 15, today), handled_by="村委会主任",
                          supervised_by="监委会", supervision="已登记证明出具台账")

        # ---- closing (in calendar order, from the first month with entries), sign-off,
        # queries, drafts of the current month
        first = store.scalar("SELECT MIN(substr(entry_date, 1, 7)) FROM funds_entry")
        through = f"{months[-3][0]}-{months[-3][1]:02d}"
        for key in periods.months_between(min(first, through), through) if first else []:
            y, m = int(key[:4]), int(key[5:])
            if key not in periods.closed_periods(store):
                periods.close_period(store, key, closed_on=_day(*_next(y, m), 3, today), closed_by="会计")
        closed = [f"{y}-{m:02d}" for y, m in months[:-2]]
        quarter = _last_closed_quarter(closed)
        if quarter:
            qy, q = quarter
            end = month_end(qy, 3 * q)
            supervision.sign_off(store, f"{qy}-Q{q}", reviewer="郝明德",
                                 signed_on=(end + timedelta(days=6)).isoformat(),
                                 remarks="经审核，本季度收支凭证齐全，账实相符，同意公开。")
        last = closed[-1]
        supervision.sign_off(store, last, reviewer="郝明德",
                             signed_on=_day(*_next(int(last[:4]), int(last[5:])), 5, today),
                             remarks="凭证齐全，同意公开。")
        fee = store.one("SELECT id, entry_date FROM funds_entry WHERE category='水电费' AND status='posted' "
                        "ORDER BY entry_date DESC LIMIT 1")
        q = supervision.add_query(store, fee[0], "这个月电费为什么比上月高？", asked_by="王建国", asked_on=fee[1])
        supervision.answer_query(store, q, "本月幸福院新装电暖器，用电增加，已核对电表读数。", answered_by="会计",
                                 answered_on=fee[1])
        y, m = months[-1]
        for summary, fen in (("购买宣传栏展板", 86_000), ("村委会饮水机维修", 12_000)):
            try:
                ledger.add_entry(store, f_grant, "expense", fen, _day(y, m, 1 + fen % 5, today), "办公费", summary,
                                 counterparty=SHOPS[2])
                counts["entries"] += 1
            except RefusedError:
                pass
    return {"fund_entries": counts["entries"], "fund_reversals": counts["reversals"],
            "funds": 6, "decisions": 6, "powers": len(powers.STARTING_LIST)}


def _next(y: int, m: int) -> tuple[int, int]:
    return (y + 1, 1) if m == 12 else (y, m + 1)


def _last_closed_quarter(closed: list[str]) -> tuple[int, int] | None:
    done = set(closed)
    best = None
    for key in closed:
        y, m = int(key[:4]), int(key[5:])
        if m % 3 == 0 and all(f"{y}-{mm:02d}" in done for mm in (m - 2, m - 1, m)):
            best = (y, m // 3)
    return best
