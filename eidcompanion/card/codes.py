"""The coded values of the identity file (IDADR5). Labels for people live in ``texts.labels``."""

from __future__ import annotations

from enum import Enum, IntEnum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


class Sex(Enum):
    MALE = "M"
    FEMALE = "F"

    @classmethod
    def from_card(cls, letter: str) -> Sex | None:
        """``M`` is a man; ``F`` (French), ``V`` (Dutch) and ``W`` (German) a woman."""
        return {"M": cls.MALE, "F": cls.FEMALE, "V": cls.FEMALE, "W": cls.FEMALE}.get(letter.strip().upper())


class DocumentType(IntEnum):
    BELGIAN_EID = 1
    KIDS_ID = 6
    BOOTSTRAP_CARD = 7
    HABILITATION_CARD = 8
    A_CARD = 11
    B_CARD = 12
    C_CARD = 13
    D_CARD = 14
    E_CARD = 15
    E_PLUS_CARD = 16
    F_CARD = 17
    F_PLUS_CARD = 18
    H_CARD = 19
    I_CARD = 20
    J_CARD = 21
    M_CARD = 22
    N_CARD = 23
    K_CARD = 27
    L_CARD = 28
    EU_CARD = 31
    EU_PLUS_CARD = 32
    A_CARD_1030 = 33
    B_CARD_1030 = 34
    F_CARD_1030 = 35
    F_PLUS_CARD_1030 = 36
    KIDS_EU_CARD = 61
    KIDS_EU_PLUS_CARD = 62
    KIDS_A_CARD = 63
    KIDS_B_CARD = 64
    KIDS_K_CARD = 65
    KIDS_L_CARD = 66
    KIDS_F_CARD = 67
    KIDS_F_PLUS_CARD = 68
    KIDS_M_CARD = 69


class SpecialStatus(IntEnum):
    NONE = 0
    WHITE_CANE = 1
    EXTENDED_MINORITY = 2
    WHITE_CANE_AND_EXTENDED_MINORITY = 3
    YELLOW_CANE = 4
    YELLOW_CANE_AND_EXTENDED_MINORITY = 5


class SpecialOrganisation(IntEnum):
    SHAPE = 1
    NATO = 2
    OLD_EUROPEAN_BLUE_CARD = 4
    RESEARCHER = 5


class WorkPermit(Enum):
    """Tag 16: access to the labour market (Directive 2011/98/EU)."""

    UNLIMITED = "7"
    LIMITED = "8"
    NONE = "9"
    SEASONAL_WORKER = "A"


class BrexitMention(Enum):
    """Tags 1B and 1C: the Brexit withdrawal agreement."""

    ARTICLE_18_1 = "B"
    PERMANENT_RESIDENCE = "C"


class CardAMention(Enum):
    """Tags 1D and 1E: mentions on an A-card (Directive (EU) 2016/801)."""

    SEASONAL_WORKER = "A"
    STUDENT = "D"
    SCHOOL_PUPIL = "E"
    TRAINEE = "F"
    VOLUNTEER = "G"
    AU_PAIR = "H"
    RESEARCHER = "I"
    JOB_SEARCH = "J"
    MOBILITY_PROGRAMME = "K"


def lookup(enum: type[E], raw: str) -> E | None:
    """The member whose value is ``raw`` (as text or integer), or None for an unknown code."""
    text = raw.strip()
    if not text:
        return None
    for member in enum:
        if str(member.value) == text or (text.isdigit() and member.value == int(text)):
            return member
    return None
