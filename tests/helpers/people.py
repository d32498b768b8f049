"""A family on a child's record, and a member of staff's mobile."""

from datetime import date

from app.extensions import db
from app.messaging import phones
from app.models import Contact, Respondent, Review
from app.reviews.timescales import add_working_days
from tests.factories import create_child, create_staff

CHILD_MOBILE, JO_MOBILE = "+447911123456", "+447911123457"
STAFF_MOBILE = "+447400123456"
TODAY = date.today()


def a_family(review_in_working_days: int = 10, age: int = 12):
    """A child with a mobile; Jo, a parent with a mobile and an email (texts come first); Pat, a carer with only an
    email; Chris, a parent with no details; and a carer who was taken off the record."""
    child = create_child(iro=create_staff(), age=age, review_in_days=None)
    child.reviews.append(Review(due_on=add_working_days(TODAY, review_in_working_days)))
    child.mobile = phones.find_or_add(CHILD_MOBILE)
    db.session.add_all([
        Contact(child=child, respondent=Respondent.PARENT, name="Jo Bloggs", mobile=phones.find_or_add(JO_MOBILE), email="jo@example.org"),
        Contact(child=child, respondent=Respondent.CARER, name="Pat Foster", email="pat@example.org"),
        Contact(child=child, respondent=Respondent.PARENT, name="Chris Bloggs"),
        Contact(child=child, respondent=Respondent.CARER, name="Old Carer", email="old@example.org", active=False),
    ])
    db.session.commit()
    return child
