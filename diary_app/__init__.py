"""Migraine Diary: a desktop diary for migraine days, medications and IV infusions."""

__version__ = "0.1.0"
