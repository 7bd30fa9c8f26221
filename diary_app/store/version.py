"""What a diary file must say about itself, known without loading the migrations.

`SCHEMA_VERSION` counts the steps in steps.py (a test keeps the two equal), so opening a
current diary needs only the standard library: sqlite-utils (slow to import) is imported
only when an older file is upgraded, and the window appears sooner.
"""

APPLICATION_ID = 0x4D444952  # "MDIR": Migraine DIaRy, in PRAGMA application_id
SCHEMA_VERSION = 5  # PRAGMA user_version of a diary this version writes
