"""``eidcompanion authenticate | sign | verify-token``."""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import sys

from cryptography import x509

from eidcompanion.card.certificates import NAME_OVERRIDES
from eidcompanion.cli.exit_codes import ExitCode
from eidcompanion.cli.files import NOT_A_CERTIFICATE, InputFileError, read_bytes, read_text
from eidcompanion.cli.pin_commands import card_with_pin, pin_entry
from eidcompanion.cli.trust_output import trust_configuration
from eidcompanion.i18n import Catalog, Message, translatable
from eidcompanion.webeid.card_operations import (
    authenticate_planned,
    plan_authentication,
    plan_signature,
    sign_planned,
)
from eidcompanion.webeid.errors import CERTIFICATE, HASH, InvalidArgumentError
from eidcompanion.webeid.origin import origin_host, validate_nonce, validate_origin
from eidcompanion.webeid.validator import ValidatorConfiguration, load_certificates, validate_token

_W = "web eid"

LOGIN_TO = translatable(_W, "Log in to {site} with your eID card.")
SIGN_WITH = translatable(_W, "Sign with your eID card (a qualified electronic signature).")
TOKEN_VALID = translatable(_W, "The token is valid. It was signed by: {subject}")


def _decode_base64(value: str, what: Message) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:  # ValueError: text that is not ASCII
        raise InvalidArgumentError(what, "not base64") from exc


def authenticate(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    validate_origin(options.origin)  # before the card or the PIN is touched
    validate_nonce(options.nonce)
    with card_with_pin(options, catalog) as (card, status):
        plan = plan_authentication(card, options.origin, options.nonce)  # before the PIN
        print(LOGIN_TO.render(catalog, site=origin_host(options.origin)), file=sys.stderr)
        entry = pin_entry(card, options, catalog, status)
        token = authenticate_planned(card, plan, entry)
    print(token.dumps())
    return ExitCode.OK


def sign(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    digest = _decode_base64(options.hash, HASH)
    certificate = _decode_base64(options.certificate, CERTIFICATE) if options.certificate else None
    with card_with_pin(options, catalog) as (card, status):
        plan = plan_signature(card, digest, options.hash_function, certificate=certificate)  # before the PIN
        print(SIGN_WITH.render(catalog), file=sys.stderr)
        entry = pin_entry(card, options, catalog, status)
        result = sign_planned(card, plan, entry)
    print(json.dumps(result.to_json()))
    return ExitCode.OK


def verify_token(options: argparse.Namespace, catalog: Catalog) -> ExitCode:
    trusted: list[x509.Certificate] = []
    for path in options.trust:
        try:
            trusted.extend(load_certificates([read_bytes(path)]))
        except ValueError as exc:
            raise InputFileError(path, NOT_A_CERTIFICATE) from exc
    config = ValidatorConfiguration(tuple(trusted), trust=trust_configuration(options))
    certificate = validate_token(read_text(options.token).strip(), options.origin, options.nonce, config)
    print(TOKEN_VALID.render(catalog, subject=certificate.subject.rfc4514_string(NAME_OVERRIDES)))
    return ExitCode.OK
