"""Communication rules shared by the desk and the server: templates, SMS length, policy.

Nothing here talks to a provider; the server's dispatcher and the desk's
preview both call these functions so a preview and a send never disagree.
``compose`` is the one command that turns a template into a patient's message
(variables, purpose, consent, address) on the desk, the REST API and in jobs.
"""
