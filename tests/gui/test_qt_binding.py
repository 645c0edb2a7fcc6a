"""The Qt binding in use keeps Python's reference counts right where the app leans on it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


def test_processing_events_keeps_the_reference_count_of_none(qapp: QCoreApplication) -> None:
    """PySide6 6.12.0 lost a reference to None per processEvents(): the interpreter aborted
    ("deallocating None") after a few thousand calls, e.g. in a wait loop."""
    before = sys.getrefcount(None)
    for _call in range(2000):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 100
