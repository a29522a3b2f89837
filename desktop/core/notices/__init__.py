"""Printed notices (reportlab, no Qt): one page engine, one template per kind.

Public API:
    contracts            dataclasses other areas fill (FinancialDisclosure, ...)
    publication_for      the header block (village name, 文号, 公示期, bilingual) for a store
    render(data) -> bytes      any contract dataclass to PDF bytes
    registry.KINDS / registry.get(key) / registry.render(store, key, options)
    history.record(...)  log a print or save with the PDF's SHA-256
    money.yuan / money.capitals
"""
from desktop.core.notices.publication import publication_for  # noqa: F401

TABLE_LABELS = {"notices_history": "公告打印/张贴记录"}


def selftest_render(store, path):
    """The program's --self-test: the roster notice of the (demo) village, written to `path`."""
    from pathlib import Path
    from desktop.core.notices import registry
    _data, pdf = registry.render(store, "roster", {})
    Path(path).write_bytes(pdf)
    return Path(path)


def render(data) -> bytes:
    from desktop.core.notices.templates import render as _render
    return _render(data)


def _hook_sync() -> None:
    """Readable names of this area's tables in bundle import summaries."""
    import importlib.util
    if importlib.util.find_spec("desktop.core.sync.exchange") is None:
        return                 # a build without the sync area: nothing to hook into
    from desktop.core.sync import exchange
    for table, label in TABLE_LABELS.items():
        exchange.register_table_label(table, label)


_hook_sync()
