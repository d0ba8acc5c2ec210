"""The CRM REST API under ``/api/crm``: the paths GrandPro's integrations already call."""
