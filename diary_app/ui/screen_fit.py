"""The window on small screens: a first size from the screen, restored geometry kept on it, and the
views in a scroll area so nothing falls off a 1024x600 screen or a 1280x720 one at 150%."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

PREFERRED = QSize(1200, 800)
SHARE = 0.9  # of a large screen's width, so the desktop stays in sight beside the window
SMALL_WIDTH = 1024  # up to this width a screen is given whole: every pixel is needed
TITLE_BAR = 40  # the window manager's frame above the window's own area


def first_size(available: QRect) -> QSize:
    """The preferred size, made to fit the available area (a small screen is used whole)."""
    width = max(int(available.width() * SHARE), min(available.width(), SMALL_WIDTH))
    return QSize(min(PREFERRED.width(), width), min(PREFERRED.height(), available.height() - TITLE_BAR))


def clamped(frame: QRect, available: QRect) -> QRect:
    """`frame` made no larger than `available` and moved inside it."""
    width, height = min(frame.width(), available.width()), min(frame.height(), available.height())
    left = max(available.left(), min(frame.left(), available.right() + 1 - width))
    top = max(available.top(), min(frame.top(), available.bottom() + 1 - height))
    return QRect(left, top, width, height)


class ScrolledLayout(QVBoxLayout):
    """The layout of a scroll area's content: without height-for-width, the area gives the content
    the viewport's height down to its minimum, not its (wrapped labels') preferred height, so a
    window that fits scrolls no more than one that does not."""

    def hasHeightForWidth(self) -> bool:
        return False


def scrolling(content: QWidget) -> QScrollArea:
    """`content` filling a frameless scroll area: it scrolls only when the window is smaller than it."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.setFocusProxy(content)
    return area


def fit_to_screen(window: QWidget) -> None:
    """A first size from the window's screen (before it is shown)."""
    screen = window.screen()
    if screen is not None:
        window.resize(first_size(screen.availableGeometry()))


def keep_on_screen(window: QWidget) -> None:
    """A restored geometry from a larger screen (or another monitor) brought back onto this one."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    inside = clamped(window.geometry(), available)
    if inside != window.geometry():
        window.setGeometry(inside)
