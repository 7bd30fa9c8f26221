"""Translations of the interface and the report: migraine_diary_<language>.ts (made by `update`
from the sources and the phrase books in phrases/) and the compiled .qm files the app loads."""
