"""``eidcompanion-bridge``: the native-messaging host the browser starts.

It writes its version frame before importing anything beyond ``os``, ``sys`` and ``select`` (the
rest costs milliseconds the handshake should not wait for), then hands over to
:mod:`eidcompanion.bridge.session`. When the browser already wrote a request before the host said
anything (``sendNativeMessage``), there is no version frame: that request is answered alone.
"""

from __future__ import annotations

import select
import sys

HOST_VERSION = "2.9.0+eidcompanion"
"""SemVer, major 2 like the Web eID extension and library (a lower major is refused by them)."""
_VERSION_BODY = b'{"version":"' + HOST_VERSION.encode("ascii") + b'"}'
VERSION_FRAME = len(_VERSION_BODY).to_bytes(4, sys.byteorder) + _VERSION_BODY


def request_already_waiting(fd: int) -> bool:
    """``sendNativeMessage`` writes its one request at once; ``connectNative`` waits for the version."""
    readable, _, _ = select.select([fd], [], [], 0)
    return bool(readable)


def main(argv: list[str] | None = None) -> int:
    """The console script. Arguments: ``--keep-open``, then what the browser passes (ignored)."""
    stdout = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but frames on the real stdout, from the first instruction
    arguments = sys.argv[1:] if argv is None else argv
    stdin = sys.stdin.fileno()
    one_shot = request_already_waiting(stdin)
    try:
        if not one_shot:
            stdout.write(VERSION_FRAME)
            stdout.flush()
        from eidcompanion.bridge.session import serve  # noqa: PLC0415 - after the handshake

        return serve(stdin, stdout, keep_open="--keep-open" in arguments, one_shot=one_shot)
    except BrokenPipeError:
        return 0  # the browser is gone: nobody to tell


if __name__ == "__main__":
    raise SystemExit(main())
