#!/usr/bin/env bash
# Your eID card: installs what is missing on first use (Debian 12), then runs eidcompanion.
# With no argument it opens the desktop app when there is a display (X11 or Wayland), and puts it
# in the applications menu; without a display it reads the card on the command line. Either way,
# with no reader (or no PC/SC service) the built-in virtual card is offered. Any arguments are
# passed to eidcompanion, e.g.
#   ./run.sh read --json        ./run.sh readers        ./run.sh app --public
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$root/installer/debian/bootstrap.sh"

# The first run offers to register the login bridge with the browsers (eidcompanion browser-setup),
# once: websites can then ask the app for a login with the card.
offered="${XDG_CONFIG_HOME:-$HOME/.config}/eidcompanion/browser-setup-offered"
if [ ! -e "$offered" ]; then
    mkdir -p "$(dirname "$offered")" && : > "$offered"
    "$root/.venv/bin/eidcompanion" browser-setup --offer || true
fi

if [ $# -eq 0 ]; then
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        "$root/.venv/bin/python" -m eidcompanion.desktop_entry >/dev/null || true
        set -- app
    else
        set -- read --virtual-if-no-reader
    fi
fi
exec "$root/.venv/bin/eidcompanion" "$@"
