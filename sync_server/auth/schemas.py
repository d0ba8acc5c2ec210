"""Wire models of the login API."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.domain.enums import Role


class DeviceIn(BaseModel):
    """The PC signing in. ``id`` is the one the desk stored at its first login, if any."""

    model_config = ConfigDict(extra="forbid")
    id: uuid.UUID | None = None
    name: str = Field("Unnamed PC", min_length=1, max_length=120)


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=1, max_length=1024)
    device: DeviceIn = Field(default_factory=DeviceIn)


class RefreshIn(BaseModel):
    """``device_id`` lets the same PC retry a refresh whose answer it never received."""

    model_config = ConfigDict(extra="forbid")
    refresh_token: str = Field(min_length=1, max_length=200)
    device_id: uuid.UUID | None = None


class PasswordIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    current_password: str = Field(min_length=1, max_length=1024)
    password: str = Field(min_length=1, max_length=1024)


class DeviceOut(BaseModel):
    id: uuid.UUID
    name: str
    prefix: str
    hospital_id: uuid.UUID | None
    owner_account_id: uuid.UUID | None


class UserOut(BaseModel):
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    hospital_id: uuid.UUID | None
    owner_account_id: uuid.UUID | None


class TokenOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int
    user: UserOut
    device: DeviceOut


class GrantOut(BaseModel):
    resource: str
    actions: list[str]
    scope: str


class MeOut(BaseModel):
    """Who the token belongs to and what the role may do, so a desk can hide what it can't."""

    user_id: uuid.UUID
    role: Role
    hospital_id: uuid.UUID | None
    owner_account_id: uuid.UUID | None
    device_id: uuid.UUID | None
    grants: list[GrantOut]
