"""What a clerk types, read one way everywhere (CLI, GUI, sheets): the one parser per kind.

- money:  typed yuan -> integer fen (figures, 元/¥, thousands, full-width, 万, 三万元, 壹万贰仟元)
- dates:  days, months, quarters and periods in every usual form; the one date formatter
- text:   counts (whole numbers) and names/free text (invisible and bidi characters refused)
- person: finding a roster person by name, ID number or its tail, or 户号 (one rule for namesakes)

Money is *shown* by desktop.core.money (yuan, capitals). Each parser raises ValidationError
in Chinese naming the field; nothing here imports Qt.
"""
