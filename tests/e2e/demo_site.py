"""The demo e-guichet's modules (native-messaging/demo-site/, not a package: a site of its own)."""

from __future__ import annotations

import sys
from pathlib import Path

DEMO_SITE = Path(__file__).resolve().parents[2] / "native-messaging" / "demo-site"
if str(DEMO_SITE) not in sys.path:
    sys.path.insert(0, str(DEMO_SITE))

import demo  # noqa: E402
import demo_server  # noqa: E402
import demo_tls  # noqa: E402

__all__ = ["DEMO_SITE", "demo", "demo_server", "demo_tls"]
