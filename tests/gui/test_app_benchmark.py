"""The app benchmark runs and meets its targets with room to spare (the figures go in the notes)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPOSITORY


def test_the_app_starts_fast_and_shows_a_read_card_at_once() -> None:
    command = [sys.executable, "-m", "eidcompanion.bench", "app", "--iterations", "3", "--json"]
    result = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=300, check=True)
    figures = json.loads(result.stdout)
    assert figures["app_start_median_ms"] < 2000  # target 1 s on an idle machine; CI shares 2 cores
    assert figures["bare_start_median_ms"] > 0
    assert figures["read_to_screen_median_ms"] < 100
