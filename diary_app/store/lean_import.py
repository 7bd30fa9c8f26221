"""Importing a library without the optional ones it would load for nothing (docs/performance.md).

sqlite-utils imports numpy and pandas, when they are installed, only to accept their values in
inserts. The diary's migrations insert none, and numpy alone is about 50 ms of the start of a
new diary (the window's worker thread creates the file while the window is being built).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without(*names: str) -> Iterator[None]:
    """Inside the block, importing one of `names` raises ImportError; a module already imported
    is left in place, and after the block every one of them imports as usual."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # the import system's "not importable" marker
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]
