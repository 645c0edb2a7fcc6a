"""``python -m eidcompanion.bench [read|authenticate|app|bridge|login] [options]``: the benchmarks."""

import sys

from eidcompanion.bench import authentication, card_read


def main(arguments: list[str]) -> int:
    if arguments and arguments[0] == "authenticate":
        return authentication.main(arguments[1:])
    if arguments and arguments[0] == "app":
        from eidcompanion.bench import app_timing  # noqa: PLC0415 - Qt only for this benchmark

        return app_timing.main(arguments[1:])
    if arguments and arguments[0] == "bridge":
        from eidcompanion.bench import bridge_handshake  # noqa: PLC0415

        return bridge_handshake.main(arguments[1:])
    if arguments and arguments[0] == "login":
        from eidcompanion.bench import login_roundtrip  # noqa: PLC0415 - Qt and browsers only here

        return login_roundtrip.main(arguments[1:])
    if arguments and arguments[0] == "read":
        arguments = arguments[1:]
    return card_read.main(arguments)


if __name__ == "__main__":  # the card runs in a spawned process, which imports this module again
    raise SystemExit(main(sys.argv[1:]))
