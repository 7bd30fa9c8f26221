"""The bundle's program: the same entry point as the `migraine-diary` command (no arguments opens
the window, as a double-click or the menu entry does)."""

import sys

from diary_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
