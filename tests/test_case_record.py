"""A review's views downloaded for the council's case record: the PDF a document store files, and the same as JSON."""

import io
import json
from datetime import date, timedelta

from pypdf import PdfReader

from app.audit.actions import Action
from app.extensions import db
from app.models import AuditEvent, Review
from app.questionnaires import registry
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.journeys import ANSWERS, answer_everything, flag, send_views


def download(browser, child, kind: str) -> bytes:
    """Open the child's page and follow the download link, as the IRO does."""
    browser.get(f"/staff/children/{child.id}")
    browser.follow(f"Download for the case record ({kind})")
    assert "attachment" in browser.response.headers["Content-Disposition"]
    return browser.response.data


def test_the_json_has_every_question_as_asked_and_every_answer_as_given(app, browser, new_browser):
    iro = create_staff(name="Amara Okafor")
    child = create_child(iro=iro, age=9)
    send_views(new_browser(), child)
    sign_in(browser, iro)

    document = json.loads(download(browser, child, "JSON"))

    assert browser.response.mimetype == "application/json"
    assert document["child"] == {"reference": child.reference, "name": f"{child.first_name} {child.last_name}"}
    assert document["review"]["id"] == child.next_review.id
    assert document["review"]["due_on"] == child.next_review.due_on.isoformat()
    assert document["review"]["held_on"] is None
    assert document["iro"] == "Amara Okafor"
    assert document["generated_at"].startswith(date.today().isoformat()[:4])
    (view,) = document["views"]
    assert view["respondent"] == "child" and view["questionnaire"] == "child_8_11"
    questions = {q.id: q for q in registry.get("child_8_11").questions}
    answers = {a["question_id"]: a for a in view["answers"]}
    assert list(answers) == list(ANSWERS)
    for question_id, given in ANSWERS.items():
        answer = answers[question_id]
        assert answer["question"] == str(questions[question_id].title)
        assert answer["skipped"] is (given == "")
        if given == "":
            assert answer["answer"] is None
    assert answers["going_well"]["answer"] == "I got into the football team"
    assert answers["safe_at_home"]["answer"] == "Yes"
    assert answers["feeling"]["answer"] == next(str(o.label) for o in questions["feeling"].options if o.value == "4")
    assert document["reply_to_child"] is None


def test_the_pdf_opens_with_a_title_block_the_answers_and_page_numbers(app, browser, new_browser):
    iro = create_staff(name="Amara Okafor")
    child = create_child(iro=iro)
    send_views(new_browser(), child)
    someone_else = create_child(iro=iro, first_name="Robin")
    flag(new_browser, someone_else)  # another child's urgent flag is on every workspace page, never in this file
    sign_in(browser, iro)

    pdf = download(browser, child, "PDF")

    assert pdf.startswith(b"%PDF") and browser.response.mimetype == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages >= 1
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert f"reference {child.reference}" in text
    assert "IRO: Amara Okafor" in text
    assert "Review date: " + format(child.next_review.due_on.day) in text
    assert "I got into the football team" in text
    assert "Skipped" in text  # worries and anything else
    assert f"Page {pages} of {pages}" in text
    assert someone_else.reference not in text and "Robin" not in text and "Urgent" not in text


POLISH = "Lubię szkołę i moją rodzinę zastępczą"
UKRAINIAN = "Мені подобається грати у футбол з друзями"
ARABIC = "أحب مدرستي وأصدقائي"


def test_the_pdf_keeps_every_letter_of_polish_ukrainian_and_arabic_answers_and_runs_arabic_right_to_left(app, browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    child_browser = new_browser()
    child_browser.get(create_invitation(child))
    child_browser.follow("Start now")
    answer_everything(child_browser, {**ANSWERS, "going_well": POLISH, "worries": UKRAINIAN, "anything_else": ARABIC})
    child_browser.submit()
    assert child_browser.h1 == "Your answers have been sent"
    sign_in(browser, iro)

    page = PdfReader(io.BytesIO(download(browser, child, "PDF"))).pages[0]
    starts = {}  # each answer's text, and where on the page (points from the left edge) its line starts

    def seen(text, _matrix, text_matrix, _font, _size):
        starts.setdefault(text.strip(), text_matrix[4])

    text = page.extract_text(visitor_text=seen)
    assert POLISH in text and UKRAINIAN in text
    assert POLISH in starts and UKRAINIAN in starts, "each answer is a line of its own, every letter as written, no ?"
    assert ARABIC in starts, "the Arabic answer is in the PDF, its letters in the order they were written"
    middle = float(page.mediabox.width) / 2
    assert starts[POLISH] < middle and starts[UKRAINIAN] < middle, "left-to-right answers start on the left"
    assert starts[ARABIC] > middle, "the Arabic answer runs right to left, from the right-hand side"


def test_downloading_is_audited_and_marks_the_review_exported(app, browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    submission = send_views(new_browser(), child)
    sign_in(browser, iro)
    assert child.next_review.exported_at is None

    download(browser, child, "PDF")

    db.session.expire_all()
    review = db.session.get(Review, child.next_review.id)
    assert review.exported_at is not None
    events = db.session.scalars(db.select(AuditEvent).where(AuditEvent.child_id == child.id, AuditEvent.staff_id == iro.id)).all()
    assert {(e.action, e.submission_id) for e in events} >= {
        (Action.EXPORTED_REVIEW.value, None), (Action.VIEWED_ANSWERS.value, submission.id)
    }
    browser.get(f"/staff/children/{child.id}")
    assert "Last downloaded" in browser.text()
    assert "downloaded a review's views for the case record" in browser.text()


def test_the_last_review_held_can_be_downloaded_with_the_iros_reply(app, browser):
    iro = create_staff()
    child = create_child(iro=iro, review_in_days=None)
    held = Review(due_on=date.today() - timedelta(days=40), held_on=date.today() - timedelta(days=41),
                  reply_to_child="We agreed you can stay with your carer.", chaired_by=iro)
    child.reviews.append(held)
    child.reviews.append(Review(due_on=date.today() + timedelta(days=140)))
    db.session.commit()
    sign_in(browser, iro)

    browser.get(f"/staff/children/{child.id}")
    links = [a["href"] for a in browser.page.select("#case-record a")]
    assert len(links) == 4  # the last held and the next, each as PDF and JSON
    browser.get(links[1])
    document = json.loads(browser.response.data)
    assert document["review"]["held_on"] == held.held_on.isoformat()
    assert document["views"] == []
    assert document["reply_to_child"] == "We agreed you can stay with your carer."
    browser.get(links[0])
    text = " ".join(PdfReader(io.BytesIO(browser.response.data)).pages[0].extract_text().split())
    assert "We agreed you can stay with your carer." in text and "No views were sent for this review." in text


def test_another_iro_is_refused_and_the_refusal_audited(app, browser, new_browser):
    child = create_child(iro=create_staff())
    send_views(new_browser(), child)
    other_iro = create_staff()
    other_child = create_child(iro=other_iro)
    sign_in(browser, other_iro)
    review = child.next_review

    for kind in ("pdf", "json"):
        browser.get(f"/staff/children/{child.id}/reviews/{review.id}/case-record.{kind}", status=403)
    # Their own child's page with someone else's review in the address is not found.
    browser.get(f"/staff/children/{other_child.id}/reviews/{review.id}/case-record.pdf", status=404)

    db.session.expire_all()
    assert db.session.get(Review, review.id).exported_at is None
    refused = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.child_id == child.id, AuditEvent.staff_id == other_iro.id)).all()
    assert refused == [Action.ACCESS_REFUSED.value] * 2


def test_signed_out_people_are_sent_to_sign_in(app, browser):
    child = create_child(iro=create_staff())
    browser.get(f"/staff/children/{child.id}/reviews/{child.next_review.id}/case-record.json")
    assert browser.response.request.path == "/staff/sign-in"
