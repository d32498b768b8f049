"""By text, the same words raise the same flag as on the web, at any point of the conversation, and each person
is sent the help that fits them: Childline for a child, the NSPCC for an adult."""

from sqlalchemy import select

from app.extensions import db
from app.models import Respondent, Submission
from tests.factories import create_child, create_staff
from tests.helpers.phones import Phone, invite_by_text

NUMBER = "+447911123456"
# child_8_11 by text, up to "Is anything worrying you?": sharing, feeling, home, safe, school, family, going well.
TO_WORRIES = ["yes", "1", "2", "Happy", "yes", "3", "1", "Football"]


def submission() -> Submission:
    db.session.expire_all()
    return db.session.scalar(select(Submission))


def started(app, twilio, respondent=Respondent.CHILD) -> Phone:
    invite_by_text(create_child(iro=create_staff()), NUMBER, respondent)
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    return phone


def test_worrying_words_in_a_texted_answer_flag_and_send_childrens_help(app, twilio):
    phone = started(app, twilio)
    for reply in TO_WORRIES:
        phone.reply(reply)
    help_text, following = phone.reply("My carer shouts a lot and he hits us when he is cross")
    assert "Childline" in help_text and "NSPCC" not in help_text
    assert following.startswith("9 of about 16")
    assert submission().urgent_at is not None
    assert submission().answer_values()["worries"].endswith("hits us when he is cross")


def test_not_sure_if_they_feel_safe_raises_a_check_in_flag_by_text(app, twilio):
    phone = started(app, twilio)
    for reply in TO_WORRIES[:4]:
        phone.reply(reply)
    help_text, _ = phone.reply("3")  # 3 Not sure, to "Do you feel safe where you live?"
    assert "Childline" in help_text
    assert submission().check_in_at is not None and submission().urgent_at is None


def test_no_to_do_you_feel_safe_flags_as_urgent_by_text(app, twilio):
    phone = started(app, twilio)
    for reply in TO_WORRIES[:4]:
        phone.reply(reply)
    help_text, _ = phone.reply("2")  # 2 No
    assert "Childline" in help_text
    assert submission().urgent_reason == "answer"


def test_words_in_reply_to_a_numbered_question_still_flag(app, twilio):
    phone = started(app, twilio)
    phone.reply("yes")
    texts = phone.reply("i am not\u00a0safe")
    assert any("Childline" in t for t in texts)
    assert submission().urgent_at is not None


def test_saying_it_after_sending_still_flags(app, twilio):
    phone = started(app, twilio)
    for reply in TO_WORRIES + ["SKIP", "2", "3", "1", "1", "1", "3", "1", "No", "send"]:
        phone.reply(reply)
    assert submission().state.value == "submitted" and submission().urgent_at is None
    [help_text] = phone.reply("honestly sometimes i just want to kms")
    assert "Childline" in help_text
    assert submission().urgent_at is not None


def test_a_parent_is_sent_adult_help(app, twilio):
    phone = started(app, twilio, Respondent.PARENT)
    phone.reply("yes")
    texts = phone.reply("He is being hit at home")
    help_text = next(t for t in texts if "999" in t)
    assert "0808 800 5000" in help_text and "children's services on 01234 567000" in help_text
    assert "Childline" not in help_text
    assert submission().urgent_at is not None
    [help_again] = phone.reply("HELP")
    assert "NSPCC" in help_again and "Childline" not in help_again
