"""Every question the window asks a person, in one place.

Views call these helpers instead of building QMessageBox or QFileDialog loops themselves,
so tests can answer them by monkeypatching this module rather than driving modal loops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# QMessageBox, QFileDialog and QDialog are looked up when first asked for (PySide builds a class,
# with its enums, on first use): the window's first screen asks nothing.

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]],
        default: str | None = None, detail: str = "") -> str:
    """Ask with one button per (key, label); returns the key chosen (the last key on Escape)."""
    box_type = QtWidgets.QMessageBox
    box = box_type(box_type.Icon.Question, title, text, box_type.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    buttons = {}
    for key, label in choices:
        role = box_type.ButtonRole.RejectRole if key == CANCEL else box_type.ButtonRole.AcceptRole
        if key == DISCARD:
            role = box_type.ButtonRole.DestructiveRole
        buttons[box.addButton(label, role)] = key
        if key == default:
            box.setDefaultButton(list(buttons)[-1])
    box.setEscapeButton(list(buttons)[-1])
    box.exec()
    return buttons.get(box.clickedButton(), choices[-1][0])


def confirm(parent: QWidget | None, title: str, text: str, ok_label: str) -> bool:
    """A yes/no question whose yes button names the action ("Forget day", "Delete")."""
    cancel = QCoreApplication.translate("Prompts", "Cancel")
    return ask(parent, title, text, [("ok", ok_label), (CANCEL, cancel)], default=CANCEL) == "ok"


def ask_unsaved(parent: QWidget | None, what: str) -> str:
    """SAVE, DISCARD or CANCEL for edits that would otherwise be lost."""
    return ask(
        parent,
        QCoreApplication.translate("Prompts", "Unsaved changes"),
        QCoreApplication.translate("Prompts", "The entry for {0} has changes that are not saved.").format(what),
        [(SAVE, QCoreApplication.translate("Prompts", "Save")),
         (DISCARD, QCoreApplication.translate("Prompts", "Discard")),
         (CANCEL, QCoreApplication.translate("Prompts", "Cancel"))],
        default=SAVE,
    )


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QtWidgets.QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A problem the person should read; `detail` (e.g. a list of bad rows) goes below."""
    box_type = QtWidgets.QMessageBox
    box = box_type(box_type.Icon.Warning, title, text, box_type.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def run_dialog(dialog: QtWidgets.QDialog) -> bool:
    """Show a dialog modally; True when it was accepted."""
    return dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted


def open_file(parent: QWidget | None, caption: str, file_filter: str, folder: str = "") -> Path | None:
    name, _ = QtWidgets.QFileDialog.getOpenFileName(parent, caption, folder, file_filter)
    return Path(name) if name else None


def save_file(parent: QWidget | None, caption: str, file_filter: str, suggested: str = "") -> Path | None:
    name, _ = QtWidgets.QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return Path(name) if name else None
