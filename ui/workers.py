"""The one long-job harness: a core function on the thread pool, with progress and Cancel.

Modelled on Anki's `CollectionOp` (qt/aqt/operations): the window describes a job and what to
do with its outcome, the harness runs it::

    LongJob(self, lambda progress, cancelled: export_file(path, progress=progress,
            cancel=cancelled), label=self.tr("Exporting…")).on_success(self._written).run()

- The core function takes a progress callback ``(done, total)`` and a cancel flag (a callable
  returning True once Cancel was pressed); it never touches widgets.
- A progress dialog with Cancel (window-modal, parented to the job's widget and deleted with
  ``deleteLater``) follows the progress; a job without a label runs silently.
- The result, or the error, arrives on the UI thread: a `Cancelled` error goes to the
  ``on_cancel`` callback, another `ShopCRMError` to ``on_failure`` (by default a worded message
  box through `ui.messages`), anything else is raised there for the exception hook.
- ``on_refresh`` runs afterwards, whatever the outcome (the data may have changed).

Ownership (STYLE §6): the relay QObject and the progress dialog belong to Qt parents and are
deleted with ``deleteLater`` on the UI thread; the job object belongs to Python (``_running``
keeps it until the outcome was delivered). The pool is Python's own thread pool: no QRunnable is
owned by Python and deleted by Qt as well, and PySide6 6.12's ``QThreadPool.start(callable)``
over-releases what the callable returns (``none_dealloc`` at exit). `stop_all` cancels and
waits for every job; late signals after it are ignored.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from shopcrm.db import close_database
from shopcrm.errors import Cancelled, ShopCRMError
from ui import messages
from ui.signals import emit

T = TypeVar("T")
ProgressFunction = Callable[[int, int], None]
CancelFlag = Callable[[], bool]
Work = Callable[[ProgressFunction, CancelFlag], T]

_running: set[LongJob[Any]] = set()
_pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2), thread_name_prefix="job")


class JobMonitor(QObject):
    """Tells who is interested (tests, the status bar) when jobs start and end.

    Signals:
        job_started(object): a `LongJob` is about to be queued (its cancel flag can be set).
        job_ended(object): a `LongJob` delivered its outcome.
    """

    job_started = Signal(object)
    job_ended = Signal(object)


_monitor: JobMonitor | None = None


def monitor() -> JobMonitor:
    """The application's one `JobMonitor` (a child of the application object)."""
    global _monitor
    if _monitor is None or not shiboken6.isValid(_monitor):
        _monitor = JobMonitor(QCoreApplication.instance())
    return _monitor


class _Relay(QObject):
    """Carries the pool thread's news to the UI thread (queued connections)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


def _run_in_pool(work: Work[Any], relay: _Relay, cancel: threading.Event) -> None:
    """On a pool thread: the work, then its outcome sent to the UI thread through the relay."""
    try:
        result = work(lambda done, total: emit(relay.progressed, done, total), cancel.is_set)
    except Exception as error:  # relayed to the UI thread, which words it
        emit(relay.failed, error)
    else:
        emit(relay.succeeded, result)
    finally:
        close_database()  # the pool thread's own connection


class LongJob(Generic[T]):
    """One long job: see the module's docstring."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Work[T],
        *,
        label: str | None = None,
        title: str | None = None,
        total: int = 0,
        cancellable: bool = True,
        delay_ms: int = 300,
    ) -> None:
        self.parent = parent
        self.work = work
        self.label = label
        self.title = title
        self.total = total
        self.cancellable = cancellable
        self.delay_ms = delay_ms
        self.cancel_event = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[ShopCRMError], None] | None = None
        self._cancelled: Callable[[Cancelled], None] | None = None
        self._refresh: Callable[[], None] | None = None
        self._start: Callable[[LongJob[T]], None] | None = None
        self.relay: _Relay | None = None
        self.future: Future[None] | None = None
        self.outcome: str | None = None  # "success", "cancelled", "failure" once delivered

    def on_success(self, callback: Callable[[T], None]) -> LongJob[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[ShopCRMError], None]) -> LongJob[T]:
        """Instead of the message box for a worded error."""
        self._failure = callback
        return self

    def on_cancel(self, callback: Callable[[Cancelled], None]) -> LongJob[T]:
        self._cancelled = callback
        return self

    def on_start(self, callback: Callable[[LongJob[T]], None]) -> LongJob[T]:
        """Called with the job once its relay and dialog exist, just before it is queued."""
        self._start = callback
        return self

    def on_refresh(self, callback: Callable[[], None]) -> LongJob[T]:
        self._refresh = callback
        return self

    @property
    def running(self) -> bool:
        return self in _running

    def run(self) -> LongJob[T]:
        """Show the progress dialog (if labelled) and queue the work on the thread pool."""
        relay = _Relay(QCoreApplication.instance())
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.relay = relay
        if self.label is not None:
            self.progress_dialog = self._make_progress_dialog(self.label)
        _running.add(self)
        if self._start is not None:
            self._start(self)
        emit(monitor().job_started, self)
        self.future = _pool.submit(_run_in_pool, self.work, relay, self.cancel_event)
        return self

    def cancel(self) -> None:
        """What the Cancel button does: ask the core function to stop."""
        self.cancel_event.set()
        dialog = self.progress_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setLabelText(QCoreApplication.translate("workers", "Cancelling…"))

    def _make_progress_dialog(self, label: str) -> QProgressDialog:
        cancel_text = QCoreApplication.translate("workers", "Cancel") if self.cancellable else ""
        dialog = QProgressDialog(label, cancel_text, 0, self.total, self.parent)
        if self.title:
            dialog.setWindowTitle(self.title)
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(self.delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    def _progressed(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if not self.running or dialog is None or not shiboken6.isValid(dialog):
            return
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else done)

    def _succeeded(self, result: T) -> None:
        if self._end("success") and self._success is not None:
            self._success(result)
        self._refreshed()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            if self._end("cancelled") and self._cancelled is not None:
                self._cancelled(error)
        elif isinstance(error, ShopCRMError):
            if self._end("failure"):
                if self._failure is not None:
                    self._failure(error)
                else:
                    messages.show_error(self._live_parent(), error)
        else:
            delivered = self._end("failure")
            self._refreshed()
            if delivered:
                raise error
            return
        self._refreshed()

    def _refreshed(self) -> None:
        if self.outcome is not None and self._refresh is not None and self._parent_alive():
            self._refresh()

    def _end(self, outcome: str) -> bool:
        """Tidy up on the UI thread; False when the job was stopped or its window is gone."""
        if self not in _running:
            return False
        _running.discard(self)
        self._dispose()
        if not self._parent_alive():
            return False
        self.outcome = outcome
        emit(monitor().job_ended, self)
        return True

    def _dispose(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()
        relay, self.relay = self.relay, None
        if relay is not None and shiboken6.isValid(relay):
            relay.deleteLater()

    def _parent_alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _live_parent(self) -> QWidget | None:
        return self.parent if self._parent_alive() else None


def running_jobs() -> list[LongJob[Any]]:
    return list(_running)


def stop_all(timeout_ms: int = 30_000) -> None:
    """Cancel every job and wait for the pool; their outcomes are dropped (window closing)."""
    jobs = list(_running)
    for job in jobs:
        job.cancel_event.set()
    wait_for([job.future for job in jobs if job.future is not None], timeout=timeout_ms / 1000)
    for job in list(_running):
        _running.discard(job)
        job._dispose()
