"""Hash facts shared by the card, the checks and the signing: DigestInfo prefixes, hashes by length."""

from __future__ import annotations

DIGEST_INFO_PREFIXES = {
    "SHA-1": bytes.fromhex("3021300906052b0e03021a05000414"),
    "SHA-224": bytes.fromhex("302d300d06096086480165030402040500041c"),
    "SHA-256": bytes.fromhex("3031300d060960864801650304020105000420"),
    "SHA-384": bytes.fromhex("3041300d060960864801650304020205000430"),
    "SHA-512": bytes.fromhex("3051300d060960864801650304020305000440"),
}
"""The DER DigestInfo header (PKCS#1 v1.5) before a digest, by hash name."""

HASH_BY_DIGEST_LENGTH = {20: "sha1", 32: "sha256", 48: "sha384", 64: "sha512"}
"""The hashlib name of the hash a card file's digest was made with, by the digest's length."""
