#!/usr/bin/env bash
# The whole test suite: installs what is missing on first use (Debian 12), then runs the linters,
# the type checker and the three test tiers (unit and replay, simulator in-process, real stack
# through a private pcscd with vpcd that the tests start themselves). Extra arguments go to pytest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
installer/debian/bootstrap.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
