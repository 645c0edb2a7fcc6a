"""Card contents as a JSON object and as a readable summary."""

from __future__ import annotations

import hashlib
from enum import Enum
from typing import Any

from eidcompanion.card.certificates import CertificateSummary, summarize
from eidcompanion.card.codes import BrexitMention, CardAMention, lookup
from eidcompanion.card.contents import CardContents
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import Identity
from eidcompanion.card.numbers import card_number_valid, format_card_number
from eidcompanion.i18n import Catalog, Message
from eidcompanion.texts import fields as field_names
from eidcompanion.texts.labels import (
    DUPLICATE_CARD,
    ORIGINAL_CARD,
    PROTECTION,
    UNKNOWN_CODE,
    label_for,
)
from eidcompanion.view import CardDocument, Field, card_view

CERTIFICATE_KEYS: dict[CardFile, tuple[str, Message]] = {
    CardFile.AUTHENTICATION_CERTIFICATE: ("authentication", field_names.AUTHENTICATION_CERTIFICATE),
    CardFile.SIGNATURE_CERTIFICATE: ("signature", field_names.SIGNATURE_CERTIFICATE),
    CardFile.CA_CERTIFICATE: ("ca", field_names.CA_CERTIFICATE),
    CardFile.ROOT_CERTIFICATE: ("root", field_names.ROOT_CERTIFICATE),
    CardFile.RRN_CERTIFICATE: ("rrn", field_names.RRN_CERTIFICATE),
}


def _coded(catalog: Catalog, raw: str, member: Enum | None) -> dict[str, str] | None:
    if not raw.strip():
        return None
    label = label_for(member) if member is not None else UNKNOWN_CODE
    return {"code": raw, "label": label.render(catalog, code=raw)}


def _duplicate(catalog: Catalog, identity: Identity) -> dict[str, Any] | None:
    number = identity.duplicate_number
    if number is None:
        return None
    label = ORIGINAL_CARD.render(catalog) if number == 0 else DUPLICATE_CARD.render(catalog, number=number)
    return {"code": identity.duplicate, "number": number, "label": label}


def identity_json(identity: Identity, catalog: Catalog) -> dict[str, Any]:
    protection = identity.protection
    return {
        "surname": identity.surname,
        "given_names": identity.given_names,
        "third_given_name_initial": identity.third_given_name_initial,
        "national_number": identity.national_number.digits,
        "national_number_formatted": identity.national_number.formatted,
        "national_number_valid": identity.national_number.valid,
        "card_number": identity.card_number,
        "card_number_formatted": format_card_number(identity.card_number),
        "card_number_valid": card_number_valid(identity.card_number),
        "chip_number": identity.chip_number.hex().upper(),
        "validity_begin": identity.validity_begin.isoformat(),
        "validity_end": identity.validity_end.isoformat(),
        "delivering_municipality": identity.delivering_municipality,
        "nationality": identity.nationality,
        "birth_place": identity.birth_place,
        "birth_date": identity.birth_date.iso(),
        "birth_date_complete": identity.birth_date.complete,
        "birth_date_on_card": identity.birth_date.raw,
        "sex": _coded(catalog, identity.sex_code, identity.sex),
        "noble_condition": identity.noble_condition,
        "document_type": _coded(catalog, identity.document_type_code, identity.document_type),
        "special_status": _coded(catalog, identity.special_status_code, identity.special_status),
        "duplicate": _duplicate(catalog, identity),
        "special_organisation": _coded(
            catalog, identity.special_organisation_code, identity.special_organisation
        ),
        "member_of_family": identity.member_of_family,
        "protection": None
        if protection is None
        else {
            "date": protection.granted_on.isoformat(),
            "country": protection.country,
            "label": PROTECTION.render(
                catalog, date=protection.granted_on.isoformat(), country=protection.country
            ),
        },
        "work_permit": _coded(catalog, identity.work_permit_code, identity.work_permit),
        "employer_vat_numbers": [v for v in (identity.employer_vat_1, identity.employer_vat_2) if v],
        "regional_file_number": identity.regional_file_number,
        "brexit_mentions": [
            _coded(catalog, code, lookup(BrexitMention, code))
            for code in (identity.brexit_mention_1, identity.brexit_mention_2)
            if code.strip()
        ],
        "card_a_mentions": [
            _coded(catalog, code, lookup(CardAMention, code))
            for code in (identity.card_a_mention_1, identity.card_a_mention_2)
            if code.strip()
        ],
        "registration_date": identity.registration_date.isoformat() if identity.registration_date else None,
        "photo_hash": identity.photo_hash.hex().upper(),
        "basic_key_hash": identity.basic_key_hash.hex().upper() if identity.basic_key_hash else None,
        "file_structure_version": identity.file_structure_version,
    }


def _certificate_json(summary: CertificateSummary) -> dict[str, Any]:
    return {
        "present": True,
        "subject": summary.subject,
        "common_name": summary.common_name,
        "issuer": summary.issuer,
        "serial_number": summary.serial_number,
        "not_before": summary.not_before.isoformat(),
        "not_after": summary.not_after.isoformat(),
        "key_type": summary.key_type,
    }


def contents_json(contents: CardContents, catalog: Catalog, photo_path: str | None = None) -> dict[str, Any]:
    card_data = contents.card_data
    address = contents.address
    certificates: dict[str, Any] = {}
    for file, (key, _label) in CERTIFICATE_KEYS.items():
        der = contents.certificate(file)
        certificates[key] = {"present": False} if der is None else _certificate_json(summarize(file, der))
    return {
        "card": {
            "reader": contents.reader,
            "atr": contents.atr.hex(" ").upper(),
            "applet_version": contents.applet_version.label,
            "simulated": contents.simulated,
            "serial_number": card_data.serial_number.hex().upper(),
            "life_cycle": card_data.life_cycle.name.lower() if card_data.life_cycle else None,
            "component_code": card_data.component_code,
            "os_number": card_data.os_number,
            "os_version": card_data.os_version,
            "softmask_number": card_data.softmask_number,
            "softmask_version": card_data.softmask_version,
            "global_os_version": card_data.global_os_version,
            "applet_interface_version": card_data.applet_interface_version,
            "pkcs1_support": card_data.pkcs1_support,
            "key_exchange_version": card_data.key_exchange_version,
        },
        "identity": identity_json(contents.identity, catalog),
        "address": {
            "street_and_number": address.street_and_number,
            "street": address.street,
            "house_number": address.house_number,
            "box": address.box,
            "postal_code": address.postal_code,
            "municipality": address.municipality,
        },
        "photo": {
            "format": "JPEG",
            "size": len(contents.photo),
            "sha256": hashlib.sha256(contents.photo).hexdigest(),
            "saved_to": photo_path,
        },
        "certificates": certificates,
        "basic_public_key": None
        if contents.basic_public_key is None
        else {
            "size": len(contents.basic_public_key),
            "sha384": hashlib.sha384(contents.basic_public_key).hexdigest(),
        },
    }


def summary_lines(contents: CardContents, catalog: Catalog) -> list[str]:
    """A readable summary, one ``label: value`` per line, from the view the desktop app shows too."""
    view = card_view(CardDocument.from_contents(contents), catalog)

    def line(item: Field) -> str:
        return field_names.LINE.render(catalog, label=item.label.render(catalog), value=item.value)

    reader_fields = [item for key in ("reader", "applet_version") for item in view.card if item.key == key]
    card_fields = [item for item in view.card if item.key not in ("reader", "applet_version")]
    lines = [line(item) for item in [*reader_fields, *view.identity, *card_fields, *view.address]]
    photo = field_names.PHOTO_VALUE.render(catalog, size=len(contents.photo))
    lines.append(field_names.LINE.render(catalog, label=field_names.PHOTO.render(catalog), value=photo))
    title = field_names.CERTIFICATES.render(catalog)
    lines.append(field_names.LINE.render(catalog, label=title, value="").rstrip())
    for certificate in view.certificates:
        if not certificate.present:
            value = field_names.ABSENT.render(catalog)
        else:
            value = field_names.CERTIFICATE_VALUE.render(
                catalog,
                subject=certificate.common_name or certificate.subject,
                not_after=certificate.valid_until,
            )
        label = certificate.role.render(catalog)
        lines.append("  " + field_names.LINE.render(catalog, label=label, value=value))
    return lines
