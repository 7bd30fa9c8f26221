"""`python -m diary_app` runs the same entry point as the `migraine-diary` command."""

from diary_app.cli import main

raise SystemExit(main())
