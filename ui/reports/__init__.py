"""Printable reports (PDF through QTextDocument + QPdfWriter); every export is recorded as a disclosure."""
