"""Printed notices (reportlab, no Qt): one page engine, one template per kind.

Public API:
    contracts            dataclasses other areas fill (FinancialDisclosure, ...)
    publication_for      the header block (village name, 文号, 公示期, bilingual) for a store
    render(data) -> bytes      any contract dataclass to PDF bytes
    registry.KINDS / registry.get(key) / registry.render(store, key, options)
    history.record(...)  log a print or save with the PDF's SHA-256
"""
from desktop.core.notices.publication import publication_for  # noqa: F401
from desktop.core.sync.registry import register_sync

TABLE_LABELS = {"notices_history": "公告打印/张贴记录"}


def selftest_render(store, path):
    """The program's --self-test: the roster notice of the (demo) village, written to `path`."""
    from db.files import write_bytes
    from desktop.core.notices import registry
    _data, pdf = registry.render(store, "roster", {})
    return write_bytes(path, pdf)


def render(data) -> bytes:
    from desktop.core.notices.templates import render as _render
    return _render(data)


register_sync(labels=TABLE_LABELS)
