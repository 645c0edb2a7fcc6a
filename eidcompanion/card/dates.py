"""Dates as the card writes them: ``DD.MM.YYYY``, and birth dates in French, Dutch or German."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_MONTHS: dict[str, int] = {
    # French, Dutch and German forms used on the card (IDADR5), accents removed before lookup.
    "JAN": 1,
    "FEV": 2, "FEB": 2,
    "MARS": 3, "MAAR": 3, "MAR": 3, "MRZ": 3,
    "AVR": 4, "APR": 4,
    "MAI": 5, "MEI": 5,
    "JUIN": 6, "JUN": 6,
    "JUIL": 7, "JUL": 7,
    "AOUT": 8, "AUG": 8,
    "SEPT": 9, "SEP": 9,
    "OCT": 10, "OKT": 10,
    "NOV": 11,
    "DEC": 12, "DEZ": 12,
}  # fmt: skip

_BIRTH_DATE = re.compile(
    r"""^\s*
    (?:(?P<day>\d{1,2})[\s.]*)?          # day, may be absent or blank
    (?:(?P<month>[A-Z]{3,4})\.?[\s.]*)?  # month name, may be absent or blank
    (?P<year>\d{4})\s*$""",
    re.VERBOSE | re.ASCII,
)
_CARD_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$", re.ASCII)


class DateFormatError(ValueError):
    """A date on the card is not in a form the card documents.

    The message never repeats the date itself: it ends up in logs and error details.
    """


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A birth date that may lack its day, or its day and month. Nothing is ever guessed."""

    year: int
    month: int | None
    day: int | None
    raw: str

    @property
    def complete(self) -> bool:
        return self.month is not None and self.day is not None

    def to_date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def iso(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}.{self.year:04d}"
        return f"{self.day:02d}.{self.month:02d}.{self.year:04d}"


def _ascii_upper(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_birth_date(text: str) -> PartialDate:
    """Parse ``01 JAN 1971``, ``22.DEZ. 1997``, ``26 AVR  1975``, ``1984`` or a blank day/month."""
    match = _BIRTH_DATE.match(_ascii_upper(text))
    if match is None:
        raise DateFormatError(f"the birth date ({len(text)} characters) is not in a documented form")
    year = int(match["year"])
    month: int | None = None
    if match["month"] is not None:
        if match["month"] not in _MONTHS:
            raise DateFormatError("the birth date has an unknown month name")
        month = _MONTHS[match["month"]]
    day = int(match["day"]) if match["day"] is not None else None
    if day == 0:
        day = None
    if day is not None and month is None:
        raise DateFormatError("the birth date has a day but no month")
    if year == 0:
        raise DateFormatError("the birth date has no year")
    if day is not None and month is not None and day > calendar.monthrange(year, month)[1]:
        raise DateFormatError("the birth date is not a real day")
    return PartialDate(year, month, day, text)


def parse_card_date(text: str) -> date:
    """Parse a ``DD.MM.YYYY`` date (validity, registration, protection)."""
    match = _CARD_DATE.match(text.strip())
    if match is None:
        raise DateFormatError(f"a date ({len(text)} characters) is not DD.MM.YYYY")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateFormatError("a DD.MM.YYYY date is not a real day") from exc
