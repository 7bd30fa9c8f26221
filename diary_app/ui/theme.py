"""The window's colours: System, Light or Dark, and a dim mode, remembered in QSettings.

A QPalette does it all (Fusion honours palettes): no style sheet for the whole app. The first
paint asks nothing that builds PySide's `Qt` namespace (~12 ms): the desktop's colour scheme is
read and the platform told of a forced one in `settle`, once the window is on screen. System
follows the desktop live; where the platform reports no scheme (offscreen, bare X11) it is light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from diary_app.ui.settings import app_settings

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)
THEME_KEY, DIM_KEY = "view/theme", "view/dim"
DIM_FONT_SCALE = 1.3  # the Today form in dim mode: larger text, larger controls

# (window, base, alternate base, text, button, mid, highlight, highlighted text, placeholder)
_DARK = ("#2B2B2B", "#1F1F1F", "#262626", "#E6E6E6", "#353535", "#5A5A5A", "#3D7FBF", "#FFFFFF", "#9A9A9A")
_DIM = ("#1A1A1A", "#272727", "#2B2B2B", "#A6A6A6", "#232323", "#3E3E3E", "#2F4F6B", "#C8C8C8", "#6E6E6E")


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window (dark theme, dim mode or the desktop's)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette(dim: bool = False) -> QPalette:
    """Dark colours for every role Fusion paints; `dim` lowers the contrast further."""
    window, base, alternate, text, button, mid, highlight, highlighted, placeholder = map(
        QColor, _DIM if dim else _DARK)
    palette = QPalette()  # QPalette(colour) would build the Qt namespace to choose its overload
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, window), (roles.WindowText, text), (roles.Base, base),
                         (roles.AlternateBase, alternate), (roles.Text, text), (roles.Button, button),
                         (roles.ButtonText, text), (roles.ToolTipBase, button), (roles.ToolTipText, text),
                         (roles.Mid, mid), (roles.Dark, base.darker(130)), (roles.Light, button.lighter(130)),
                         (roles.Midlight, button.lighter(115)), (roles.Shadow, QColor("#000000")),
                         (roles.Highlight, highlight), (roles.HighlightedText, highlighted),
                         (roles.PlaceholderText, placeholder), (roles.BrightText, QColor("#FF8A65")),
                         (roles.Link, QColor("#7FB8E6")), (roles.LinkVisited, QColor("#C49BD6"))):
        palette.setColor(role, colour)
    disabled = QColor(placeholder).darker(115)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def saved_theme() -> str:
    value = app_settings().value(THEME_KEY, SYSTEM)
    return value if value in THEMES else SYSTEM


def saved_dim() -> bool:
    return str(app_settings().value(DIM_KEY, "false")).lower() == "true"


class ThemeManager(QObject):
    """Applies the chosen theme to the application and keeps System in step with the desktop."""

    changed = Signal()  # the application's palette was replaced

    def __init__(self, app: QGuiApplication, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._settled = False  # until then System takes the platform's palette as it comes
        self.theme, self.dim = saved_theme(), saved_dim()
        app.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        self._apply(first=True)

    def settle(self) -> None:
        """Once the window is on screen: tell the platform a forced scheme, read the desktop's."""
        self._settled = True
        self._ask_platform()
        if self.theme == SYSTEM and not self.dim and self.desktop_is_dark():
            self._apply()

    def set_theme(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else SYSTEM
        app_settings().setValue(THEME_KEY, self.theme)
        self._apply()

    def set_dim(self, dim: bool) -> None:
        self.dim = bool(dim)
        app_settings().setValue(DIM_KEY, "true" if self.dim else "false")
        self._apply()

    def wants_dark(self) -> bool:
        if self.dim or self.theme == DARK:
            return True
        return self.theme == SYSTEM and self._settled and self.desktop_is_dark()

    def desktop_is_dark(self) -> bool:
        return self._app.styleHints().colorScheme().name == "Dark"

    def _on_style_hints_color_scheme_changed(self, _scheme) -> None:
        if self.theme == SYSTEM and not self.dim:
            self._apply()

    def _apply(self, first: bool = False) -> None:
        if self._settled:
            self._ask_platform()
        if self.wants_dark():
            self._app.setPalette(dark_palette(self.dim))
        elif self.theme == LIGHT:
            self._app.setPalette(self._app.style().standardPalette())
        else:
            self._app.setPalette(QPalette())  # an empty palette: back to the desktop's own
        if not first:  # once the palette has reached the widgets
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._restyle_style_sheets)
        self.changed.emit()

    def _restyle_style_sheets(self) -> None:
        """Widgets with a style sheet keep the palette they were polished with: polish them again."""
        for widget in self._app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)

    def _ask_platform(self) -> None:
        """Qt 6.8+: the platform's own dialogs and title bars take the forced scheme too."""
        hints = self._app.styleHints()
        if not hasattr(hints, "setColorScheme"):
            return
        from PySide6.QtCore import Qt

        forced = Qt.ColorScheme.Dark if self.dim else {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(
            self.theme, Qt.ColorScheme.Unknown)
        hints.blockSignals(True)  # our own request is not the desktop changing its mind
        hints.setColorScheme(forced)
        hints.blockSignals(False)


def dim_font(dim: bool) -> QFont:
    """The Today form's font: larger in dim mode; an empty font (the application's) otherwise."""
    from PySide6.QtGui import QFont

    if not dim:
        return QFont()
    font = QGuiApplication.font()
    font.setPointSizeF(font.pointSizeF() * DIM_FONT_SCALE)
    return font
