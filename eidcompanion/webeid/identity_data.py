"""What ``get-identity`` sends a site, once the citizen said yes: the parts asked, from a card read.

- ``identity``: surname, given names, national number, birth date (ISO, ``YYYY`` or ``YYYY-MM`` when
  the card holds no day or month) and place, sex (``M``/``F``/``X`` as on the card), nationality;
- ``address``: street, house number, box, postal code, municipality (the split forms use), and the
  line as printed on the card;
- ``photo``: the JPEG, base64;
- ``integrity``: the files and signatures as read (base64), with the National Register's and the
  root certificates, so the site's server checks them itself (see :mod:`eidcompanion.webeid.identity_check`);
  asked only together with ``identity`` and ``address`` (the files hold them: the citizen sees them),
  and with the photo's file only when ``photo`` is asked too.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from eidcompanion.card.contents import CardContents
from eidcompanion.card.files import CardFile


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def identity_part(contents: CardContents) -> dict[str, str]:
    identity = contents.identity
    return {
        "surname": identity.surname,
        "givenNames": identity.given_names,
        "nationalNumber": identity.national_number.digits,
        "birthDate": identity.birth_date.iso(),
        "birthPlace": identity.birth_place,
        "sex": identity.sex_code,
        "nationality": identity.nationality,
    }


def address_part(contents: CardContents) -> dict[str, str]:
    address = contents.address
    return {
        "street": address.street,
        "houseNumber": address.house_number,
        "box": address.box,
        "postalCode": address.postal_code,
        "municipality": address.municipality,
        "printed": f"{address.street_and_number}, {address.postal_code} {address.municipality}",
    }


def integrity_part(contents: CardContents, *, with_photo: bool) -> dict[str, str]:
    """The files and signatures that prove the identity and the address (the request asks for both
    with it); the photo's file only when the photo was asked too."""
    certificates = {
        "rrnCertificate": contents.certificate(CardFile.RRN_CERTIFICATE),
        "rootCertificate": contents.certificate(CardFile.ROOT_CERTIFICATE),
    }
    return {
        "identity": _b64(contents.identity.raw),
        "identitySignature": _b64(contents.identity_signature),
        "address": _b64(contents.address.raw),
        "addressSignature": _b64(contents.address_signature),
        **({"photo": _b64(contents.photo)} if with_photo else {}),
        **{name: _b64(der) for name, der in certificates.items() if der is not None},
    }


def identity_answer(contents: CardContents, parts: tuple[str, ...]) -> dict[str, Any]:
    """The answer to a ``get-identity`` for ``parts``; nothing else of the card is in it."""
    builders: dict[str, Callable[[], object]] = {
        "identity": lambda: identity_part(contents),
        "address": lambda: address_part(contents),
        "photo": lambda: _b64(contents.photo),
        "integrity": lambda: integrity_part(contents, with_photo="photo" in parts),
    }
    return {part: builders[part]() for part in parts}
