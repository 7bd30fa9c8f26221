"""The pure core: values, the medication catalogue, validation and analysis.

Nothing here imports Qt, SQL or matplotlib, so it runs and tests anywhere.
"""
