"""Importing the caseload from CSV files, by `flask import …` and by the upload page: every bad row reported with
its line, nothing half-imported, and the same file twice changes nothing."""

from datetime import date
from io import BytesIO

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from app.auth.passwords import check_password
from app.extensions import db
from app.imports import reading
from app.models import Allocation, Child, ParticipationCode, PhoneNumber, Review, Role, StaffMember
from tests.conftest import sign_in
from tests.factories import PASSWORD, create_staff
from tests.helpers.imports import children_csv, run
from tests.helpers.staff_pages import upload

STAFF = "email,name,role\nann@example.org,Ann Iro,iro\nbob@example.org,Bob Boss,manager\ncat@example.org,Cat Admin,admin\n"
REVIEWS_HEADER = "child_ref,due_date,held_on,participation_code\n"


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def snapshot() -> list:
    """Everything an import can write, to compare before and after."""
    db.session.expire_all()
    return [
        [(m.email, m.name, m.role, m.password_hash) for m in db.session.scalars(select(StaffMember).order_by(StaffMember.id))],
        [(c.reference, c.first_name, c.last_name, c.date_of_birth, c.looked_after_since, c.preferred_language, c.mobile_id)
         for c in db.session.scalars(select(Child).order_by(Child.id))],
        [(a.child_id, a.iro_id, a.starts_on, a.ends_on) for a in db.session.scalars(select(Allocation).order_by(Allocation.id))],
        [(r.child_id, r.due_on, r.held_on, r.participation_code) for r in db.session.scalars(select(Review).order_by(Review.id))],
        count(PhoneNumber),
    ]


# The command line


def test_staff_children_and_reviews_import_from_the_command_line(app, tmp_path):
    result = run(app, tmp_path, "staff", STAFF)
    assert result.exit_code == 0, result.output
    assert result.output == "Imported: 3 added, 0 updated, 0 unchanged.\n"
    ann = db.session.scalar(select(StaffMember).where(StaffMember.email == "ann@example.org"))
    assert ann.role is Role.IRO and ann.name == "Ann Iro"
    assert not check_password(ann.password_hash, "") and ann.password_hash.startswith("$argon2")

    result = run(app, tmp_path, "children", children_csv(
        "C001,Sam,Lee,2015-03-02,2020-01-01,ann@example.org,07911 123456,en",
        "C002,Jo,Ray,2023-05-01,2024-01-01,Ann@Example.org,,",
    ))
    assert result.exit_code == 0, result.output
    sam = db.session.scalar(select(Child).where(Child.reference == "C001"))
    assert (sam.full_name, sam.date_of_birth, sam.looked_after_since, sam.preferred_language) == (
        "Sam Lee", date(2015, 3, 2), date(2020, 1, 1), "en")
    assert sam.mobile.number == "+447911123456"
    assert sam.current_allocation.iro == ann and sam.current_allocation.starts_on == date.today()
    jo = db.session.scalar(select(Child).where(Child.reference == "C002"))
    assert jo.mobile is None and jo.preferred_language == "en" and jo.current_allocation.iro == ann

    result = run(app, tmp_path, "reviews", REVIEWS_HEADER + "C001,2024-06-01,2024-05-30,pn6\nC001,2030-06-01,,\nC002,2025-01-10,2025-01-09,PN0\n")
    assert result.exit_code == 0, result.output
    assert [(r.due_on, r.held_on, r.participation_code) for r in sam.reviews] == [
        (date(2024, 6, 1), date(2024, 5, 30), ParticipationCode.PN6),
        (date(2030, 6, 1), None, None),
    ]
    assert sam.next_review.due_on == date(2030, 6, 1)


def test_every_bad_child_row_is_reported_with_its_line_and_nothing_is_imported(app, tmp_path):
    iro = create_staff()
    manager = create_staff(role=Role.MANAGER)
    result = run(app, tmp_path, "children", children_csv(
        f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},,",
        f"C002,,Ray,2013-02-31,2020-01-01,{manager.email},123,fr",
        f"C003,Ali,Khan,2015/03/02,2040-01-01,nobody@example.org,,",
        f"C004,Mo,Fry,2016-01-01,2015-01-01,{iro.email},,",
        f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},,",
        "C006,Too,Few",
        f"{'X' * 41},Long,Ref,2015-03-02,2020-01-01,{iro.email},,",
    ))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Line 3: first_name is empty",
        "Line 3: date_of_birth ‘2013-02-31’ is not a date written YYYY-MM-DD, like 2015-03-27",
        f"Line 3: iro_email {manager.email} is not the email of an IRO here: import them as staff with the role iro first",
        "Line 3: mobile ‘123’ is not a mobile number",
        "Line 3: language ‘fr’ is not one we support: use en, cy, pl, ro, ar, uk",
        "Line 4: date_of_birth ‘2015/03/02’ is not a date written YYYY-MM-DD, like 2015-03-27",
        "Line 4: looked_after_since 2040-01-01 is in the future",
        "Line 4: iro_email nobody@example.org is not the email of an IRO here: import them as staff with the role iro first",
        "Line 5: looked_after_since is before date_of_birth",
        "Line 6: child_ref C001 is also on line 2",
        "Line 7: has 3 values, but the first line names 8 columns",
        "Line 8: child_ref is longer than 40 characters",
        "Nothing was imported.",
    ]
    assert count(Child) == 0 and count(Allocation) == 0 and count(PhoneNumber) == 0


def test_every_bad_staff_row_is_reported(app, tmp_path):
    result = run(app, tmp_path, "staff", "email,name,role\nann@example.org,Ann,iro\nnot-an-email,Bo,iro\nANN@example.org,Ann Again,manager\n"
                 "cy@example.org,,boss\n")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Line 3: email ‘not-an-email’ is not an email address",
        "Line 4: email ann@example.org is also on line 2",
        "Line 5: name is empty",
        "Line 5: role ‘boss’ is not one of iro, manager, admin",
        "Nothing was imported.",
    ]
    assert count(StaffMember) == 0


def test_every_bad_review_row_is_reported(app, tmp_path):
    iro = create_staff()
    run(app, tmp_path, "children", children_csv(
        f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},,",
        f"C002,Baby,Lee,2023-05-01,2023-06-01,{iro.email},,",
    ))
    before = snapshot()
    result = run(app, tmp_path, "reviews", REVIEWS_HEADER + "\n".join([
        "C001,2024-06-01,2024-05-30,PN1",
        "C999,2024-06-01,,",
        "C001,2024-07-01,2024-07-01,",
        "C001,2024-08-01,,PN2",
        "C001,2024-09-01,2024-09-01,PN9",
        "C001,2024-10-01,2024-10-01,PN0",
        "C002,2024-10-01,2024-10-01,PN1",
        "C001,2024-06-01,,",
        "C001,,2040-01-01,PN1",
    ]) + "\n")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Line 3: child_ref C999 is not a child here: import the children first",
        "Line 4: held_on and participation_code go together: give both for a review that was held, or leave both empty",
        "Line 5: held_on and participation_code go together: give both for a review that was held, or leave both empty",
        "Line 6: participation_code ‘PN9’ is not one of PN0 to PN7",
        "Line 7: PN0 is for a child under 4 on the day of the review, and only for them",
        "Line 8: PN0 is for a child under 4 on the day of the review, and only for them",
        "Line 9: child_ref and due_date C001 2024-06-01 is also on line 2",
        "Line 10: due_date is empty",
        "Line 10: held_on 2040-01-01 is in the future",
        "Nothing was imported.",
    ]
    assert snapshot() == before


def test_the_same_files_twice_change_nothing(app, tmp_path):
    run(app, tmp_path, "staff", STAFF)
    children = children_csv("C001,Sam,Lee,2015-03-02,2020-01-01,ann@example.org,07911 123456,en")
    reviews = REVIEWS_HEADER + "C001,2024-06-01,2024-05-30,PN6\nC001,2030-06-01,,\n"
    assert run(app, tmp_path, "children", children).exit_code == 0
    assert run(app, tmp_path, "reviews", reviews).exit_code == 0
    before = snapshot()
    assert run(app, tmp_path, "staff", STAFF).output == "Imported: 0 added, 0 updated, 3 unchanged.\n"
    assert run(app, tmp_path, "children", children).output == "Imported: 0 added, 0 updated, 1 unchanged.\n"
    assert run(app, tmp_path, "reviews", reviews).output == "Imported: 0 added, 0 updated, 2 unchanged.\n"
    assert snapshot() == before


def test_a_changed_value_updates_and_a_new_iro_keeps_the_allocation_history(app, tmp_path):
    run(app, tmp_path, "staff", STAFF + "dee@example.org,Dee Iro,iro\n")
    run(app, tmp_path, "children", children_csv("C001,Sam,Lee,2015-03-02,2020-01-01,ann@example.org,07911 123456,en"))
    result = run(app, tmp_path, "children", children_csv("C001,Samuel,Lee,2015-03-02,2020-01-01,dee@example.org,07123 456789,en"))
    assert result.output == "Imported: 0 added, 1 updated, 0 unchanged.\n"
    db.session.expire_all()
    child = db.session.scalar(select(Child).where(Child.reference == "C001"))
    assert child.first_name == "Samuel" and child.mobile.number == "+447123456789"
    assert [(a.iro.email, a.ends_on) for a in child.allocations] == [
        ("ann@example.org", date.today()), ("dee@example.org", None)]

    # Held in the case management system since: the review is updated, not duplicated.
    run(app, tmp_path, "reviews", REVIEWS_HEADER + "C001,2030-06-01,,\n")
    run(app, tmp_path, "reviews", REVIEWS_HEADER + "C001,2030-06-01,2024-05-30,PN1\n")
    # The only review now held, so the next is booked 3 months after it, as the workspace books it.
    assert [(r.due_on, r.held_on, r.participation_code) for r in child.reviews] == [
        (date(2024, 8, 30), None, None), (date(2030, 6, 1), date(2024, 5, 30), ParticipationCode.PN1)]


def test_leaving_out_the_optional_columns_keeps_the_mobile_and_language(app, tmp_path):
    iro = create_staff()
    run(app, tmp_path, "children", children_csv(f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},07911 123456,en"))
    result = run(app, tmp_path, "children", f"child_ref,first_name,last_name,date_of_birth,looked_after_since,iro_email\n"
                                            f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email}\n")
    assert result.output == "Imported: 0 added, 0 updated, 1 unchanged.\n"
    assert db.session.scalar(select(Child)).mobile.number == "+447911123456"


def test_an_import_never_changes_an_existing_accounts_role(app, tmp_path):
    iro = create_staff()
    result = run(app, tmp_path, "staff", f"email,name,role\n{iro.email},{iro.name},manager\n")
    assert result.stderr.splitlines() == [
        f"Line 2: {iro.email} already has an account as iro: an import never changes a role (change it on the staff accounts page)",
        "Nothing was imported.",
    ]
    db.session.expire_all()
    assert iro.role is Role.IRO


def test_an_administrator_cannot_make_themselves_or_anyone_a_manager_by_upload(browser):
    admin = create_staff(role=Role.ADMIN)
    sign_in(browser, admin)
    browser.get("/staff/import")
    upload(browser, "staff", f"email,name,role\n{admin.email},{admin.name},manager\nnew@example.org,New Boss,manager\n".encode(), "staff.csv")
    assert problem_rows(browser) == [
        ["2", f"{admin.email} already has an account as admin: an import never changes a role (change it on the staff accounts page)"],
        ["3", "role manager: only a manager can make a manager's account (on the staff accounts page)"],
    ]
    db.session.expire_all()
    assert admin.role is Role.ADMIN and count(StaffMember) == 1
    browser.get("/staff/", status=403)


def test_a_bom_crlf_blank_lines_and_stray_spaces_are_read(app, tmp_path):
    content = "\ufeffemail , name,role\r\n\r\n  ann@example.org ,  Ann Iro , IRO \r\n,,\r\nbob@example.org,Bob,manager"
    result = run(app, tmp_path, "staff", content)
    assert result.output == "Imported: 2 added, 0 updated, 0 unchanged.\n"
    assert db.session.scalar(select(StaffMember).where(StaffMember.email == "ann@example.org")).name == "Ann Iro"
    # Line numbers count the blank lines, as a spreadsheet would show them.
    result = run(app, tmp_path, "staff", "email,name,role\r\n\r\nbad,Ann,iro\r\n")
    assert result.stderr.splitlines()[0] == "Line 3: email ‘bad’ is not an email address"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty"),
        (b"\r\n  \r\n", "The file is empty"),
        (b"email,name,role\nann@example.org,Ann,iro\nb\xe9b@example.org,Bob,iro\n",
         "The file is not UTF-8 text (line 3): save it from your spreadsheet as ‘CSV UTF-8’ and try again"),
        (b"email,name,role\n", "The file has no rows under its first line"),
        (b"email,name\nann@example.org,Ann\n", "The first line must name the columns email,name,role: the file has no role"),
        (b"email,name,role,team\nann@example.org,Ann,iro,North\n", "The first line names columns this import does not use: team"),
        (b"email,name,role,role\n", "The first line names the column role more than once"),
        (b'email,name,role\nann@example.org,"Ann" Iro,iro\n', "The file could not be read as CSV (line 2): check its quotation marks"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_a_clear_message(app, tmp_path, content, message):
    result = run(app, tmp_path, "staff", content)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [message, "Nothing was imported."]
    assert count(StaffMember) == 0


def test_a_file_over_the_size_limit_is_refused(app, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1024 * 1024)
    result = run(app, tmp_path, "staff", STAFF + "x" * 1024 * 1024)
    assert result.stderr.splitlines() == ["The file is larger than 1 MB: split it into smaller files", "Nothing was imported."]


# The upload page


def problem_rows(browser) -> list[list[str]]:
    return [[" ".join(cell.get_text().split()) for cell in row.find_all("td")] for row in browser.page.select("#problems tbody tr")]


def test_an_administrator_imports_staff_through_the_page(browser):
    sign_in(browser, create_staff(role=Role.ADMIN))
    browser.get("/staff/accounts")
    browser.follow("Import")
    assert browser.h1 == "Import from the case management system"
    assert [i["value"] for i in browser.page.find_all("input", attrs={"name": "kind"})] == ["staff"]
    upload(browser, "staff", STAFF.replace("bob@example.org,Bob Boss,manager\n", "").encode(), "staff.csv")
    assert "Imported staff.csv: 2 added, 0 updated, 0 unchanged." in browser.text()
    browser.get("/staff/accounts")
    assert "ann@example.org" in browser.text()


def test_a_manager_sees_every_bad_row_on_the_page_and_nothing_is_imported(browser):
    iro = create_staff()
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get("/staff/import")
    assert [i["value"] for i in browser.page.find_all("input", attrs={"name": "kind"})] == ["children", "reviews"]
    upload(browser, "children", children_csv(
        f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},,",
        f"C002,Jo,Ray,2015-03-02,2020-01-01,{iro.email},,fr",
        "C003,Al,Fry,2015-13-01,2020-01-01,x@example.org,,",
    ).encode(), "children.csv")
    assert browser.page.title.string.strip().startswith("Error:")
    assert browser.errors() == ["The file has 3 problems, so nothing was imported: correct them and upload the file again"]
    assert browser.page.select_one(".govuk-error-summary__list a")["href"] == "#problems"
    assert browser.page.select_one("#problems caption").get_text(strip=True) == "Problems in children.csv"
    assert problem_rows(browser) == [
        ["3", "language ‘fr’ is not one we support: use en, cy, pl, ro, ar, uk"],
        ["4", "date_of_birth ‘2015-13-01’ is not a date written YYYY-MM-DD, like 2015-03-27"],
        ["4", "iro_email x@example.org is not the email of an IRO here: import them as staff with the role iro first"],
    ]
    assert count(Child) == 0


def test_a_manager_imports_children_and_reviews_twice_through_the_page(browser):
    iro = create_staff()
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get("/staff/import")
    children = children_csv(f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},07911 123456,en").encode()
    reviews = (REVIEWS_HEADER + "C001,2030-06-01,,\n").encode()
    upload(browser, "children", children, "children.csv")
    assert "Imported children.csv: 1 added, 0 updated, 0 unchanged." in browser.text()
    upload(browser, "reviews", reviews, "reviews.csv")
    assert "Imported reviews.csv: 1 added, 0 updated, 0 unchanged." in browser.text()
    before = snapshot()
    upload(browser, "children", children, "children.csv")
    assert "Imported children.csv: 0 added, 0 updated, 1 unchanged." in browser.text()
    upload(browser, "reviews", reviews, "reviews.csv")
    assert "Imported reviews.csv: 0 added, 0 updated, 1 unchanged." in browser.text()
    assert snapshot() == before
    browser.get("/staff/team")
    assert iro.name in browser.text()


def test_the_page_explains_a_file_it_cannot_read_and_a_missing_file(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get("/staff/import")
    upload(browser, "reviews", b"child_ref,due_date,held_on,participation_code\n\xff\xfe\n")
    assert browser.errors() == ["The file is not UTF-8 text (line 2): save it from your spreadsheet as ‘CSV UTF-8’ and try again"]
    assert "The file is not UTF-8 text" in browser.page.select_one("#file-error").get_text()
    upload(browser, "reviews", b"", "reviews.csv")
    assert browser.errors() == ["The file is empty"]
    browser.submit({"kind": "reviews"})
    assert browser.errors() == ["Select a CSV file"]
    browser.submit({})
    assert browser.errors() == ["Select which file this is", "Select a CSV file"]


@pytest.mark.parametrize(("role", "kind"), [(Role.MANAGER, "staff"), (Role.ADMIN, "children"), (Role.ADMIN, "reviews")])
def test_each_role_imports_only_its_own_files(browser, role, kind):
    sign_in(browser, create_staff(role=role))
    browser.get("/staff/import")
    browser.response = browser.client.post(
        "/staff/import",
        data={"csrf_token": browser.page.find("input", attrs={"name": "csrf_token"})["value"], "kind": kind,
              "file": (BytesIO(STAFF.encode()), "file.csv")},
        content_type="multipart/form-data",
    )
    browser._read(403)
    assert count(StaffMember) == 1


def test_an_iro_cannot_open_the_import_page(browser):
    sign_in(browser, create_staff(role=Role.IRO))
    assert "Import" not in [a.get_text(strip=True) for a in browser.page.select(".govuk-service-navigation__link")]
    browser.get("/staff/import", status=403)
    response = browser.client.post("/staff/import", data={"kind": "children"})
    assert response.status_code in (400, 403)


def test_signed_out_people_are_sent_to_sign_in(browser):
    response = browser.client.get("/staff/import")
    assert response.status_code == 302 and "/staff/sign-in" in response.location


def test_imported_staff_are_invited_by_email_and_cannot_sign_in_until_they_accept(browser, app, tmp_path, smtp_server):
    run(app, tmp_path, "staff", STAFF)
    ann = db.session.scalar(select(StaffMember).where(StaffMember.email == "ann@example.org"))
    browser.get("/staff/sign-in")
    browser.submit({"email": ann.email, "password": PASSWORD})
    assert browser.errors() == ["Enter a correct email address and password"]
    assert app.test_cli_runner().invoke(args=["outbox", "worker", "--once"]).exit_code == 0
    invited = {recipients[0] for recipients, _ in smtp_server.messages}
    assert invited == {"ann@example.org", "bob@example.org", "cat@example.org"}


def test_an_imported_held_review_books_the_next_one_and_the_childs_views_go_to_it(app, tmp_path, browser, new_browser):
    from tests.helpers.journeys import send_views

    iro, duty = create_staff(), create_staff(role=Role.MANAGER)
    held_on = date.today() - relativedelta(months=1)
    run(app, tmp_path, "children", children_csv(f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},,"))
    reviews = REVIEWS_HEADER + f"C001,{held_on - relativedelta(months=6)},{held_on - relativedelta(months=6)},PN1\nC001,{held_on},{held_on},PN6\n"
    assert run(app, tmp_path, "reviews", reviews).output == "Imported: 2 added, 0 updated, 0 unchanged.\n"
    child = db.session.scalar(select(Child).where(Child.reference == "C001"))
    # Two held: the next is due 6 months after the last (Care Planning Regulations; app/reviews/timescales.py).
    assert child.next_review.due_on == held_on + relativedelta(months=6)

    before = snapshot()
    assert run(app, tmp_path, "reviews", reviews).output == "Imported: 0 added, 0 updated, 2 unchanged.\n"
    assert snapshot() == before

    submission = send_views(new_browser(), child)
    assert submission.review_id == child.next_review.id
    sign_in(browser, duty)
    browser.get("/staff/queue")
    assert child.full_name not in browser.text()
    reading = new_browser()
    sign_in(reading, iro)
    assert "Caseload (1 new)" in reading.text()


def test_a_file_that_lists_the_next_review_books_no_other(app, tmp_path):
    iro = create_staff()
    run(app, tmp_path, "children", children_csv(f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},,"))
    run(app, tmp_path, "reviews", REVIEWS_HEADER + "C001,2024-06-01,2024-05-30,PN6\nC001,2024-11-15,,\n")
    child = db.session.scalar(select(Child).where(Child.reference == "C001"))
    assert [(r.due_on, r.held_on) for r in child.reviews] == [(date(2024, 6, 1), date(2024, 5, 30)), (date(2024, 11, 15), None)]
