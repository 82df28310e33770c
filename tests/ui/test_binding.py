"""Guards against a binding bug that would crash a long session.

PySide6 6.12.0 drops one reference to ``None`` every time C++ calls a Python override of a void
virtual (a ``resizeEvent``, a scheme handler, a console-message hook…). After enough events
``None``'s count reaches zero and the interpreter aborts ("none_dealloc" / "bool_dealloc" at
exit). Posture pins 6.11.3, which does not; this test fails if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


class _Probe(QWidget):
    def resizeEvent(self, event) -> None:
        pass


def test_overriding_a_void_virtual_does_not_leak_none_references(qapp) -> None:
    w = _Probe()
    before = sys.getrefcount(None)
    for i in range(500):
        w.resize(100 + i % 50, 100 + i % 7)
    assert sys.getrefcount(None) >= before - 5
