"""Shared test set-up: Qt offscreen, a private data folder, fresh databases on both backends."""

from __future__ import annotations

import os
import tempfile

# Before anything can create a QApplication or look at the user's folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SHOPCRM_DATA_DIR"] = tempfile.mkdtemp(prefix="shopcrm-test-data-")
os.environ["SHOPCRM_LANG"] = "ko"
os.environ.pop("SHOPCRM_DB", None)
