"""Reading other diary apps' exports: bytes in, domain objects out, one module per app, the format
recognised by content. No SQLite (the store writes what is read here), and no Qt until a message a
person reads is worded (exporters/words.py, in the interface's language).

    history = read_history(path)      # ParsedHistory, or HistoryFileError naming format and line
    print("\\n".join(history.describe()))
"""

from diary_app.exporters.imports.detect import is_own_format, read_history
from diary_app.exporters.imports.history import FORMATS, HistoryFileError, ParsedHistory

__all__ = ["FORMATS", "HistoryFileError", "ParsedHistory", "is_own_format", "read_history"]
