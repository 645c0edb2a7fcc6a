"""One view of a card's contents, in the reader's language, whatever the card came from.

A :class:`CardDocument` is what is known of a card (read from a reader, or opened from a saved
``.eid`` file); :func:`card_view` turns it into labelled values, grouped as the faces show them
(identity, address, card, certificates). Fields the card does not hold are left out. Nothing here
prints or draws: the command line prints the fields, the desktop app lays them out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eidcompanion.card.address import Address
from eidcompanion.card.certificates import summarize
from eidcompanion.card.codes import BrexitMention, CardAMention, SpecialStatus, lookup
from eidcompanion.card.contents import CardContents
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import Identity
from eidcompanion.card.numbers import format_card_number
from eidcompanion.i18n import Message
from eidcompanion.texts import fields as names
from eidcompanion.texts.dates import day_text
from eidcompanion.texts.labels import DUPLICATE_CARD, PROTECTION, UNKNOWN_CODE, label_for

if TYPE_CHECKING:
    from eidcompanion.i18n.message import Translator

CERTIFICATE_ORDER: tuple[tuple[CardFile, Message], ...] = (
    (CardFile.ROOT_CERTIFICATE, names.ROOT_CERTIFICATE),
    (CardFile.CA_CERTIFICATE, names.CA_CERTIFICATE),
    (CardFile.AUTHENTICATION_CERTIFICATE, names.AUTHENTICATION_CERTIFICATE),
    (CardFile.SIGNATURE_CERTIFICATE, names.SIGNATURE_CERTIFICATE),
    (CardFile.RRN_CERTIFICATE, names.RRN_CERTIFICATE),
)
"""The chain from the root down, then the National Register's own certificate."""


@dataclass(frozen=True)
class CardDocument:
    """What is known of one card, from a reader or from a saved file."""

    identity: Identity
    address: Address
    photo: bytes
    certificates: dict[CardFile, bytes | None]
    simulated: bool = False
    from_file: bool = False
    reader: str = ""
    applet_version: str = ""

    @classmethod
    def from_contents(cls, contents: CardContents) -> CardDocument:
        return cls(
            identity=contents.identity,
            address=contents.address,
            photo=contents.photo,
            certificates=dict(contents.certificates),
            simulated=contents.simulated,
            reader=contents.reader,
            applet_version=contents.applet_version.label,
        )


@dataclass(frozen=True)
class Field:
    key: str
    """A stable name (``surname``, ``postal_code``...), for tests, forms and accessibility."""
    label: Message
    value: str


@dataclass(frozen=True)
class CertificateView:
    file: CardFile
    role: Message
    der: bytes | None
    subject: str = ""
    common_name: str = ""
    issuer: str = ""
    valid_from: str = ""
    valid_until: str = ""
    key_type: str = ""
    sha256: str = ""
    """The SHA-256 fingerprint of the DER certificate, as colon-separated hex pairs."""

    @property
    def present(self) -> bool:
        return self.der is not None


@dataclass(frozen=True)
class CardView:
    identity: tuple[Field, ...]
    address: tuple[Field, ...]
    card: tuple[Field, ...]
    certificates: tuple[CertificateView, ...]
    photo: bytes = field(repr=False)
    simulated: bool = False
    from_file: bool = False

    def value(self, key: str) -> str:
        """The value of the field named ``key`` in any section, or "" when the card has none."""
        for item in self.identity + self.address + self.card:
            if item.key == key:
                return item.value
        return ""


def _coded(translator: Translator | None, raw: str, member: object) -> str:
    if not raw.strip():
        return ""
    label = label_for(member) if member is not None else UNKNOWN_CODE  # type: ignore[arg-type]
    return label.render(translator, code=raw)


def _fields(rows: list[tuple[str, Message, str]]) -> tuple[Field, ...]:
    return tuple(Field(key, label, value) for key, label, value in rows if value)


def identity_fields(identity: Identity, translator: Translator | None) -> tuple[Field, ...]:
    def say(message: Message, **values: object) -> str:
        return message.render(translator, **values)

    national_number = identity.national_number.formatted
    if not identity.national_number.valid:
        national_number += " " + say(names.CHECKSUM_WRONG)
    mentions = [
        _coded(translator, code, lookup(BrexitMention, code))
        for code in (identity.brexit_mention_1, identity.brexit_mention_2)
    ] + [
        _coded(translator, code, lookup(CardAMention, code))
        for code in (identity.card_a_mention_1, identity.card_a_mention_2)
    ]
    duplicate = identity.duplicate_number
    protection = identity.protection
    special_status = identity.special_status
    work_permit = _coded(translator, identity.work_permit_code, identity.work_permit)
    return _fields([
        ("surname", names.SURNAME, identity.surname),
        ("given_names", names.GIVEN_NAMES, identity.full_given_names),
        ("national_number", names.NATIONAL_NUMBER, national_number),
        ("birth", names.BIRTH, say(names.BIRTH_VALUE, date=identity.birth_date, place=identity.birth_place)),
        ("sex", names.SEX, _coded(translator, identity.sex_code, identity.sex)),
        ("nationality", names.NATIONALITY, identity.nationality),
        ("noble_condition", names.NOBLE_CONDITION, identity.noble_condition),
        (
            "special_status",
            names.SPECIAL_STATUS,
            "" if special_status is SpecialStatus.NONE
            else _coded(translator, identity.special_status_code, special_status),
        ),
        ("duplicate", names.DUPLICATE, say(DUPLICATE_CARD, number=duplicate) if duplicate else ""),
        (
            "special_organisation",
            names.SPECIAL_ORGANISATION,
            _coded(translator, identity.special_organisation_code, identity.special_organisation),
        ),
        ("member_of_family", names.MEMBER_OF_FAMILY, say(names.YES) if identity.member_of_family else ""),
        (
            "protection",
            names.PROTECTION,
            say(PROTECTION, date=day_text(protection.granted_on), country=protection.country)
            if protection else "",
        ),
        ("work_permit", names.WORK_PERMIT, work_permit),
        (
            "employer_vat",
            names.EMPLOYER_VAT,
            ", ".join(v for v in (identity.employer_vat_1, identity.employer_vat_2) if v),
        ),
        ("regional_file_number", names.REGIONAL_FILE_NUMBER, identity.regional_file_number),
        ("mentions", names.MENTIONS, ", ".join(mention for mention in mentions if mention)),
        (
            "registration_date",
            names.REGISTRATION_DATE,
            day_text(identity.registration_date) if identity.registration_date else "",
        ),
    ])  # fmt: skip


def address_fields(address: Address) -> tuple[Field, ...]:
    postal_line = f"{address.postal_code} {address.municipality}"
    return _fields([
        ("address", names.ADDRESS, f"{address.street_and_number}, {postal_line}"),
        ("street", names.STREET, address.street),
        ("house_number", names.HOUSE_NUMBER, address.house_number),
        ("box", names.BOX, address.box),
        ("postal_code", names.POSTAL_CODE, address.postal_code),
        ("municipality", names.MUNICIPALITY, address.municipality),
    ])  # fmt: skip


def card_fields(document: CardDocument, translator: Translator | None) -> tuple[Field, ...]:
    identity = document.identity
    validity = names.FROM_TO.render(
        translator, begin=day_text(identity.validity_begin), end=day_text(identity.validity_end)
    )
    document_type = _coded(translator, identity.document_type_code, identity.document_type)
    return _fields([
        ("document_type", names.DOCUMENT_TYPE, document_type),
        ("card_number", names.CARD_NUMBER, format_card_number(identity.card_number)),
        ("chip_number", names.CHIP_NUMBER, identity.chip_number.hex().upper()),
        ("validity", names.VALIDITY, validity),
        ("delivered_in", names.DELIVERED_IN, identity.delivering_municipality),
        ("applet_version", names.APPLET_VERSION, document.applet_version),
        ("reader", names.READER, document.reader),
    ])  # fmt: skip


def fingerprint(der: bytes) -> str:
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(der).digest())


def certificate_views(certificates: dict[CardFile, bytes | None]) -> tuple[CertificateView, ...]:
    views = []
    for file, role in CERTIFICATE_ORDER:
        der = certificates.get(file)
        if der is None:
            views.append(CertificateView(file, role, None))
            continue
        summary = summarize(file, der)
        views.append(
            CertificateView(
                file,
                role,
                der,
                subject=summary.subject,
                common_name=summary.common_name,
                issuer=summary.issuer,
                valid_from=day_text(summary.not_before.date()),
                valid_until=day_text(summary.not_after.date()),
                key_type=summary.key_type,
                sha256=fingerprint(der),
            )
        )
    return tuple(views)


def card_view(document: CardDocument, translator: Translator | None = None) -> CardView:
    """The view of ``document`` in the translator's language (English without one)."""
    return CardView(
        identity=identity_fields(document.identity, translator),
        address=address_fields(document.address),
        card=card_fields(document, translator),
        certificates=certificate_views(document.certificates),
        photo=document.photo,
        simulated=document.simulated,
        from_file=document.from_file,
    )
