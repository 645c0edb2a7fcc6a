"""The host names and the extensions allowed to start the bridge."""

from __future__ import annotations

import base64
import re

from hypothesis import given
from hypothesis import strategies as st

from eidcompanion.browsers.extensions import (
    OWN_CHROMIUM_ID,
    OWN_EXTENSION_KEY,
    OWN_FIREFOX_ID,
    OWN_HOST,
    WEBEID_CHROMIUM_IDS,
    WEBEID_FIREFOX_IDS,
    WEBEID_HOST,
    allowed_chromium_origins,
    allowed_firefox_extensions,
    chromium_extension_id,
)

CHROME_STORE_WEBEID = "chrome-extension://ncibgoaomkmdpilpocfeponihegamlic/"
EDGE_ADDONS_WEBEID = "chrome-extension://gnmckgbandlkacikdndelhfghdejfido/"
FIREFOX_WEBEID = "{e68418bc-f2b0-4459-a9ea-3e72b6751b07}"
OUR_ID = "emflangcefglnfbhneknknmicpmbagoh"
"""Computed by hand from the ``key`` of our extension's manifest (SHA-256, 32 hex digits, 0-f -> a-p)."""
EXTENSION_ID = re.compile(r"[a-p]{32}")
ORIGIN = re.compile(r"chrome-extension://[a-p]{32}/")
HOST_NAME = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")
"""Chrome's rule for host names: lowercase letters, digits, underscores and single inner dots."""


def test_host_names_follow_chromes_rule() -> None:
    assert WEBEID_HOST == "eu.webeid"
    assert OWN_HOST == "be.eidcompanion.bridge"
    for host in (WEBEID_HOST, OWN_HOST):
        assert HOST_NAME.fullmatch(host)


def test_our_extension_id_is_the_one_its_key_gives() -> None:
    assert chromium_extension_id(OWN_EXTENSION_KEY) == OUR_ID
    assert OWN_CHROMIUM_ID == OUR_ID


def test_every_chromium_id_is_32_letters_a_to_p() -> None:
    for extension_id in (*WEBEID_CHROMIUM_IDS, OWN_CHROMIUM_ID):
        assert EXTENSION_ID.fullmatch(extension_id), extension_id


@given(st.binary(min_size=1, max_size=600))
def test_any_key_gives_a_32_letter_id(der: bytes) -> None:
    extension_id = chromium_extension_id(base64.b64encode(der).decode("ascii"))
    assert EXTENSION_ID.fullmatch(extension_id)


def test_different_keys_give_different_ids() -> None:
    other = base64.b64encode(base64.b64decode(OWN_EXTENSION_KEY)[:-1] + b"\x00").decode("ascii")
    assert chromium_extension_id(other) != OUR_ID


def test_webeid_host_allows_both_official_extensions_and_ours() -> None:
    origins = allowed_chromium_origins(WEBEID_HOST)
    assert CHROME_STORE_WEBEID in origins
    assert EDGE_ADDONS_WEBEID in origins
    assert f"chrome-extension://{OUR_ID}/" in origins
    assert len(origins) == len(set(origins)) == 3
    for origin in origins:
        assert ORIGIN.fullmatch(origin), f"{origin} (Chromium needs the trailing slash)"


def test_own_host_allows_only_our_extension() -> None:
    assert allowed_chromium_origins(OWN_HOST) == [f"chrome-extension://{OUR_ID}/"]
    assert allowed_firefox_extensions(OWN_HOST) == [OWN_FIREFOX_ID]


def test_extra_ids_are_added_after_the_others() -> None:
    extra = "a" * 32
    origins = allowed_chromium_origins(OWN_HOST, (extra,))
    assert origins == [f"chrome-extension://{OUR_ID}/", f"chrome-extension://{extra}/"]
    assert allowed_firefox_extensions(WEBEID_HOST, ("x@example.org",))[-1] == "x@example.org"


def test_firefox_webeid_host_allows_the_official_extension_and_ours() -> None:
    allowed = allowed_firefox_extensions(WEBEID_HOST)
    assert FIREFOX_WEBEID in allowed
    assert WEBEID_FIREFOX_IDS == (FIREFOX_WEBEID,)
    assert OWN_FIREFOX_ID in allowed
    assert all("chrome-extension" not in item for item in allowed)
