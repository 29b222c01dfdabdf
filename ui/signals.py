"""Emitting our own signals safely from Python.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without a new reference: every call
from Python takes one reference of ``True`` away, and after enough of them (an hour of use) the
interpreter frees ``True`` and dies — ``Fatal Python error: bool_dealloc`` when quitting
(issue 10). `emit` gives the reference back, only where the running PySide6 has that fault
(measured once, at import). Every ``.emit(...)`` in ``ui/`` goes through it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    happened = Signal()


def _emit_drops_a_reference_of_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.happened.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(lost):
        _give_back_true()
    probe.deleteLater()
    return lost >= _PROBES


def _give_back_true() -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


EMIT_DROPS_TRUE = _emit_drops_a_reference_of_true()


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, without PySide6 6.12.0's lost reference."""
    signal.emit(*args)
    if EMIT_DROPS_TRUE:
        _give_back_true()
