"""The page behind the survey e-mail's link: five 1-5 questions and a comment box.

An e-mail link opens with GET, so the link shows this form; the form posts
back (URL-encoded, as browsers send forms) with the same signature, and the
answers go through the same validation and recording as every other answer.
The pages are plain HTML so they work in any phone browser, escaped by Jinja2.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from functools import cache
from urllib.parse import parse_qsl, quote

import jinja2
from pydantic import ValidationError

from shared.domain.feedback import SatisfactionInput

#: Question for each score, in the order the SMS invitation asks them.
QUESTIONS = {
    "communication_score": "How well do we keep you informed?",
    "payout_timeliness_score": "Are your payouts on time?",
    "reporting_transparency_score": "Are your statements clear?",
    "hospital_performance_score": "How are your hospitals performing?",
    "overall_score": "Overall, how satisfied are you with GrandPro?",
}

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GrandPro owner survey</title></head>
<body style="font-family: sans-serif; max-width: 36rem; margin: auto; padding: 1rem">
<h1>GrandPro owner survey {{ survey_round }}</h1>
{% if message %}<p role="alert"><strong>{{ message }}</strong></p>{% endif %}
{% if form %}
<form method="post" action="{{ action }}">
<p>1 is poor, 5 is excellent. Only the last question must be answered.</p>
{% for name, question in questions.items() %}
<fieldset><legend>{{ question }}</legend>
{% for score in range(1, 6) %}
<label><input type="radio" name="{{ name }}" value="{{ score }}"> {{ score }}</label>
{% endfor %}
</fieldset>
{% endfor %}
<p><label>Anything else? <textarea name="comments" maxlength="4000"></textarea></label></p>
<p><button type="submit">Send my answers</button></p>
</form>
{% endif %}
</body></html>
"""


@cache
def _template() -> jinja2.Template:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(_PAGE)


def form_page(survey_id: uuid.UUID, sig: str, survey_round: str, message: str = "") -> str:
    """The questions, posting back to the form endpoint with the link's signature.

    The signature is URL-quoted so no character in it can add a parameter.
    """
    action = f"/api/crm/owners/surveys/{survey_id}/form?sig={quote(sig, safe='')}"
    return _template().render(
        survey_round=survey_round, message=message, form=True, action=action, questions=QUESTIONS
    )


def notice_page(survey_round: str, message: str) -> str:
    """A page with one sentence and no form: thanks, already answered, or a bad link."""
    return _template().render(
        survey_round=survey_round, message=message, form=False, action="", questions=QUESTIONS
    )


def parse_form(body: bytes) -> SatisfactionInput | str:
    """The posted answers, or one sentence saying which question needs an answer."""
    fields: Mapping[str, str] = {
        k: v.strip() for k, v in parse_qsl(body.decode("utf-8", "replace")) if v.strip()
    }
    answers: dict[str, int | str] = {
        k: int(v) if v.isascii() and v.isdigit() else v for k, v in fields.items() if k in QUESTIONS
    }
    if "comments" in fields:
        answers["comments"] = fields["comments"]
    try:
        return SatisfactionInput.model_validate(answers)
    except ValidationError as exc:
        field = str(exc.errors()[0]["loc"][0])
        question = QUESTIONS.get(field, "Your comment")
        return f"Please answer: {question}" if field in QUESTIONS else f"{question} is too long."
