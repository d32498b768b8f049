"""A question as a text: its words, numbered choices and how to reply, kept within two SMS segments."""

from flask_babel import gettext as _

from app.definitions.questionnaire import Kind, Question
from app.messaging.segments import plain, segments

MAX_SEGMENTS = 2


def _how_to_reply(question: Question, may_skip: bool) -> str:
    """Exactly what to send back, as a phone user needs it: never "select" or "you can write up to…"."""
    if question.kind is Kind.MULTI:
        other = next((o for o in question.options if o.other), None)
        if other:
            return _("Reply with the numbers, like 1 3. For “%(option)s”, add words after the numbers.", option=str(other.label))
        return _("Reply with the numbers, like 1 3.")
    if question.kind is Kind.TEXT:
        return _("Reply with a few words, or SKIP.") if may_skip else _("Reply with a few words.")
    if question.kind is Kind.DATE:
        return _("Reply with a date, like 1 9 2027.")
    return _("Reply %(first)s to %(last)s.", first=1, last=len(question.options))


def fits(text: str) -> bool:
    return segments(text) <= MAX_SEGMENTS


def question_text(
    question: Question, position: int, total: int, *, about: bool = False, may_skip: bool = True, before: str = ""
) -> str:
    """The text asking this question; a shorter form when the full one would take more than two segments.
    `total` is the most questions there can be; `about` says follow-up questions may not all be asked, so the
    count does not jump ("16 of 22" becoming "17 of 23") as they open. `before` goes first in the same text (the
    opening words, with the first question)."""
    options = "\n".join(f"{number} {option.label}" for number, option in enumerate(question.options, start=1))
    how = _how_to_reply(question, may_skip or question.optional)
    title, short = str(question.title), str(question.short_title or question.title)
    hint = str(question.hint) if question.hint else ""
    candidates = [
        (title, hint, options, how),
        (title, "", options, how),
        (short, "", options, how),
        (short, "", options, ""),
    ]
    texts = []
    for heading, extra, choices, instruction in candidates:
        if about:
            first = _("%(number)s of about %(total)s: %(question)s", number=position, total=total, question=heading)
        else:
            first = _("%(number)s of %(total)s: %(question)s", number=position, total=total, question=heading)
        text = plain("\n".join(part for part in (before, first, extra, choices, instruction) if part))
        if fits(text):
            return text
        texts.append(text)
    if before:
        return texts[-1]  # too long with the opening words: the caller sends them on their own first
    # Last, without "3 of 22": many choices in letters outside GSM-7 (70 characters a segment) may need the room.
    return plain("\n".join(part for part in (short, options) if part))
