"""Translation tests: the language choice reads QSettings and the environment; both stay the test's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def isolated_language(tmp_path, monkeypatch):
    from diary_app import i18n

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    yield
