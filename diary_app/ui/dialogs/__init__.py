"""Dialogs collect input and expose it as properties; the window does the saving."""
