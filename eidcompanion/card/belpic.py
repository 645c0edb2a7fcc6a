"""The BELPIC applet: detection, file reading with the card's end-of-file rules, the PIN and signing.

A :class:`BelpicCard` is given a connection; it never opens a reader itself. It reads each file
once per session, in chunks of 252 bytes, with one SELECT per file. It is the one card object every
face uses: reading, PIN verify and change, signatures and LOG OFF are its methods, and
:meth:`BelpicCard.cancel` stops the operation in progress from another thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress

from eidcompanion.card.card_data import (
    CARD_DATA_LENGTH,
    CARD_DATA_WITH_PIN_LENGTH,
    AppletVersion,
    CardData,
    parse_card_data,
)
from eidcompanion.card.certificates import der_total_length, is_absent
from eidcompanion.card.errors import CardFileError, CardNotActivatedError, CorruptFileError, FileMissingError
from eidcompanion.card.files import BELPIC_AID, MASTER_FILE, CardFile
from eidcompanion.card.pin import (
    PIN_REFERENCE,
    PinBlockedError,
    PinStatus,
    pin_block,
    raise_for_pin_status,
    status_from_empty_verify,
    validate_pin,
)
from eidcompanion.card.pin_entry import KeyRole, PinChange, PinEntry, PinPadChange, TypedPin, TypedPinChange
from eidcompanion.card.pinpad import PinPad, change_on_pin_pad, find_pin_pad, verify_on_pin_pad
from eidcompanion.errors import EidError
from eidcompanion.transport.apdu import Response, StatusWord, command
from eidcompanion.transport.cancellation import CancelGate
from eidcompanion.transport.connection import Connection
from eidcompanion.transport.errors import (
    ApduError,
    CardRemovedDuringPinError,
    CardRemovedError,
    UnsupportedCardError,
)
from eidcompanion.transport.processors import t0_stack

CHUNK_SIZE = 252
"""Bytes per READ BINARY: some readers fail above 248-252, and 252 is what the card allows."""
MAX_FILE_SIZE = 0x7FFF
"""READ BINARY offsets have 15 bits."""


def minimum_read_apdus(file_sizes: Iterable[int], certificate_sizes: Iterable[int | None]) -> int:
    """The fewest commands that read a whole card with files of these sizes.

    SELECT of the applet and GET CARD DATA, then one SELECT per file. A file of unknown size takes
    its full 252-byte chunks and one more command that meets the end: ``6B 00`` when the size is a
    multiple of the chunk, else ``6C xx`` and the resend with Le = xx (T=0). A certificate takes
    the chunks of the DER length announced in its first chunk (an absent one: one chunk of zeros).
    """
    count = 2
    for size in file_sizes:
        count += 1 + size // CHUNK_SIZE + (2 if size % CHUNK_SIZE else 1)
    for der_size in certificate_sizes:
        count += 1 + (1 if der_size is None else -(-der_size // CHUNK_SIZE))
    return count


BASIC_KEY_CHALLENGE_LENGTH = 48
"""INTERNAL AUTHENTICATE on 1.8: ``94 30`` and 48 bytes, signed with SHA-384-sized ECDSA (RM18 6.11)."""

_OK = int(StatusWord.OK)
_END_OF_FILE = int(StatusWord.WRONG_PARAMETERS_OFFSET)  # 6B 00: offset past the end
_SELECT_BY_PATH = {file: command(0x00, 0xA4, 0x08, 0x0C, file.path) for file in CardFile}
_PATH_REFUSED = frozenset({0x6A82, 0x6A86, 0x6A87})
"""Answers of a card that does not take 3F00 in the path (RM17/RM18 leave the MF out)."""


class BelpicCard:
    def __init__(self, connection: Connection) -> None:
        self._gate = CancelGate(connection)  # below the T=0 processor: no resend after a Cancel
        self.connection = t0_stack(self._gate)
        self._files: dict[CardFile, bytes | None] = {}
        self._selected: CardFile | None = None
        self._card_data: CardData | None = None
        self._hold = _Hold(self)
        self._select_by_path = True
        self._directory: int | None = None  # the current DF, when files are selected one FID at a time

    # -- detection ---------------------------------------------------------------------------

    @property
    def reader_name(self) -> str:
        return self.connection.reader_name

    @property
    def atr(self) -> bytes:
        return self.connection.atr

    @property
    def simulated(self) -> bool:
        return self.connection.simulated or (self._card_data is not None and self._card_data.simulated)

    def cancel(self) -> None:
        """Stop the operation in progress, from any thread: its next command raises
        OperationCancelledError (LOG OFF still goes out). The next operation runs normally."""
        self._gate.cancel()

    def transaction(self) -> AbstractContextManager[None]:
        """Hold the card: no other program can send commands until the block ends.

        Blocks nest; only the outermost one begins and ends the PC/SC transaction.
        """
        return self._hold

    def _transmit(self, apdu: bytes) -> Response:
        return self.connection.transmit(apdu)

    def select_applet(self) -> None:
        """SELECT the BELPIC applet by AID; any refusal means this is not a BELPIC card."""
        response = self._transmit(command(0x00, 0xA4, 0x04, 0x0C, BELPIC_AID))
        self._forget_selection()
        if not response.ok:
            raise UnsupportedCardError(f"SELECT of the BELPIC applet answered {response.sw:04X}")

    def card_data(self) -> CardData:
        """Select the applet and GET CARD DATA (once per session); raises for a non-BELPIC card."""
        if self._card_data is None:
            with self._hold:
                self.select_applet()
                self._card_data = self._get_card_data(with_pin_tries=False)
        return self._card_data

    def card_data_with_pin_tries(self) -> CardData:
        """On applet 1.8, GET CARD DATA ``80 E4 00 01 1F``: the card data and the PIN tries left.

        Other applets have no such form: their card data come back without tries (None).
        """
        if not self.applet_version.has_pin_tries_in_card_data:
            return self.card_data()
        with self._hold:
            return self._get_card_data(with_pin_tries=True)

    def _get_card_data(self, *, with_pin_tries: bool) -> CardData:
        p2, le = (0x01, CARD_DATA_WITH_PIN_LENGTH) if with_pin_tries else (0x00, CARD_DATA_LENGTH)
        response = self._transmit(command(0x80, 0xE4, 0x00, p2, le=le))
        if not response.ok:
            raise UnsupportedCardError(f"GET CARD DATA answered {response.sw:04X}")
        try:
            data = parse_card_data(response.data)
        except ValueError as exc:
            raise UnsupportedCardError(str(exc)) from exc
        if data.applet_version is None:
            raise UnsupportedCardError(f"unknown applet version {data.applet_version_byte:02X}")
        return data

    @property
    def applet_version(self) -> AppletVersion:
        version = self.card_data().applet_version
        assert version is not None  # card_data() refuses unknown versions
        return version

    # -- files -------------------------------------------------------------------------------

    def _check_file_status(self, response: Response, file: CardFile) -> None:
        """Raise the error naming ``file`` for a SELECT or READ BINARY that did not succeed."""
        sw = response.sw
        if sw == _OK:
            return
        detail = f"status {sw:04X} {StatusWord.describe(sw)}"
        if sw == StatusWord.INS_NOT_SUPPORTED_OR_LIFE_CYCLE:
            raise CardNotActivatedError(f"file {file.hex_id}: {detail}")
        if sw == StatusWord.FILE_NOT_FOUND:
            raise FileMissingError(file, detail)
        if sw == StatusWord.MEMORY_FAILURE:
            raise CorruptFileError(file, detail)
        raise CardFileError(file, detail)

    def _forget_selection(self) -> None:
        self._selected = None
        self._directory = None

    def _select(self, file: CardFile) -> None:
        """One SELECT by path (3F00 DFxx FID); a card that refuses paths gets one FID at a time."""
        if self._selected is file:
            return
        self._selected = None
        if self._select_by_path:
            response = self.connection.transmit(_SELECT_BY_PATH[file])
            if response.sw == _OK:
                self._selected = file
                return
            if response.sw not in _PATH_REFUSED:
                self._check_file_status(response, file)
        same_directory = self._directory == file.directory
        self._directory = None
        for fid in (file.fid,) if same_directory else (MASTER_FILE, file.directory, file.fid):
            response = self.connection.transmit(command(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big")))
            self._check_file_status(response, file)
        self._select_by_path = False  # remembered for this session: no useless SELECT later
        self._directory = file.directory
        self._selected = file

    def _read_binary(self, file: CardFile, offset: int, length: int) -> Response:
        """One READ BINARY; ``6B 00`` (offset past the end) is returned, other errors raise."""
        response = self.connection.transmit(bytes((0x00, 0xB0, offset >> 8, offset & 0xFF, length & 0xFF)))
        sw = response.sw
        if sw != _OK:
            if sw == _END_OF_FILE:
                return response
            self._check_file_status(response, file)
        if len(response.data) > length:
            raise CorruptFileError(file, f"asked {length} bytes at offset {offset}, got {len(response.data)}")
        return response

    def read_file(self, file: CardFile) -> bytes:
        """The whole file, read to its end: a short chunk, or ``6B 00`` after the first chunk."""
        cached = self._files.get(file)
        if cached is not None:
            return cached
        with self._hold:
            self._select(file)
            content = bytearray()
            read_binary = self._read_binary
            while True:
                data, sw = read_binary(file, len(content), CHUNK_SIZE)
                if sw == _END_OF_FILE:
                    if not content:
                        raise CorruptFileError(file, "the card reports the file as empty (6B00 at offset 0)")
                    break
                content += data
                if len(data) < CHUNK_SIZE:
                    break
                if len(content) > MAX_FILE_SIZE:
                    raise CorruptFileError(file, f"the file does not end within {MAX_FILE_SIZE} bytes")
        data = bytes(content)
        self._files[file] = data
        return data

    def read_certificate(self, file: CardFile) -> bytes | None:
        """The DER certificate of a certificate file, or None when the file is all zeros.

        Only the bytes of the certificate are read: its length comes from the DER header in the
        first chunk, so the zero padding after it (1100 bytes or more) is never transferred.
        """
        if not file.is_certificate:
            raise ValueError(f"{file.name} is not a certificate file")
        if file in self._files:
            return self._files[file]
        with self._hold:
            self._select(file)
            first = self._read_binary(file, 0, CHUNK_SIZE)
            if first.sw == _END_OF_FILE or not first.data:
                raise CorruptFileError(file, "the certificate file is empty")
            if is_absent(first.data):
                self._files[file] = None
                return None
            try:
                total = der_total_length(first.data)
            except ValueError as exc:
                raise CorruptFileError(file, str(exc)) from exc
            if total is None:
                raise CorruptFileError(file, "the certificate header is cut short")
            content = bytearray(first.data[:total])
            while len(content) < total:
                response = self._read_binary(file, len(content), min(CHUNK_SIZE, total - len(content)))
                if response.sw == _END_OF_FILE or not response.data:
                    raise CorruptFileError(file, f"the file ends at {len(content)} of {total} bytes")
                content += response.data
        der = bytes(content[:total])
        self._files[file] = der
        return der

    def read_basic_public_key(self) -> bytes | None:
        """File 4040 on applet 1.8 (None on other applets, which have no basic key file).

        A 1.8 card without the file raises FileMissingError: its identity file promises one.
        """
        if self.applet_version is not AppletVersion.V1_8:
            return None
        return self.read_file(CardFile.BASIC_PUBLIC_KEY)

    # -- card authentication (applet 1.8) -----------------------------------------------------

    def internal_authenticate(self, challenge: bytes) -> bytes:
        """INTERNAL AUTHENTICATE with the basic key: the card signs ``challenge`` (48 bytes).

        Applet 1.8 only; the answer is a raw ECDSA P-384 signature r || s. No PIN is involved.
        """
        if len(challenge) != BASIC_KEY_CHALLENGE_LENGTH:
            raise ValueError(f"the challenge has {BASIC_KEY_CHALLENGE_LENGTH} bytes")
        if self.applet_version is not AppletVersion.V1_8:
            raise UnsupportedCardError("only applet 1.8 cards have a basic key")
        data = bytes((0x94, len(challenge))) + challenge
        with self._hold:
            response = self._transmit(command(0x00, 0x88, 0x02, 0x81, data, le=256))
        if not response.ok:
            raise ApduError(response.sw, "INTERNAL AUTHENTICATE")
        return response.data

    # -- PIN ---------------------------------------------------------------------------------

    def pin_status(self) -> PinStatus:
        """The tries left, without spending one. Never sends an empty VERIFY to applet 1.1."""
        with self._hold:  # one transaction, from the version to the tries
            version = self.applet_version
            if version.has_pin_tries_in_card_data:
                data = self.card_data_with_pin_tries()
                if data.pin_tries_left is not None:
                    return PinStatus(data.pin_tries_left, blocked=data.pin_tries_left == 0)
            if not version.empty_verify_is_safe:
                return PinStatus(None, blocked=False)
            response = self._transmit(command(0x00, 0x20, 0x00, PIN_REFERENCE))
            return status_from_empty_verify(response.sw)

    def log_off(self) -> None:
        """LOG OFF: clear the access rights so that no other program inherits a verified PIN."""
        response = self._transmit(command(0x80, 0xE6, 0x00, 0x00))
        if not response.ok:
            raise ApduError(response.sw, "LOG OFF")

    def pin_pad(self, *, enabled: bool = True) -> PinPad | None:
        """The reader's PIN pad, or None (none, deny-listed, or ``enabled`` is False)."""
        return find_pin_pad(self.connection, enabled=enabled)

    @contextmanager
    def _logging_off(self) -> Iterator[None]:
        """LOG OFF when the block ends. If the block failed, its error is the one that matters (a
        wrong PIN and its tries left): a LOG OFF that fails too, on a card already gone, does not
        hide it."""
        try:
            yield
        except BaseException:
            with suppress(EidError):
                self.log_off()
            raise
        self.log_off()

    def _check_before_verify(self, entry: PinEntry | PinChange) -> None:
        """Refuse a malformed PIN before anything is sent, and never send the PIN to a blocked card.

        Called inside the transaction that will send it: the tries are read again there, since
        another program may have used the card while the citizen was typing.
        """
        if isinstance(entry, TypedPin):
            validate_pin(entry.pin)
        elif isinstance(entry, TypedPinChange):
            validate_pin(entry.current)
            validate_pin(entry.new)
        if self.pin_status().blocked:
            raise PinBlockedError("the card reports the PIN as blocked; no PIN was sent")

    def _send_verify(self, entry: PinEntry) -> None:
        """One VERIFY (or VERIFY_PIN_DIRECT on a PIN pad); typed outcome, never retried. A card taken
        out during it may have counted the try: the error says so."""
        with _pin_try_may_be_used():
            if isinstance(entry, TypedPin):
                response = self._transmit(command(0x00, 0x20, 0x00, PIN_REFERENCE, pin_block(entry.pin)))
                raise_for_pin_status(response.sw)
            else:
                verify_on_pin_pad(self.connection, entry.pin_pad, entry.language)

    def verify_pin(self, entry: PinEntry) -> None:
        """One VERIFY, then LOG OFF; raises WrongPinError (tries left), PinBlockedError,
        PinFormatError or a PIN pad error."""
        with self._hold:
            self._check_before_verify(entry)
            with self._logging_off():
                self._send_verify(entry)

    def change_pin(self, change: PinChange) -> None:
        """One CHANGE REFERENCE DATA, then LOG OFF, with the outcomes of :meth:`verify_pin`."""
        with self._hold:
            self._check_before_verify(change)
            with self._logging_off():
                if isinstance(change, PinPadChange):
                    change_on_pin_pad(self.connection, change.pin_pad, change.language)
                    return
                blocks = pin_block(change.current) + pin_block(change.new)
                with _pin_try_may_be_used():
                    response = self._transmit(command(0x00, 0x24, 0x00, PIN_REFERENCE, blocks))
                raise_for_pin_status(response.sw)

    def sign(self, role: KeyRole, algorithm_reference: int, data: bytes, entry: PinEntry) -> bytes:
        """Sign ``data`` (a digest, or a DigestInfo for RSA algorithm 01) with the key of ``role``.

        MSE SET, VERIFY, PSO, then LOG OFF, in one transaction: this order is what works on this
        card (belpic.md), and the non-repudiation key needs the PIN verified at most one command
        before the PSO, so nothing is sent in between. The PIN is checked for format first, and a
        blocked card is never sent a VERIFY.
        """
        with self._hold:
            self._check_before_verify(entry)
            template = bytes((0x04, 0x80, algorithm_reference, 0x84, int(role)))
            response = self._transmit(command(0x00, 0x22, 0x41, 0xB6, template))
            if not response.ok:
                raise ApduError(response.sw, "MSE SET")
            with self._logging_off():
                self._send_verify(entry)
                response = self._transmit(command(0x00, 0x2A, 0x9E, 0x9A, data))  # 61xx follows
                if not response.ok:
                    raise ApduError(response.sw, "PSO: COMPUTE DIGITAL SIGNATURE")
                return response.data


@contextmanager
def _pin_try_may_be_used() -> Iterator[None]:
    """Around a command that checks the PIN: a removal there becomes CardRemovedDuringPinError."""
    try:
        yield
    except CardRemovedDuringPinError:
        raise
    except CardRemovedError as error:
        raise CardRemovedDuringPinError(error.detail) from error


class _Hold(AbstractContextManager[None]):
    """The card's transaction, entered once however deeply the card's methods nest."""

    def __init__(self, card: BelpicCard) -> None:
        self._card = card
        self._depth = 0
        self._outer: AbstractContextManager[None] | None = None

    def __enter__(self) -> None:
        if self._depth == 0:
            self._card._gate.rearm()  # a Cancel belongs to the operation it was meant for
            outer = self._card.connection.transaction()
            outer.__enter__()
            self._outer = outer
            self._card._forget_selection()  # another program may have selected files in between
        self._depth += 1

    def __exit__(self, *exc_info: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._outer is not None:
            outer, self._outer = self._outer, None
            outer.__exit__(*exc_info)  # type: ignore[arg-type]
