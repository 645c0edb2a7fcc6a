"""Words for the codes of the identity file, shared by every face (CLI and GUI).

The card layer returns enums; this module turns them into translatable labels.
"""

from __future__ import annotations

from enum import Enum

from eidcompanion.card.codes import (
    BrexitMention,
    CardAMention,
    DocumentType,
    Sex,
    SpecialOrganisation,
    SpecialStatus,
    WorkPermit,
)
from eidcompanion.i18n import Message, translatable

_C = "card values"

UNKNOWN_CODE = translatable(_C, "unknown code {code}")
ORIGINAL_CARD = translatable(_C, "original card")
DUPLICATE_CARD = translatable(_C, "duplicate no. {number}")
PROTECTION = translatable(_C, "protection granted on {date} ({country})")

SEX: dict[Sex, Message] = {
    Sex.MALE: translatable(_C, "male"),
    Sex.FEMALE: translatable(_C, "female"),
}

DOCUMENT_TYPE: dict[DocumentType, Message] = {
    DocumentType.BELGIAN_EID: translatable(_C, "Belgian identity card (eID)"),
    DocumentType.KIDS_ID: translatable(_C, "Kids-ID (child under 12)"),
    DocumentType.BOOTSTRAP_CARD: translatable(_C, "bootstrap card"),
    DocumentType.HABILITATION_CARD: translatable(_C, "habilitation card"),
    DocumentType.A_CARD: translatable(_C, "A card: limited stay"),
    DocumentType.B_CARD: translatable(_C, "B card: unlimited stay"),
    DocumentType.C_CARD: translatable(_C, "C card: identity card for foreigners"),
    DocumentType.D_CARD: translatable(_C, "D card: EU long-term resident"),
    DocumentType.E_CARD: translatable(_C, "E card: registration certificate of an EU citizen"),
    DocumentType.E_PLUS_CARD: translatable(_C, "E+ card: permanent residence of an EU citizen"),
    DocumentType.F_CARD: translatable(_C, "F card: family member of an EU citizen"),
    DocumentType.F_PLUS_CARD: translatable(
        _C, "F+ card: permanent residence of a family member of an EU citizen"
    ),
    DocumentType.H_CARD: translatable(_C, "H card: EU Blue Card"),
    DocumentType.I_CARD: translatable(_C, "I card: intra-corporate transfer permit"),
    DocumentType.J_CARD: translatable(_C, "J card: long-term mobility (intra-corporate transfer)"),
    DocumentType.M_CARD: translatable(_C, "M card: Brexit withdrawal agreement"),
    DocumentType.N_CARD: translatable(_C, "N card: frontier worker under the Brexit withdrawal agreement"),
    DocumentType.K_CARD: translatable(_C, "K card: unlimited stay"),
    DocumentType.L_CARD: translatable(_C, "L card: EU long-term resident"),
    DocumentType.EU_CARD: translatable(_C, "EU card: registration certificate of an EU citizen"),
    DocumentType.EU_PLUS_CARD: translatable(_C, "EU+ card: permanent residence of an EU citizen"),
    DocumentType.A_CARD_1030: translatable(_C, "A card: limited stay (EU residence permit format)"),
    DocumentType.B_CARD_1030: translatable(_C, "B card: unlimited stay (EU residence permit format)"),
    DocumentType.F_CARD_1030: translatable(
        _C, "F card: family member of an EU citizen (EU residence permit format)"
    ),
    DocumentType.F_PLUS_CARD_1030: translatable(
        _C, "F+ card: permanent residence of a family member of an EU citizen (EU residence permit format)"
    ),
    DocumentType.KIDS_EU_CARD: translatable(_C, "kids card for foreigners: EU"),
    DocumentType.KIDS_EU_PLUS_CARD: translatable(_C, "kids card for foreigners: EU+"),
    DocumentType.KIDS_A_CARD: translatable(_C, "kids card for foreigners: A"),
    DocumentType.KIDS_B_CARD: translatable(_C, "kids card for foreigners: B"),
    DocumentType.KIDS_K_CARD: translatable(_C, "kids card for foreigners: K"),
    DocumentType.KIDS_L_CARD: translatable(_C, "kids card for foreigners: L"),
    DocumentType.KIDS_F_CARD: translatable(_C, "kids card for foreigners: F"),
    DocumentType.KIDS_F_PLUS_CARD: translatable(_C, "kids card for foreigners: F+"),
    DocumentType.KIDS_M_CARD: translatable(_C, "kids card for foreigners: M"),
}

SPECIAL_STATUS: dict[SpecialStatus, Message] = {
    SpecialStatus.NONE: translatable(_C, "none"),
    SpecialStatus.WHITE_CANE: translatable(_C, "white cane (blind person)"),
    SpecialStatus.EXTENDED_MINORITY: translatable(_C, "extended minority"),
    SpecialStatus.WHITE_CANE_AND_EXTENDED_MINORITY: translatable(_C, "white cane and extended minority"),
    SpecialStatus.YELLOW_CANE: translatable(_C, "yellow cane (partially sighted person)"),
    SpecialStatus.YELLOW_CANE_AND_EXTENDED_MINORITY: translatable(_C, "yellow cane and extended minority"),
}

SPECIAL_ORGANISATION: dict[SpecialOrganisation, Message] = {
    SpecialOrganisation.SHAPE: translatable(_C, "SHAPE"),
    SpecialOrganisation.NATO: translatable(_C, "NATO"),
    SpecialOrganisation.OLD_EUROPEAN_BLUE_CARD: translatable(_C, "former European Blue Card"),
    SpecialOrganisation.RESEARCHER: translatable(_C, "researcher"),
}

WORK_PERMIT: dict[WorkPermit, Message] = {
    WorkPermit.UNLIMITED: translatable(_C, "labour market: unlimited"),
    WorkPermit.LIMITED: translatable(_C, "labour market: limited"),
    WorkPermit.NONE: translatable(_C, "labour market: no access"),
    WorkPermit.SEASONAL_WORKER: translatable(_C, "seasonal worker"),
}

BREXIT_MENTION: dict[BrexitMention, Message] = {
    BrexitMention.ARTICLE_18_1: translatable(_C, "Article 18(1) of the Brexit withdrawal agreement"),
    BrexitMention.PERMANENT_RESIDENCE: translatable(_C, "permanent residence (Brexit withdrawal agreement)"),
}

CARD_A_MENTION: dict[CardAMention, Message] = {
    CardAMention.SEASONAL_WORKER: translatable(_C, "seasonal worker"),
    CardAMention.STUDENT: translatable(_C, "student"),
    CardAMention.SCHOOL_PUPIL: translatable(_C, "school pupil"),
    CardAMention.TRAINEE: translatable(_C, "trainee"),
    CardAMention.VOLUNTEER: translatable(_C, "volunteer"),
    CardAMention.AU_PAIR: translatable(_C, "au pair"),
    CardAMention.RESEARCHER: translatable(_C, "researcher"),
    CardAMention.JOB_SEARCH: translatable(_C, "job search"),
    CardAMention.MOBILITY_PROGRAMME: translatable(_C, "mobility programme"),
}

_TABLES: dict[type[Enum], dict] = {  # type: ignore[type-arg]
    Sex: SEX,
    DocumentType: DOCUMENT_TYPE,
    SpecialStatus: SPECIAL_STATUS,
    SpecialOrganisation: SPECIAL_ORGANISATION,
    WorkPermit: WORK_PERMIT,
    BrexitMention: BREXIT_MENTION,
    CardAMention: CARD_A_MENTION,
}


def label_for(member: Enum) -> Message:
    """The label of any coded value of the identity file."""
    message: Message = _TABLES[type(member)][member]
    return message
