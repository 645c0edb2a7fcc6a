"""The national register number and the card number: checks and display forms."""

from __future__ import annotations

from dataclasses import dataclass


def _mod97_check(number: str) -> int:
    return 97 - int(number) % 97


@dataclass(frozen=True, slots=True)
class NationalNumber:
    """An 11-digit national register number ``YYMMDDXXXCC``.

    The check digits CC are 97 - (YYMMDDXXX mod 97); for people born from 2000 on, a ``2`` is put
    in front of the nine digits before taking the modulus.
    """

    digits: str

    @classmethod
    def parse(cls, text: str) -> NationalNumber:
        digits = text.strip()
        if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
            raise ValueError(f"a national number has 11 digits, got {len(text)} characters")
        return cls(digits)

    @property
    def born_from_2000(self) -> bool | None:
        """True or False when the check digits tell the century; None when they match neither."""
        check = int(self.digits[9:])
        if _mod97_check("2" + self.digits[:9]) == check:
            return True
        if _mod97_check(self.digits[:9]) == check:
            return False
        return None

    @property
    def valid(self) -> bool:
        return self.born_from_2000 is not None

    @property
    def formatted(self) -> str:
        """``YY.MM.DD-XXX.CC``."""
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"

    def __str__(self) -> str:
        return self.digits


def format_card_number(text: str) -> str:
    """``123-1234567-12`` for a 12-digit card number; other forms (residence cards) unchanged."""
    if len(text) == 12 and text.isascii() and text.isdigit():
        return f"{text[0:3]}-{text[3:10]}-{text[10:12]}"
    return text


def card_number_valid(text: str) -> bool | None:
    """The last two digits are the first ten modulo 97 (97 for a zero). None when not 12 digits."""
    if not (len(text) == 12 and text.isascii() and text.isdigit()):
        return None
    return (int(text[:10]) % 97 or 97) == int(text[10:])
