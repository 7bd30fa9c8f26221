"""Files in and out: the days CSV, the JSON backup, the monthly CSV, the doctor report.

`import_file` and `export_file` choose the format by the file's suffix; the command line
and the window both go through them, so both behave the same.
"""
