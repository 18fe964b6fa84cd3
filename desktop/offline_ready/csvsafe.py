"""Cells for CSV files that people open in spreadsheet programs.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by
Excel, LibreOffice and Google Sheets (CSV injection): a hostile service name, status text or
probe detail could then fetch a URL or run a command on the reader's machine. Such cells get a
leading apostrophe, which those programs show as text. Every CSV export of the app goes through
:func:`defuse_cell`.
"""

from __future__ import annotations

import re
from typing import Any

_FORMULA_START = "=+-@\t\r"


def defuse_cell(value: Any, keep: re.Pattern[str] | None = None) -> str:
    """``value`` as a cell that no spreadsheet runs; ``keep`` matches values left as they are
    (e.g. ``+49 30 1234`` phone numbers), numbers are never touched."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = "" if value is None else str(value)
    if text and text[0] in _FORMULA_START and not (keep is not None and keep.fullmatch(text)):
        return "'" + text
    return text


def defuse_row(values: list[Any], keep: re.Pattern[str] | None = None) -> list[str]:
    return [defuse_cell(v, keep) for v in values]
