"""Realistic sample data for every contract: examples for the areas that fill them, for
tests, for benchmarks, and for the preview of a kind whose area is not installed yet."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from desktop.core.notices import contracts as c


def _pub(bilingual: bool = False, disclosure: bool = True, issuer: str = "") -> c.Publication:
    day = date(2026, 4, 8)
    return c.Publication(village_name="高家湾村", issued_on=day, number="〔2026〕3号",
                         disclosure_from=day if disclosure else None,
                         disclosure_to=day + timedelta(days=6) if disclosure else None,
                         bilingual=bilingual, issuer=issuer, contact="0912-3456789")


FUNDS = [("福彩公益金幸福院运营补助", "福彩公益金"), ("上级专项资金（道路硬化）", "上级拨款/专项资金"),
         ("社会捐助（幸福院）", "社会捐助"), ("村集体经营收入", "村集体经营收入")]
SPEND = [("助餐补贴", "幸福院助餐食材采购"), ("工程维修", "幸福院屋顶防水维修工程款"), ("办公费", "购买打印纸、墨盒"),
         ("水电费", "村委会及幸福院一季度电费"), ("劳务费", "保洁员工资"), ("工程款", "三组道路硬化工程进度款")]
INCOME = [("上级拨款", "县民政局拨付幸福院运营补助"), ("捐赠收入", "在外乡贤捐款"), ("租赁收入", "集体林地承包费"),
          ("财政拨款", "乡镇拨付道路硬化专项资金")]


def disclosure(entries: int = 24, bilingual: bool = False, seed: int = 4) -> c.FinancialDisclosure:
    rng = random.Random(seed)
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    rows: list[c.DisclosureEntry] = []
    by_fund = {f: [0, 0] for f, _ in FUNDS}
    cats: dict[tuple[str, str, str], int] = {}
    for i in range(entries):
        fund = FUNDS[i % len(FUNDS)][0]
        day = start + timedelta(days=(i * 89) // max(entries, 1))
        if i % 3 == 0:
            cat, summary = INCOME[i % len(INCOME)]
            amount = rng.randint(50_000, 5_000_000)
            rows.append(c.DisclosureEntry(day, f"2026-{i + 1:04d}", fund, cat, summary, income=amount,
                                          counterparty="榆阳区民政局" if i % 2 else "王建国"))
            by_fund[fund][0] += amount
            key = (fund, "收入", cat)
        else:
            cat, summary = SPEND[i % len(SPEND)]
            amount = rng.randint(2_000, 900_000)
            rows.append(c.DisclosureEntry(day, f"2026-{i + 1:04d}", fund, cat, summary, spending=amount,
                                          counterparty="榆林市恒达建筑有限公司" if cat.startswith("工程") else "牛家梁镇供销超市",
                                          decision="幸福院屋顶维修" if cat == "工程维修" else ""))
            by_fund[fund][1] += amount
            key = (fund, "支出", cat)
        cats[key] = cats.get(key, 0) + amount
    funds = []
    for i, (fund, source) in enumerate(FUNDS):
        opening = 10_000_000 + i * 1_234_567
        inc, spd = by_fund[fund]
        funds.append(c.FundSummary(fund, source, opening, inc, spd, opening + inc - spd, budget=20_000_000))
    categories = [c.CategoryLine(f, d, k, v, budget=v * 2 if d == "支出" else None)
                  for (f, d, k), v in sorted(cats.items())]
    decisions = [c.DecisionStatus("幸福院屋顶维修", 3_800_000, "实施结果公开", date(2026, 3, 20), "已完工验收，实际支付 36,500.00 元"),
                 c.DecisionStatus("三组道路硬化（一事一议）", 12_000_000, "村民代表会议决议", date(2026, 2, 26), "筹资筹劳方案已通过，4 月开工"),
                 c.DecisionStatus("集体林地承包费调整", None, "两委会商议", date(2026, 3, 28), "")]
    return c.FinancialDisclosure(publication=_pub(bilingual), period_label="2026年第一季度",
                                 period_start=start, period_end=end, funds=funds, categories=categories,
                                 entries=rows, decisions=decisions,
                                 supervisor_remarks="经审核，本季度收支凭证齐全，账实相符，同意公开。",
                                 supervisor_name="刘德胜", supervisor_signed_on=date(2026, 4, 6))


STAGES = [c.StageRecord("党支部提议", date(2026, 2, 10), result="提出维修方案"),
          c.StageRecord("两委会商议", date(2026, 2, 14), 9, 9, 9, 0, 0, "同意提交党员大会审议"),
          c.StageRecord("党员大会审议", date(2026, 2, 20), 42, 36, 33, 1, 2, "审议通过"),
          c.StageRecord("村民代表会议决议", date(2026, 2, 26), 35, 31, 29, 0, 2, "表决通过")]


def resolution(bilingual: bool = False) -> c.ResolutionNotice:
    return c.ResolutionNotice(
        publication=_pub(bilingual), matter="幸福院屋顶维修", amount=3_800_000,
        resolution="同意对村幸福院屋顶进行防水维修，预算 38,000.00 元，由村委会按程序选定施工单位，"
                   "监委会全程监督，工程完工后组织验收并公开实施结果。",
        stages=list(STAGES), funding="福彩公益金 30,000.00 元，村集体经营收入 8,000.00 元",
        executor="村委会（负责人：高志强）")


def result(bilingual: bool = False) -> c.ResultNotice:
    lines = [c.ResultLine(date(2026, 3, 5), "榆林市恒达建筑有限公司", "屋顶防水材料及施工（首付）", 2_000_000),
             c.ResultLine(date(2026, 3, 20), "榆林市恒达建筑有限公司", "验收合格后支付尾款", 1_500_000),
             c.ResultLine(date(2026, 3, 21), "牛家梁镇建材店", "檐沟更换", 150_000)]
    return c.ResultNotice(publication=_pub(bilingual), matter="幸福院屋顶维修", approved_amount=3_800_000,
                          lines=lines, outcome="工程于 2026年3月18日完工，经村监委会和村民代表验收合格，"
                                               "结余 2,500.00 元退回福彩公益金账户。",
                          stages=list(STAGES))


def meeting(bilingual: bool = False) -> c.MeetingNotice:
    return c.MeetingNotice(publication=_pub(bilingual, disclosure=False), meeting="村民代表会议",
                           held_at=datetime(2026, 2, 26, 9, 0), place="村委会二楼会议室",
                           attendees="全体村民代表、村务监督委员会成员",
                           agenda=["审议幸福院屋顶维修方案及预算（38,000.00 元）", "审议三组道路硬化一事一议筹资方案",
                                   "通报 2025 年度财务收支情况"],
                           matter="幸福院屋顶维修", organiser="中共高家湾村支部委员会")


def redwhite(bilingual: bool = False) -> c.RedWhiteNotice:
    ev = [c.RedWhiteEvent("婚事", "王建国", "一组", date(2026, 1, 18), date(2026, 1, 2), True, 16, 28_000,
                          2_800_000, 6, None, True),
          c.RedWhiteEvent("丧事", "吉𠮷祥", "三组", date(2026, 2, 3), date(2026, 2, 2), True, 12, 25_000,
                          None, None, 3, True),
          c.RedWhiteEvent("婚事", "李堃", "二组", date(2026, 2, 20), date(2026, 2, 17), False, 26, 38_000,
                          5_000_000, 12, None, False,
                          ["宴席 26 桌，超过 20 桌的标准", "每桌 380.00 元，超过 300.00 元的标准",
                           "彩礼 50,000.00 元，超过 30,000.00 元的标准"], "理事会上门劝导，村内通报"),
          c.RedWhiteEvent("寿宴", "阿卜杜·热合曼", "四组", date(2026, 3, 9), None, False, 4, 20_000,
                          None, None, None, False, ["寿宴按村规民约只限家庭内部"], "劝导")]
    return c.RedWhiteNotice(publication=_pub(bilingual, issuer="高家湾村红白理事会"), period_label="2026年第一季度",
                            events=ev, standards=["婚事宴席不超过 20 桌，每桌不超过 300 元，彩礼不超过 30,000 元，车辆不超过 6 辆",
                                                  "丧事不超过 3 天，宴席不超过 15 桌", "寿宴、升学宴、乔迁宴、满月酒只限家庭内部，不摆酒席"])


def pledge(bilingual: bool = False) -> c.RedWhitePledge:
    items = [c.PledgeItem("宴席桌数", "不超过 20 桌", "16 桌"), c.PledgeItem("每桌费用", "不超过 300.00 元", "280.00 元"),
             c.PledgeItem("彩礼", "不超过 30,000.00 元", "28,000.00 元"), c.PledgeItem("婚车", "不超过 6 辆", "6 辆"),
             c.PledgeItem("人情礼金", "每人不超过 100.00 元（近亲 200.00 元）", "按标准")]
    return c.RedWhitePledge(publication=_pub(bilingual, disclosure=False, issuer="高家湾村红白理事会"), kind="婚事",
                            host="王建国", group="一组", event_date=date(2026, 1, 18), place="本村红白事服务中心",
                            items=items)


def care(bilingual: bool = False) -> c.CareMonthlyReport:
    places = [c.CarePlaceMonth("高家湾村农村幸福院", "幸福院", 40, 26, 36, 34, 712, 1_318, 14,
                               {"助餐": 1_318, "助浴": 42, "助洁": 30, "助医/体检": 36, "文娱": 120},
                               {"高龄": 12, "空巢": 15, "留守": 6, "五保": 2}, 395_400, "每餐 3.00 元"),
              c.CarePlaceMonth("高家湾村日间照料中心", "日间照料中心", 25, 22, 21, 19, 301, 290, 3,
                               {"助餐": 290, "文娱": 44}, {"高龄": 7, "空巢": 5, "留守": 2, "五保": 0},
                               87_000, "每餐 3.00 元"),
              c.CarePlaceMonth("高家湾村托育点", "托育点", 20, 22, 15, 15, 286, 286, 0, {"保育": 286, "午餐": 286},
                               {"留守": 6}, 143_000, "每人每日 5.00 元")]
    return c.CareMonthlyReport(publication=_pub(bilingual, disclosure=False), month="2026-03", places=places,
                               remarks="3月8日、3月22日幸福院因停电闭院两天。")


SAMPLES = {"disclosure": disclosure, "resolution": resolution, "result": result, "meeting": meeting,
           "redwhite": redwhite, "pledge": pledge, "care": care}
