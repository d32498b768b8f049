"""The caseload: search, filters, pages, who has answered, and a fixed number of queries however large."""

from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event

from app.consult.tokens import create_invitation as make_invitation
from app.extensions import db
from app.models import Respondent, Review, Role
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.test_routing import send_views


def names(browser) -> list[str]:
    return [row.a.get_text() for row in browser.page.select("tbody tr")]


def test_search_finds_a_child_by_name_or_reference(browser):
    iro = create_staff()
    ruby = create_child(iro=iro, first_name="Ruby")
    create_child(iro=iro, first_name="Oscar")
    sign_in(browser, iro)
    browser.submit({"q": "rub", "show": ""}, form_index=0)
    assert names(browser) == [ruby.full_name]
    browser.get(f"/staff/?q={ruby.reference.lower()}")
    assert names(browser) == [ruby.full_name]
    browser.get("/staff/?q=nobody-here")
    assert "No children match" in browser.text()
    browser.get("/staff/?q=%25")
    assert "No children match" in browser.text(), "a % typed in the search is not a wildcard"


def test_filters_due_soon_overdue_unread_and_no_views(browser, new_browser):
    iro = create_staff()
    soon = create_child(iro=iro, first_name="Soon", review_in_days=5)
    late = create_child(iro=iro, first_name="Late", review_in_days=-3)
    far = create_child(iro=iro, first_name="Far", review_in_days=60)
    send_views(new_browser(), far)
    sign_in(browser, iro)
    browser.get("/staff/?show=due_soon")
    assert names(browser) == [soon.full_name]
    browser.get("/staff/?show=overdue")
    assert names(browser) == [late.full_name]
    browser.get("/staff/?show=unread")
    assert names(browser) == [far.full_name]
    browser.get("/staff/?show=no_views")
    assert sorted(names(browser)) == sorted([soon.full_name, late.full_name])
    browser.get("/staff/?show=nonsense")
    assert len(names(browser)) == 3


def test_caseload_shows_whose_views_are_in_and_who_is_still_to_answer(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    send_views(new_browser(), child)
    invitation, _ = make_invitation(child, child.next_review, "parent")
    invitation.respondent = Respondent.PARENT
    db.session.commit()
    sign_in(browser, iro)
    row = browser.page.select("tbody tr")[0].get_text(" ", strip=True)
    assert "In: Child" in row and "Waiting for: Parent" in row


def test_a_large_caseload_comes_in_pages(browser):
    manager = create_staff(role=Role.MANAGER)
    for _ in range(55):
        create_child(iro=None)
    sign_in(browser, manager)
    assert "55 children" in browser.text()
    assert len(names(browser)) == 50
    browser.follow("Next")
    assert len(names(browser)) == 5
    browser.get("/staff/?page=999")
    assert len(names(browser)) == 5
    browser.get("/staff/?page=abc")
    assert len(names(browser)) == 50


def test_a_caseload_of_many_pages_links_the_first_the_last_and_those_near(browser, monkeypatch):
    monkeypatch.setattr("app.caseload.listing.PAGE_SIZE", 2)
    manager = create_staff(role=Role.MANAGER)
    for _ in range(30):
        create_child(iro=None)
    sign_in(browser, manager)
    browser.get("/staff/?page=7")
    links = [" ".join(item.get_text().split()) for item in browser.page.select(".govuk-pagination__item")]
    assert links == ["1", "⋯", "6", "7", "8", "⋯", "15"]
    assert browser.page.select_one(".govuk-pagination__item--current").get_text(strip=True) == "7"


@contextmanager
def counting_queries():
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def caseload_queries(browser, staff) -> int:
    with counting_queries() as statements:
        browser.get("/staff/")
    return len(statements)


def test_the_caseload_runs_the_same_queries_for_3_children_or_40(browser, new_browser):
    iro = create_staff()
    for _ in range(3):
        create_invitation(create_child(iro=iro))
    sign_in(browser, iro)
    few = caseload_queries(browser, iro)
    for _ in range(37):
        child = create_child(iro=iro)
        create_invitation(child)
        child.reviews.append(Review(due_on=date.today() - timedelta(days=200), held_on=date.today() - timedelta(days=201)))
    db.session.commit()
    many = caseload_queries(browser, iro)
    assert many == few, (few, many)
    assert many <= 6


def test_child_page_shows_reviews_allocations_and_who_looked(browser, new_browser):
    from app.models import Allocation, ParticipationCode

    old_iro, iro = create_staff(name="Olu Old"), create_staff(name="Nia New")
    child = create_child(iro=old_iro, review_in_days=20)
    child.reviews.append(Review(due_on=date(2026, 3, 1), held_on=date(2026, 3, 3), participation_code=ParticipationCode.PN6))
    child.current_allocation.ends_on = date(2026, 6, 1)
    child.allocations.append(Allocation(iro=iro, starts_on=date(2026, 6, 1)))
    db.session.commit()
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    text = browser.text()
    assert "3 Mar 2026 No, late PN6" in text
    assert "Nia New: 1 Jun 2026 – now" in text and "Olu Old:" in text
    browser.get(f"/staff/children/{child.id}")
    assert text.count("looked at this record") < browser.text().count("looked at this record")


def test_printable_summary_holds_every_view_for_the_next_review_and_is_audited(browser, new_browser):
    from app.models import AuditEvent

    iro = create_staff()
    child = create_child(iro=iro)
    send_views(new_browser(), child)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Print a summary")
    assert "Sharing your words: Ask me first" in browser.text()
    assert "I got into the football team" in browser.text()
    actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.child_id == child.id)).all()
    assert "printed_summary" in actions and "viewed_answers" in actions


def test_the_order_follows_flags_views_and_reviews_as_they_change(browser, new_browser):
    """Open urgent flags first, then new views, then the soonest review; each moves as staff act on it."""
    from tests.test_urgent_flags import flag

    iro = create_staff()
    later = create_child(iro=iro, first_name="Later", review_in_days=30)
    sooner = create_child(iro=iro, first_name="Sooner", review_in_days=5)
    viewed = create_child(iro=iro, first_name="Viewed", review_in_days=20)
    flagged = create_child(iro=iro, first_name="Flagged", review_in_days=25)
    sign_in(browser, iro)  # which opens the caseload
    assert names(browser) == [sooner.full_name, viewed.full_name, flagged.full_name, later.full_name]

    send_views(new_browser(), viewed)
    submission = flag(new_browser, flagged)
    browser.get("/staff/")
    assert names(browser) == [flagged.full_name, viewed.full_name, sooner.full_name, later.full_name]

    browser.get(f"/staff/views/{submission.id}")
    index = next(i for i, f in enumerate(browser.page.find_all("form")) if "handled" in f.get("action", ""))
    browser.submit({"action": "Spoke to the child's carer the same afternoon."}, form_index=index)
    browser.get(f"/staff/children/{viewed.id}")
    browser.follow("views sent")
    browser.submit(form_index=next(i for i, f in enumerate(browser.page.find_all("form")) if f.get("action", "").endswith("/read")))
    browser.get("/staff/")
    assert names(browser) == [sooner.full_name, viewed.full_name, flagged.full_name, later.full_name]
    assert "Urgent" not in browser.page.select("tbody tr")[2].get_text()

    later.reviews[0].due_on = date.today() + timedelta(days=1)  # the meeting was brought forward
    db.session.commit()
    browser.get("/staff/")
    assert names(browser)[0] == later.full_name



def test_the_app_keeps_the_figures_up_to_date_once_however_many_apps_are_made(app, monkeypatch):
    from app import create_app
    from app.caseload import figures

    create_app("test")
    child = create_child(iro=create_staff())
    refreshed = []
    monkeypatch.setattr(figures, "refresh", lambda connection, child_ids=None: refreshed.append(child_ids))
    child.reviews[0].due_on += timedelta(days=1)
    db.session.commit()
    assert refreshed == [[child.id]]
