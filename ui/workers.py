"""Long work off the UI thread: a core function with a progress callback, on the thread pool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from shopcrm.db import close_database

ProgressFunction = Callable[[int, int], None]


class WorkerSignals(QObject):
    """Signals: progress(done, total), finished(result), failed(exception)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class CoreWorker(QRunnable):
    """Runs `work(progress)` on a pool thread and relays progress, result and error as signals.

    The core function never touches widgets; it only calls the progress callback.
    """

    def __init__(self, work: Callable[[ProgressFunction], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # relayed to the UI thread, which words it
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)
        finally:
            close_database()  # the pool thread's own connection


def start(worker: CoreWorker) -> None:
    """Queue a worker on the global thread pool."""
    QThreadPool.globalInstance().start(worker)
