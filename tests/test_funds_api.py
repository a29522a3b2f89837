"""The stable funds API used by other areas (red-white hall money)."""
from __future__ import annotations

import pytest

from db.errors import RefusedError
from desktop.core.funds import api


def test_ensure_fund_is_idempotent_by_name(store):
    first = api.ensure_fund(store, "红白事大厅", "村集体经营收入", "红白事服务中心收支")
    again = api.ensure_fund(store, "红白事大厅", "其他", "别的用途")
    assert first == again
    assert store.scalar("SELECT COUNT(*) FROM funds_fund") == 1
    assert store.get("funds_fund", first)["source"] == "村集体经营收入"


def test_add_and_post_entry_assigns_voucher_and_moves_balance(store):
    fund = api.ensure_fund(store, "红白事大厅", "村集体经营收入", "大厅收支")
    draft = api.add_entry(store, fund, "income", 50_000, "2026-03-02", "场地租金", "婚宴租用大厅",
                          counterparty="张三")
    assert api.fund_balance(store, fund) == 0          # a draft does not count
    assert api.post_entry(store, draft) == "2026-0001"
    assert api.fund_balance(store, fund) == 50_000
    paid = api.add_entry(store, fund, "expense", 20_000, "2026-03-03", "设施设备", "购置餐具", post=True)
    assert store.get("funds_entry", paid)["voucher_no"] == "2026-0002"
    assert api.fund_balance(store, fund) == 30_000


def test_overdraft_through_api_is_refused_and_nothing_saved(store):
    fund = api.ensure_fund(store, "红白事大厅", "村集体经营收入", "大厅收支")
    with pytest.raises(RefusedError, match="低于零"):
        api.add_entry(store, fund, "expense", 100, "2026-03-03", "设施设备", "购置餐具", post=True)
    assert store.scalar("SELECT COUNT(*) FROM funds_entry") == 0
