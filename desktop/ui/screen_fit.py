"""Every window fits the clerk's screen: old office PCs at 1024×768, laptops at 150 %.

One helper sizes each top-level window and dialog from the screen's available geometry
(never larger), puts back the size and place the clerk left it at on that screen, and keeps
long text from making a window wider than the screen (labels wrap, combo boxes do not grow
with their longest item). Long forms go in a scroll area so the buttons under them stay
on screen.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractScrollArea, QComboBox, QFormLayout, QFrame, QLabel, QScrollArea,
                               QTableView, QWidget)

# Room the window manager's frame and title bar take around a window (not part of geometry()).
FRAME_WIDTH = 16
FRAME_HEIGHT = 40
# A combo box shows this many characters at least; longer items show in full in the drop-down.
COMBO_CHARACTERS = 8


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary screen) that windows may use."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _screen_key(area: QRect) -> str:
    return f"{area.width()}x{area.height()}"


def fit_window(window: QWidget, name: str, width: int, height: int) -> None:
    """Size `window` at width×height, or as much of the available screen as there is, never
    more; restore the geometry saved under `name` for a screen of this size and save it again
    whenever the window closes or hides. Its long text wraps when it first shows (so this may
    be called before its layout is built, where the fixed resize() used to be)."""
    from desktop.ui.i18n import settings
    area = available_geometry(window)
    saved = settings().value(f"windows/{name}/{_screen_key(area)}")
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        keep_inside(window, area)
    else:
        window.resize(min(width, area.width() - FRAME_WIDTH), min(height, area.height() - FRAME_HEIGHT))
        if window.parentWidget() is None:
            frame = window.frameGeometry()
            frame.moveCenter(area.center())
            window.move(max(area.left(), frame.left()), max(area.top(), frame.top()))
    window.installEventFilter(_GeometryKeeper(window, name))


def keep_inside(window: QWidget, area: QRect | None = None) -> None:
    """Shrink and move `window` so all of it lies on the available screen."""
    area = area or available_geometry(window)
    w = min(window.width(), area.width() - FRAME_WIDTH)
    h = min(window.height(), area.height() - FRAME_HEIGHT)
    if (w, h) != (window.width(), window.height()):
        window.resize(w, h)
    x = min(max(window.x(), area.left()), area.right() - window.width() - FRAME_WIDTH + 1)
    y = min(max(window.y(), area.top()), area.bottom() - window.height() - FRAME_HEIGHT + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, area.left()), max(y, area.top()))


def _first_show(window: QWidget) -> None:
    """Once per window, as it first shows: long text wraps, then it is kept on the screen."""
    if window.property("screenFitted"):
        return
    window.setProperty("screenFitted", True)
    fit_contents(window)
    if not window.testAttribute(Qt.WA_Resized):
        window.adjustSize()
    keep_inside(window)


class _GeometryKeeper(QObject):
    """Fits a window when it first shows; saves its geometry per screen size when it closes or hides."""

    def __init__(self, window: QWidget, name: str):
        super().__init__(window)
        self.name = name

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Show:
            _first_show(obj)
        elif kind in (QEvent.Close, QEvent.Hide) and obj.isWindow():
            from desktop.ui.i18n import settings
            area = available_geometry(obj)
            settings().setValue(f"windows/{self.name}/{_screen_key(area)}", obj.saveGeometry())
        return False


class ScreenGuard(QObject):
    """Application-wide: every other window and dialog (a message box, a dialog that never
    called fit_window) gets the same first-show fitting."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and obj.windowType() in (Qt.Window, Qt.Dialog):
            _first_show(obj)
        return False


def install_screen_guard(app) -> ScreenGuard:
    guard = ScreenGuard(app)
    app.installEventFilter(guard)
    return guard


def fit_contents(root: QWidget) -> None:
    """Let text give way instead of widening the window: labels wrap (except the label column
    of a form, which Qt sizes itself), combo boxes stop growing with their longest item, and
    tables keep their figure columns in view (desktop.ui.table_columns)."""
    from desktop.ui.table_columns import keep_figures_in_view
    for table in root.findChildren(QTableView):
        keep_figures_in_view(table)
    form_labels = set()
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.LabelRole)
            if item is not None and item.widget() is not None:
                form_labels.add(item.widget())
    for label in root.findChildren(QLabel):
        if label in form_labels or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.property("noWrap"):
            continue
        label.setWordWrap(True)
    for combo in root.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() != QComboBox.AdjustToMinimumContentsLengthWithIcon:
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(max(combo.minimumContentsLength(), COMBO_CHARACTERS))


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: a long form scrolls inside its dialog, so the
    dialog stays no taller than the screen and its buttons stay visible."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
    area.setSizeAdjustPolicy(QAbstractScrollArea.AdjustToContents)
    return area
