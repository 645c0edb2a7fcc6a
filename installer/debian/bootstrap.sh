#!/usr/bin/env bash
# Prepare a Debian 12 machine to run eidcompanion from this checkout, idempotently:
# the system packages (apt), a virtual environment in .venv, and the package itself.
#
#   installer/debian/bootstrap.sh          # to run the program
#   installer/debian/bootstrap.sh --test   # also the test tools (pytest, hypothesis, ruff, mypy)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

say() { printf 'bootstrap: %s\n' "$*" >&2; }

# pcscd + libccid: the PC/SC service and the driver of USB card readers; libpcsclite-dev, gcc,
# libc6-dev: to build pyscard; util-linux: unshare and mount for the simulator's private pcscd;
# python3-venv / python3-dev when the Python in PATH lacks them. The vpcd virtual reader is not
# installed system-wide (its package opens two unauthenticated TCP ports in the system pcscd):
# for the tests, only its driver is unpacked into .venv, where the private test pcscd loads it.
packages=(pcscd libccid libpcsclite-dev gcc libc6-dev util-linux ca-certificates openssl)
# What Qt (PySide6) needs to run, offscreen or in a real X11 window, and fonts to draw with.
packages+=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
    libxcb-xkb1 libxkbcommon-x11-0)
# The tests also draw the app in a real X server (Xvfb) and check the desktop entry.
[ -n "$extras" ] && packages+=(xvfb xauth desktop-file-utils)
# ... and log in through real browsers (Debian's, headless): Chromium and Firefox ESR.
[ -n "$extras" ] && packages+=(chromium firefox-esr xdotool)  # xdotool: the cold login benchmark types the PIN
# ... and keep the bridge's secret in a real Secret Service (gnome-keyring on a private D-Bus session).
[ -n "$extras" ] && packages+=(gnome-keyring dbus-daemon)
python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
    packages+=(python3 python3-venv python3-dev)
    python=python3
else
    "$python" -c 'import ensurepip, venv' >/dev/null 2>&1 || packages+=(python3-venv)
    "$python" -c 'import os, sysconfig; raise SystemExit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
        || packages+=(python3-dev)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

venv="$root/.venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    say "creating $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"   # a plain venv: --system-site-packages would pick Debian's old cryptography
fi

vpcd_driver="$venv/lib/eidcompanion-vpcd/libifdvpcd.so"
if [ -n "$extras" ] && [ ! -f "$vpcd_driver" ]; then
    say "unpacking the vpcd virtual reader driver into $venv"
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    if ! (cd "$scratch" && apt-get download vsmartcard-vpcd >/dev/null 2>&1); then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        (cd "$scratch" && apt-get download vsmartcard-vpcd >/dev/null 2>&1)
    fi
    dpkg-deb -x "$scratch"/vsmartcard-vpcd_*.deb "$scratch/unpacked"
    mkdir -p "$(dirname "$vpcd_driver")"
    cp "$(find "$scratch/unpacked" -name 'libifdvpcd.so*' -type f | head -n 1)" "$vpcd_driver"
fi

stamp="$venv/.eidcompanion-installed"
wanted="$(sha256sum "$root/pyproject.toml" | cut -d' ' -f1) $extras"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    say "installing eidcompanion$extras into $venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip >/dev/null
    "$venv/bin/python" -m pip install --quiet -e "$root$extras"
    printf '%s' "$wanted" > "$stamp"
fi

# The translation catalogs, compiled for Qt (the build hook does it at install; again when a .ts changed).
for ts in "$root"/ui/translations/*.ts; do
    if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
        "$venv/bin/python" -m eidcompanion.i18n.compile_catalogs >/dev/null
        break
    fi
done

# Byte-code, as a wheel install writes it: without it (PYTHONDONTWRITEBYTECODE, or a read-only tree)
# every start compiles the package again, and the bridge's answer to the browser waits for it.
"$venv/bin/python" -m compileall -q "$root/eidcompanion" >/dev/null
