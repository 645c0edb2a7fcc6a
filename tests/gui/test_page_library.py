"""The page library's own tests (node's test runner), run with the rest of the suite."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import REPOSITORY

LIBRARY = REPOSITORY / "native-messaging" / "page-library"


def test_the_page_library_passes_its_own_tests() -> None:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI"):
            pytest.fail("node is missing in CI: the machine's Node.js runs the page library's tests")
        pytest.skip("node is not installed")
    result = subprocess.run(
        [node, "--test", "test/"], cwd=LIBRARY, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout
    assert "# pass 10" in result.stdout  # every test ran
