"""A whole consultation by text, through Twilio's signed webhooks and the outbox, ending with the IRO."""

from datetime import timedelta

from sqlalchemy import select

from app.extensions import db
from app.models import ConversationState, InboundSms, OutboundSms, Respondent, SmsConversation, Submission, SubmissionState
from app.models.time import utcnow
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.phones import Phone, invite_by_text, link_path

NUMBER = "+447911123456"

# child_8_11 by text: the reply to each of its twelve questions.
REPLIES = ["1", "2", "Happy", "yes", "3", "1", "Football with my friends", "SKIP", "2", "3", "1", "1", "1", "3", "1", "No"]


def test_a_whole_consultation_by_text_reaches_the_iros_caseload(app, twilio, browser):
    iro = create_staff(name="Amara Okafor")
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Send a text invitation")
    browser.submit({"mobile": "07911 123456", "respondent": "child"})
    assert "The text invitation is on its way." in browser.text()

    phone = Phone(app, twilio, NUMBER)
    [invitation] = phone.new_texts()
    assert f"Listen to Me from Anytown Council: you have a message. The meeting will be before {child.next_review.due_on.strftime('%-d %B')}." in invitation
    assert link_path(invitation).startswith("/c/")
    assert "care" not in invitation.lower() and "IRO" not in invitation, "who it is from, without jargon that reveals care"

    [first] = phone.reply("Yes")  # one text: who reads the answers, then the first question
    assert first.startswith("Your answers go to your IRO.")
    assert "\n1 of about 16: Can your IRO share what you say at your review?" in first
    assert "\n1 Yes, they can share it\n2 Ask me first" in first
    for number, reply in enumerate(REPLIES[:-1], start=2):
        [question] = phone.reply(reply)
        # Coming to part of the meeting (question 9) opens one more question, running part of it: so the count
        # is "of about 16" (every question there can be) from the start, and never jumps.
        assert question.startswith(f"{number} of about 16: "), question
    [check] = phone.reply(REPLIES[-1])
    assert check.startswith("Answered: 15. Skipped: 1. Reply SEND")
    assert "Football" not in check, "texts never echo answers"
    assert phone.reply("send") == ["Thank you. Your answers have gone to your IRO."]

    submission = db.session.scalar(select(Submission))
    assert submission.state is SubmissionState.SUBMITTED and submission.review == child.next_review
    values = submission.answer_values()
    assert values["share_words"] == "yes" and values["feeling"] == "4" and values["home"] == "4"
    assert values["safe_at_home"] == "yes" and values["going_well"] == "Football with my friends" and values["worries"] == ""

    browser.get("/staff/")
    row = next(tr for tr in browser.page.select("tr") if child.full_name in tr.get_text())
    assert "New views" in row.get_text()


def test_switching_from_text_to_web_and_back_carries_on_in_one_submission(app, twilio, new_browser):
    child = create_child(iro=create_staff())
    invite_by_text(child)
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.reply("yes")
    phone.reply("1")  # share_words
    [link_text] = phone.reply("LINK")
    assert link_text.startswith("Open https://")

    web = new_browser()
    web.get(link_path(link_text))
    assert web.h1  # the start page, resuming
    web.get("/consultation/feeling")
    web.submit({"answer": "5"})
    web.submit({"answer": "3"})  # home
    assert web.response.request.path == "/consultation/safe_at_home"

    # Back to the phone: the question asked by text was answered on the web, so the next one comes.
    [question] = phone.reply("hello")
    assert question.startswith("4 of about 16: Do you feel safe where you live?")
    [question] = phone.reply("1")
    assert question.startswith("5 of about 16: How is school going?")

    web.get("/consultation")
    assert "/consultation/school" in str(web.page)
    # The web page counts the question as the text did.
    web.get("/consultation/school")
    assert " ".join(web.page.select_one("main .govuk-caption-l").get_text().split()) == "Question 5 of about 16"
    values = db.session.scalar(select(Submission)).answer_values()
    assert values == {"share_words": "yes", "feeling": "5", "home": "3", "safe_at_home": "yes"}
    assert db.session.scalar(select(db.func.count(Submission.id))) == 1


def test_the_first_link_still_works_after_asking_for_another(app, twilio, new_browser):
    child = create_child(iro=create_staff())
    invite_by_text(child)
    phone = Phone(app, twilio, NUMBER)
    [invitation] = phone.new_texts()
    [fresh] = phone.reply("link")
    assert link_path(fresh) != link_path(invitation)
    for text in (invitation, fresh):
        new_browser().get(link_path(text))


def test_stop_records_the_opt_out_and_nothing_more_is_sent_until_start(app, twilio):
    child = create_child(iro=create_staff())
    conversation = invite_by_text(child)
    phone = Phone(app, twilio, NUMBER)
    assert phone.new_texts() and phone.reply(" Stop ") == []
    assert conversation.phone.opted_out_at is not None
    assert phone.reply("1") == [] and phone.reply("HELP") == []
    queued = db.session.scalar(select(db.func.count(OutboundSms.id)))
    invite_by_text(create_child(iro=create_staff()))
    assert phone.new_texts() == []
    assert db.session.scalar(select(db.func.count(OutboundSms.id))) == queued, "nothing is even queued"

    assert phone.reply("start") == []
    assert conversation.phone.opted_out_at is None
    [question] = phone.reply("yes")
    assert "\n1 of about 16" in question


def test_every_opt_out_word_stops_texts(app, twilio):
    for word in ("STOPALL", "unsubscribe", "Cancel", "end", "QUIT.", "revoke", "OptOut"):
        conversation = invite_by_text(create_child(iro=create_staff()), number="+447911123457")
        phone = Phone(app, twilio, "+447911123457")
        phone.reply(word)
        assert conversation.phone.opted_out_at is not None, word
        phone.reply("START")


def test_help_gives_the_service_number_childline_and_shout_and_wins_over_an_answer(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.reply("YES")
    [help_text] = phone.reply("help")
    assert "01234 567890" in help_text and "Childline: call 0800 1111" in help_text and "Shout: text 85258" in help_text
    assert db.session.scalar(select(Submission)) is None, "HELP was not taken as an answer"


def test_back_and_skip(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.reply("yes")
    assert phone.reply("BACK") == ["This is the first question.", phone.twilio.bodies_to(NUMBER)[-1]]
    phone.reply("2")
    [again] = phone.reply("back")
    assert again.startswith("1 of about 16")
    [following] = phone.reply("skip")
    assert following.startswith("2 of about 16")
    assert db.session.scalar(select(Submission)).answer_values() == {"share_words": ""}


def test_adults_may_skip_only_optional_questions(app, twilio):
    invite_by_text(create_child(iro=create_staff()), respondent=Respondent.PARENT)
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    intro, first = phone.reply("yes")
    assert "SKIP to skip a question marked optional" in intro
    [refusal] = phone.reply("SKIP")
    assert refusal.startswith("This question needs an answer.")


def test_a_wrong_number_gets_a_clear_message(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.reply("yes")
    [again] = phone.reply("7")
    assert again.startswith("Sorry, that is not one of the choices.\n1 of about 16: "), "the error, then the question again"


def test_an_unsafe_answer_raises_the_urgent_flag_at_once_and_sends_help(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.reply("yes")
    for reply in ("1", "3", "3"):
        phone.reply(reply)
    help_text, following = phone.reply("No")  # "Do you feel safe where you live?"
    assert "Childline" in help_text and following.startswith("5 of about 16")
    submission = db.session.scalar(select(Submission))
    assert submission.urgent_at is not None and submission.urgent_reason == "answer"


def test_a_long_reply_sent_in_several_segments_is_kept_whole(app, twilio):
    invite_by_text(create_child(iro=create_staff()), respondent=Respondent.PARENT)  # answers of up to 1000 characters
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    question = phone.reply("yes")[-1]
    while "\n1 " in question:  # choose the first option until a question asks for words
        [question] = phone.reply("1")
    long_reply = ("I would like to tell you about my week at school and at home. " * 10)[:600]
    # Twilio joins a long text's segments and sends it as one Body, with NumSegments saying how many there were.
    phone.text(long_reply)
    phone.new_texts()
    values = db.session.scalar(select(Submission)).answer_values()
    assert long_reply.strip() in values.values()


def test_a_quiet_conversation_gets_one_nudge_then_expires_and_can_carry_on(app, twilio):
    conversation = invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.reply("yes")
    phone.reply("1")

    conversation.last_activity_at = utcnow() - timedelta(hours=25)
    db.session.commit()
    assert phone.new_texts() == ["You have not finished your questions. Reply to carry on, or LINK to answer on the web."]
    assert phone.new_texts() == [], "only one nudge"

    conversation.last_activity_at = utcnow() - timedelta(days=3, minutes=1)
    db.session.commit()
    assert phone.new_texts() == []
    assert conversation.state is ConversationState.EXPIRED
    welcome, question = phone.reply("hi")
    assert welcome.startswith("Welcome back") and question.startswith("2 of about 16")


def test_an_unknown_number_gets_a_neutral_reply_and_only_the_fact_is_kept(app, twilio):
    phone = Phone(app, twilio, "+447911999999")
    response = phone.text("Hello, is this about my review?")
    assert b"we cannot answer messages from this number" in response.data
    assert b"01234 567890" in response.data and b"999" in response.data and b"Childline" not in response.data
    [fact] = db.session.scalars(select(InboundSms)).all()
    assert fact.phone_id is None
    assert db.session.scalar(select(db.func.count(OutboundSms.id))) == 0
    assert db.session.scalar(select(db.func.count(SmsConversation.id))) == 0


def test_a_duplicate_message_sid_is_handled_once(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    phone.text("yes", sid="SM" + "1" * 32)
    phone.text("yes", sid="SM" + "1" * 32)
    assert len(phone.new_texts()) == 1  # the introduction with the first question, once
    assert db.session.scalar(select(db.func.count(InboundSms.id))) == 1


def test_a_reminder_goes_five_working_days_before_the_review_to_anyone_not_started(app, twilio):
    child = create_child(iro=create_staff(), review_in_days=3)
    invite_by_text(child)
    phone = Phone(app, twilio, NUMBER)
    invitation, reminder = phone.new_texts()
    due = child.next_review.due_on.strftime("%-d %B")
    assert reminder.startswith(f"Listen to Me from Anytown Council: a reminder, we would like to hear from you. The meeting will be before {due}.")
    assert phone.new_texts() == []


def test_the_staff_form_refuses_a_number_that_is_not_a_mobile(app, browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/text-invitation")
    browser.submit({"mobile": "0123", "respondent": "child"})
    assert browser.errors() == ["Enter a UK mobile number, like 07700 900 982, or an international one starting with +"]
    browser.submit({"mobile": "020 7946 0000", "respondent": "parent"})
    assert browser.page.title.string.startswith("Error:")
    assert db.session.scalar(select(db.func.count(OutboundSms.id))) == 0




def test_a_reply_too_long_to_keep_whole_keeps_its_start_and_says_how_to_change_it(app, twilio):
    invite_by_text(create_child(iro=create_staff()))  # a child: answers of up to 500 characters
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    question = phone.reply("yes")[-1]
    while "\n1 " in question:
        [question] = phone.reply("1")
    long_reply = ("My football team won the cup and I scored twice in the final match. " * 10)[:620]
    told, following = phone.reply(long_reply)
    assert told == "Your answer was long, so we kept the first 500 characters. To send a shorter one or leave it out, reply BACK."
    assert following.startswith(("8 of", "9 of", "10 of"))
    values = db.session.scalar(select(Submission)).answer_values()
    assert long_reply[:500].strip() in values.values()


def test_each_question_says_how_to_answer_it_and_the_count_never_jumps(app, twilio):
    import re

    invite_by_text(create_child(iro=create_staff()), respondent=Respondent.PARENT)  # the parent's version has follow-ups
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    question = phone.reply("yes")[-1]
    totals, seen_choice, seen_words = set(), False, False
    while re.match(r"\d+ of ", question):
        totals.add(re.match(r"\d+ of about (\d+):", question).group(1))
        if "\n1 " in question:
            assert re.search(r"Reply 1 to \d+\.|Reply with the numbers, like 1 3\.", question), question
            seen_choice = True
            [question] = phone.reply("1")[-1:]
        else:
            assert "Reply with a few words" in question or "Reply with a date" in question, question
            seen_words = True
            [question] = phone.reply("Fine, thank you")[-1:]
    assert len(totals) == 1, f"the count moved: {totals}"
    assert seen_choice and seen_words
    assert question.startswith("Answered: ")


def test_a_child_is_told_they_can_skip_a_question_asking_for_words(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    phone = Phone(app, twilio, NUMBER)
    phone.new_texts()
    question = phone.reply("yes")[-1]
    while "\n1 " in question:
        [question] = phone.reply("1")
    assert question.endswith("Reply with a few words, or SKIP.")
