"""A quicker answer to the question PySide asks about every module imported after it.

PySide's import hook (shibokensupport `feature.py`, for its optional `from __feature__ import
snake_case`) asks of each newly imported module whether its source mentions "PySide6", through
`inspect.getsource`, which also walks every loaded module to find the one asked about. Over the
thirty-odd modules the window imports that costs about 5 ms of start-up (docs/performance.md).
Reading the file's bytes gives the same answer; anything else goes to PySide's own check.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"


def source_mentions_pyside(module: ModuleType) -> bool | None:
    """Whether a module's .py file says "PySide6"; None when it has none to read."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return None
    return None


def install() -> None:
    """Once PySide is imported; a PySide without this hook is left as it is. Anything unexpected
    (other arguments from a later PySide, a module without a file) goes to PySide's own check."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module, *args, **kwargs) -> bool:
        answer = None if args or kwargs else source_mentions_pyside(module)
        return original(module, *args, **kwargs) if answer is None else answer

    uses_pyside.quick = True
    uses_pyside.original = original
    feature._mod_uses_pyside = uses_pyside
