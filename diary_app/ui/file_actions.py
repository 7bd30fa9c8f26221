"""File menu work: import, export, the doctor report, backups, new/open/restore a diary.

Each function takes the main window, asks through `prompts`, and reports problems in a
message box: a DiaryError never escapes as a traceback.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from diary_app.domain.errors import DiaryError, ImportFileError
from diary_app.store.backups import backup_now, list_backups
from diary_app.ui import prompts
from diary_app.ui.counts import counted
from diary_app.ui.opening import DIARY_FILTER, restore_backup_into

SHOWN_PROBLEM_LINES = 15  # more go in the message's details
_MORE_PROBLEMS = re.compile(r"and (\d+) more problems?")  # the English ending of an ImportFileError


class FileActions(QObject):
    """The translation context of these messages: `FileActions.tr` is found by pyside6-lupdate,
    plural forms included, where a module function has no `self` to call tr on."""


def import_filter() -> str:
    return FileActions.tr("Diary files and other apps' exports (*.csv *.json *.xml *.zip);;Days CSV (*.csv);;"
                          "JSON backup (*.json);;Migraine Buddy, Bearable or Headi export (*.csv);;"
                          "Apple Health export (*.xml *.zip);;All files (*)")


def diary_filter() -> str:
    """DIARY_FILTER, marked in opening.py with QT_TRANSLATE_NOOP("Opening", ...)."""
    return QCoreApplication.translate("Opening", DIARY_FILTER)


@contextmanager
def busy(window, message: str):
    """A wait cursor and a status line while a file is read or written on the UI thread."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    window.statusBar().showMessage(message)
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    QApplication.processEvents()  # paint the message before the work starts
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()


def import_problem_lines(exc: ImportFileError) -> list[str]:
    """The file's problems as the reader words them (file:line: ...), and how many more there are,
    in the chosen language: the error's own last line ("nothing was imported") is English."""
    lines = str(exc).splitlines()
    more = _MORE_PROBLEMS.search(lines[-1]) if lines else None
    lines = lines[:-1]
    if more:
        lines.append(counted(FileActions.tr("… and %n more problem(s)", "", int(more[1])), int(more[1])))
    return lines


def _show_import_problems(window, path: Path, exc: ImportFileError) -> None:
    """The file's problems, the first ones in the message, all of them in its details."""
    lines = import_problem_lines(exc)
    shown = "\n".join(lines[:SHOWN_PROBLEM_LINES]) + ("\n…" if len(lines) > SHOWN_PROBLEM_LINES else "")
    prompts.show_error(window, FileActions.tr("Nothing was imported"),
                       FileActions.tr("{0} has problems; nothing was imported.").format(path.name) + "\n\n" + shown,
                       "\n".join(lines) if len(lines) > SHOWN_PROBLEM_LINES else "")


def import_file(window) -> None:
    """File > Import…: the diary's own days CSV or JSON backup as before; another app's export is
    read first, shown in a preview, and written only when the person says Import."""
    from diary_app.exporters.imports.detect import is_own_format

    path = prompts.open_file(window, FileActions.tr("Import"), import_filter(), str(window.session.path.parent))
    if path is None:
        return
    try:
        own = is_own_format(path)
    except ImportFileError as exc:
        _show_import_problems(window, path, exc)
        return
    except DiaryError as exc:
        prompts.show_error(window, FileActions.tr("Nothing was imported"), str(exc))
        return
    (_import_own_file if own else _import_history)(window, path)


def _attempt(window, path: Path, doing: str, work):
    """`work()` under a busy cursor; a problem is shown (nothing was imported) and gives None."""
    try:
        with busy(window, doing.format(path.name)):
            return work()
    except ImportFileError as exc:
        _show_import_problems(window, path, exc)
    except DiaryError as exc:
        prompts.show_error(window, FileActions.tr("Nothing was imported"), str(exc))
    return None


def _import_own_file(window, path: Path) -> None:
    from diary_app.exporters import transfer

    result = _attempt(window, path, FileActions.tr("Importing {0}…"),
                      lambda: transfer.import_file(window.session.diary, path, window.session.today()))
    if result is None:
        return
    window.after_bulk_change()
    text = FileActions.tr("Imported %n day(s) and {0} from {1}.", "", result.days).format(result.treatments, path.name)
    if result.replaced_days:
        text += "\n" + FileActions.tr(
            "%n of those days were recorded before; the file's version replaced them.", "", result.replaced_days)
    _report_import(window, text, result.unknown_medications)


def _import_history(window, path: Path) -> None:
    from diary_app.exporters.history_import import import_history
    from diary_app.exporters.imports.detect import read_history
    from diary_app.ui.dialogs.import_preview import ImportPreviewDialog

    session = window.session
    parsed = _attempt(window, path, FileActions.tr("Reading {0}…"), lambda: read_history(path, session.today()))
    if parsed is None:
        return
    dialog = ImportPreviewDialog(parsed, path.name, window)
    if not prompts.run_dialog(dialog):
        window.statusBar().showMessage(FileActions.tr("Import cancelled: nothing was written."), 5000)
        return
    result = _attempt(window, path, FileActions.tr("Importing {0}…"), lambda: import_history(
        session.diary, parsed, session.today(), fill_headache_free=dialog.fill_headache_free))
    if result is None:
        return
    window.after_bulk_change()
    _report_import(window, FileActions.tr("{0} from {1} ({2}).").format(result.describe(), path.name, parsed.format),
                   result.unknown_medications)


def _report_import(window, text: str, unknown_medications) -> None:
    if unknown_medications:
        text += "\n" + FileActions.tr("Not in the medication catalogue (kept as typed): {0}").format(
            ", ".join(unknown_medications))
    prompts.inform(window, FileActions.tr("Import finished"), text)


def export_file(window) -> None:
    from diary_app.exporters import transfer

    from diary_app.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.session.today(), window)
    if not prompts.run_dialog(dialog):
        return
    suggested = window.session.path.with_name(
        window.session.path.stem + ("-monthly" if dialog.monthly else "") + dialog.suffix)
    path = prompts.save_file(window, FileActions.tr("Export"), dialog.file_filter, str(suggested))
    if path is None:
        return
    if path.suffix.casefold() != dialog.suffix:
        path = path.with_name(path.name + dialog.suffix)
    try:
        transfer.export_file(window.session.diary, path, today=window.session.today(),
                             first_month=dialog.first_month, last_month=dialog.last_month, monthly=dialog.monthly)
    except DiaryError as exc:
        prompts.show_error(window, FileActions.tr("Export failed"), str(exc))
        return
    window.statusBar().showMessage(FileActions.tr("Exported to {0}").format(path), 8000)


def _report_module():
    from diary_app.exporters import report_pdf  # Qt's PDF writer and matplotlib: only when asked for

    return report_pdf


def _ask_report_range(window, report_pdf, ok_text: str):
    """The report dialog, filled with the default months and the preferred paper; None if cancelled."""
    from diary_app.ui.dialogs.report_dialog import ReportDialog

    session = window.session
    months = report_pdf.default_report_range(session.today(), session.infusions(), session.course_spans())
    dialog = ReportDialog(session.today(), months, report_pdf.preferred_paper(session.diary), ok_text, window)
    return dialog if prompts.run_dialog(dialog) else None


def export_report(window) -> Path | None:
    """File > Export doctor report…: asks for the months and the paper, then the file; writes the
    PDF of those months (mode 0600) and returns its path, or None if cancelled or it failed."""
    report_pdf = _report_module()
    dialog = _ask_report_range(window, report_pdf, FileActions.tr("Choose file…"))
    if dialog is None:
        return None
    from diary_app.domain.analysis.period import month_label

    months = f"{month_label(dialog.first_month)}-to-{month_label(dialog.last_month)}"
    suggested = window.session.path.with_name(f"{window.session.path.stem}-report-{months}.pdf")
    path = prompts.save_file(window, FileActions.tr("Export doctor report"), FileActions.tr("PDF files (*.pdf)"),
                             str(suggested))
    if path is None:
        return None
    if path.suffix.casefold() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        report_pdf.export_report(window.session.diary, path, today=window.session.today(),
                                 first_month=dialog.first_month, last_month=dialog.last_month, paper=dialog.paper)
    except (DiaryError, OSError) as exc:
        prompts.show_error(window, FileActions.tr("Report failed"), str(exc))
        return None
    window.statusBar().showMessage(FileActions.tr("Report written to {0}").format(path), 8000)
    return path


def print_report(window) -> None:
    """File > Print…: asks for the months and the paper, then the printer; prints the same pages as the PDF."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    report_pdf = _report_module()
    dialog = _ask_report_range(window, report_pdf, FileActions.tr("Print…"))
    if dialog is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(report_pdf.page_size(dialog.paper))
    print_dialog = QPrintDialog(printer, window)
    if not prompts.run_dialog(print_dialog):
        return
    try:
        count = report_pdf.print_report(window.session.diary, printer, today=window.session.today(),
                                        first_month=dialog.first_month, last_month=dialog.last_month)
    except (DiaryError, OSError) as exc:
        prompts.show_error(window, FileActions.tr("Printing failed"), str(exc))
        return
    window.statusBar().showMessage(FileActions.tr("Sent %n page(s) to the printer.", "", count), 8000)


def back_up(window) -> None:
    try:
        target = backup_now(window.session.path)
    except (DiaryError, OSError) as exc:
        prompts.show_error(window, FileActions.tr("Backup failed"), str(exc))
        return
    window.statusBar().showMessage(FileActions.tr("Backup written to {0}").format(target), 8000)


def restore_from_backup(window) -> None:
    path = window.session.path
    if not list_backups(path):
        prompts.inform(window, FileActions.tr("No backups"), FileActions.tr("There is no backup of this diary yet."))
        return
    if not window.day_form.confirm_leave():
        return
    window.close_diary()
    restore_backup_into(window, path)
    window.open_path(path)


def new_diary(window) -> None:
    path = prompts.save_file(window, FileActions.tr("New diary"), diary_filter(),
                             str(window.session.path.parent / "diary.sqlite3"))
    if path is not None:
        if path.exists():
            prompts.show_error(window, FileActions.tr("New diary"),
                               FileActions.tr("{0} exists already; use Open diary… to open it.").format(path))
            return
        window.switch_to(path)


def open_diary(window) -> None:
    path = prompts.open_file(window, FileActions.tr("Open diary"), diary_filter(), str(window.session.path.parent))
    if path is not None:
        window.switch_to(path)
