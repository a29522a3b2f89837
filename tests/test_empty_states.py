"""An empty village: each page says what to do first and offers the button that does it
(issue 16, point 7), instead of an empty table or a grey box."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.core.funds import accounts
from desktop.ui.context import AppContext
from desktop.ui.kit.empty import EmptyState
from desktop.ui.main_window import MainWindow


def _empty_state(page: QWidget, name: str) -> EmptyState:
    found = page.findChild(EmptyState, name)
    assert found is not None, f"{name} missing"
    return found


def test_each_empty_page_offers_its_first_step(qtbot, store, db_path):
    w = MainWindow(AppContext(store, db_path))
    qtbot.addWidget(w)
    w.show()
    roster = w.show_page("roster")
    empty = _empty_state(roster, "roster_empty")
    assert empty.isVisible() and not roster.table.isVisible()
    assert [b.text() for b in empty.buttons] == ["导入花名册…", "添加人员…"]

    care = w.show_page("care")
    empty = _empty_state(care, "care_empty")
    assert empty.isVisible() and not care.tabs.isVisible()
    assert [b.text() for b in empty.buttons] == ["添加托老/托幼点…"]

    redwhite = w.show_page("redwhite")
    empty = _empty_state(redwhite, "redwhite_empty")
    assert empty.isVisible()
    empty.buttons[0].click()        # 设定标准… goes to the standards tab
    assert redwhite.tabs.currentWidget() is redwhite.standards

    funds = w.show_page("funds")
    empty = _empty_state(funds, "funds_empty")
    assert empty.isVisible() and [b.text() for b in empty.buttons] == ["新建资金账户…"]
    # 财务公开 before any preview: a prompt with the button, not a blank viewer.
    funds.tabs.setCurrentWidget(funds.disclosure)
    prompt = _empty_state(funds, "disclosure_prompt")
    assert prompt.isVisible() and [b.text() for b in prompt.buttons] == ["生成预览"]

    # Once there is a fund, its table comes back.
    funds.tabs.setCurrentWidget(funds.funds)
    accounts.add_fund(store, "村级组织运转经费")
    funds.funds.refresh()
    assert funds.funds.table.isVisible() and not funds.funds.empty.isVisible()
