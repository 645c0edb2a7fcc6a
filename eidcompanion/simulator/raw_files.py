"""Build a simulated card from a folder of raw files named by file ID (e.g. a real card's dump)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from eidcompanion.card.card_data import SIMULATED_SERIAL_PREFIX, AppletVersion
from eidcompanion.card.certificates import CertificateFormatError, parse_certificate, trim_certificate
from eidcompanion.card.errors import CardFileError
from eidcompanion.card.files import CardFile
from eidcompanion.errors import EidError, ErrorCode
from eidcompanion.i18n import Message, translatable
from eidcompanion.simulator.profile import ATR_1_7, ATR_1_8, CardProfile

REQUIRED_FILES = tuple(file for file in CardFile if file is not CardFile.BASIC_PUBLIC_KEY)
ATR_FILE = "ATR"


class CardFolderError(EidError):
    code = ErrorCode.CARD_FOLDER

    def __init__(self, folder: Path, reason: Message, detail: str = "", **fields: object) -> None:
        super().__init__(detail, folder=str(folder), reason=reason, **fields)


_F = "card folders"
NOT_A_FOLDER = translatable(_F, "it is not a folder")
FILES_MISSING = translatable(_F, "files missing: {files}")
FILE_UNREADABLE = translatable(_F, "the file {file} cannot be read")
RRN_CERTIFICATE_EMPTY = translatable(_F, "the National Register certificate file (503C) is empty")
RRN_CERTIFICATE_INVALID = translatable(
    _F, "the National Register certificate file (503C) is not a certificate"
)


def _read(folder: Path, path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CardFolderError(folder, FILE_UNREADABLE, str(exc), file=path.name) from exc


def _find(folder: Path, name: str) -> Path | None:
    for candidate in (name, name.lower(), f"{name}.bin", f"{name.lower()}.bin"):
        path = folder / candidate
        if path.is_file():
            return path
    return None


def _guess_applet(files: dict[int, bytes], atr: bytes | None, folder: Path) -> AppletVersion:
    """1.8 with a basic key file or the 1.8 ATR; 1.1 with an RSA-1024 RRN key; 1.7 otherwise.

    A 1.7 card re-keyed with EC certificates (ADD17) has an EC RRN key but no basic key file:
    it stays a 1.7 card.
    """
    if CardFile.BASIC_PUBLIC_KEY.fid in files or atr == ATR_1_8:
        return AppletVersion.V1_8
    try:
        der = trim_certificate(CardFile.RRN_CERTIFICATE, files[CardFile.RRN_CERTIFICATE.fid])
        if der is None:
            raise CardFolderError(folder, RRN_CERTIFICATE_EMPTY)
        key = parse_certificate(der).public_key()
    except (CertificateFormatError, CardFileError) as exc:
        raise CardFolderError(folder, RRN_CERTIFICATE_INVALID, str(exc)) from exc
    if isinstance(key, rsa.RSAPublicKey) and key.key_size <= 1024:
        return AppletVersion.V1_1
    return AppletVersion.V1_7


def load_card_folder(folder: Path, *, pin: str = "1234", tries_left: int = 3) -> CardProfile:
    """A profile whose files are the folder's ``4031``, ``4032``, ... and optional ``4040``, ``ATR``.

    Such a card has no private keys: it reads like the original, but cannot sign.
    """
    if not folder.is_dir():
        raise CardFolderError(folder, NOT_A_FOLDER)
    files: dict[int, bytes] = {}
    missing = []
    for file in CardFile:
        path = _find(folder, file.hex_id)
        if path is None:
            if file in REQUIRED_FILES:
                missing.append(file.hex_id)
            continue
        files[file.fid] = _read(folder, path)
    if missing:
        raise CardFolderError(folder, FILES_MISSING, files=", ".join(missing))
    atr_path = _find(folder, ATR_FILE)
    recorded_atr = _read(folder, atr_path) if atr_path else None
    applet = _guess_applet(files, recorded_atr, folder)
    atr = recorded_atr or (ATR_1_8 if applet is AppletVersion.V1_8 else ATR_1_7)
    return CardProfile(
        label=f"simulated card from the files in {folder}",
        applet=applet,
        atr=atr,
        serial_number=SIMULATED_SERIAL_PREFIX + b"-FILES\x00",
        files=files,
        pin=pin,
        tries_left=tries_left,
    )


def write_card_folder(profile: CardProfile, folder: Path) -> None:
    """The inverse of :func:`load_card_folder`: one file per FID, and the ATR."""
    folder.mkdir(parents=True, exist_ok=True)
    for fid, content in profile.files.items():
        (folder / f"{fid:04X}").write_bytes(content)
    (folder / ATR_FILE).write_bytes(profile.atr)
