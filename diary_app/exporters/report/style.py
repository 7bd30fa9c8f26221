"""How the report looks: colours, fonts and the style sheet of its rich text."""

from __future__ import annotations

INK, MUTED, ACCENT, RULE, ZEBRA, HEAD, ALERT = (
    "#1a1a1a", "#5b6670", "#1f4e79", "#c5ced6", "#f2f5f8", "#e3eaf1", "#a63a00",
)
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica",
                 "Droid Sans Fallback", "Noto Sans CJK JP", "Microsoft YaHei", "PingFang SC")
TABLE_FAMILIES = ("DejaVu Sans Condensed", "Noto Sans Condensed", "Arial Narrow") + FONT_FAMILIES
_TABLE_FONT = ", ".join(f"'{family}'" for family in TABLE_FAMILIES)
STYLE_SHEET = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 16pt; font-weight: bold; color: {ACCENT}; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: 11pt; font-weight: bold; color: {ACCENT}; margin-top: 0px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 3px; }}
table.grid {{ border-collapse: collapse; font-size: 8pt; font-family: {_TABLE_FONT}; }}
table.grid th {{ background-color: {HEAD}; color: {INK}; font-weight: bold; font-size: 7.5pt; padding: 3px 3px;
  border-bottom: 1px solid {ACCENT}; vertical-align: bottom; }}
table.grid td {{ padding: 2px 3px; border-bottom: 1px solid {RULE}; vertical-align: top; }}
table.dense {{ font-size: 7.5pt; }}
table.dense th {{ font-size: 7pt; }}
table.grid tr.odd td {{ background-color: {ZEBRA}; }}
table.grid tr.group td {{ padding: 5px 3px 2px 3px; border-bottom: 1px solid {ACCENT}; color: {ACCENT}; }}
table.facts td {{ padding: 1px 6px 1px 0px; vertical-align: top; }}
td.key {{ color: {MUTED}; }}
td.num, th.num {{ text-align: right; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 7.5pt; }}
.alert {{ color: {ALERT}; font-weight: bold; }}
.empty {{ font-size: 12pt; }}
"""
