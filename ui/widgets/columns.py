"""Columns as wide as their header and their content, in whatever language the window speaks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QStyle, QTableView

SPARE = 6
"""A few pixels beyond the measured text, so a cell never sits on the edge of eliding."""


def text_width(view: QTableView, text: str) -> int:
    """The width a cell needs for this text: the text and the item's margins on both sides."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin + SPARE


def fitting_width(view: QTableView, column: int, samples: Sequence[str] = ()) -> int:
    """The width that shows the column's header, the sample texts and the rows in view whole."""
    header = view.horizontalHeader()
    widths = [header.sectionSizeHint(column) + SPARE, view.sizeHintForColumn(column)]
    widths += [text_width(view, sample) for sample in samples]
    return max(widths)


def fit_columns(
    view: QTableView, samples: Mapping[int, Sequence[str]] | None = None, *, shrink: bool = False
) -> None:
    """Size every column but the stretched last one to fit its header and content.

    Args:
        view: the table.
        samples: for some columns, the widest texts they may show (their words in this language).
        shrink: set the fitting width even when narrower (when the table is built); otherwise a
            column only widens, so what the owner widened stays wide.
    """
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    last = model.columnCount() - 1
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or (column == last and header.stretchLastSection()):
            continue
        wanted = fitting_width(view, column, (samples or {}).get(column, ()))
        if shrink or view.columnWidth(column) < wanted:
            view.setColumnWidth(column, wanted)
