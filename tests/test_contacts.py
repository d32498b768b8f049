"""Parents and carers on a child's record: added and removed from the child's page, by the child's own IRO only."""

from app.extensions import db
from app.models import AuditEvent, Contact, Respondent
from tests.conftest import sign_in
from tests.factories import create_child, create_staff


def contacts_table(browser) -> list[list[str]]:
    table = browser.page.select_one("table.app-contacts")
    if table is None:
        return []
    return [[" ".join(td.get_text(" ").split()) for td in row.find_all("td")[:3]] for row in table.select("tbody tr")]


def open_add_page(browser, iro, child):
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    assert "No parents or carers are on the record yet." in browser.text()
    browser.follow("Add a parent or carer")
    assert browser.h1 == "Add a parent or carer"


def test_an_iro_adds_a_parent_with_a_mobile_and_a_carer_with_only_an_email(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    open_add_page(browser, iro, child)
    browser.submit({"name": " Jo Bloggs ", "respondent": "parent", "mobile": "07911 123 456", "email": "", "language": "en"})
    assert browser.h1 == child.full_name
    assert "Jo Bloggs has been added to the child's record." in browser.text()
    browser.follow("Add a parent or carer")
    browser.submit({"name": "Pat Foster", "respondent": "carer", "mobile": "", "email": "pat@example.org", "language": "en"})
    browser.follow("Add a parent or carer")
    browser.submit({"name": "Chris Bloggs", "respondent": "parent", "mobile": "", "email": "", "language": "en"})

    assert contacts_table(browser) == [
        ["Jo Bloggs", "Parent", "By text"],
        ["Pat Foster", "Carer", "By email"],
        ["Chris Bloggs", "Parent", "No contact details"],
    ]
    page = browser.response.get_data(as_text=True)
    assert "07911" not in page and "+447911123456" not in page and "pat@example.org" not in page

    db.session.expire_all()
    jo = db.session.scalar(db.select(Contact).where(Contact.name == "Jo Bloggs"))
    assert jo.child_id == child.id and jo.mobile.number == "+447911123456" and jo.email is None and jo.active
    actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.child_id == child.id)).all()
    assert actions.count("added_contact") == 3


def test_a_bad_mobile_and_email_are_each_told_where_they_were_typed_and_what_was_typed_is_kept(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    open_add_page(browser, iro, child)
    browser.submit({"name": "Jo Bloggs", "respondent": "parent", "mobile": "01632 960 001", "email": "jo.example.org", "language": "en"})

    assert browser.page.title.string.strip().startswith("Error:")
    mobile_error = "Enter a UK mobile number, like 07700 900 982, or an international one starting with +"
    email_error = "Enter an email address in the correct format, like name@example.com"
    assert browser.errors() == [mobile_error, email_error]
    links = [a["href"] for a in browser.page.select(".govuk-error-summary__list a")]
    assert links == ["#mobile", "#email"]
    for href in links:
        assert browser.page.find(id=href[1:]) is not None, "each error links to its field"
    assert mobile_error in browser.page.select_one("#mobile-error").get_text()
    assert email_error in browser.page.select_one("#email-error").get_text()
    assert browser.page.find("input", id="name")["value"] == "Jo Bloggs"
    assert browser.page.find("input", id="mobile")["value"] == "01632 960 001"
    assert browser.page.find("input", id="email")["value"] == "jo.example.org"
    assert browser.page.find("input", attrs={"name": "respondent", "value": "parent"}).has_attr("checked")
    assert db.session.scalar(db.select(db.func.count(Contact.id))) == 0


def test_a_name_and_whether_they_are_a_parent_or_carer_are_required(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    open_add_page(browser, iro, child)
    browser.submit({"name": "  ", "mobile": "", "email": "", "language": "en"})
    assert browser.errors() == ["Enter their full name", "Select whether they are a parent or a carer"]
    assert [a["href"] for a in browser.page.select(".govuk-error-summary__list a")] == ["#name", "#respondent"]
    assert db.session.scalar(db.select(db.func.count(Contact.id))) == 0


def test_removing_a_parent_takes_them_off_the_page_and_keeps_the_record(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    open_add_page(browser, iro, child)
    browser.submit({"name": "Jo Bloggs", "respondent": "parent", "mobile": "07911 123 456", "language": "en"})
    browser.follow("Add a parent or carer")
    browser.submit({"name": "Pat Foster", "respondent": "carer", "email": "pat@example.org", "language": "en"})

    forms = browser.page.find_all("form")
    remove_jo = next(i for i, f in enumerate(forms) if "contacts/remove" in f.get("action", "") and "Jo Bloggs" in f.get_text())
    browser.submit(form_index=remove_jo)
    assert "Jo Bloggs has been removed. Nothing more will be sent to them." in browser.text()
    assert contacts_table(browser) == [["Pat Foster", "Carer", "By email"]]

    db.session.expire_all()
    jo = db.session.scalar(db.select(Contact).where(Contact.name == "Jo Bloggs"))
    assert jo is not None and not jo.active
    assert "removed_contact" in db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.child_id == child.id)).all()


def test_removing_without_the_form_token_is_refused(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    open_add_page(browser, iro, child)
    browser.submit({"name": "Jo Bloggs", "respondent": "parent", "language": "en"})
    form_index = next(i for i, f in enumerate(browser.page.find_all("form")) if "contacts/remove" in f.get("action", ""))
    browser.submit(form_index=form_index, csrf=False, status=400)
    db.session.expire_all()
    assert db.session.scalar(db.select(Contact)).active


def test_the_wrong_iro_cannot_add_or_remove_a_childs_parents_and_carers(browser):
    owner, other = create_staff(), create_staff()
    child = create_child(iro=owner)
    contact = Contact(child=child, respondent=Respondent.PARENT, name="Jo Bloggs")
    db.session.add(contact)
    db.session.commit()
    sign_in(browser, other)
    token = browser.get("/staff/sign-in").find("input", attrs={"name": "csrf_token"})["value"]
    browser.get(f"/staff/children/{child.id}/contacts/new", status=403)
    assert "Jo Bloggs" not in browser.text()
    add = browser.client.post(f"/staff/children/{child.id}/contacts/new", data={"csrf_token": token, "name": "Someone", "respondent": "carer", "language": "en"})
    remove = browser.client.post(f"/staff/children/{child.id}/contacts/remove", data={"csrf_token": token, "contact_id": contact.id})
    assert add.status_code == 403 and remove.status_code == 403
    db.session.expire_all()
    assert [(c.name, c.active) for c in db.session.scalars(db.select(Contact))] == [("Jo Bloggs", True)]


def test_a_contact_of_another_child_cannot_be_removed_through_this_child(browser):
    iro = create_staff()
    child, other_child = create_child(iro=iro), create_child(iro=create_staff())
    theirs = Contact(child=other_child, respondent=Respondent.CARER, name="Pat Foster")
    db.session.add(theirs)
    db.session.commit()
    open_add_page(browser, iro, child)
    token = browser.page.find("input", attrs={"name": "csrf_token"})["value"]
    response = browser.client.post(f"/staff/children/{child.id}/contacts/remove", data={"csrf_token": token, "contact_id": theirs.id})
    assert response.status_code == 404
    db.session.expire_all()
    assert db.session.get(Contact, theirs.id).active
