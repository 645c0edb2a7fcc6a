"""eidcompanion: a desktop companion for the Belgian electronic identity card."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eidcompanion")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"

__all__ = ["__version__"]
