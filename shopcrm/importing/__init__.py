"""Importing customer lists: what Korean Excel, Google, Outlook, HubSpot and phones write.

The public functions: `inspect_file` (format, encoding, delimiter, header, mapping),
`preview_import` (the first rows as they would be stored), `import_file` (one undoable batch,
all good rows or nothing), `list_batches` and `undo_batch`. A file that cannot be imported at
all raises `ImportRefused` before anything is stored; a bad row never stops an import.

Modules: `source_rows` (the rows as read), `reading` (formats and encodings, streamed),
`vcard`, `mapping` (which column holds what), `values` (dates, amounts, yes/no ...), `rows`
(one row to one customer), `store` (the writer: `matching` who is whom by
`shopcrm.matching`, `creating` new customers in bulk, `updating` known ones, `referrers` the
추천인 column; `batch_state` what they share), `batches` (list, undo), `report`, `preview`.
"""

from shopcrm.importing.batches import (
    BatchSummary,
    UndoResult,
    customers_with_activity,
    list_batches,
    undo_batch,
)
from shopcrm.importing.errors import ExportRefused, ImportCancelled, ImportRefused, UndoRefused
from shopcrm.importing.importer import (
    FileLayout,
    ImportOptions,
    ImportPreview,
    PreviewRow,
    import_file,
    inspect_file,
    preview_import,
)
from shopcrm.importing.mapping import FIELDS, IGNORED
from shopcrm.importing.report import ImportReport, RowProblem
from shopcrm.importing.store import DUPLICATE_MODES

__all__ = [
    "DUPLICATE_MODES",
    "FIELDS",
    "IGNORED",
    "BatchSummary",
    "ExportRefused",
    "FileLayout",
    "ImportCancelled",
    "ImportOptions",
    "ImportPreview",
    "ImportRefused",
    "ImportReport",
    "PreviewRow",
    "RowProblem",
    "UndoRefused",
    "UndoResult",
    "customers_with_activity",
    "import_file",
    "inspect_file",
    "list_batches",
    "preview_import",
    "undo_batch",
]
