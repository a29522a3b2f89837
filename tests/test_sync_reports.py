"""Monthly reporting (上报) and the township's views: totals equal the sum of the villages'."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook

from db.errors import RefusedError, ValidationError
from desktop.core.sync import exchange, importing, registry, reports, township

MONTH = date.today().strftime("%Y-%m")


def hand_over(src, dst, dst_name, folder):
    return importing.import_bundle(dst, exchange.export_bundle(src, dst_name, folder)["path"])


def test_township_totals_equal_the_sum_of_the_villages(sites):
    a, b, t = sites.a, sites.b, sites.t
    for v in (a, b):
        reports.submit(v, MONTH)
        hand_over(v, t, "牛家梁镇", sites.dir)
    summary = township.month_summary(t, MONTH)
    assert [r["status"] for r in summary["villages"]] == ["submitted", "submitted"]
    own = [reports.numeric_leaves(reports.build(v, MONTH)) for v in (a, b)]
    keys = set(own[0]) | set(own[1])
    assert summary["totals"] == {k: own[0].get(k, 0) + own[1].get(k, 0) for k in keys}
    assert summary["totals"]["population.persons"] == sum(
        v.scalar("SELECT COUNT(*) FROM person WHERE status IN ('在册','外出务工')") for v in (a, b))
    pop = township.population_by_village(t)
    assert pop["total"]["persons"] == summary["totals"]["population.persons"]
    assert pop["total"]["households"] == sum(
        v.scalar("SELECT COUNT(*) FROM household WHERE status='active'") for v in (a, b))
    for kind, n in pop["total"]["groups"].items():
        assert n == sum(r["groups"].get(kind, 0) for r in pop["villages"])


def test_report_returned_with_comment_then_resubmitted_and_accepted(sites):
    a, t = sites.a, sites.t
    draft = reports.prepare(a, MONTH)
    assert draft["status"] == "draft" and draft["data"]["population"]["persons"] > 0
    reports.submit(a, MONTH)
    with pytest.raises(RefusedError, match="已上报"):
        reports.prepare(a, MONTH)
    hand_over(a, t, "牛家梁镇", sites.dir)
    at_t = reports.report(t, MONTH, a.site_id)
    assert at_t["status"] == "submitted"
    with pytest.raises(ValidationError, match="原因"):
        reports.review(t, at_t["id"], "returned", "")
    reports.review(t, at_t["id"], "returned", "低保人数与民政台账不一致，请核对")
    with pytest.raises(RefusedError, match="已退回"):
        reports.review(t, at_t["id"], "accepted")
    hand_over(t, a, "甲村", sites.dir)
    mine = reports.report(a, MONTH)
    assert mine["status"] == "returned" and "民政台账" in mine["comment"]
    # The clerk fixes and resubmits; the township sees it waiting again, accepts, the answer travels back.
    again = reports.submit(a, MONTH, "已核对")
    assert again["status"] == "submitted" and again["version"] == 2
    hand_over(a, t, "牛家梁镇", sites.dir)
    at_t = reports.report(t, MONTH, a.site_id)
    assert at_t["status"] == "submitted" and at_t["note"] == "已核对"
    reports.review(t, at_t["id"], "accepted")
    hand_over(t, a, "甲村", sites.dir)
    assert reports.report(a, MONTH)["status"] == "accepted"
    with pytest.raises(RefusedError):
        reports.prepare(a, MONTH)


def test_village_cannot_review_and_months_are_checked(sites):
    a = sites.a
    rep = reports.submit(a, MONTH)
    with pytest.raises(RefusedError, match="自己"):
        reports.review(a, rep["id"], "accepted")
    with pytest.raises(ValidationError, match="YYYY-MM"):
        reports.prepare(a, "2026-13")


def test_registered_part_appears_in_reports_and_totals(sites, monkeypatch):
    monkeypatch.setitem(registry.REPORT_PARTS, "care", ("托老托幼", lambda store, month: {
        "meals": 10 if store.site_id == sites.a.site_id else 7, "places": {"幸福院": 2}}))
    for v in (sites.a, sites.b):
        reports.submit(v, MONTH)
        hand_over(v, sites.t, "牛家梁镇", sites.dir)
    summary = township.month_summary(sites.t, MONTH)
    assert summary["totals"]["care.meals"] == 17 and summary["totals"]["care.places.幸福院"] == 4
    assert summary["labels"]["care.meals"] == "托老托幼·meals"


def test_late_villages(sites):
    a, t = sites.a, sites.t
    reports.submit(a, MONTH)
    hand_over(a, t, "牛家梁镇", sites.dir)
    late = {r["name"]: r["reasons"] for r in township.late_villages(t, MONTH)}
    assert "甲村" not in late and late["乙村"][0] == "从未收到数据包"
    later = datetime.now(timezone.utc) + timedelta(days=40)
    late = {r["name"]: r["reasons"] for r in township.late_villages(t, None, now=later)}
    assert late["甲村"][0].startswith("已 40 天")


def test_township_views_export_to_xlsx_and_html(sites, tmp_path):
    a, b, t = sites.a, sites.b, sites.t
    for v in (a, b):
        reports.submit(v, MONTH)
        hand_over(v, t, "牛家梁镇", sites.dir)
    out = township.export_xlsx(t, tmp_path / "汇总.xlsx", MONTH)
    book = load_workbook(out)
    assert book.sheetnames == ["人口与特殊群体", f"{MONTH}月报汇总", "迟报情况"]
    sheet = book["人口与特殊群体"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("村", "区划代码", "户数", "人数")
    assert [r[0] for r in rows[1:]] == ["甲村", "乙村", "合计"]
    assert rows[-1][3] == rows[1][3] + rows[2][3]
    month_rows = list(book[f"{MONTH}月报汇总"].iter_rows(values_only=True))
    col = month_rows[0].index("人口·人数")
    assert month_rows[-1][col] == month_rows[1][col] + month_rows[2][col]
    html = township.html_report(t, MONTH, "牛家梁镇")
    assert "甲村" in html and "合计" in html
