"""Every parser of untrusted input, fed mutations of real inputs: refused only with its typed error.

A bounded run here (``EIDCOMPANION_FUZZ_COUNT`` inputs per parser, 5000 by default); the long run is
``python -m tests.fuzz --count 100000`` (see the README).
"""

from __future__ import annotations

import os

import pytest

from tests.fuzz import Target, fuzz, targets

COUNT = int(os.environ.get("EIDCOMPANION_FUZZ_COUNT", "5000"))


@pytest.mark.parametrize("target", targets(), ids=lambda target: target.name)
def test_no_input_gets_an_untyped_exception(target: Target, capfd: pytest.CaptureFixture[str]) -> None:
    outcome = fuzz(target, COUNT)
    assert outcome.tried == COUNT
    assert outcome.untyped == [], outcome.untyped[:3]
    assert "Warning" not in capfd.readouterr().err  # no library warning reaches the terminal


def test_the_fuzzer_sees_an_untyped_exception() -> None:
    """The check itself can fail: a parser that raises KeyError on a cut input is caught."""

    def fragile(data: bytes) -> object:
        return {b"ok": 1}[data[:2]]

    outcome = fuzz(Target("fragile", fragile, [b"ok, fine"]), 200)
    assert outcome.untyped
