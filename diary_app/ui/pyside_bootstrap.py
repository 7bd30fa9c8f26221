"""PySide's first import, without compiling PySide's own support code again at every start.

PySide keeps its support package (shibokensupport: signatures, the feature switch) as Python
source inside its library and compiles it with the built-in `compile` whenever a process imports
PySide: 14 modules, about 15-25 ms of each start (docs/performance.md), which Python's own
bytecode cache never sees. While the window's process imports PySide, `compile` answers from a
cache file in the user's cache folder: the code object this Python made before for exactly the
same source text, file name, mode, flags and optimisation level. The file's name carries
Python's bytecode magic number, so another Python never reads it. A miss is compiled as always;
an unreadable or damaged file counts as empty; one that cannot be written is simply not kept.
The file is trusted as Python trusts its __pycache__ folders: both live where the person can write.
"""

from __future__ import annotations

import __future__
import builtins
import marshal
import os
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import MAGIC_NUMBER
from pathlib import Path

# the compiler flags a caller's `from __future__ import ...` hands on to compile()
FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag


def cache_file(folder: Path) -> Path:
    return folder / f"pyside-support-{MAGIC_NUMBER.hex()}.marshal"


def default_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("migraine-diary", appauthor=False))


def read_cache(path: Path) -> dict:
    """{(file name, mode, flags, optimize): (source, code)}; empty when missing, unreadable or not ours."""
    try:
        with open(path, "rb") as file:
            entries = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def write_cache(path: Path, entries: dict) -> None:
    """Whole or not at all (a temporary file renamed over the old one); no error if it cannot be."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            marshal.dump(entries, file)
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink()
        except OSError:
            pass


@contextmanager
def compiles_cached(path: Path) -> Iterator[None]:
    """Within the block, `compile` of source text to code answers from the cache file at `path`
    when it holds the very same source; what it had to compile is added to the file afterwards."""
    original = builtins.compile
    entries = read_cache(path)
    fresh: dict = {}

    def compile_cached(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **options):
        if not dont_inherit:  # compile() takes its caller's __future__ imports: one frame up from here
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        if options or flags & ~FUTURE_FLAGS or not isinstance(source, (str, bytes)) or not isinstance(filename, str):
            return original(source, filename, mode, flags, True, optimize, **options)  # an AST, say: not kept
        optimize = sys.flags.optimize if optimize == -1 else optimize
        key = (filename, mode, flags, optimize)
        entry = entries.get(key)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == source and isinstance(entry[1], types.CodeType):
            return entry[1]
        code = original(source, filename, mode, flags, True, optimize)
        fresh[key] = (source, code)
        return code

    builtins.compile = compile_cached
    try:
        yield
    finally:
        builtins.compile = original
    if fresh:
        write_cache(path, {**entries, **fresh})


def import_pyside(folder: Path | None = None) -> None:
    """Import PySide's widgets, its support code from the cache in `folder` (default: the user's
    cache folder; not read once PySide is imported), then make quick the question PySide asks of
    every module imported after it (`pyside_imports`): call it before the window's modules load."""
    if "shiboken6" not in sys.modules:
        with compiles_cached(cache_file(folder or default_folder())):
            import PySide6.QtWidgets  # noqa: F401
    from diary_app.ui import pyside_imports

    pyside_imports.install()
