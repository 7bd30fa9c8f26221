"""The sample a test module names as SAMPLE, read once for the module."""

import pytest

from diary_app.exporters.imports import read_history


@pytest.fixture(scope="module")
def history(request):
    return read_history(request.module.SAMPLE)
