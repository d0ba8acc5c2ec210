"""Administration: the forms and rules behind setting up hospitals, owners and staff.

One Pydantic model per resource for create and one for update (every field
optional), with each field's user-facing label as its ``title``; the desktop
builds its forms from them and the server validates with the same models.
``registry.RESOURCES`` names every resource, its list columns and who may
manage it (the ``MANAGE`` grant of ``shared.domain.access``).
"""
