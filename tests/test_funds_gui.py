"""The funds page on the demo village: real widgets over a real database."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.core.funds import accounts, decisions, ledger
from desktop.core.funds.demo import DEMO_FUNDS
from desktop.ui.context import AppContext
from desktop.ui.funds import decision_dialogs, dialogs
from desktop.ui.funds.closing_tab import month_rows
from desktop.ui.funds.disclosure_tab import build_sheet
from desktop.ui.pages.funds import Page


@pytest.fixture
def page(qtbot, demo_store, tmp_path):
    ctx = AppContext(demo_store, demo_store.path)
    p = Page(ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    p.refresh()
    return p


@pytest.fixture
def warnings(message_boxes):
    return message_boxes.said("warning")


def test_funds_tab_shows_balances_from_the_ledger(page):
    store = page.ctx.store
    rows = page.funds.model.rows
    assert {r["name"] for r in rows} >= set(DEMO_FUNDS)
    for r in rows:
        assert r["balance_fen"] == accounts.balance(store, r["id"])
    assert "资金余额合计" in page.funds.total.text()


def test_entry_dialog_posts_payment_and_refuses_bad_amount(page, warnings):
    store = page.ctx.store
    fund = accounts.fund_by_name(store, "村级组织运转经费")
    before = accounts.balance(store, fund["id"])
    dlg = dialogs.EntryDialog(store, page, fund_id=fund["id"])
    dlg.amount.setText("¥1,2.3")
    dlg.summary.setText("购买打印纸")
    dlg._accept()
    assert warnings and "格式不对" in warnings[-1] and dlg.result() == 0
    dlg.amount.setText("123.45")
    assert dlg.capital.text() == "壹佰贰拾叁元肆角伍分"
    dlg.post_now.setChecked(True)
    dlg._accept()
    assert dlg.result() == 1
    e = ledger.get_entry(store, dlg.result_value)
    assert e["status"] == "posted" and e["amount_fen"] == 12_345
    assert accounts.balance(store, fund["id"]) == before - 12_345


def test_ledger_reverse_and_post_from_the_table(page, warnings):
    store = page.ctx.store
    page.tabs.setCurrentWidget(page.ledger)
    page.ledger.period.setText("")
    page.ledger.reload()
    rows = page.ledger.model.rows
    draft = next(i for i, r in enumerate(rows) if r["status"] == "draft")
    page.ledger.table.selectRow(draft)
    page.ledger._post()
    assert ledger.get_entry(store, rows[draft]["id"])["status"] == "posted"
    rows = page.ledger.model.rows
    target = next(r for r in rows if r["status"] == "posted" and not r["reversed_by"] and not r["reverses_voucher"]
                  and r["direction"] == "expense")
    dlg = dialogs.ReverseDialog(store, target, page)
    dlg.reason.setText("重复记账")
    dlg._accept()
    assert dlg.result() == 1
    assert ledger.get_entry(store, dlg.result_value)["reverses_id"] == target["id"]


def test_failed_vote_is_refused_in_the_dialog(page, warnings):
    store = page.ctx.store
    page.tabs.setCurrentWidget(page.decisions)
    d = next(x for x in decisions.list_decisions(store) if x["title"] == "幸福院助餐设备采购")
    dlg = decision_dialogs.AdvanceDialog(store, d, page)
    assert set(dlg.counts) == {"members", "present", "in_favour", "against", "abstain"}
    for key, value in (("members", "48"), ("present", "20"), ("in_favour", "20")):
        dlg.counts[key].setText(value)
    dlg._accept()
    assert "未通过" in warnings[-1] and dlg.result() == 0
    dlg.counts["present"].setText("40")
    dlg.counts["in_favour"].setText("35")
    dlg._accept()
    assert dlg.result() == 1
    assert decisions.get_decision(store, d["id"])["status"] == decisions.RESOLVED


def test_stage_progress_and_closing_rows(page):
    page.tabs.setCurrentWidget(page.decisions)
    roof = next(i for i, r in enumerate(page.decisions.model.rows) if r["title"] == "幸福院屋顶维修")
    page.decisions.table.selectRow(roof)
    assert len(page.decisions.progress.boxes) == 6
    assert "已完成" in page.decisions.progress.title.text()
    rows = month_rows(page.ctx.store)
    assert rows[0]["closed"] == "未结账" and rows[2]["closed"] == "已结账"
    assert any("郝明德" in r["signed"] for r in rows)


def test_disclosure_preview_renders_pages(page, qtbot):
    page.tabs.setCurrentWidget(page.disclosure)
    result = build_sheet(page.ctx.store, lambda *a: None, page.disclosure.period())
    page.disclosure._show(result)
    assert page.disclosure.view.page_count() >= 1
    assert "收入" in page.disclosure.summary.text()


def test_disclosure_preview_fits_the_width_of_any_window(page, qtbot):
    """The sheet is as wide as the view, never wider (no sideways scrolling), at a wide window
    and a narrow one (1024×768 with 特大 leaves the tab about 700 px)."""
    from PySide6.QtWidgets import QApplication, QLabel
    page.tabs.setCurrentWidget(page.disclosure)
    page.disclosure._show(build_sheet(page.ctx.store, lambda *a: None, page.disclosure.period()))
    view = page.disclosure.view
    widths = []
    for window_width in (1300, 640):
        page.resize(window_width, 700)
        QApplication.processEvents()
        pages = view.inner.findChildren(QLabel)
        assert pages and view.horizontalScrollBar().maximum() == 0
        # A4 is 595 points wide: each page spans the view less its two 12 px margins.
        for label in pages:
            assert abs(label.width() - (view.viewport().width() - 24)) <= 1
        widths.append(pages[0].width())
    assert widths[0] > widths[1] + 500      # drawn again for the narrow window, not cut


def test_draft_edited_in_the_dialog(page, warnings):
    store = page.ctx.store
    draft = next(r for r in ledger.list_entries(store, status="draft"))
    dlg = dialogs.EntryDialog(store, page, draft=draft)
    assert dlg.summary.text() == draft["summary"] and dlg.amount.fen() == draft["amount_fen"]
    dlg.amount.setText("99.90")
    dlg._accept()
    assert dlg.result() == 1
    assert ledger.get_entry(store, draft["id"])["amount_fen"] == 9_990
    assert ledger.get_entry(store, draft["id"])["status"] == "draft"


def test_failed_vote_recorded_from_the_dialog(page, warnings):
    store = page.ctx.store
    d = next(x for x in decisions.list_decisions(store) if x["title"] == "幸福院助餐设备采购")
    dlg = decision_dialogs.AdvanceDialog(store, d, page)
    assert dlg.failed.isVisibleTo(dlg)
    for key, value in (("members", "48"), ("present", "40"), ("in_favour", "5"), ("against", "35")):
        dlg.counts[key].setText(value)
    dlg.failed.setChecked(True)
    dlg._accept()
    assert dlg.result() == 1
    got = decisions.get_decision(store, d["id"])
    assert got["status"] == "未通过"
    page.tabs.setCurrentWidget(page.decisions)
    page.refresh()
    i = next(i for i, r in enumerate(page.decisions.model.rows) if r["id"] == d["id"])
    page.decisions.table.selectRow(i)
    assert "✗" in page.decisions.progress.boxes[3].text()


def test_closing_tab_lists_the_warnings_of_the_month_to_close(page, tmp_path, monkeypatch):
    page.tabs.setCurrentWidget(page.closing)
    page.closing.refresh()
    row = page.closing.selected()
    assert row is not None and not row["is_closed"] and row["ended"]
    kinds = [w["kind"] for w in page.closing.warnings.rows]
    assert "split" in kinds                         # the demo's 6,000 + 6,000 to one shop
    assert "预警" in page.closing.warn_title.text()
    out = tmp_path / "warn.pdf"
    monkeypatch.setattr(dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    from desktop.ui.funds import closing_tab
    monkeypatch.setattr(closing_tab.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.closing._print_warnings()
    assert out.read_bytes().startswith(b"%PDF")


def test_powers_tab_shows_the_list_and_each_use(page, tmp_path, monkeypatch):
    page.tabs.setCurrentWidget(page.powers)
    page.powers.refresh()
    names = [r["name"] for r in page.powers.model.rows]
    assert "村级工程项目" in names and not page.powers.empty.isVisible()
    page.powers.table.selectRow(names.index("村级工程项目"))
    assert "幸福院屋顶维修" in {u["subject"] for u in page.powers.uses.rows}
    from desktop.ui.funds import powers_tab
    out = tmp_path / "qd.pdf"
    monkeypatch.setattr(powers_tab.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.powers._pdf()
    assert out.read_bytes().startswith(b"%PDF")


def test_future_date_asks_the_clerk(page, message_boxes):
    from datetime import date, timedelta
    store = page.ctx.store
    fund = accounts.fund_by_name(store, "村集体经营收入")
    asked = message_boxes.said("question", "warning")
    message_boxes.answer = QMessageBox.No
    dlg = dialogs.EntryDialog(store, page, fund_id=fund["id"])
    dlg.income.setChecked(True)
    dlg.amount.setText("100")
    dlg.summary.setText("预收租金")
    dlg.day.set_iso((date.today() + timedelta(days=10)).isoformat())
    dlg._accept()
    assert dlg.result() == 0 and "晚于今天" in asked[0] and "晚于今天" in asked[-1]
    message_boxes.answer = QMessageBox.Yes
    dlg._accept()
    assert dlg.result() == 1 and ledger.get_entry(store, dlg.result_value)["entry_date"] > date.today().isoformat()


def test_power_and_matching_dialogs(page, warnings):
    store = page.ctx.store
    dlg = decision_dialogs.PowerDialog(store, None, page)
    dlg.name.setText("集体林地管护")
    dlg.holder.setText("村民委员会")
    dlg.steps.setPlainText("")
    dlg._accept()
    assert dlg.result() == 0 and "办理流程至少要有一个步骤" in warnings[-1]
    dlg.steps.setPlainText("提出方案\n民主决策\n公示\n实施")
    dlg._accept()
    assert dlg.result() == 1
    from desktop.core.funds import matching, powers
    assert powers.resolve_power(store, "集体林地管护")["steps"] == ["提出方案", "民主决策", "公示", "实施"]
    fund = accounts.fund_by_name(store, "村集体经营收入")
    m = dialogs.MatchDialog(store, fund, page)
    m.ratio.setText("1比2")
    m._accept()
    assert m.result() == 0 and "1:3" in warnings[-1]
    m.ratio.setText("1:2")
    m.source.setText("镇财政所")
    m._accept()
    assert m.result() == 1
    row = next(r for r in matching.status(store) if r["fund"] == "村集体经营收入")
    assert (row["ratio"], row["source"], row["due_fen"]) == ("1:2", "镇财政所", 0)
