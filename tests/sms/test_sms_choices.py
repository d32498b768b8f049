"""Several choices by text: every usual way of writing them is read in full, and a reply read only in part is
asked again and nothing of it saved ("1 and 3" was once saved as "1")."""

import pytest
from sqlalchemy import select

from app.extensions import db
from app.models import Submission
from tests.factories import create_child, create_staff
from tests.helpers.phones import Phone, invite_by_text

NUMBER = "+447911123456"


def at_the_invite_question(app, twilio) -> Phone:
    """A 13-year-old by text, skipping to "Who would you like at your meeting?" (children may skip any question)."""
    child = create_child(iro=create_staff(), age=13)
    invite_by_text(child)
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    question = phone.reply("yes")[-1]
    while "Who would you like at your meeting?" not in question and "Who to invite" not in question:
        [question] = phone.reply("SKIP")
    return phone


def saved_invite():
    submission = db.session.scalar(select(Submission))
    db.session.refresh(submission)
    return [answer.value for answer in submission.answers if answer.question_id == "invite"]


@pytest.mark.parametrize("reply", ["1 3", "1,3", "1, 3", "1 and 3", "1 & 3", "1 3.", "The adults you live with, Other family",
                                   "the adults you live with and other family"])
def test_several_choices_written_any_usual_way_are_all_kept(app, twilio, reply):
    phone = at_the_invite_question(app, twilio)
    [following] = phone.reply(reply)
    assert "Where would you like your meeting to be?" in following or "Where the meeting is" in following
    [answer] = saved_invite()
    assert answer["selected"] == ["carer", "family"]


@pytest.mark.parametrize("reply", ["1 and my nan", "1 3 9", "1 and lots", "carers and cake"])
def test_a_reply_read_only_in_part_is_asked_again_and_nothing_saved(app, twilio, reply):
    phone = at_the_invite_question(app, twilio)
    [again] = phone.reply(reply)
    assert again.startswith("We could not read all of that, so nothing was saved. Reply with numbers from 1 to 7")
    assert saved_invite() == []


def test_something_else_takes_the_words_after_the_numbers(app, twilio):
    phone = at_the_invite_question(app, twilio)
    phone.reply("1, 6 my nan")
    [answer] = saved_invite()
    assert answer == {"selected": ["carer", "other"], "other": "my nan"}


def test_a_single_choice_may_end_with_a_full_stop(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.reply("yes")
    [following] = phone.reply("1.")
    assert following.startswith("2 of ")
