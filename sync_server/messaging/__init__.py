"""Outbound messaging: providers, dispatch, webhooks, reminders and campaigns.

Job entry points for the periodic tasks: ``dispatch.dispatch_due``,
``reminders.create_due_reminders`` and ``campaigns.run_scheduled``.
"""
