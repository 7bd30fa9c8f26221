"""The doctor-visit report, in layers: `content` gathers the numbers (no Qt), `html` and
`treatments` (the preventive courses) put them in words and tables built from `blocks`,
`wording` says dates, rates and codes in words, `chart` draws the trend as SVG, `layout`
places the blocks on pages and `pages` paints them with Qt (`style` holds the look).

`diary_app.exporters.report_pdf` is the entry point the command line and the window use.
"""
