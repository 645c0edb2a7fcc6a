"""A stateful simulator of the BELPIC applet, answering APDUs like the real card (RM17, RM18).

It speaks T=0: case-4 commands answer ``61 xx`` and leave their data for GET RESPONSE, and a
wrong Le answers ``6C xx``. The PIN has a tries counter and a blocked state; signatures are real,
made with the profile's keys.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature

from eidcompanion.card.card_data import AppletVersion
from eidcompanion.card.digests import DIGEST_INFO_PREFIXES
from eidcompanion.card.files import BELPIC_AID, DF_BELPIC, DF_ID, MASTER_FILE
from eidcompanion.card.pin import MAX_TRIES, parse_pin_block
from eidcompanion.simulator.profile import BASIC_KEY, CardProfile
from eidcompanion.transport.apdu import ParsedCommand, StatusWord

OK = StatusWord.OK
WRONG_LENGTH = StatusWord.WRONG_LENGTH
SECURITY_NOT_SATISFIED = StatusWord.SECURITY_STATUS_NOT_SATISFIED
PIN_BLOCKED = StatusWord.AUTHENTICATION_METHOD_BLOCKED
CONDITIONS_NOT_SATISFIED = StatusWord.CONDITIONS_NOT_SATISFIED
NO_CURRENT_EF = StatusWord.COMMAND_NOT_ALLOWED_NO_CURRENT_EF
INCORRECT_DATA = StatusWord.INCORRECT_DATA
FILE_NOT_FOUND = StatusWord.FILE_NOT_FOUND
WRONG_P1_P2 = StatusWord.INCORRECT_P1_P2
LC_INCONSISTENT = StatusWord.LC_INCONSISTENT_WITH_P1_P2
REFERENCE_NOT_FOUND = StatusWord.REFERENCE_NOT_FOUND
WRONG_P1_P2_OFFSET = StatusWord.WRONG_PARAMETERS_OFFSET
NOT_AVAILABLE = StatusWord.INS_NOT_SUPPORTED_OR_LIFE_CYCLE
CLA_NOT_SUPPORTED = StatusWord.CLA_NOT_SUPPORTED

INTERNAL_AUTHENTICATE_LIMIT = 5000
LOG_LIMIT = 10_000
"""The exchanges the applet remembers (for tests and testers); a long simulation forgets the oldest."""

_ECDSA_ALGORITHMS: dict[int, hashes.HashAlgorithm] = {
    0x01: hashes.SHA256(),
    0x02: hashes.SHA384(),
    0x04: hashes.SHA512(),
    0x08: hashes.SHA3_256(),
    0x10: hashes.SHA3_384(),
    0x20: hashes.SHA3_512(),
}
_ECDSA_HASH_NOT_SPECIFIED = 0x40
_DIGEST_BY_LENGTH: dict[int, hashes.HashAlgorithm] = {
    20: hashes.SHA1(),
    28: hashes.SHA224(),
    32: hashes.SHA256(),
    48: hashes.SHA384(),
    64: hashes.SHA512(),
}
_DIGEST_INFO_PREFIX = {
    0x02: DIGEST_INFO_PREFIXES["SHA-1"],
    0x04: bytes.fromhex("3020300c06082a864886f70d020505000410"),  # MD5, which the applet still offers
    0x08: DIGEST_INFO_PREFIXES["SHA-256"],
}
_RSA_DIGEST_LENGTH = {0x02: 20, 0x04: 16, 0x08: 32, 0x10: 20, 0x20: 32}
_RSA_ALGORITHMS = frozenset({0x01, 0x02, 0x04, 0x08, 0x10, 0x20})


def _respond(sw: int, data: bytes = b"") -> bytes:
    return data + sw.to_bytes(2, "big")


@dataclass
class _Tree:
    """The BELPIC file system: MF with DF00 and DF01, each holding its EFs."""

    files: dict[int, bytes]
    children: dict[int, tuple[int, ...]] = field(init=False)

    def __post_init__(self) -> None:
        self.children = {
            MASTER_FILE: (DF_BELPIC, DF_ID),
            DF_BELPIC: tuple(fid for fid in self.files if fid >> 8 == 0x50),
            DF_ID: tuple(fid for fid in self.files if fid >> 8 == 0x40),
        }

    def is_directory(self, fid: int) -> bool:
        return fid in self.children

    def parent(self, fid: int) -> int:
        if fid in (DF_BELPIC, DF_ID, MASTER_FILE):
            return MASTER_FILE
        return DF_BELPIC if fid >> 8 == 0x50 else DF_ID


class BelpicApplet:
    """One card. ``process`` takes a command APDU and returns the response APDU bytes."""

    def __init__(self, profile: CardProfile) -> None:
        self.profile = profile
        self.tree = _Tree(dict(profile.files))
        self.pin = profile.pin
        self.tries_left = profile.tries_left
        self.activated = profile.activated
        self.internal_authentications = 0
        self.log: deque[tuple[bytes, bytes]] = deque(maxlen=LOG_LIMIT)
        self._handlers: dict[tuple[int, int], Callable[[ParsedCommand], bytes]] = {
            (0x00, 0xA4): self._select,
            (0x00, 0xB0): self._read_binary,
            (0x00, 0xC0): self._get_response,
            (0x80, 0xE4): self._get_card_data,
            (0x00, 0x20): self._verify,
            (0x00, 0x24): self._change_reference_data,
            (0x00, 0x22): self._manage_security_environment,
            (0x00, 0x2A): self._compute_digital_signature,
            (0x00, 0x88): self._internal_authenticate,
            (0x80, 0xE6): self._log_off,
        }
        self.reset()

    @property
    def atr(self) -> bytes:
        return self.profile.atr

    # -- state -------------------------------------------------------------------------------

    def reset(self) -> None:
        """Power on or warm reset: applet selected, MF current, access rights and SE cleared."""
        self.applet_selected = True
        self.current_df = MASTER_FILE
        self.current_ef: int | None = None
        self.pending = b""
        self.security_environment: tuple[int, int] | None = None
        self.pin_verified = False
        self._verify_window: int | None = None  # commands since the last successful VERIFY
        self._verified_before_window = False

    @property
    def blocked(self) -> bool:
        return self.tries_left == 0

    def _clear_rights(self) -> None:
        self.pin_verified = False
        self._verify_window = None
        self._verified_before_window = False

    def _grant_rights(self) -> None:
        self._verified_before_window = self.pin_verified
        self.pin_verified = True
        self._verify_window = 0

    # -- dispatch ----------------------------------------------------------------------------

    def process(self, apdu: bytes) -> bytes:
        response = self._dispatch(apdu)
        self.log.append((bytes(apdu), response))
        return response

    def _dispatch(self, apdu: bytes) -> bytes:
        try:
            cmd = ParsedCommand.parse(apdu)
        except ValueError:
            self.pending = b""
            return _respond(WRONG_LENGTH)
        if cmd.cla not in (0x00, 0x80):
            return _respond(CLA_NOT_SUPPORTED)
        handler = self._handlers.get((cmd.cla, cmd.ins))
        if handler is None:
            self.pending = b""
            return _respond(NOT_AVAILABLE)
        if cmd.ins != 0xC0:
            self.pending = b""
            self._count_command(cmd.ins)
        if not self.applet_selected and cmd.ins != 0xA4:
            return _respond(NOT_AVAILABLE)
        return handler(cmd)

    def _count_command(self, ins: int) -> None:
        """The non-repudiation key needs VERIFY at most one command before the PSO (RM18 5.1.2)."""
        if self._verify_window is not None and ins not in (0x20, 0x2A):
            self._verify_window += 1

    def _answer_with_data(self, data: bytes, le: int | None) -> bytes:
        """A case-2 answer: exactly Le bytes, or ``6C xx`` telling the right length."""
        if le is None:
            return _respond(WRONG_LENGTH)
        if le != len(data):
            return _respond(0x6C00 | len(data)) if len(data) <= 0xFF else _respond(WRONG_LENGTH)
        return _respond(OK, data)

    def _leave_for_get_response(self, data: bytes) -> bytes:
        self.pending = data
        return _respond(0x6100 | (len(data) & 0xFF))

    # -- SELECT, READ BINARY, GET RESPONSE, GET CARD DATA -------------------------------------

    def _select(self, cmd: ParsedCommand) -> bytes:
        if cmd.p2 not in (0x0C, 0x00):
            return _respond(WRONG_P1_P2)
        if cmd.p1 == 0x04:
            if cmd.data == BELPIC_AID:
                self.reset_selection()
                self.applet_selected = True
                return _respond(OK)
            if not cmd.data:
                self.applet_selected = False  # an empty AID selects the card manager
                return _respond(OK)
            return _respond(FILE_NOT_FOUND)
        if cmd.p1 not in (0x02, 0x08) or (cmd.p1 == 0x08 and not self.profile.select_by_path):
            return _respond(WRONG_P1_P2)
        if not self.activated:
            return _respond(NOT_AVAILABLE)
        if not cmd.data or len(cmd.data) % 2:
            return _respond(LC_INCONSISTENT)
        ids = [int.from_bytes(cmd.data[i : i + 2], "big") for i in range(0, len(cmd.data), 2)]
        if cmd.p1 == 0x02:
            if len(ids) != 1:
                return _respond(LC_INCONSISTENT)
            return self._select_one(ids[0], self.current_df)
        if ids[0] == MASTER_FILE:
            ids = ids[1:]
        directory = MASTER_FILE
        for position, fid in enumerate(ids):
            if fid not in self.tree.children.get(directory, ()):
                return _respond(FILE_NOT_FOUND)
            if position < len(ids) - 1:
                if not self.tree.is_directory(fid):
                    return _respond(FILE_NOT_FOUND)
                directory = fid
        return self._select_one(ids[-1] if ids else MASTER_FILE, directory)

    def reset_selection(self) -> None:
        self.current_df = MASTER_FILE
        self.current_ef = None

    def _select_one(self, fid: int, directory: int) -> bytes:
        if fid == MASTER_FILE:
            self.reset_selection()
            return _respond(OK)
        if fid not in self.tree.children.get(directory, ()):
            return _respond(FILE_NOT_FOUND)
        if self.tree.is_directory(fid):
            self.current_df, self.current_ef = fid, None
        else:
            self.current_df, self.current_ef = self.tree.parent(fid), fid
        return _respond(OK)

    def _read_binary(self, cmd: ParsedCommand) -> bytes:
        if not self.activated:
            return _respond(NOT_AVAILABLE)
        if cmd.data or cmd.le is None:
            return _respond(WRONG_LENGTH)
        if cmd.p1 & 0x80:
            return _respond(WRONG_P1_P2_OFFSET)
        if self.current_ef is None:
            return _respond(NO_CURRENT_EF)
        content = self.tree.files[self.current_ef]
        offset = (cmd.p1 << 8) | cmd.p2
        if offset >= len(content):
            return _respond(WRONG_P1_P2_OFFSET)
        remaining = len(content) - offset
        if cmd.le > remaining:
            return _respond(0x6C00 | remaining)
        return _respond(OK, content[offset : offset + cmd.le])

    def _get_response(self, cmd: ParsedCommand) -> bytes:
        if cmd.p1 or cmd.p2:
            return _respond(WRONG_P1_P2_OFFSET)
        if not self.pending:
            return _respond(CONDITIONS_NOT_SATISFIED)
        le = cmd.le if cmd.le is not None else 256
        if le > len(self.pending):
            return _respond(0x6C00 | len(self.pending))
        chunk, self.pending = self.pending[:le], self.pending[le:]
        if self.pending:
            return _respond(0x6100 | (len(self.pending) & 0xFF), chunk)
        return _respond(OK, chunk)

    def _get_card_data(self, cmd: ParsedCommand) -> bytes:
        if cmd.p1 != 0x00 or cmd.p2 not in (0x00, 0x01):
            return _respond(WRONG_P1_P2_OFFSET)
        data = self.profile.card_data()
        if cmd.p2 == 0x01:
            if self.profile.applet is not AppletVersion.V1_8:
                return _respond(WRONG_P1_P2_OFFSET)
            data += bytes((self.tries_left, 0xFF, 0xFF))
        return self._answer_with_data(data, cmd.le)

    # -- PIN ---------------------------------------------------------------------------------

    def _wrong_pin(self) -> bytes:
        self.tries_left = max(0, self.tries_left - 1)
        self._clear_rights()
        return _respond(0x63C0 | self.tries_left)

    def _verify(self, cmd: ParsedCommand) -> bytes:
        if cmd.p1 != 0x00:
            return _respond(WRONG_P1_P2)
        if cmd.p2 != 0x01:
            return _respond(REFERENCE_NOT_FOUND)
        if not self.activated:
            return _respond(NOT_AVAILABLE)
        if not cmd.data:
            if self.blocked:
                return _respond(PIN_BLOCKED)
            if self.profile.applet is AppletVersion.V1_1:
                return self._wrong_pin()  # applet 1.1: an empty VERIFY is a wrong PIN
            if self.pin_verified:
                return _respond(OK)
            return _respond(0x63C0 | self.tries_left)
        if len(cmd.data) != 8:
            return _respond(WRONG_LENGTH)
        if self.blocked:
            return _respond(PIN_BLOCKED)
        presented = parse_pin_block(cmd.data)
        if presented is None:
            return _respond(INCORRECT_DATA)
        if presented != self.pin:
            return self._wrong_pin()
        self.tries_left = MAX_TRIES
        self._grant_rights()
        return _respond(OK)

    def _change_reference_data(self, cmd: ParsedCommand) -> bytes:
        if cmd.p1 != 0x00:
            return _respond(WRONG_P1_P2)
        if cmd.p2 != 0x01:
            return _respond(REFERENCE_NOT_FOUND)
        if not self.activated:
            return _respond(NOT_AVAILABLE)
        if len(cmd.data) != 16:
            return _respond(WRONG_LENGTH)
        if self.blocked:
            return _respond(PIN_BLOCKED)
        old, new = parse_pin_block(cmd.data[:8]), parse_pin_block(cmd.data[8:])
        if old is None or new is None:
            return _respond(INCORRECT_DATA)
        if old != self.pin:
            return self._wrong_pin()
        self.pin = new
        self.tries_left = MAX_TRIES
        self._grant_rights()
        return _respond(OK)

    def _log_off(self, cmd: ParsedCommand) -> bytes:
        if cmd.p1 or cmd.p2:
            return _respond(WRONG_P1_P2_OFFSET)
        if cmd.data or cmd.le is not None:
            return _respond(WRONG_LENGTH)
        self._clear_rights()
        return _respond(OK)

    # -- signatures --------------------------------------------------------------------------

    def _manage_security_environment(self, cmd: ParsedCommand) -> bytes:
        if (cmd.p1, cmd.p2) != (0x41, 0xB6):
            return _respond(WRONG_P1_P2_OFFSET)
        if not self.activated:
            return _respond(NOT_AVAILABLE)
        if len(cmd.data) != 5:
            return _respond(WRONG_LENGTH)
        length, algorithm_tag, algorithm, key_tag, key_reference = cmd.data
        if length != 4 or algorithm_tag != 0x80 or key_tag != 0x84:
            return _respond(INCORRECT_DATA)
        if key_reference not in (0x82, 0x83):
            return _respond(INCORRECT_DATA)
        if key_reference not in self.profile.keys:
            return _respond(REFERENCE_NOT_FOUND)
        key = self.profile.keys[key_reference]
        supported = (
            _RSA_ALGORITHMS
            if isinstance(key, rsa.RSAPrivateKey)
            else {*_ECDSA_ALGORITHMS, _ECDSA_HASH_NOT_SPECIFIED}
        )
        if algorithm not in supported:
            return _respond(INCORRECT_DATA)
        self.security_environment = (algorithm, key_reference)
        return _respond(OK)

    def _compute_digital_signature(self, cmd: ParsedCommand) -> bytes:
        if (cmd.p1, cmd.p2) != (0x9E, 0x9A):
            return _respond(WRONG_P1_P2_OFFSET)
        if not self.activated:
            return _respond(NOT_AVAILABLE)
        if self.security_environment is None:
            return _respond(CONDITIONS_NOT_SATISFIED)
        algorithm, key_reference = self.security_environment
        window = self._verify_window
        if key_reference == 0x83:
            if window is None or window > 1:
                return _respond(SECURITY_NOT_SATISFIED)
        elif not self.pin_verified:
            return _respond(SECURITY_NOT_SATISFIED)
        key = self.profile.keys[key_reference]
        try:
            signature = (
                _rsa_sign(key, algorithm, cmd.data)
                if isinstance(key, rsa.RSAPrivateKey)
                else _ecdsa_sign(key, algorithm, cmd.data)
            )
        except ValueError:
            return _respond(INCORRECT_DATA)
        if key_reference == 0x83:
            self.pin_verified = self._verified_before_window  # the VERIFY was spent on this signature
        self._verify_window = None
        return self._leave_for_get_response(signature)

    def _internal_authenticate(self, cmd: ParsedCommand) -> bytes:
        if not self.activated:
            return _respond(NOT_AVAILABLE)
        key = self.profile.keys.get(BASIC_KEY)
        if cmd.p2 != BASIC_KEY or key is None:
            return _respond(REFERENCE_NOT_FOUND)
        if not isinstance(key, ec.EllipticCurvePrivateKey) or cmd.p1 not in _ECDSA_ALGORITHMS:
            return _respond(WRONG_P1_P2_OFFSET)
        digest_length = _ECDSA_ALGORITHMS[cmd.p1].digest_size
        data = cmd.data
        if len(data) != 2 + digest_length or data[0] != 0x94 or data[1] != digest_length:
            return _respond(INCORRECT_DATA)
        if self.internal_authentications >= INTERNAL_AUTHENTICATE_LIMIT and not self.pin_verified:
            return _respond(CONDITIONS_NOT_SATISFIED)
        self.internal_authentications += 1
        self.security_environment = None
        return self._leave_for_get_response(_ecdsa_sign(key, cmd.p1, data[2:]))


def _ecdsa_sign(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, algorithm: int, digest: bytes) -> bytes:
    """ECDSA over a digest computed off card; the answer is raw r || s."""
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    if algorithm == _ECDSA_HASH_NOT_SPECIFIED:
        hash_algorithm = _DIGEST_BY_LENGTH.get(len(digest))
    else:
        hash_algorithm = _ECDSA_ALGORITHMS[algorithm]
        if hash_algorithm.digest_size != len(digest):
            hash_algorithm = None
    if hash_algorithm is None:
        raise ValueError(f"a digest of {len(digest)} bytes does not fit algorithm {algorithm:02X}")
    r, s = decode_dss_signature(key.sign(digest, ec.ECDSA(Prehashed(hash_algorithm))))
    size = (key.curve.key_size + 7) // 8
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def _rsa_sign(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, algorithm: int, data: bytes) -> bytes:
    """RSA PKCS#1 v1.5 over a DigestInfo (given, or built from a bare hash), or PSS."""
    assert isinstance(key, rsa.RSAPrivateKey)
    if algorithm in (0x10, 0x20):
        if len(data) != _RSA_DIGEST_LENGTH[algorithm]:
            raise ValueError("digest length")
        hash_algorithm: hashes.HashAlgorithm = hashes.SHA1() if algorithm == 0x10 else hashes.SHA256()
        pss = padding.PSS(mgf=padding.MGF1(hash_algorithm), salt_length=hash_algorithm.digest_size)
        return key.sign(data, pss, Prehashed(hash_algorithm))
    if algorithm == 0x01:
        digest_info = data
    else:
        if len(data) != _RSA_DIGEST_LENGTH[algorithm]:
            raise ValueError("digest length")
        digest_info = _DIGEST_INFO_PREFIX[algorithm] + data
    size = key.key_size // 8
    if len(digest_info) > size - 11 or not digest_info:
        raise ValueError("DigestInfo too long")
    encoded = b"\x00\x01" + b"\xff" * (size - 3 - len(digest_info)) + b"\x00" + digest_info
    numbers = key.private_numbers()
    message = int.from_bytes(encoded, "big")
    first = pow(message, numbers.dmp1, numbers.p)  # the Chinese remainder theorem: ~4 times faster
    second = pow(message, numbers.dmq1, numbers.q)
    signature = second + numbers.q * ((numbers.iqmp * (first - second)) % numbers.p)
    return signature.to_bytes(size, "big")
