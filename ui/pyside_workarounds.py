"""Keeping None, True and False alive under PySide6 6.12.0.

PySide6 6.12.0 (the only release the PySide6-Pdf wheel exists for) loses a reference of
``None`` on every call of a method that returns nothing (``setText``, ``update``,
``processEvents`` ...), and one of ``True`` on every ``emit``. On Python 3.11 these objects
are reference-counted like any other, so after enough calls — an hour at the counter, or a
long test run — the interpreter frees ``None`` and dies (``Fatal Python error: none_dealloc``
or ``bool_dealloc``, issue 10). Python 3.12 makes them immortal (PEP 683); on older Pythons we
do the same by hand: a reference count so large that no lost reference can bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 40
"""More references than a program could lose in years of calls."""


def make_singletons_immortal() -> None:
    """Give None, True and False enough references never to be freed (Python < 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal already (PEP 683), or not reference-counted this way
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < _SPARE_REFERENCES:
            # ob_refcnt is the first field of every PyObject in a CPython release build
            ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE_REFERENCES
