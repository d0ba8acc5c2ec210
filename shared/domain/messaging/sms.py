"""SMS length in segments: GSM-7 (160 a part, 153 when split) or UCS-2 (70, 67).

One character outside the GSM-7 alphabet (₦, tone-marked Yoruba/Igbo/Hausa
letters such as ẹ, ọ, ṣ, ń) switches the whole message to UCS-2 and can more
than double its cost, so the preview names the offending characters.
"""

from __future__ import annotations

from dataclasses import dataclass

_GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = "^{}\\[~]|€\f"
_GSM_SET = frozenset(_GSM_BASIC)
_GSM_EXT_SET = frozenset(_GSM_EXTENDED)


@dataclass(frozen=True, slots=True)
class SmsLength:
    encoding: str
    units: int
    segments: int
    ucs2_chars: tuple[str, ...]

    @property
    def warning(self) -> str | None:
        """Why this SMS costs more than it looks: the characters that force UCS-2."""
        if not self.ucs2_chars:
            return None
        shown = " ".join(self.ucs2_chars)
        return f"characters {shown} force UCS-2: {self.segments} segment(s) of 70/67 characters"


def count_segments(text: str) -> SmsLength:
    """Count the parts a handset receives, the way carriers bill them."""
    odd = tuple(dict.fromkeys(c for c in text if c not in _GSM_SET and c not in _GSM_EXT_SET))
    if odd:
        units = sum(2 if ord(c) > 0xFFFF else 1 for c in text)
        return SmsLength("UCS-2", units, _parts(units, 70, 67), odd)
    units = sum(2 if c in _GSM_EXT_SET else 1 for c in text)
    return SmsLength("GSM-7", units, _parts(units, 160, 153), ())


def _parts(units: int, single: int, multi: int) -> int:
    if units == 0:
        return 1
    if units <= single:
        return 1
    return -(-units // multi)
