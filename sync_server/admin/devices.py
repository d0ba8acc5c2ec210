"""Registered PCs: the list with when each last synced, and revoking a lost or stolen one.

Revoking reuses ``sync_server.auth.devices.revoke_device``: no refresh works
for the PC again and its access tokens are refused on the next request.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from shared.db.models.organisation import Device
from sync_server import audit
from sync_server.admin.binding import row_out
from sync_server.admin.service import RULES, Context, Rules, visible_row
from sync_server.auth.devices import revoke_device
from sync_server.sync.tables import DeviceSyncProgress


def _with_last_sync(ctx: Context, rows: list[Any]) -> list[dict[str, Any]]:
    ids = [row.id for row in rows]
    progress = {
        p.device_id: p
        for p in ctx.session.scalars(
            sa.select(DeviceSyncProgress).where(DeviceSyncProgress.device_id.in_(ids))
        )
    }
    return [_device_out(row, progress.get(row.id)) for row in rows]


def _device_out(row: Device, progress: DeviceSyncProgress | None) -> dict[str, Any]:
    out = row_out(row)
    times = [t for t in (progress.last_push_at, progress.last_pull_at) if t] if progress else []
    out["last_sync_at"] = max(times).isoformat() if times else None
    return out


def revoke(ctx: Context, device_id: uuid.UUID, _: Mapping[str, Any]) -> dict[str, Any]:
    device: Device = visible_row(ctx, device_id)
    revoke_device(ctx.session, device.id)
    ctx.session.flush()
    audit.record(
        ctx.session, ctx.principal, "revoke", "devices", device.id, hospital_id=device.hospital_id
    )
    progress = ctx.session.get(DeviceSyncProgress, device.id)
    return _device_out(device, progress)


RULES["devices"] = Rules(listed=_with_last_sync)
