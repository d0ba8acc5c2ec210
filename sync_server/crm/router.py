"""All CRM endpoints as one router, so ``create_app`` wires them with one line."""

from __future__ import annotations

from fastapi import APIRouter

from sync_server.crm.routes_comms import router as comms_router
from sync_server.crm.routes_owners import router as owners_router
from sync_server.crm.routes_patients import router as patients_router

router = APIRouter()
router.include_router(patients_router)
router.include_router(comms_router)
router.include_router(owners_router)
