"""The shape of a questionnaire definition. Definitions themselves live in forms/."""

import enum
from dataclasses import dataclass, field

from flask_babel import LazyString


class Kind(enum.StrEnum):
    EMOJI = "emoji"  # a 1–5 scale of faces, each with a word
    CHOICE = "choice"  # pick one
    YES_NO = "yes_no"  # yes / no / not sure
    TEXT = "text"  # free text with a length limit


@dataclass(frozen=True)
class Option:
    value: str
    label: LazyString
    emoji: str = ""  # shown beside the word, hidden from screen readers


@dataclass(frozen=True)
class Question:
    """One page: one question."""

    id: str
    kind: Kind
    title: LazyString
    # Specific to the question, e.g. "Select how you feel about school".
    error_required: LazyString
    hint: LazyString | None = None
    options: tuple[Option, ...] = ()
    optional: bool = False
    max_length: int = 500
    # What the check answers page calls this question, when the title is too long.
    short_title: LazyString | None = None


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: LazyString
    questions: tuple[Question, ...] = field(default_factory=tuple)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)
