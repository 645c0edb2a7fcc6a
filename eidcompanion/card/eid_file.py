"""The eID Viewer's ``.eid`` file (its XML "version 4" format): read strictly, write what it opens.

The official eID Viewer saves a card as UTF-8 XML::

    <eid [version="4.x"]>
      <identity nationalnumber dateofbirth gender [noblecondition] [specialstatus] [duplicate]
                [memberoffamily] [dateandcountryofprotection]>
        <name/> <firstname/> [<middlenames/>] <nationality/> <placeofbirth/> <photo/>
      <card documenttype cardnumber chipnumber validitydatebegin validitydateend>
        <deliverymunicipality/> [<workpermit mention [vat1] [vat2] [regionalfile]/>]
        [<brexit mention1 [mention2]/>] [<cardA mentions1 [mentions2]/>]
      <address> <streetandnumber/> <zip/> <municipality/>
      <certificates> <root/> <citizenca/> [<authentication/>] [<signing/>] <rrn/>

Dates are ``YYYYMMDD``; the chip number is upper-case hexadecimal; the photo and the certificates
(DER) are base64 in lines of 72 characters. Coded values travel as the viewer's names
(``belgian_citizen``, ``NO_STATUS``, ``female``...): the tables below map them to the card's codes.

The file holds no raw card file and no signature: what is read back cannot be verified, and
:class:`SavedCard` holds exactly what the format carries (see :func:`saved_card_from_contents`).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any
from xml.parsers import expat

from cryptography.exceptions import UnsupportedAlgorithm

from eidcompanion.card.address import Address
from eidcompanion.card.certificates import X509_PARSE_ERRORS, parse_certificate
from eidcompanion.card.codes import (
    BrexitMention,
    CardAMention,
    DocumentType,
    Sex,
    SpecialStatus,
    WorkPermit,
)
from eidcompanion.card.contents import JPEG_START, CardContents
from eidcompanion.card.dates import PartialDate
from eidcompanion.card.files import CardFile
from eidcompanion.card.identity import Identity, Protection
from eidcompanion.card.numbers import NationalNumber
from eidcompanion.errors import EidError, ErrorCode

MAX_FILE_SIZE = 2 * 1024 * 1024
"""Larger input is refused before parsing (a real file is about 12 KB)."""
BASE64_LINE_LENGTH = 72
"""The viewer writes base64 with libxml2, which breaks lines every 72 characters."""
_MAX_ELEMENTS = 64
_MAX_DEPTH = 3
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

# Names the eID Viewer (eid-mw, plugins_tools/eid-viewer: xmldoctypeconv.cpp, xmlspecconv.cpp,
# genderconv.cpp, workpermitconv.cpp, cardAment*conv.cpp, eidv4.xsd) writes for the card's codes.
# Names are case-sensitive: "foreigner_a" (type 11) and "foreigner_A" (type 33) differ.
DOCUMENT_TYPE_NAMES: dict[DocumentType, str] = {
    DocumentType.BELGIAN_EID: "belgian_citizen",
    DocumentType.KIDS_ID: "kids_card",
    DocumentType.BOOTSTRAP_CARD: "bootstrap_card",
    DocumentType.HABILITATION_CARD: "habilitation_card",
    DocumentType.A_CARD: "foreigner_a",
    DocumentType.B_CARD: "foreigner_b",
    DocumentType.C_CARD: "foreigner_c",
    DocumentType.D_CARD: "foreigner_d",
    DocumentType.E_CARD: "foreigner_e",
    DocumentType.E_PLUS_CARD: "foreigner_e_plus",
    DocumentType.F_CARD: "foreigner_f",
    DocumentType.F_PLUS_CARD: "foreigner_f_plus",
    DocumentType.H_CARD: "european_blue_card_h",
    DocumentType.I_CARD: "ict_i",
    DocumentType.J_CARD: "mobile_ict_j",
    DocumentType.M_CARD: "foreigner_m",
    DocumentType.N_CARD: "foreigner_n",
    DocumentType.K_CARD: "foreigner_k",
    DocumentType.L_CARD: "foreigner_l",
    DocumentType.EU_CARD: "foreigner_eu",
    DocumentType.EU_PLUS_CARD: "foreigner_eu_plus",
    DocumentType.A_CARD_1030: "foreigner_A",
    DocumentType.B_CARD_1030: "foreigner_B",
    DocumentType.F_CARD_1030: "foreigner_F",
    DocumentType.F_PLUS_CARD_1030: "foreigner_F_plus",
    DocumentType.KIDS_EU_CARD: "kids_foreigner_eu",
    DocumentType.KIDS_EU_PLUS_CARD: "kids_foreigner_eu_plus",
    DocumentType.KIDS_A_CARD: "kids_foreigner_A",
    DocumentType.KIDS_B_CARD: "kids_foreigner_B",
    DocumentType.KIDS_K_CARD: "kids_foreigner_K",
    DocumentType.KIDS_L_CARD: "kids_foreigner_L",
    DocumentType.KIDS_F_CARD: "kids_foreigner_F",
    DocumentType.KIDS_F_PLUS_CARD: "kids_foreigner_F_plus",
    DocumentType.KIDS_M_CARD: "kids_foreigner_M",
}

SPECIAL_STATUS_NAMES: dict[SpecialStatus, str] = {
    SpecialStatus.NONE: "NO_STATUS",
    SpecialStatus.WHITE_CANE: "WHITE_CANE",
    SpecialStatus.EXTENDED_MINORITY: "EXTENDED_MINORITY",
    SpecialStatus.WHITE_CANE_AND_EXTENDED_MINORITY: "WHITE_CANE_EXTENDED_MINORITY",
    SpecialStatus.YELLOW_CANE: "YELLOW_CANE",
    SpecialStatus.YELLOW_CANE_AND_EXTENDED_MINORITY: "YELLOW_CANE_EXTENDED_MINORITY",
}

GENDER_NAMES: dict[Sex, str] = {Sex.MALE: "male", Sex.FEMALE: "female"}

WORK_PERMIT_NAMES: dict[WorkPermit, str] = {
    WorkPermit.UNLIMITED: "unlimited",
    WorkPermit.LIMITED: "limited",
    WorkPermit.NONE: "no",
    WorkPermit.SEASONAL_WORKER: "seasonal worker",
}
_OLD_WORK_PERMIT_NAMES = {"seasoner": WorkPermit.SEASONAL_WORKER.value}  # an earlier eidv4.xsd

CARD_A_MENTION_NAMES: dict[CardAMention, str] = {
    CardAMention.SEASONAL_WORKER: "Seasonal worker",
    CardAMention.STUDENT: "Student",
    CardAMention.SCHOOL_PUPIL: "Pupil",
    CardAMention.TRAINEE: "Intern",
    CardAMention.VOLUNTEER: "Volunteer",
    CardAMention.AU_PAIR: "Au pair",
    CardAMention.RESEARCHER: "Researcher mobility",
    CardAMention.JOB_SEARCH: "Job search",
    CardAMention.MOBILITY_PROGRAMME: "Mobility program",
}

BREXIT_MENTION_NAMES: dict[BrexitMention, str] = {
    BrexitMention.ARTICLE_18_1: "Article 18(1) Agreement",
    BrexitMention.PERMANENT_RESIDENCE: "Permanent stay",
}
"""Read only: the viewer writes the Brexit mentions as the card's letters (no XML conversion)."""

_CERTIFICATE_ELEMENTS: dict[str, CardFile] = {
    "root": CardFile.ROOT_CERTIFICATE,
    "citizenca": CardFile.CA_CERTIFICATE,
    "authentication": CardFile.AUTHENTICATION_CERTIFICATE,
    "signing": CardFile.SIGNATURE_CERTIFICATE,
    "rrn": CardFile.RRN_CERTIFICATE,
}
SAVED_CERTIFICATES = tuple(_CERTIFICATE_ELEMENTS.values())

_CODE = re.compile(r"[0-9A-Za-z]{1,2}", re.ASCII)
_LETTER_CODE = re.compile(r"[0-9A-Za-z]", re.ASCII)
_VERSION = re.compile(r"4(\.[0-9]{1,3})?", re.ASCII)
_XML_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})", re.ASCII)
_BIRTH_DATE = re.compile(r"([0-9]{4})([0-9]{2}|  )([0-9]{2}|  )", re.ASCII)
_PROTECTION = re.compile(r"([0-9]{8})([A-Za-z]{2})", re.ASCII)
_CHIP_NUMBER = re.compile(r"(?:[0-9A-Fa-f]{2}){1,16}", re.ASCII)
_BASE64_SPACE = re.compile(r"[ \t\r\n]+")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class EidFileError(EidError):
    """Bytes that are not an eID Viewer file this program can open; ``detail`` names the problem.

    The detail names elements and attributes, never the values (they are personal data).
    """

    code = ErrorCode.EID_FILE_INVALID

    def __init__(self, detail: str, *, path: str = "") -> None:
        super().__init__(detail, path=path)


@dataclass(frozen=True)
class SavedCard:
    """What an eID Viewer file holds: no raw card file, no signature, no photo hash."""

    identity: Identity
    address: Address
    photo: bytes
    certificates: dict[CardFile, bytes | None]
    """DER by certificate file (all five keys), None for a certificate the file does not hold."""


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class _Element:
    name: str
    attributes: dict[str, str]
    children: list[_Element] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class _TreeBuilder:
    """A small element tree from expat, refusing DTDs and entity declarations, bounded in size."""

    def __init__(self) -> None:
        self.root: _Element | None = None
        self._open: list[_Element] = []
        self._count = 0

    def xml_declaration(self, version: str | None, encoding: str | None, standalone: int) -> None:
        if encoding is not None and encoding.lower() not in ("utf-8", "utf8"):
            raise EidFileError("the file is not declared as UTF-8")

    def doctype(self, *_: Any) -> None:
        raise EidFileError("the file has a DOCTYPE declaration (refused: entities could expand)")

    def entity(self, *_: Any) -> None:
        raise EidFileError("the file declares an entity (refused)")

    def external_entity(self, *_: Any) -> int:
        raise EidFileError("the file refers to an external entity (refused)")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self._count += 1
        if self._count > _MAX_ELEMENTS:
            raise EidFileError(f"the file has more than {_MAX_ELEMENTS} elements")
        if len(self._open) > _MAX_DEPTH:
            raise EidFileError(f"elements are nested deeper than {_MAX_DEPTH + 1} levels")
        element = _Element(name, dict(attributes))
        if self._open:
            self._open[-1].children.append(element)
        else:
            self.root = element
        self._open.append(element)

    def end(self, name: str) -> None:
        self._open.pop()

    def characters(self, data: str) -> None:
        if self._open:
            self._open[-1].text.append(data)


def _parse_xml(data: bytes) -> _Element:
    builder = _TreeBuilder()
    parser = expat.ParserCreate("UTF-8")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.XmlDeclHandler = builder.xml_declaration
    parser.StartDoctypeDeclHandler = builder.doctype
    parser.EntityDeclHandler = builder.entity
    parser.UnparsedEntityDeclHandler = builder.entity
    parser.ExternalEntityRefHandler = builder.external_entity
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.characters
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise EidFileError(f"not well-formed XML ({expat.ErrorString(exc.code)}, line {exc.lineno})") from exc
    if builder.root is None:  # pragma: no cover - expat refuses a document without an element
        raise EidFileError("the file holds no XML element")
    return builder.root


def _shown(name: str) -> str:
    return repr(name[:40])


def _children(
    element: _Element, *, attributes: frozenset[str], children: frozenset[str]
) -> dict[str, _Element]:
    """The children of ``element`` by name; unknown or repeated items and stray text are errors."""
    for name in element.attributes:
        if name not in attributes:
            raise EidFileError(f"<{element.name}> has an unknown attribute {_shown(name)}")
    found: dict[str, _Element] = {}
    for child in element.children:
        if child.name not in children:
            raise EidFileError(f"<{element.name}> holds an unknown element <{_shown(child.name)}>")
        if child.name in found:
            raise EidFileError(f"<{element.name}> holds <{child.name}> more than once")
        found[child.name] = child
    if "".join(element.text).strip():
        raise EidFileError(f"<{element.name}> holds text where only elements belong")
    return found


def _leaf(parent: _Element, found: Mapping[str, _Element], name: str, *, required: bool = True) -> str | None:
    element = found.get(name)
    if element is None:
        if required:
            raise EidFileError(f"<{parent.name}> lacks the element <{name}>")
        return None
    if element.children or element.attributes:
        raise EidFileError(f"<{name}> must hold only text")
    return "".join(element.text)


def _text(parent: _Element, found: Mapping[str, _Element], name: str) -> str:
    value = _leaf(parent, found, name)
    assert value is not None
    return value


def _attribute(element: _Element, name: str, *, required: bool = True) -> str | None:
    value = element.attributes.get(name)
    if value is None and required:
        raise EidFileError(f"<{element.name}> lacks the attribute {name}")
    return value


def _required_attribute(element: _Element, name: str) -> str:
    value = _attribute(element, name)
    assert value is not None
    return value


def _xml_date(value: str, where: str) -> date:
    match = _XML_DATE.fullmatch(value)
    if match is None:
        raise EidFileError(f"{where} is not a YYYYMMDD date")
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise EidFileError(f"{where} is not a real day") from exc


def _birth_date(value: str) -> PartialDate:
    """``YYYYMMDD``; a month or day the card does not give is ``00`` (or blank, as the viewer writes)."""
    match = _BIRTH_DATE.fullmatch(value)
    if match is None:
        raise EidFileError("dateofbirth is not a YYYYMMDD date")
    year = int(match[1])
    month = int(match[2]) if match[2].strip() else 0
    day = int(match[3]) if match[3].strip() else 0
    if year == 0 or month > 12 or (day and not month):
        raise EidFileError("dateofbirth is not a real (partial) date")
    if month and day:
        _xml_date(value, "dateofbirth")
    return _partial_date(year, month or None, day or None)


def _partial_date(year: int, month: int | None, day: int | None) -> PartialDate:
    return PartialDate(year, month, day, f"{year:04d}{month or 0:02d}{day or 0:02d}")


def _coded(value: str, names: Mapping[Any, str], where: str, code_form: re.Pattern[str]) -> str:
    """The card's code for a viewer name, or a bare card code (how unknown codes are written)."""
    for member, name in names.items():
        if value == name:
            return str(member.value)
    if code_form.fullmatch(value):
        return value
    raise EidFileError(f"{where} has a value the eID Viewer does not use")


def _mention(value: str | None, names: Mapping[Any, str], where: str) -> str:
    if value is None or value == "":
        return ""
    return _coded(value, names, where, _LETTER_CODE)


def _base64(value: str, where: str) -> bytes:
    text = _BASE64_SPACE.sub("", value)
    if not text:
        raise EidFileError(f"<{where}> is empty")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise EidFileError(f"<{where}> is not valid base64") from exc


def _boolean(value: str, where: str) -> bool:
    text = value.strip()
    if text in ("1", "true"):
        return True
    if text in ("0", "false"):
        return False
    raise EidFileError(f"{where} is not a boolean")


def _identity(element: _Element) -> tuple[dict[str, Any], bytes]:
    found = _children(
        element,
        attributes=frozenset(
            {
                "nationalnumber",
                "dateofbirth",
                "gender",
                "noblecondition",
                "specialstatus",
                "duplicate",
                "memberoffamily",
                "dateandcountryofprotection",
            }
        ),
        children=frozenset({"name", "firstname", "middlenames", "nationality", "placeofbirth", "photo"}),
    )
    try:
        national_number = NationalNumber.parse(_required_attribute(element, "nationalnumber"))
    except ValueError as exc:
        raise EidFileError("nationalnumber is not 11 digits") from exc
    gender = _required_attribute(element, "gender")
    sex = next((member for member, name in GENDER_NAMES.items() if name == gender), None)
    if sex is None:
        raise EidFileError("gender is neither male nor female")
    status = _attribute(element, "specialstatus", required=False)
    duplicate = _attribute(element, "duplicate", required=False) or ""
    if duplicate and not _CODE.fullmatch(duplicate):
        raise EidFileError("duplicate is not a number of at most two digits")
    family = _attribute(element, "memberoffamily", required=False)
    protection_text = _attribute(element, "dateandcountryofprotection", required=False)
    protection = None
    if protection_text:
        match = _PROTECTION.fullmatch(protection_text)
        if match is None:
            raise EidFileError("dateandcountryofprotection is not YYYYMMDD and a country code")
        protection = Protection(_xml_date(match[1], "dateandcountryofprotection"), match[2].upper())
    photo = _base64(_text(element, found, "photo"), "photo")
    if not photo.startswith(JPEG_START):
        raise EidFileError("<photo> is not a JPEG image")
    values: dict[str, Any] = {
        "national_number": national_number,
        "birth_date": _birth_date(_required_attribute(element, "dateofbirth")),
        "sex_code": sex.value,
        "noble_condition": _attribute(element, "noblecondition", required=False) or "",
        "special_status_code": "0"
        if status is None
        else _coded(status, SPECIAL_STATUS_NAMES, "specialstatus", _CODE),
        "duplicate": duplicate,
        "member_of_family": family is not None and _boolean(family, "memberoffamily"),
        "protection": protection,
        "surname": _text(element, found, "name"),
        "given_names": _text(element, found, "firstname"),
        "third_given_name_initial": _leaf(element, found, "middlenames", required=False) or "",
        "nationality": _text(element, found, "nationality"),
        "birth_place": _text(element, found, "placeofbirth"),
    }
    return values, photo


def _card(element: _Element) -> dict[str, Any]:
    found = _children(
        element,
        attributes=frozenset(
            {
                "documenttype",
                "carddata_appl_version",  # the applet version: not kept (see module notes)
                "cardnumber",
                "chipnumber",
                "validitydatebegin",
                "validitydateend",
            }
        ),
        children=frozenset({"deliverymunicipality", "workpermit", "brexit", "cardA"}),
    )
    card_number = _required_attribute(element, "cardnumber").strip()
    if not 0 < len(card_number) <= 12 or not card_number.isascii() or not card_number.isprintable():
        raise EidFileError("cardnumber is not a card number (1 to 12 characters)")
    chip_number = _required_attribute(element, "chipnumber")
    if not _CHIP_NUMBER.fullmatch(chip_number):
        raise EidFileError("chipnumber is not 1 to 16 bytes of hexadecimal")
    values: dict[str, Any] = {
        "document_type_code": _coded(
            _required_attribute(element, "documenttype"), DOCUMENT_TYPE_NAMES, "documenttype", _CODE
        ),
        "card_number": card_number,
        "chip_number": bytes.fromhex(chip_number),
        "validity_begin": _xml_date(_required_attribute(element, "validitydatebegin"), "validitydatebegin"),
        "validity_end": _xml_date(_required_attribute(element, "validitydateend"), "validitydateend"),
        "delivering_municipality": _text(element, found, "deliverymunicipality"),
    }
    permit = found.get("workpermit")
    if permit is not None:
        _children(
            permit, attributes=frozenset({"mention", "vat1", "vat2", "regionalfile"}), children=frozenset()
        )
        mention = _attribute(permit, "mention", required=False)
        if mention in _OLD_WORK_PERMIT_NAMES:
            mention = _OLD_WORK_PERMIT_NAMES[mention]
        values["work_permit_code"] = _mention(mention, WORK_PERMIT_NAMES, "workpermit mention")
        values["employer_vat_1"] = _attribute(permit, "vat1", required=False) or ""
        values["employer_vat_2"] = _attribute(permit, "vat2", required=False) or ""
        values["regional_file_number"] = _attribute(permit, "regionalfile", required=False) or ""
    brexit = found.get("brexit")
    if brexit is not None:
        _children(brexit, attributes=frozenset({"mention1", "mention2"}), children=frozenset())
        values["brexit_mention_1"] = _mention(
            _attribute(brexit, "mention1", required=False), BREXIT_MENTION_NAMES, "brexit mention1"
        )
        values["brexit_mention_2"] = _mention(
            _attribute(brexit, "mention2", required=False), BREXIT_MENTION_NAMES, "brexit mention2"
        )
    card_a = found.get("cardA")
    if card_a is not None:
        _children(card_a, attributes=frozenset({"mentions1", "mentions2"}), children=frozenset())
        values["card_a_mention_1"] = _mention(
            _attribute(card_a, "mentions1", required=False), CARD_A_MENTION_NAMES, "cardA mentions1"
        )
        values["card_a_mention_2"] = _mention(
            _attribute(card_a, "mentions2", required=False), CARD_A_MENTION_NAMES, "cardA mentions2"
        )
    return values


def _address(element: _Element) -> Address:
    found = _children(
        element, attributes=frozenset(), children=frozenset({"streetandnumber", "zip", "municipality"})
    )
    return Address(
        raw=b"",
        street_and_number=_text(element, found, "streetandnumber"),
        postal_code=_text(element, found, "zip"),
        municipality=_text(element, found, "municipality"),
    )


def _certificates(element: _Element) -> dict[CardFile, bytes | None]:
    found = _children(element, attributes=frozenset(), children=frozenset(_CERTIFICATE_ELEMENTS))
    certificates: dict[CardFile, bytes | None] = {}
    for name, file in _CERTIFICATE_ELEMENTS.items():
        text = _leaf(element, found, name, required=False)
        if text is None:
            certificates[file] = None
            continue
        der = _base64(text, name)
        try:
            parse_certificate(der)
        except (ValueError, Warning) as exc:  # a deprecation warning turned into an error (-W error)
            raise EidFileError(f"<{name}> is not a valid X.509 certificate") from exc
        certificates[file] = der
    return certificates


def _saved_card(root: _Element) -> SavedCard:
    if root.name != "eid":
        raise EidFileError(f"the root element is <{_shown(root.name)}>, not <eid>")
    found = _children(
        root,
        attributes=frozenset({"version", "graphpersoversion"}),
        children=frozenset({"identity", "card", "address", "certificates"}),
    )
    version = root.attributes.get("version")
    if version is not None and not _VERSION.fullmatch(version):
        raise EidFileError(f"the file is version {_shown(version)}, not 4")
    for name in ("identity", "card", "address", "certificates"):
        if name not in found:
            raise EidFileError(f"<eid> lacks the element <{name}>")
    values, photo = _identity(found["identity"])
    identity = Identity(raw=b"", photo_hash=b"", **values, **_card(found["card"]))
    return SavedCard(identity, _address(found["address"]), photo, _certificates(found["certificates"]))


_UNEXPECTED = (ValueError, TypeError, KeyError, IndexError, OverflowError, UnsupportedAlgorithm, Warning)


def load_eid_file(data: bytes, *, path: str = "") -> SavedCard:
    """Read an eID Viewer file; every problem raises :class:`EidFileError` (``path`` names the file).

    Refused: more than 2 MiB, a DOCTYPE or entity declaration, an encoding other than UTF-8, a root
    other than ``<eid>``, a version other than 4.x, unknown or missing items, values out of form,
    bad base64, certificates that are not strict DER X.509, a photo that is not a JPEG.
    """
    try:
        if len(data) > MAX_FILE_SIZE:
            raise EidFileError(f"the file is larger than {MAX_FILE_SIZE} bytes")
        return _saved_card(_parse_xml(bytes(data)))
    except EidFileError as exc:
        if path and not exc.fields.get("path"):
            raise EidFileError(exc.detail, path=path) from exc
        raise
    except (*_UNEXPECTED, *X509_PARSE_ERRORS) as exc:  # a safety net: the checks above should catch all
        raise EidFileError(f"unreadable content ({type(exc).__name__})", path=path) from exc


# ---------------------------------------------------------------------------------------------
# Writing


def _checked(value: str, where: str) -> str:
    if _NOT_XML.search(value):
        raise ValueError(f"{where} holds a character an XML file cannot carry")
    return value


def _escape_text(value: str, where: str) -> str:
    value = _checked(value, where)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attribute(value: str, where: str) -> str:
    return _escape_text(value, where).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _element(name: str, text: str) -> str:
    return f"<{name}>{_escape_text(text, f'<{name}>')}</{name}>"


def _open(name: str, attributes: list[tuple[str, str]], *, empty: bool = False) -> str:
    rendered = "".join(f' {key}="{_escape_attribute(value, key)}"' for key, value in attributes)
    return f"<{name}{rendered}{'/' if empty else ''}>"


def _base64_text(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(
        text[start : start + BASE64_LINE_LENGTH] for start in range(0, len(text), BASE64_LINE_LENGTH)
    )


def _date_text(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _name_for(code: str, names: Mapping[Any, str], parse: Callable[[str], Any]) -> str:
    """The viewer's name for a card code; a code without a name is written as it is."""
    try:
        member = parse(code)
    except ValueError:
        return code
    return names.get(member, code)


def _number_code(enum: Callable[[int], Any]) -> Callable[[str], Any]:
    def parse(code: str) -> Any:
        return enum(int(code)) if code.isdigit() else None

    return parse


def _identity_xml(identity: Identity, photo: bytes) -> str:
    sex = Sex.from_card(identity.sex_code)
    if sex is None:
        raise ValueError("the sex code is neither M nor F, V or W: the eID Viewer format cannot carry it")
    birth = identity.birth_date
    attributes = [
        ("nationalnumber", identity.national_number.digits),
        ("dateofbirth", f"{birth.year:04d}{birth.month or 0:02d}{birth.day or 0:02d}"),
        ("gender", GENDER_NAMES[sex]),
    ]
    if identity.noble_condition:
        attributes.append(("noblecondition", identity.noble_condition))
    status = identity.special_status_code or "0"
    attributes.append(("specialstatus", _name_for(status, SPECIAL_STATUS_NAMES, _number_code(SpecialStatus))))
    if identity.duplicate:
        attributes.append(("duplicate", identity.duplicate))
    if identity.member_of_family:
        attributes.append(("memberoffamily", "1"))
    if identity.protection is not None:
        protection = identity.protection
        attributes.append(
            ("dateandcountryofprotection", _date_text(protection.granted_on) + protection.country)
        )
    return (
        _open("identity", attributes)
        + _element("name", identity.surname)
        + _element("firstname", identity.given_names)
        + _element("middlenames", identity.third_given_name_initial)
        + _element("nationality", identity.nationality)
        + _element("placeofbirth", identity.birth_place)
        + f"<photo>{_base64_text(photo)}</photo>"
        + "</identity>"
    )


def _mention_attributes(
    pairs: list[tuple[str, str]], names: Mapping[Any, str], enum: Callable[[str], Any]
) -> list[tuple[str, str]]:
    return [(key, _name_for(code, names, enum)) for key, code in pairs if code]


def _card_xml(identity: Identity) -> str:
    attributes = [
        (
            "documenttype",
            _name_for(identity.document_type_code, DOCUMENT_TYPE_NAMES, _number_code(DocumentType)),
        ),
        ("cardnumber", identity.card_number),
        ("chipnumber", identity.chip_number.hex().upper()),
        ("validitydatebegin", _date_text(identity.validity_begin)),
        ("validitydateend", _date_text(identity.validity_end)),
    ]
    parts = [_open("card", attributes), _element("deliverymunicipality", identity.delivering_municipality)]
    permit = _mention_attributes([("mention", identity.work_permit_code)], WORK_PERMIT_NAMES, WorkPermit)
    permit += [
        (key, value)
        for key, value in (
            ("vat1", identity.employer_vat_1),
            ("vat2", identity.employer_vat_2),
            ("regionalfile", identity.regional_file_number),
        )
        if value
    ]
    if permit:
        parts.append(_open("workpermit", permit, empty=True))
    brexit = [
        (key, code)
        for key, code in (("mention1", identity.brexit_mention_1), ("mention2", identity.brexit_mention_2))
        if code
    ]
    if brexit:
        parts.append(_open("brexit", brexit, empty=True))
    card_a = _mention_attributes(
        [("mentions1", identity.card_a_mention_1), ("mentions2", identity.card_a_mention_2)],
        CARD_A_MENTION_NAMES,
        CardAMention,
    )
    if card_a:
        parts.append(_open("cardA", card_a, empty=True))
    parts.append("</card>")
    return "".join(parts)


def dump_eid_file(card: SavedCard) -> bytes:
    """The card as the eID Viewer saves it (same layout as its files; no ``version`` attribute, so
    every v4 viewer validates it). Raises ``ValueError`` for a value the format cannot carry."""
    address = card.address
    certificates = "".join(
        f"<{name}>{_base64_text(der)}</{name}>"
        for name, file in _CERTIFICATE_ELEMENTS.items()
        if (der := card.certificates.get(file)) is not None
    )
    document = (
        _XML_DECLARATION
        + "<eid>"
        + _identity_xml(card.identity, card.photo)
        + _card_xml(card.identity)
        + "<address>"
        + _element("streetandnumber", address.street_and_number)
        + _element("zip", address.postal_code)
        + _element("municipality", address.municipality)
        + "</address>"
        + f"<certificates>{certificates}</certificates>"
        + "</eid>\n"
    )
    return document.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# From a card


def _canonical_code(code: str) -> str:
    """``01`` and ``1`` are the same document type (both occur on cards); the file keeps ``1``."""
    return str(int(code)) if code.isascii() and code.isdigit() else code


def saved_card_from_contents(contents: CardContents) -> SavedCard:
    """What a ``.eid`` file keeps of a card read: :func:`load_eid_file` of :func:`dump_eid_file` of
    the result equals it.

    Dropped (the format has no place for them): the raw files and signatures, the photo hash, the
    basic key hash, the file structure versions, the special organisation, the registration date,
    unknown tags, the applet version and card data. Normalised: a woman's sex code ``V`` or ``W``
    becomes ``F``, a code ``01`` becomes ``1``, a missing special status becomes ``0``, and the
    birth date's text becomes its ``YYYYMMDD`` form (``00`` for what the card leaves out).
    """
    identity = contents.identity
    sex = Sex.from_card(identity.sex_code)
    birth = identity.birth_date
    saved_identity = replace(
        identity,
        raw=b"",
        photo_hash=b"",
        file_structure_version=None,
        special_organisation_code="",
        basic_key_hash=None,
        registration_date=None,
        unknown_fields=(),
        sex_code=sex.value if sex is not None else identity.sex_code,
        document_type_code=_canonical_code(identity.document_type_code),
        special_status_code=_canonical_code(identity.special_status_code or "0"),
        birth_date=_partial_date(birth.year, birth.month, birth.day),
    )
    address = replace(contents.address, raw=b"", file_structure_version=None, unknown_fields=())
    certificates = {file: contents.certificates.get(file) for file in SAVED_CERTIFICATES}
    return SavedCard(saved_identity, address, contents.photo, certificates)
