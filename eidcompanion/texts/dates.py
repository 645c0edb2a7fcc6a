"""Dates as shown to citizens: ``15.03.2034``, the form the card itself uses, in every language."""

from __future__ import annotations

import datetime as dt


def day_text(moment: dt.date) -> str:
    return f"{moment:%d.%m.%Y}"
