"""One verification, check by check: authentic data pass, and any changed byte is caught and named."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from eidcompanion.card import BelpicCard, CardFile, read_contents
from eidcompanion.card.certificates import der_total_length
from eidcompanion.card.errors import CardFileError
from eidcompanion.simulator.inprocess import SimulatedConnection
from eidcompanion.simulator.profile import CardProfile
from eidcompanion.simulator.raw_files import load_card_folder
from eidcompanion.trust.authenticity import verify_authenticity
from eidcompanion.trust.certificates import verify_certificates
from eidcompanion.trust.checks import CheckName, Reason, Report
from eidcompanion.trust.config import TrustConfiguration
from tests.conftest import commons_eid_card_folder

TEST_CONFIG = TrustConfiguration.for_tests().without_revocation()


def verify(profile: CardProfile, config: TrustConfiguration = TEST_CONFIG) -> tuple[Report, Report]:
    card = BelpicCard(SimulatedConnection.for_profile(profile))
    contents = read_contents(card)
    return verify_authenticity(contents, config, card), verify_certificates(contents, config)


def test_both_profiles_verify_under_the_test_configuration(any_profile: CardProfile) -> None:
    authenticity, certificates = verify(any_profile)
    assert authenticity.ok, authenticity.failures()
    assert certificates.ok, certificates.failures()
    assert authenticity.test  # always shown as test
    assert all(check.test for check in authenticity.checks)
    names = [check.name for check in authenticity.checks]
    if any_profile.files.get(0x4040):
        assert CheckName.CARD_CHALLENGE in names  # the live INTERNAL AUTHENTICATE on 1.8
        assert authenticity.get(CheckName.CARD_CHALLENGE).ok


def test_a_simulated_card_is_not_trusted_by_default(profile_18: CardProfile) -> None:
    authenticity, _certificates = verify(profile_18, TrustConfiguration().without_revocation())
    root = authenticity.get(CheckName.ROOT_CERTIFICATE)
    assert not root.ok
    assert root.reason is Reason.ROOT_NOT_PINNED
    assert root.files == (CardFile.ROOT_CERTIFICATE,)
    assert not authenticity.get(CheckName.IDENTITY_SIGNATURE).ok


def test_the_commons_eid_specimen_verifies_under_its_test_root(tmp_path: Path) -> None:
    profile = load_card_folder(commons_eid_card_folder(tmp_path / "alice"))
    authenticity, certificates = verify(profile)
    assert authenticity.ok, authenticity.failures()
    root = authenticity.get(CheckName.ROOT_CERTIFICATE)
    assert root.reason is Reason.PINNED_TEST_ROOT
    assert "eID test Root CA" in root.detail
    assert authenticity.get(CheckName.IDENTITY_SIGNATURE).reason is Reason.VALID_TEST
    # Alice's citizen certificates expired in 2014: valid at a time inside their validity
    assert certificates.get(CheckName.AUTHENTICATION_CERTIFICATE).reason is Reason.EXPIRED
    import datetime as dt

    then = replace(TEST_CONFIG, at=dt.datetime(2012, 6, 1, tzinfo=dt.UTC))
    assert verify(profile, then)[1].ok


def test_an_rsa_card_signed_with_sha256_over_a_sha1_photo_hash(profile_17: CardProfile) -> None:
    """The 1.7 profile keeps a SHA-1 photo hash but is signed with SHA-256: the retry finds it."""
    card = BelpicCard(SimulatedConnection.for_profile(profile_17))
    contents = read_contents(card)
    assert len(contents.identity.photo_hash) == 20
    assert verify_authenticity(contents, TEST_CONFIG, card).ok


def _read_region(profile: CardProfile, fid: int) -> int:
    """How many bytes of the file the reader reads: certificates up to their DER length."""
    data = profile.files[fid]
    if fid >> 8 == 0x50:
        total = der_total_length(data)
        assert total is not None
        return total
    return len(data)


FILES = list(CardFile)
STRIDE = 29
"""Every 29th byte of every file, plus the first and the last: ~700 changes per profile. A sweep of
every single byte of both profiles (about 20,000 changes) found no change that went unnoticed."""


@pytest.mark.parametrize("file", FILES, ids=[file.hex_id for file in FILES])
def test_any_changed_byte_fails_and_names_its_file(any_profile: CardProfile, file: CardFile) -> None:
    if file.fid not in any_profile.files:
        pytest.skip(f"applet {any_profile.applet.label} has no file {file.hex_id}")
    size = _read_region(any_profile, file.fid)
    unnoticed: list[tuple[int, object]] = []
    for position in sorted({0, size - 1, *range(STRIDE // 2, size, STRIDE)}):
        data = bytearray(any_profile.files[file.fid])
        data[position] ^= 0x01
        changed = replace(any_profile, files={**any_profile.files, file.fid: bytes(data)})
        refused: CardFile | None = None
        try:
            authenticity, certificates = verify(changed)
        except CardFileError as error:
            refused = error.file  # the read itself refused the file, naming it
        if refused is not None:
            if refused is not file:
                unnoticed.append((position, refused.hex_id))
            continue
        named = {
            named for check in authenticity.failures() + certificates.failures() for named in check.files
        }
        if file not in named:
            unnoticed.append((position, sorted(f.hex_id for f in named)))
    assert not unnoticed, f"changes in {file.hex_id} not named: {unnoticed[:10]}"
