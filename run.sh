#!/usr/bin/env bash
# Read your eID card: installs what is missing on first use (Debian 12), then runs eidcompanion.
# With no argument it reads the card in your reader, or the built-in virtual card when no reader
# (or no PC/SC service) is present, and says so. Any arguments are passed to eidcompanion, e.g.
#   ./run.sh read --json        ./run.sh readers        ./run.sh read --photo me.jpg
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$root/installer/debian/bootstrap.sh"
if [ $# -eq 0 ]; then
    set -- read --virtual-if-no-reader
fi
exec "$root/.venv/bin/eidcompanion" "$@"
