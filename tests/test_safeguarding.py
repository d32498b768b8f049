"""Safeguarding that never misses: ordinary phrasing flags, "I don't feel safe" works at every point, and each
help page tells the truth to the person reading it (a child, or a parent, carer or professional)."""

import pytest
from sqlalchemy import func, select

from app.definitions.questionnaire import Kind
from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.models import OutboundEmail, Respondent, Role, StaffAlert
from app.questionnaires import registry
from app.safeguarding.words import mentions_harm, normalise, phrases_in
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.journeys import the_submission
from tests.helpers.staff_pages import banner
from tests.helpers.walking import form_data, walk_to

MUST_FLAG = [
    "My carer shouts a lot and he hits us when he is cross",
    "honestly sometimes i just want to kms",
    "I am not  safe",
    "I am not\u00a0safe",
    "I am not\nsafe",
    "I am not\u200bsafe",
    "I am not sa\u200bfe",
    "I am not\u00adsafe",
    "I AM NOT SAFE!!!",
    "Ｉ ａｍ ｎｏｔ ｓａｆｅ",
    "i dont feel safe at home",
    "I don’t feel safe",
    "I don't feel very safe here",
    "I feel unsafe at night",
    "he hit me",
    "she hurt me",
    "my brother got punched",
    "I was beaten",
    "he beats my little sister",
    "they kicked us out of the car",
    "he's been touching me",
    "she slaps us when we're naughty",
    "I keep getting hit",
    "my step dad battered my mum",
    "kys",
    "sometimes i wanna die",
    "i want to unalive myself",
    "thinking about unaliving tbh",
    "i just want to end it all",
    "i cut myself again",
    "been self harming",
    "i self-harm",
    "i dont want to be alive anymore",
    "everyone would be better off without me",
    "I'm suicidal",
    "nobody feeds me",
    "there is no food in the house",
    "we get left alone all night",
    "I'm always hungry",
    "they lock me in my room",
    "they make me carry packages to other towns",
    "I take packages to Leeds on the train for them",
    "I met a man online and he wants to meet up",
    "I stay at a man's flat at weekends",
    "my older boyfriend gives me money",
    "he said it's our secret",
    "he asked me for pics",
    "I'm scared of my carer",
    "I am going to run away",
    "he has a knife",
]

MUST_NOT_FLAG = [
    "I got new skills at football",
    "I'm learning skills for my cooking badge",
    "I like my school and my friends",
    "My carer helps me with my homework",
    "I hurt my knee playing football",
    "I hit the ball really hard at cricket",
    "We went to the seaside in the summer",
    "I want to see my mum more",
    "The food is nice and I like pizza",
    "I feel safe where I live",
    "I would like more time on the Xbox",
    "Things are going fine, thank you.",
    "My social worker is kind",
    "I want to be a vet when I grow up",
    "Can we have the meeting after school?",
    "My sister and I share a room",
    "I'm going to a sleepover on Saturday",
    "",
]


@pytest.mark.parametrize("text", MUST_FLAG)
def test_real_phrasing_flags(text):
    assert mentions_harm(text), text


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_ordinary_sentences_do_not_flag(text):
    assert not mentions_harm(text), phrases_in(text)


def test_text_is_normalised_before_matching():
    assert normalise("I’M\u00a0NOT\u200b  Safe,\nOK?") == "im not safe ok"
    assert phrases_in("He HITS us... and I wanna die") == ["hits us", "wanna die"]


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("he hiiits me", ["hiiits me"]),  # letters held down
        ("ngl i wanna kms", ["kms"]),  # text-speak is read as the words it stands for
        ("i got punchd by him", ["got punchd"]),  # a slip of one letter
        ("im gonna run awayyy", ["run awayyy"]),
        ("he said he'd kill me", ["hed kill me"]),  # overlapping findings are one phrase
    ],
)
def test_the_iro_is_shown_the_persons_own_words_however_they_spelled_them(typed, shown):
    assert phrases_in(typed) == shown


def test_an_everyday_saying_that_only_looks_like_harm_stays_quiet_but_harm_beside_it_does_not():
    assert phrases_in("hit me up on snap") == []
    assert phrases_in("hit me up on snap, he hit me yesterday") == ["hit me"]
    assert phrases_in("we got beaten 3 nil") == []


def test_every_do_you_feel_safe_question_flags_no_as_urgent_and_not_sure_to_check_in():
    asked = 0
    for questionnaire in registry.QUESTIONNAIRES.values():
        for question in questionnaire.questions:
            if question.kind is Kind.YES_NO and "feel safe" in str(question.title):
                asked += 1
                assert set(question.urgent_values) == {"no"}, questionnaire.id
                assert set(question.check_in_values) == {"not_sure"}, questionnaire.id
    assert asked >= 4


# --- Through the pages, as a child types it ---------------------------------------------------------------


@pytest.mark.parametrize(
    "age, version, choices, typed, shown",
    [
        (8, "child_8_11", {}, "My carer shouts a lot and he hits us when he is cross", "“hits us”"),
        (15, "child_12_15", {"feeling": "1"}, "honestly sometimes i just want to kms", "“kms”"),
    ],
)
def test_a_child_typing_it_is_flagged_on_the_iros_page_with_the_words(browser, new_browser, age, version, choices, typed, shown):
    iro = create_staff(name="Amara Okafor")
    child = create_child(iro=iro, age=age)
    browser.get(create_invitation(child, version))
    walk_to(browser, version, "worries", choices)
    browser.submit({"answer": typed})
    assert browser.h1 == "Get help now"
    assert "Amara, your IRO, will see what you told us." in browser.text()

    staff = new_browser()
    sign_in(staff, iro)
    assert child.full_name in banner(staff)
    staff.follow(child.full_name + ", flagged")
    assert "Their words may mean they are not safe" in staff.text()
    assert shown in staff.page.select_one("#flagged-words").get_text()


def test_not_sure_if_they_feel_safe_raises_a_check_in_flag_not_an_urgent_one(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    walk_to(browser, "child_8_11", "safe_at_home")
    browser.submit({"answer": "not_sure"})
    assert browser.h1 == "Get help now"
    assert the_submission(child).check_in_at is not None and the_submission(child).urgent_at is None


def test_no_to_do_you_feel_safe_raises_an_urgent_flag(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    walk_to(browser, "child_8_11", "safe_at_home")
    browser.submit({"answer": "no"})
    assert browser.h1 == "Get help now"
    assert the_submission(child).urgent_reason == "answer"


# --- "I don't feel safe", and what the help page says ---------------------------------------------------------

def press_i_dont_feel_safe(browser) -> None:
    index = next(i for i, f in enumerate(browser.page.find_all("form")) if f.get("action", "").endswith("/not-safe"))
    browser.submit({}, form_index=index)
    assert browser.h1 == "Get help now"


def send_calm_answers(browser, child) -> None:
    browser.get(create_invitation(child))
    walk_to(browser, "child_8_11", "anything_else")
    browser.submit(form_data(registry.get("child_8_11"), registry.get("child_8_11").question("anything_else")))
    assert browser.h1 == "Check your answers"
    browser.submit()
    assert browser.h1 == "Your answers have been sent"


def test_i_dont_feel_safe_after_sending_tells_the_iro_and_the_duty_manager(browser, new_browser):
    iro = create_staff(name="Amara Okafor")
    manager = create_staff(role=Role.MANAGER)
    child = create_child(iro=iro)
    send_calm_answers(browser, child)
    assert the_submission(child).urgent_at is None

    press_i_dont_feel_safe(browser)
    assert "Amara, your IRO, will see what you told us." in browser.text()
    assert the_submission(child).urgent_reason == "asked_for_help"
    alerted = db.session.scalars(select(StaffAlert.staff_id).where(StaffAlert.kind == "urgent")).all()
    assert sorted(alerted) == sorted([iro.id, manager.id])
    for member in (iro, manager):
        staff = new_browser()
        sign_in(staff, member)
        assert child.full_name in banner(staff)
    browser.follow("Go back")
    assert browser.h1 == "Your answers have been sent"


def test_get_help_without_a_flag_says_how_to_get_help_and_not_that_the_iro_will_see(browser):
    child = create_child(iro=create_staff(name="Amara Okafor"))
    browser.get(create_invitation(child))
    browser.follow("Get help now")
    text = browser.text()
    assert "will see what you told us" not in text
    assert "Call Childline on 0800 1111" in text and "call 999" in text
    assert "Press the “I don't feel safe” button" in text
    assert the_submission(child) is None or the_submission(child).urgent_at is None


def test_a_closed_flag_raised_again_opens_again_and_staff_are_told_again(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    browser.get(create_invitation(child))
    press_i_dont_feel_safe(browser)
    staff = new_browser()
    sign_in(staff, iro)
    staff.follow(child.full_name + ", flagged")
    index = next(i for i, f in enumerate(staff.page.find_all("form")) if f.get("action", "").endswith("/handled"))
    staff.submit({"action": "Rang the carer at 10:05."}, form_index=index)
    assert banner(staff) == ""
    emails = db.session.scalar(select(func.count(OutboundEmail.id)).where(OutboundEmail.purpose == "staff_alert"))

    browser.follow("Carry on with my answers")
    browser.follow("Get help now")
    assert "will see what you told us" not in browser.text(), "the flag was closed: no one is about to see anything"
    press_i_dont_feel_safe(browser)
    assert "your IRO, will see what you told us." in browser.text()
    assert db.session.scalar(select(func.count(OutboundEmail.id)).where(OutboundEmail.purpose == "staff_alert")) > emails
    staff.get("/staff/")
    assert child.full_name in banner(staff)
    staff.follow(child.full_name + ", flagged")
    assert "Rang the carer at 10:05." in staff.text() and "raised again" in staff.text()


# --- Adults get adults' help ---------------------------------------------------------------------------

def adult_link(child, respondent: Respondent) -> str:
    invitation, token = make_invitation(child, child.next_review, respondent.value)
    invitation.respondent = respondent
    db.session.commit()
    return f"/c/{token}"


@pytest.mark.parametrize("respondent, question", [(Respondent.PARENT, "worries"), (Respondent.CARER, "anything_else")])
def test_a_parent_or_carer_who_writes_a_worrying_word_sees_adult_help(browser, respondent, question):
    child = create_child(iro=create_staff(name="Amara Okafor"))
    browser.get(adult_link(child, respondent))
    walk_to(browser, respondent.value, question)
    browser.submit({"answer": "I think his brother hits him when no one is looking"})
    assert browser.h1 == "Get help now"
    text = browser.text()
    assert "Amara Okafor, the IRO, will see what you told us." in text
    assert "0808 800 5000" in text and "call 999" in text and "01234 567890" in text
    assert "Call children's services on 01234 567000" in text
    assert "Childline" not in text and "your IRO" not in text and "Shout" not in text
    assert browser.page.select("a[href='tel:08088005000']")
    assert the_submission(child).urgent_reason == "words"


def test_a_child_sees_childrens_help_not_the_adults(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    press_i_dont_feel_safe(browser)
    assert "Call Childline on 0800 1111" in browser.text() and "NSPCC" not in browser.text()
