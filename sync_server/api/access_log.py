"""Keep link signatures and tokens out of the access log.

Unsubscribe and survey links carry their signature in the query string
(``?sig=...``), and uvicorn's access log prints the full path with the
query. Anyone who can read the log could then unsubscribe the patient or
answer the owner's survey. The filter rewrites the logged arguments before
any handler formats them, so every handler and format sees the redacted path.
"""

from __future__ import annotations

import logging
import re

ACCESS_LOGGER = "uvicorn.access"
_SECRET_PARAM = re.compile(r"(?i)([?&](?:sig|token|signature|access_token)=)[^&\s\"]*")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    """``/x?sig=abc&y=1`` -> ``/x?sig=[redacted]&y=1``."""
    return _SECRET_PARAM.sub(rf"\g<1>{REDACTED}", text)


class RedactSecretsFilter(logging.Filter):
    """Redacts secret query parameters in a record's message and string arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


def install_access_log_redaction() -> None:
    """Add the filter to uvicorn's access logger once.

    Called from the app's start-up, which runs after uvicorn has configured
    its logging (``dictConfig`` keeps filters already on a logger, so the
    order would not matter either way).
    """
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, RedactSecretsFilter) for f in logger.filters):
        logger.addFilter(RedactSecretsFilter())
