"""What a screen reader meets: every control of the Today form has a name (and those without
visible text a description) in Qt's accessibility tree, and the focus chain reads the form in
order and leaves its tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.ui.test_keyboard import a_migraine_with_a_dose, reading_order

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


@dataclass
class Node:
    widget: QWidget
    name: str
    description: str


def focusable_nodes(widget: QWidget) -> list[Node]:
    """What the accessibility tree under `widget` says of each control a person can Tab to. The
    interfaces themselves are not kept: Qt deletes them, and a kept wrapper would outlive them."""
    found = []

    def walk(node):
        if node is None or not node.isValid() or node.state().invisible:
            return
        if node.state().focusable and isinstance(node.object(), QWidget):
            found.append(Node(node.object(), node.text(NAME).strip(), node.text(DESCRIPTION).strip()))
        for i in range(node.childCount()):
            walk(node.child(i))

    walk(QAccessible.queryAccessibleInterface(widget))
    return found


def without_visible_text(node: Node) -> bool:
    return not (isinstance(node.widget, QAbstractButton) and any(c.isalpha() for c in node.widget.text()))


def test_every_focusable_control_of_the_today_form_has_a_name(qtbot, window):
    form = window.day_form
    a_migraine_with_a_dose(qtbot, form)
    nodes = focusable_nodes(form)
    assert len(nodes) >= 25
    unnamed = [type(n.widget).__name__ for n in nodes if not n.name]
    assert not unnamed
    undescribed = [n.name for n in nodes if without_visible_text(n) and not n.description]
    assert not undescribed


def test_the_tree_holds_every_control_of_the_reading_order(qtbot, window):
    form = window.day_form
    a_migraine_with_a_dose(qtbot, form)
    in_tree = {id(n.widget) for n in focusable_nodes(form)}
    assert all(id(widget) in in_tree for widget in reading_order(form))


def test_the_focus_chain_reads_the_form_in_order_and_leaves_the_medication_table(qtbot, window):
    form = window.day_form
    a_migraine_with_a_dose(qtbot, form)
    expected = reading_order(form)
    chain, widget = [], form.prev_button
    while len(chain) < 200 and (not chain or widget is not form.prev_button):
        if widget in expected:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == expected
    assert form.doses.table.tabKeyNavigation() is False


def test_the_calendar_grid_and_the_attack_controls_are_named_and_described(qtbot, window, today):
    from diary_app.ui.dialogs.attack_dialog import AttackDialog

    window.show_view(1)
    [grid] = [n for n in focusable_nodes(window.calendar) if n.widget is window.calendar.grid]
    assert grid.name and grid.description
    dialog = AttackDialog(dt.datetime.combine(today, dt.time(8)), today, [], [])
    qtbot.addWidget(dialog)
    dialog.show()
    nodes = focusable_nodes(dialog)
    assert not [type(n.widget).__name__ for n in nodes if not n.name]
    assert not [n.name for n in nodes if without_visible_text(n) and not n.description]
