"""The reportlab document and canvas under every notice: which page each part was drawn on,
and pages held back until their total is known (第 X 页 共 Y 页)."""
from __future__ import annotations

from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable


class PageTrackingDoc(BaseDocTemplate):
    """Remembers the page each flowable was drawn on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.drawn: list[tuple[int, Flowable]] = []

    def afterFlowable(self, flowable) -> None:
        self.drawn.append((self.page, flowable))


class NumberedCanvas(pdfcanvas.Canvas):
    """Defers each page until the total is known, then draws header/footer on all."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.decorate(number, total)
            super().showPage()
        super().save()

    def decorate(self, page: int, pages: int) -> None:   # pragma: no cover - overridden
        pass
