"""Authenticity and certificate checks as JSON and as summary lines."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from typing import Any

from eidcompanion.i18n import Catalog
from eidcompanion.texts import fields as field_names
from eidcompanion.texts.trust_labels import CHECK_NAMES, FAILED, OK, reason_text
from eidcompanion.trust.checks import CheckResult, Report
from eidcompanion.trust.config import BELGIAN_REVOCATION_HOSTS, TrustConfiguration


def trust_configuration(options: argparse.Namespace) -> TrustConfiguration:
    """The production configuration, or the explicit test one with ``--test-pki`` (``read`` only)."""
    hosts = tuple(options.revocation_host or ())
    config = (
        TrustConfiguration.for_tests(*hosts)
        if getattr(options, "test_pki", False)
        else TrustConfiguration(revocation_hosts=BELGIAN_REVOCATION_HOSTS | set(hosts))
    )
    if options.no_revocation:
        config = config.without_revocation()
    if options.at:
        config = replace(config, at=options.at)
    return config


def parse_moment(text: str) -> dt.datetime:
    """An ISO 8601 time for ``--at``; without a zone it is UTC."""
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def check_json(check: CheckResult, catalog: Catalog) -> dict[str, Any]:
    return {
        "name": check.name.value,
        "ok": check.ok,
        "reason": check.reason.value,
        "reason_text": reason_text(check, catalog),
        "files": [file.hex_id for file in check.files],
        "test": check.test,
        "detail": check.detail,
        **({"revocation": check.revocation} if check.revocation else {}),
        **({"revocation_problem": check.revocation_problem.value} if check.revocation_problem else {}),
    }


def report_json(report: Report, catalog: Catalog) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "test": report.test,
        "checks": [check_json(check, catalog) for check in report.checks],
    }


def report_lines(title: str, report: Report, catalog: Catalog) -> list[str]:
    lines = [field_names.LINE.render(catalog, label=title, value="").rstrip()]
    for check in report.checks:
        verdict = (OK if check.ok else FAILED).render(catalog)
        value = f"{verdict}, {reason_text(check, catalog)}"
        lines.append(
            "  "
            + field_names.LINE.render(catalog, label=CHECK_NAMES[check.name].render(catalog), value=value)
        )
    return lines
