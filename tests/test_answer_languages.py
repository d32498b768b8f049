"""An IRO reads answers given in another language: the caseload and the child's page say which language and that an
interpreter may be needed, and the answers page shows each question in the IRO's language beside the answer as
given, the person's own words marked with their language."""

from app.extensions import db
from app.invitations.sending import invite
from app.models import Channel, Contact, Respondent
from app.questionnaires import registry
from app.submissions.saving import save_answer
from app.submissions.sending import send_answers
from tests.conftest import sign_in
from tests.factories import create_child, create_staff


def sent_views(child, respondent: Respondent, answers: dict, contact: Contact | None = None) -> None:
    """Someone's views, answered and sent as they would be on the web or by text."""
    invitation = invite(child, respondent, Channel.WEB, contact=contact).invitation
    questionnaire = registry.get(invitation.questionnaire)
    for question_id, value in answers.items():
        save_answer(invitation, questionnaire.question(question_id), value)
    send_answers(invitation)
    db.session.commit()


def a_polish_parents_views(child) -> None:
    jan = Contact(child=child, respondent=Respondent.PARENT, name="Jan Kowalski", language="pl")
    db.session.add(jan)
    sent_views(child, Respondent.PARENT, {
        "child_doing": "well", "child_doing_more": "Syn jest szczęśliwy w nowej szkole", "understand_plan": "yes",
        "interpreter": "yes", "interpreter_language": "polski",
    }, contact=jan)


def the_row_for(browser, child):
    return next(tr for tr in browser.page.select("tbody tr") if child.full_name in tr.get_text())


def test_the_caseload_and_the_childs_page_say_a_parent_answered_in_polish(app, browser):
    iro = create_staff()
    child = create_child(iro=iro)
    a_polish_parents_views(child)
    sign_in(browser, iro)

    browser.get("/staff/")
    row = " ".join(the_row_for(browser, child).get_text().split())
    assert "Answered in Polish — you may need an interpreter" in row

    browser.follow(child.full_name)
    [view] = [li for li in browser.page.select("li") if "views sent" in li.get_text()]
    assert "Parent" in view.get_text()
    assert "Answered in Polish — you may need an interpreter" in " ".join(view.get_text().split())


def test_the_answers_page_shows_the_question_in_the_iros_language_beside_the_answer_as_given(app, browser):
    iro = create_staff()
    child = create_child(iro=iro)
    a_polish_parents_views(child)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Parent: views sent")

    assert "Answered in Polish — you may need an interpreter" in browser.text()
    answers = {
        " ".join(row.dt.get_text().split()): row.dd
        for row in browser.page.select(".govuk-summary-list__row")
    }
    own_words = answers["Tell us more about how your child is doing"].find(lang="pl")
    assert own_words.get_text() == "Syn jest szczęśliwy w nowej szkole" and own_words["dir"] == "auto"
    chosen = answers["How do you think your child is doing?"]
    assert chosen.get_text(strip=True) == "Well", "a choice is shown in the IRO's language"
    assert chosen.find(lang=True) is None


def test_words_added_to_a_choice_are_marked_with_their_language_and_read_right_to_left(app, browser):
    iro = create_staff()
    child = create_child(iro=iro)
    child.preferred_language = "ar"
    sent_views(child, Respondent.CHILD, {"share_words": "yes", "invite": {"selected": ["carer", "other"], "other": "عمي"}})
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    assert "Answered in Arabic — you may need an interpreter" in browser.text()
    browser.follow("Child: views sent")

    [invite_row] = [row for row in browser.page.select(".govuk-summary-list__row") if "Who would you like at your meeting?" in row.dt.get_text()]
    answer = invite_row.dd
    assert answer.get_text().startswith("The adults you live with, Someone else, ")
    assert answer.find(lang="ar", dir="auto").get_text() == "عمي"


def test_nothing_is_said_of_views_in_the_iros_own_language(app, browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sent_views(child, Respondent.CHILD, {"share_words": "yes", "going_well": "Football"})
    sign_in(browser, iro)

    browser.get("/staff/")
    assert "New views" in the_row_for(browser, child).get_text()
    assert "interpreter" not in browser.text()
    browser.follow(child.full_name)
    assert "interpreter" not in browser.text()
    browser.follow("Child: views sent")
    assert "interpreter" not in browser.text()
    assert browser.page.find(string="Football").parent["lang"] == "en"
