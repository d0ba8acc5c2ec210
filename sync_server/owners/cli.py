"""``run-payouts``: run a period's payouts by hand (the monthly job does it on the 1st)."""

from __future__ import annotations

import argparse
from collections.abc import MutableMapping
from typing import Any

from shared.clock import utcnow
from shared.domain.payouts import check_period, period_to_run
from sync_server.config import ServerSettings
from sync_server.ops.common import unit_of_work
from sync_server.owners.service import run_monthly_payouts


def run_payouts(args: argparse.Namespace, settings: ServerSettings) -> int:
    now = utcnow()
    period = check_period(args.period) if args.period else period_to_run(now)
    with unit_of_work(settings) as session:
        result = run_monthly_payouts(session, period, now=now)
    print(f"{period}: {len(result.created)} payouts created, {result.already_there} already there")
    return 0


def add_parsers(sub: Any, commands: MutableMapping[str, Any]) -> None:
    p = sub.add_parser("run-payouts", help="create a month's owner payouts (safe to repeat)")
    p.add_argument("--period", help="YYYY-MM (default: last month, Lagos time)")
    commands["run-payouts"] = run_payouts
