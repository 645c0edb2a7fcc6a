"""Sentences of the command line."""

from __future__ import annotations

from eidcompanion.i18n import translatable

_M = "command line"

VIRTUAL_FALLBACK_NO_SERVICE = translatable(
    _M,
    "The smart card service (pcscd) is not running, so this reads the built-in virtual card: a "
    "simulated applet {version} card holding made-up specimen data.",
)
VIRTUAL_FALLBACK_NO_READER = translatable(
    _M,
    "No card reader is plugged in, so this reads the built-in virtual card: a simulated applet "
    "{version} card holding made-up specimen data.",
)
VIRTUAL_CARD = translatable(
    _M, "This is the built-in virtual card: a simulated applet {version} card holding made-up specimen data."
)
SIMULATED_WARNING = translatable(_M, "Simulated card: these are not a real person's data.")
AUTHENTICITY = translatable(_M, "Authenticity")
CERTIFICATE_CHECKS = translatable(_M, "Certificates checked")
PHOTO_SAVED = translatable(_M, "Photo saved to {path}.")
NO_READERS = translatable(_M, "No card reader found.")
READER_WITH_CARD = translatable(_M, "card present")
READER_WITHOUT_CARD = translatable(_M, "no card")
ERROR_PREFIX = translatable(_M, "Error: {message}")
RECORDED = translatable(_M, "Recorded {count} exchanges to {path}.")
RECORDED_PERSONAL = translatable(
    _M,
    "This file holds the card holder's personal data; only you can read it. To share a trace, "
    "record it again with --anonymize.",
)
SIMULATOR_READY = translatable(
    _M, "{card} is in the reader ({where}). PIN {pin}, tries left: {tries}. Press Ctrl+C to take it out."
)
SIMULATED_PROFILE = translatable(_M, "A simulated applet {version} card")
SIMULATED_FOLDER = translatable(_M, "A simulated card made of the files in {folder}")
SIMULATOR_WAITING = translatable(_M, "Waiting for the vpcd reader ({where})...")
SIMULATOR_RECONNECT = translatable(_M, "The reader closed the connection; inserting the card again.")
SANDBOX_READY = translatable(
    _M,
    "A private PC/SC service runs for this simulator. In another terminal, run:\n"
    "  export PCSCLITE_CSOCK_NAME={socket}\n"
    "then use eidcompanion or any PC/SC program there.",
)
