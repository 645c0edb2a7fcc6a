"""eidcompanion: a desktop companion for the Belgian electronic identity card.

``__version__`` is looked up on first use: importlib.metadata costs ~45 ms at import, which the
browser bridge (its version handshake must be fast) does not pay.
"""

from __future__ import annotations

__all__ = ["__version__"]

_version: str | None = None


def _installed_version() -> str:
    global _version  # noqa: PLW0603 - a one-time lookup, kept for the process
    if _version is None:
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - on first use only

        try:
            _version = version("eidcompanion")
        except PackageNotFoundError:  # running from a checkout that was never installed
            _version = "0.0.0+checkout"
    return _version


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
