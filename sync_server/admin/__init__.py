"""The administration API (``/api/admin``): hospitals, owners, staff, clinics and prices.

``service`` runs the generic list, create and update of every resource in
``shared.domain.admin.registry.RESOURCES``; ``users`` and ``devices`` hold the
row actions; ``owners`` keeps bank details encrypted; ``endpoints`` is the
thin FastAPI router.
"""
