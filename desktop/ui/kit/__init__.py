"""The shared UI kit: what every area's screens build from (import from the module itself).

- editors: DateEdit, date_edit, MoneyEdit (yuan typed, fen read), TermCombo (core terms)
- rows: RowsModel (dict rows by columns), make_table, selected_row
- tables: read_only_table;  dialogs: dialog_buttons;  pages: TabbedPage
- person_picker: PersonPicker;  pdf: PdfView, pdf_images
"""
