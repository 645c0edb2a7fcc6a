"""eidcompanion: a desktop companion for the Belgian electronic identity card.

``__version__`` is looked up on first use: importlib.metadata costs ~45 ms at import, which the
browser bridge (its version handshake must be fast) does not pay.
"""

from __future__ import annotations

from functools import cache

__all__ = ["__version__"]


@cache
def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - on first use only

    try:
        return version("eidcompanion")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0.0.0+checkout"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
