"""The Qt window: one module per view, dialogs that only collect input, and `app.run`.

Nothing here runs SQL: every read and write goes through `diary_app.store.Diary`.
"""
