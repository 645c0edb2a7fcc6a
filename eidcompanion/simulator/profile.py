"""What a simulated card holds: files, keys, PIN, ATR and card data.

Two built-in profiles (applet 1.7 with RSA-2048, applet 1.8 with EC P-384) each get a freshly
generated test PKI and a specimen person; a profile can also be loaded from a folder of raw files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from importlib import resources

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from eidcompanion.card.card_data import SIMULATED_SERIAL_PREFIX, AppletVersion
from eidcompanion.card.files import CardFile
from eidcompanion.card.tlv import encode_tlv
from eidcompanion.simulator.pki import Holder, KeyAlgorithm, PrivateKey, build_test_pki

ATR_1_8 = bytes.fromhex("3B7F96000080318065B0850401 20120FFF829000".replace(" ", ""))
ATR_1_7 = bytes.fromhex("3B9813400AA503010101AD1311")

CERTIFICATE_PADDING = 1100
"""Zero bytes appended to each certificate file at personalisation (CONT18 8.x)."""
ABSENT_CERTIFICATE_FILE = bytes(2500)
"""A certificate file of a card without that certificate (a child's card): all zeros."""
ADDRESS_FILE_SIZE = 117
SIGNATURE_FILE_SIZE_EC = 104
"""EF(SGN#...) on EC cards has a fixed length; the DER signature is zero padded to it."""

BASIC_KEY = 0x81
AUTHENTICATION_KEY = 0x82
SIGNATURE_KEY = 0x83


@dataclass(frozen=True)
class Specimen:
    """A made-up citizen. Nothing here belongs to a real person."""

    surname: str
    given_names: str
    third_initial: str
    nationality: str
    birth_place: str
    birth_date_text: str
    birth_date: dt.date
    sex: str
    sequence: int
    street_and_number: str
    postal_code: str
    municipality: str
    delivering_municipality: str
    card_number_prefix: str
    validity_begin: dt.date
    validity_end: dt.date
    document_type: str = "1"
    special_status: str = "0"

    @property
    def national_number(self) -> str:
        nine = f"{self.birth_date:%y%m%d}{self.sequence:03d}"
        base = int(("2" if self.birth_date.year >= 2000 else "") + nine)
        return f"{nine}{97 - base % 97:02d}"

    @property
    def card_number(self) -> str:
        return f"{self.card_number_prefix}{int(self.card_number_prefix) % 97 or 97:02d}"


SPECIMEN_1_8 = Specimen(
    surname="Specimen-Dubois",
    given_names="Élise Marie",
    third_initial="J",
    nationality="Belge",
    birth_place="Liège",
    birth_date_text="14 JUIL 1985",
    birth_date=dt.date(1985, 7, 14),
    sex="F",
    sequence=162,
    street_and_number="Rue de la Loi 16 bte 3",
    postal_code="1000",
    municipality="Bruxelles",
    delivering_municipality="Bruxelles",
    card_number_prefix="5920012345",
    validity_begin=dt.date(2024, 3, 15),
    validity_end=dt.date(2034, 3, 15),
)

SPECIMEN_1_7 = Specimen(
    surname="Peeters",
    given_names="Jan Pieter",
    third_initial="K",
    nationality="Belg",
    birth_place="Brugge",
    birth_date_text="03 MAAR 2001",
    birth_date=dt.date(2001, 3, 3),
    sex="M",
    sequence=457,
    street_and_number="Kerkstraat 124/14",
    postal_code="9000",
    municipality="Gent",
    delivering_municipality="Gent",
    card_number_prefix="5910054321",
    validity_begin=dt.date(2019, 5, 2),
    validity_end=dt.date(2029, 5, 2),
)


@dataclass
class CardProfile:
    """The personalisation of a simulated card. The applet works on its own copy of the state."""

    label: str
    applet: AppletVersion
    atr: bytes
    serial_number: bytes
    files: dict[int, bytes]
    keys: dict[int, PrivateKey] = field(default_factory=dict)
    pin: str = "1234"
    tries_left: int = 3
    activated: bool = True
    select_by_path: bool = True
    """False: the card refuses SELECT by path (6A86), like a card that only knows FIDs."""
    specimen: Specimen | None = None

    def card_data(self) -> bytes:
        """The 28 bytes of GET CARD DATA with P2=00."""
        head = self.serial_number + bytes((0x01, 0x02, 0x03, 0x04, 0x05, self.applet.value))
        tail = {
            AppletVersion.V1_8: bytes.fromhex("0001 00 00 02 0F".replace(" ", "")),
            AppletVersion.V1_7: bytes.fromhex("0003 00 21 01 0F".replace(" ", "")),
            AppletVersion.V1_1: bytes.fromhex("0101 01 00 00 00".replace(" ", "")),
        }[self.applet]
        return head + tail


def _read_photo(name: str) -> bytes:
    return resources.files("eidcompanion.simulator").joinpath("data").joinpath(name).read_bytes()


def _sign_file(key: PrivateKey, data: bytes, hash_algorithm: hashes.HashAlgorithm) -> bytes:
    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hash_algorithm)
    der = key.sign(data, ec.ECDSA(hash_algorithm))
    return der + bytes(SIGNATURE_FILE_SIZE_EC - len(der))


def _identity_file(person: Specimen, serial: bytes, photo_hash: bytes, basic_key_hash: bytes | None) -> bytes:
    def text(value: str) -> bytes:
        return value.encode("utf-8")

    fields: list[tuple[int, bytes]] = []
    if basic_key_hash is not None:
        fields.append((0x00, b"\x00\x02"))
    fields += [
        (0x01, text(person.card_number)),
        (0x02, serial),
        (0x03, text(f"{person.validity_begin:%d.%m.%Y}")),
        (0x04, text(f"{person.validity_end:%d.%m.%Y}")),
        (0x05, text(person.delivering_municipality)),
        (0x06, text(person.national_number)),
        (0x07, text(person.surname)),
        (0x08, text(person.given_names)),
        (0x09, text(person.third_initial)),
        (0x0A, text(person.nationality)),
        (0x0B, text(person.birth_place)),
        (0x0C, text(person.birth_date_text)),
        (0x0D, text(person.sex)),
        (0x0E, b""),
        (0x0F, text(person.document_type)),
        (0x10, text(person.special_status)),
        (0x11, photo_hash),
    ]
    if basic_key_hash is not None:
        fields.append((0x1A, basic_key_hash))
    return encode_tlv(fields)


def _address_file(person: Specimen, with_version: bool) -> bytes:
    fields = [(0x00, b"\x00\x02")] if with_version else []
    fields += [
        (0x01, person.street_and_number.encode()),
        (0x02, person.postal_code.encode()),
        (0x03, person.municipality.encode()),
    ]
    content = encode_tlv(fields)
    return content + bytes(max(0, ADDRESS_FILE_SIZE - len(content)))


def build_profile(
    version: str = "1.8", *, pin: str = "1234", tries_left: int = 3, ocsp_url: str | None = None
) -> CardProfile:
    """A new simulated card of applet ``version`` ("1.7" or "1.8") with fresh citizen keys.

    ``ocsp_url`` goes into the citizen certificates' Authority Information Access, for tests that
    run an OCSP responder for the simulator's test CA.
    """
    if version not in ("1.7", "1.8"):
        raise ValueError(f"the simulator has profiles for applet 1.7 and 1.8, not {version!r}")
    v18 = version == "1.8"
    person = SPECIMEN_1_8 if v18 else SPECIMEN_1_7
    algorithm = KeyAlgorithm.EC_P384 if v18 else KeyAlgorithm.RSA_2048
    pki = build_test_pki(
        Holder(person.surname, person.given_names, person.national_number),
        algorithm,
        (person.validity_begin, person.validity_end),
        ocsp_url=ocsp_url,
    )
    serial = SIMULATED_SERIAL_PREFIX + b"-CARD" + (b"\x01\x08" if v18 else b"\x01\x07")
    photo = _read_photo("specimen-photo-150x195.jpg" if v18 else "specimen-photo-140x200.jpg")
    files: dict[int, bytes] = {}
    keys: dict[int, PrivateKey] = {}
    basic_key_hash = None
    if v18:
        basic_key = ec.generate_private_key(ec.SECP384R1())
        keys[BASIC_KEY] = basic_key
        spki = basic_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        files[CardFile.BASIC_PUBLIC_KEY.fid] = spki
        basic_key_hash = hashlib.sha384(spki).digest()
    photo_hash = hashlib.sha384(photo).digest() if v18 else hashlib.sha1(photo).digest()
    identity = _identity_file(person, serial, photo_hash, basic_key_hash)
    file_hash: hashes.HashAlgorithm = hashes.SHA384() if v18 else hashes.SHA256()
    identity_signature = _sign_file(pki.rrn.key, identity, file_hash)
    address = _address_file(person, with_version=v18)
    address_signature = _sign_file(pki.rrn.key, address.rstrip(b"\x00") + identity_signature, file_hash)
    files.update(
        {
            CardFile.IDENTITY.fid: identity,
            CardFile.IDENTITY_SIGNATURE.fid: identity_signature,
            CardFile.ADDRESS.fid: address,
            CardFile.ADDRESS_SIGNATURE.fid: address_signature,
            CardFile.PHOTO.fid: photo,
            CardFile.CA_CERTIFICATE.fid: pki.citizen_ca.der + bytes(CERTIFICATE_PADDING),
            CardFile.ROOT_CERTIFICATE.fid: pki.root.der + bytes(CERTIFICATE_PADDING),
            CardFile.RRN_CERTIFICATE.fid: pki.rrn.der + bytes(CERTIFICATE_PADDING),
        }
    )
    for file, issued, key_reference in (
        (CardFile.AUTHENTICATION_CERTIFICATE, pki.authentication, AUTHENTICATION_KEY),
        (CardFile.SIGNATURE_CERTIFICATE, pki.signature, SIGNATURE_KEY),
    ):
        files[file.fid] = issued.der + bytes(CERTIFICATE_PADDING)
        keys[key_reference] = issued.key
    return CardProfile(
        label=f"simulated applet {version} card ({algorithm.value})",
        applet=AppletVersion.V1_8 if v18 else AppletVersion.V1_7,
        atr=ATR_1_8 if v18 else ATR_1_7,
        serial_number=serial,
        files=files,
        keys=keys,
        pin=pin,
        tries_left=tries_left,
        specimen=person,
    )
