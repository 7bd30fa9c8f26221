"""Issue 7, "Nothing lost": each promise of docs/reliability.md proven by a test that fails without it."""
