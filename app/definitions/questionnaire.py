"""The shape of a questionnaire definition: questions, options, show-if rules. Definitions themselves live in forms/."""

import enum
from dataclasses import dataclass

from flask_babel import LazyString


class Kind(enum.StrEnum):
    EMOJI = "emoji"  # a 1–5 scale of faces (pictures), each with a word
    CHOICE = "choice"  # pick one
    MULTI = "multi"  # pick any; an option marked `other` reveals a text box
    YES_NO = "yes_no"  # yes / no / not sure
    TEXT = "text"  # free text with a length limit
    DATE = "date"  # day, month, year


class Audience(enum.StrEnum):
    """Who answers: decides the page furniture (pictures, read aloud) and how staff see the answers."""

    CHILD = "child"
    PARENT = "parent"
    CARER = "carer"
    ADULT = "adult"  # parent, carer or professional, as their invitation says


class Purpose(enum.StrEnum):
    CONSULTATION = "consultation"  # before a review: goes to the next review not yet held
    FEEDBACK = "feedback"  # after a review: goes to the review it is about


@dataclass(frozen=True)
class Option:
    value: str
    label: LazyString
    # A picture in app/static/src/pictures/ (name without .svg) and its text alternative. The picture version shows
    # it beside every answer; the words version shows a face scale's pictures, beside the words.
    picture: str = ""
    picture_alt: LazyString | None = None
    other: bool = False  # MULTI only: choosing it asks "what else?" in a text box
    exclusive: bool = False  # MULTI only: "None of these", which cannot be picked with others


@dataclass(frozen=True)
class ShowIf:
    """Show a page only when an earlier question was answered with one of these values."""

    question: str
    values: tuple[str, ...]


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
    # What check answers and the IRO's summary call this question, when the title is long.
    short_title: LazyString | None = None
    show_if: ShowIf | None = None
    # Answers that raise an urgent safeguarding flag (free text is also checked against the word list).
    urgent_values: tuple[str, ...] = ()
    # Answers that raise the lower flag: the IRO should check in with the child, but nobody need act at once.
    check_in_values: tuple[str, ...] = ()
    # A picture shown above the question in the picture version (app/static/src/pictures/).
    picture: str = ""


@dataclass(frozen=True)
class Questionnaire:
    id: str
    title: LazyString
    # Says who it is for, on the IRO's pages: "Child 8 to 11", "Parent", ...
    name: LazyString
    audience: Audience
    purpose: Purpose
    questions: tuple[Question, ...]
    ages: tuple[int, int] | None = None  # the child ages this version is the default for
    pictures: bool = False  # the picture version: pictures, read aloud, big targets

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)
