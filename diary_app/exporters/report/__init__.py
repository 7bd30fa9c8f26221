"""The doctor-visit report, in layers: `content` gathers the numbers (no Qt), `html` and
`wording` put them in words and tables, `chart` draws the trend as SVG, `layout` places the
blocks on pages and `pages` paints them with Qt (`style` holds the look).

`diary_app.exporters.report_pdf` is the entry point the command line and the window use.
"""
