"""Migraine Diary: a desktop diary for migraine days, medications and IV infusions."""

__version__ = "0.2.0"
