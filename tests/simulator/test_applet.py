"""The simulated BELPIC applet answers every documented command like the real one."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from eidcompanion.card.card_data import parse_card_data
from eidcompanion.card.files import BELPIC_AID, CardFile
from eidcompanion.card.pin import pin_block
from eidcompanion.simulator.applet import BelpicApplet
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.trust.signatures import der_from_raw_ecdsa
from tests.helpers import card_certificate

AID_SELECT = "00 A4 04 0C 0F " + BELPIC_AID.hex(" ")


def send(applet: BelpicApplet, apdu: str | bytes) -> tuple[bytes, int]:
    raw = bytes.fromhex(apdu) if isinstance(apdu, str) else apdu
    answer = applet.process(raw)
    return answer[:-2], int.from_bytes(answer[-2:], "big")


def verify(applet: BelpicApplet, pin: str) -> int:
    return send(applet, bytes.fromhex("0020000108") + pin_block(pin))[1]


# -- selection and reading ----------------------------------------------------------------------


def test_select_by_path_fid_and_aid(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert send(applet, AID_SELECT)[1] == 0x9000
    assert send(applet, "00 A4 08 0C 06 3F 00 DF 01 40 31")[1] == 0x9000
    assert send(applet, "00 B0 00 00 04")[0] == profile_18.files[0x4031][:4]
    assert send(applet, "00 A4 08 0C 04 DF 01 40 33")[1] == 0x9000  # path without the MF
    assert send(applet, "00 B0 00 00 02")[0] == profile_18.files[0x4033][:2]
    for fid in ("3F 00", "DF 00", "50 38"):  # one FID at a time
        assert send(applet, f"00 A4 02 0C 02 {fid}")[1] == 0x9000
    assert send(applet, "00 B0 00 00 01")[0] == profile_18.files[0x5038][:1]
    assert send(applet, "00 A4 02 0C 02 50 39")[1] == 0x9000  # sibling of the current EF


def test_unknown_files_and_aids_answer_6a82(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert send(applet, "00 A4 08 0C 06 3F 00 DF 01 40 99")[1] == 0x6A82
    assert send(applet, "00 A4 02 0C 02 12 34")[1] == 0x6A82
    assert send(applet, "00 A4 04 0C 05 A0 00 00 00 01")[1] == 0x6A82
    assert send(applet, "00 A4 08 0C 06 3F 00 DF 00 40 31")[1] == 0x6A82  # 4031 is not under DF00
    assert send(applet, "00 A4 02 0C 02 40 40")[1] == 0x6A82  # MF is current: 4040 is not a child


def test_read_binary_end_of_file_rules(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    content = profile_18.files[0x4033]  # the address: 117 bytes
    send(applet, "00 A4 08 0C 06 3F 00 DF 01 40 33")
    data, sw = send(applet, "00 B0 00 00 FC")
    assert (data, sw) == (b"", 0x6C00 | len(content))  # T=0: wrong Le -> 6C xx
    data, sw = send(applet, f"00 B0 00 00 {len(content):02X}")
    assert (data, sw) == (content, 0x9000)
    assert send(applet, f"00 B0 00 {len(content):02X} 01")[1] == 0x6B00  # offset past the end
    assert send(applet, "00 B0 00 10 00")[1] == 0x6C00 | (len(content) - 16)  # Le=00 means 256
    assert send(applet, "00 B0 80 00 10")[1] == 0x6B00  # bit 8 of P1 must be 0


def test_read_binary_without_current_file(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert send(applet, "00 B0 00 00 10")[1] == 0x6986
    send(applet, "00 A4 02 0C 02 DF 01")
    assert send(applet, "00 B0 00 00 10")[1] == 0x6986  # a DF is not readable


def test_get_card_data_both_forms(profile_18: CardProfile, profile_17: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    data, sw = send(applet, "80 E4 00 00 1C")
    assert sw == 0x9000
    assert parse_card_data(data).applet_version_byte == 0x18
    assert send(applet, "80 E4 00 00 00")[1] == 0x6C1C
    data, sw = send(applet, "80 E4 00 01 1F")
    assert sw == 0x9000
    assert parse_card_data(data).pin_tries_left == 3
    assert send(BelpicApplet(profile_17), "80 E4 00 01 1F")[1] == 0x6B00  # 1.7 knows only P2=00


def test_get_response_after_case4_command(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert send(applet, "00 C0 00 00 10")[1] == 0x6985  # nothing to fetch
    challenge = bytes(range(48))
    _data, sw = send(applet, bytes.fromhex("0088028132 9430") + challenge)
    assert sw == 0x6160
    first, sw = send(applet, "00 C0 00 00 20")
    assert sw == 0x6140
    assert send(applet, "00 C0 00 00 50")[1] == 0x6C40  # too long: the right length comes back
    rest, sw = send(applet, "00 C0 00 00 40")
    assert sw == 0x9000
    assert len(first + rest) == 96


def test_wrong_class_and_unknown_instruction(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert send(applet, "A0 B0 00 00 10")[1] == 0x6E00
    assert send(applet, "00 FE 00 00")[1] == 0x6D00
    assert send(applet, "00 B0 00")[1] == 0x6700  # malformed


def test_not_activated_card_answers_6d00(profile_18: CardProfile) -> None:
    applet = BelpicApplet(replace(profile_18, activated=False))
    assert send(applet, AID_SELECT)[1] == 0x9000
    assert send(applet, "80 E4 00 00 1C")[1] == 0x9000
    assert send(applet, "00 A4 08 0C 06 3F 00 DF 01 40 31")[1] == 0x6D00
    assert send(applet, "00 20 00 01")[1] == 0x6D00


# -- PIN ----------------------------------------------------------------------------------------


def test_verify_counts_tries_and_blocks(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert send(applet, "00 20 00 01")[1] == 0x63C3  # empty VERIFY spends nothing
    assert verify(applet, "9999") == 0x63C2
    assert send(applet, "00 20 00 01")[1] == 0x63C2
    assert verify(applet, "1234") == 0x9000
    assert send(applet, "00 20 00 01")[1] == 0x9000  # verified in this session
    assert applet.tries_left == 3
    assert [verify(applet, "0000") for _ in range(3)] == [0x63C2, 0x63C1, 0x63C0]
    assert verify(applet, "1234") == 0x6983  # blocked: even the right PIN is refused
    assert send(applet, "00 20 00 01")[1] == 0x6983
    assert parse_card_data(send(applet, "80 E4 00 01 1F")[0]).pin_tries_left == 0


def test_verify_rejects_malformed_blocks_without_spending_a_try(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert send(applet, "00 20 00 01 08 24 12 3A FF FF FF FF FF")[1] == 0x6A80
    assert send(applet, "00 20 00 01 04 24 12 34 FF")[1] == 0x6700
    assert send(applet, "00 20 00 02 08 24 12 34 FF FF FF FF FF")[1] == 0x6A88
    assert applet.tries_left == 3


def test_empty_verify_on_applet_11_costs_a_try(profile_18: CardProfile) -> None:
    from eidcompanion.card.card_data import AppletVersion

    applet = BelpicApplet(replace(profile_18, applet=AppletVersion.V1_1))
    assert send(applet, "00 20 00 01")[1] == 0x63C2
    assert applet.tries_left == 2


def test_change_reference_data(profile_17: CardProfile) -> None:
    applet = BelpicApplet(profile_17)
    body = pin_block("1111") + pin_block("5678")
    assert send(applet, bytes.fromhex("0024000110") + body)[1] == 0x63C2  # wrong old PIN
    body = pin_block("1234") + pin_block("5678")
    assert send(applet, bytes.fromhex("0024000110") + body)[1] == 0x9000
    assert verify(applet, "1234") == 0x63C2
    assert verify(applet, "5678") == 0x9000


def test_log_off_clears_the_access_rights(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    assert verify(applet, "1234") == 0x9000
    assert send(applet, "80 E6 00 00")[1] == 0x9000
    assert send(applet, "00 20 00 01")[1] == 0x63C3
    assert send(applet, "80 E6 00 01")[1] == 0x6B00


# -- signatures ---------------------------------------------------------------------------------


def _sign(applet: BelpicApplet, algorithm: int, key: int, data: bytes) -> tuple[bytes, int]:
    assert send(applet, f"00 22 41 B6 05 04 80 {algorithm:02X} 84 {key:02X}")[1] == 0x9000
    _nothing, sw = send(applet, bytes((0x00, 0x2A, 0x9E, 0x9A, len(data))) + data)
    if sw >> 8 != 0x61:
        return b"", sw
    return send(applet, f"00 C0 00 00 {sw & 0xFF:02X}")


def test_ecdsa_signature_with_the_authentication_key(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    digest = hashlib.sha384(b"challenge").digest()
    assert _sign(applet, 0x02, 0x82, digest)[1] == 0x6982  # no PIN yet
    verify(applet, "1234")
    signature, sw = _sign(applet, 0x02, 0x82, digest)
    assert sw == 0x9000
    assert len(signature) == 96
    key = card_certificate(CardFile.AUTHENTICATION_CERTIFICATE, profile_18).public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(der_from_raw_ecdsa(signature, key), digest, ec.ECDSA(Prehashed(hashes.SHA384())))
    other = hashlib.sha384(b"other").digest()
    with pytest.raises(InvalidSignature):
        key.verify(der_from_raw_ecdsa(signature, key), other, ec.ECDSA(Prehashed(hashes.SHA384())))


def test_ecdsa_hash_not_specified_and_wrong_lengths(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    verify(applet, "1234")
    signature, sw = _sign(applet, 0x40, 0x82, hashlib.sha256(b"x").digest())
    assert sw == 0x9000
    assert len(signature) == 96
    assert _sign(applet, 0x02, 0x82, b"\x01" * 47)[1] == 0x6A80
    assert send(applet, "00 22 41 B6 05 04 80 55 84 82")[1] == 0x6A80  # unknown algorithm


def test_rsa_signatures_of_applet_17(profile_17: CardProfile) -> None:
    applet = BelpicApplet(profile_17)
    verify(applet, "1234")
    key = card_certificate(CardFile.AUTHENTICATION_CERTIFICATE, profile_17).public_key()
    assert isinstance(key, rsa.RSAPublicKey)
    digest = hashlib.sha256(b"challenge").digest()
    digest_info = bytes.fromhex("3031300d060960864801650304020105000420") + digest
    for algorithm, data in ((0x01, digest_info), (0x08, digest)):
        signature, sw = _sign(applet, algorithm, 0x82, data)
        assert sw == 0x9000
        assert len(signature) == 256
        key.verify(signature, digest, padding.PKCS1v15(), Prehashed(hashes.SHA256()))
    signature, sw = _sign(applet, 0x20, 0x82, digest)
    assert sw == 0x9000
    key.verify(signature, digest, padding.PSS(padding.MGF1(hashes.SHA256()), 32), Prehashed(hashes.SHA256()))


def test_non_repudiation_needs_the_pin_just_before(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    digest = hashlib.sha384(b"contract").digest()
    assert send(applet, "00 22 41 B6 05 04 80 02 84 83")[1] == 0x9000
    assert verify(applet, "1234") == 0x9000
    data = bytes((0x00, 0x2A, 0x9E, 0x9A, 48)) + digest
    assert send(applet, data)[1] == 0x6160
    signature, sw = send(applet, "00 C0 00 00 60")
    assert sw == 0x9000
    key = card_certificate(CardFile.SIGNATURE_CERTIFICATE, profile_18).public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(der_from_raw_ecdsa(signature, key), digest, ec.ECDSA(Prehashed(hashes.SHA384())))
    authentication = card_certificate(CardFile.AUTHENTICATION_CERTIFICATE, profile_18).public_key()
    assert isinstance(authentication, ec.EllipticCurvePublicKey)
    with pytest.raises(InvalidSignature):  # key 83 is the signing key, not the authentication key
        authentication.verify(
            der_from_raw_ecdsa(signature, authentication), digest, ec.ECDSA(Prehashed(hashes.SHA384()))
        )
    assert send(applet, data)[1] == 0x6982  # the PIN was spent on the first signature
    assert verify(applet, "1234") == 0x9000
    send(applet, "00 A4 02 0C 02 3F 00")
    send(applet, "00 A4 02 0C 02 DF 01")  # two commands in between: too late
    assert send(applet, data)[1] == 0x6982


def test_signature_requires_a_security_environment(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    verify(applet, "1234")
    assert send(applet, bytes((0x00, 0x2A, 0x9E, 0x9A, 48)) + bytes(48))[1] == 0x6985


def test_internal_authenticate_with_the_basic_key(profile_18: CardProfile) -> None:
    applet = BelpicApplet(profile_18)
    challenge = hashlib.sha384(b"random").digest()
    _data, sw = send(applet, bytes.fromhex("0088028132 9430") + challenge + b"\x00")
    assert sw == 0x6160
    signature, sw = send(applet, "00 C0 00 00 60")
    assert sw == 0x9000
    key = serialization.load_der_public_key(profile_18.files[0x4040])
    assert isinstance(key, ec.EllipticCurvePublicKey)
    key.verify(der_from_raw_ecdsa(signature, key), challenge, ec.ECDSA(Prehashed(hashes.SHA384())))
    assert send(applet, bytes.fromhex("0088028132 9530") + challenge)[1] == 0x6A80


def test_applet_17_has_no_basic_key(profile_17: CardProfile) -> None:
    applet = BelpicApplet(profile_17)
    assert send(applet, bytes.fromhex("0088028132 9430") + bytes(48))[1] == 0x6A88
