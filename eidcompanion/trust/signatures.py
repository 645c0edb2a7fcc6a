"""The National Register's signatures over the identity and address files (belpic.md, CONT18 6.2).

* RSA cards: PKCS#1 v1.5; the hash follows the length of the photo hash (20 bytes: SHA-1, 32:
  SHA-256), and re-signed cards that kept a SHA-1 photo hash sign with SHA-256, so the other hash
  is tried when the first fails.
* EC cards (1.8, re-keyed 1.7): ECDSA P-384 with SHA-384; the file holds the DER signature followed
  by zeros up to a fixed size, its real length being ``sig[1] + 2``.

When RSA verification fails, the signature is opened with the public key: a well-formed PKCS#1
block means the signature file is intact and the signed data changed; anything else means the
signature file itself was altered. ECDSA cannot tell the two apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from eidcompanion.card.digests import DIGEST_INFO_PREFIXES


def der_from_raw_ecdsa(raw: bytes, key: ec.EllipticCurvePublicKey) -> bytes:
    """The DER form of an ECDSA signature given as r || s (how the card and Web eID give it)."""
    size = (key.curve.key_size + 7) // 8
    if len(raw) != 2 * size:
        raise ValueError(f"an r || s signature on {key.curve.name} has {2 * size} bytes, not {len(raw)}")
    return encode_dss_signature(int.from_bytes(raw[:size], "big"), int.from_bytes(raw[size:], "big"))


class SignatureFormatError(ValueError):
    """A signature file that cannot hold a signature (wrong structure or non-zero padding)."""


class Verdict(Enum):
    VALID = "valid"
    DATA_CHANGED = "data_changed"
    """The signature file is intact: the data it covers are not the data that were signed."""
    SIGNATURE_CHANGED = "signature_changed"
    """The signature file is not a signature by this key."""
    INVALID = "invalid"
    """Invalid, and the algorithm cannot say which side changed (ECDSA)."""


@dataclass(frozen=True)
class SignatureCheck:
    verdict: Verdict
    hash_name: str = ""

    @property
    def valid(self) -> bool:
        return self.verdict is Verdict.VALID


def der_ecdsa_signature(signature_file: bytes) -> bytes:
    """The DER ECDSA signature at the start of a zero-padded signature file."""
    if len(signature_file) < 8 or signature_file[0] != 0x30:
        raise SignatureFormatError("an ECDSA signature file starts with a DER SEQUENCE (30)")
    if signature_file[1] < 0x80:
        length = signature_file[1] + 2
    elif signature_file[1] == 0x81:
        length = signature_file[2] + 3
    else:
        raise SignatureFormatError(f"unexpected DER length byte {signature_file[1]:02X}")
    if length > len(signature_file):
        raise SignatureFormatError(f"the signature claims {length} bytes, the file has {len(signature_file)}")
    if any(signature_file[length:]):
        raise SignatureFormatError("the bytes after the signature are not zero padding")
    return signature_file[:length]


_CARD_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "SHA-1": hashes.SHA1,
    "SHA-256": hashes.SHA256,
    "SHA-384": hashes.SHA384,
}
"""The hashes the National Register signs card files with."""


def _hash(name: str) -> hashes.HashAlgorithm:
    return _CARD_HASHES[name]()


def _rsa_block_is_well_formed(key: rsa.RSAPublicKey, signature: bytes) -> bool:
    """True when ``signature`` opens to a PKCS#1 v1.5 block holding a known DigestInfo."""
    numbers = key.public_numbers()
    size = (key.key_size + 7) // 8
    if len(signature) != size or int.from_bytes(signature, "big") >= numbers.n:
        return False
    block = pow(int.from_bytes(signature, "big"), numbers.e, numbers.n).to_bytes(size, "big")
    if block[:2] != b"\x00\x01":
        return False
    separator = block.find(b"\x00", 2)
    if separator < 10 or set(block[2:separator]) != {0xFF}:
        return False
    digest_info = block[separator + 1 :]
    return any(
        digest_info.startswith(prefix) and len(digest_info) == len(prefix) + _hash(name).digest_size
        for name, prefix in DIGEST_INFO_PREFIXES.items()
        if name in _CARD_HASHES
    )


def _verify_rsa(
    key: rsa.RSAPublicKey, signature: bytes, message: bytes, hash_names: list[str]
) -> SignatureCheck:
    for name in hash_names:
        try:
            key.verify(signature, message, padding.PKCS1v15(), _hash(name))
        except InvalidSignature:
            continue
        return SignatureCheck(Verdict.VALID, name)
    if _rsa_block_is_well_formed(key, signature):
        return SignatureCheck(Verdict.DATA_CHANGED)
    return SignatureCheck(Verdict.SIGNATURE_CHANGED)


def verify_file_signature(
    key: PublicKeyTypes, signature_file: bytes, messages: list[bytes], digest_length: int
) -> SignatureCheck:
    """Verify a National Register signature file over the first of ``messages`` that matches.

    ``digest_length`` is the length of the photo hash on the card: it decides which hash an RSA
    signature is tried with first. Several messages are allowed for the address signature, whose
    covered identity signature may be the whole file or its DER part (see ``address_messages``).
    """
    if isinstance(key, rsa.RSAPublicKey):
        order = ["SHA-1", "SHA-256"] if digest_length == 20 else ["SHA-256", "SHA-1"]
        results = [_verify_rsa(key, signature_file, message, order) for message in messages]
    elif isinstance(key, ec.EllipticCurvePublicKey):
        try:
            der = der_ecdsa_signature(signature_file)
        except SignatureFormatError:
            return SignatureCheck(Verdict.SIGNATURE_CHANGED)
        algorithm = hashes.SHA384() if key.curve.key_size >= 384 else hashes.SHA256()
        results = []
        for message in messages:
            try:
                key.verify(der, message, ec.ECDSA(algorithm))
                results.append(SignatureCheck(Verdict.VALID, algorithm.name.upper().replace("SHA", "SHA-")))
            except InvalidSignature:
                results.append(SignatureCheck(Verdict.INVALID))
    else:
        return SignatureCheck(Verdict.INVALID)
    return next((result for result in results if result.valid), results[0])


def address_messages(address_file: bytes, identity_signature_file: bytes, ec_card: bool) -> list[bytes]:
    """What the address signature covers: the address without its trailing zeros, then 4032.

    CONT18 appends "EF(SGN#ID)": the whole file as read (with its zero padding on EC cards) is tried
    first, then, on EC cards, the DER signature alone; both readings are well defined.
    """
    trimmed = address_file.rstrip(b"\x00")
    messages = [trimmed + identity_signature_file]
    if ec_card:
        try:
            der = der_ecdsa_signature(identity_signature_file)
        except SignatureFormatError:
            return messages
        if der != identity_signature_file:
            messages.append(trimmed + der)
    return messages
