"""Columns as wide as their header and their content, in whatever language the window speaks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QStyle, QTableView

SPARE = 2
"""A few pixels beyond the measured text, so a cell never sits on the edge of eliding."""
MEASURED_ROWS = 1000
"""Rows measured for a width (a calendar list is shorter; the paged customer list uses samples)."""


def text_width(view: QTableView, text: str) -> int:
    """The width a cell needs for this text: the text and the item's margins on both sides."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin + SPARE


def fitting_width(
    view: QTableView, column: int, samples: Sequence[str] = (), measured_rows: int = MEASURED_ROWS
) -> int:
    """The width that shows the column's header, the sample texts and the first rows whole."""
    model = view.model()
    header = view.horizontalHeader()
    texts = list(samples)
    for row in range(min(model.rowCount(), measured_rows)):
        shown = model.index(row, column).data()
        if shown:
            texts.append(str(shown))
    return max([header.sectionSizeHint(column) + SPARE, *(text_width(view, t) for t in texts)])


def fit_columns(
    view: QTableView,
    samples: Mapping[int, Sequence[str]] | None = None,
    *,
    shrink: bool = False,
    measured_rows: int = MEASURED_ROWS,
) -> None:
    """Size every column to fit its header and content (a stretched last one may grow more).

    Args:
        view: the table.
        samples: for some columns, the widest texts they may show (their words in this language).
        shrink: set the fitting width even when narrower (when the table is built); otherwise a
            column only widens, so what the owner widened stays wide.
        measured_rows: how many of the first rows to measure (0 for a paged list, whose rows
            come from the database a page at a time: its samples stand for them).
    """
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        wanted = fitting_width(view, column, (samples or {}).get(column, ()), measured_rows)
        if shrink or view.columnWidth(column) < wanted:
            view.setColumnWidth(column, wanted)
