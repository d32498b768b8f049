"""The GOV.UK form layer: stripped text, the error summary in page order, date boxes read once, one email check,
and the participation code that fits a child's age."""

from datetime import date

import pytest
from werkzeug.datastructures import MultiDict
from wtforms import PasswordField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from app.govuk.fields import GovukDateField, GovukRadiosField
from app.govuk.forms import GovukForm
from app.govuk.validators import is_email
from app.inputs import date_from_parts
from app.models import ParticipationCode
from app.reviews.participation import code_fits_age


class Sample(GovukForm):
    name = StringField(validators=[InputRequired("Enter a name")])
    secret = PasswordField()
    when = GovukDateField("When", required="Enter the date", missing_part="The date must include a %(part)s",
                          year="The year must be 4 numbers", not_real="Enter a real date")
    colour = GovukRadiosField("Colour", choices=[SelectChoice("red", "Red"), SelectChoice("blue", "Blue")], validators=[InputRequired("Select a colour")])


def _form(**fields) -> Sample:
    return Sample(formdata=MultiDict(fields), meta={"csrf": False})


def test_text_is_stripped_but_passwords_are_kept_as_typed(app):
    with app.test_request_context():
        form = _form(name="  Ann  ", secret="  pass  ", day="1", month="2", year="2027", colour="red")
        assert form.validate()
        assert (form.name.data, form.secret.data, form.when.data) == ("Ann", "  pass  ", date(2027, 2, 1))


def test_the_error_summary_follows_the_page_and_links_to_each_field(app):
    with app.test_request_context():
        form = _form(name="", day="", month="", year="")
        assert not form.validate()
        assert form.error_summary() == [
            {"text": "Enter a name", "href": "#name"},
            {"text": "Enter the date", "href": "#when-day"},
            {"text": "Select a colour", "href": "#colour"},
        ]


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("", "2", "2027", "The date must include a Day"),
        ("3", "2", "27", "The year must be 4 numbers"),
        ("31", "2", "2027", "Enter a real date"),
    ],
)
def test_a_date_that_is_not_one_says_why(app, day, month, year, message):
    with app.test_request_context():
        form = _form(name="Ann", day=day, month=month, year=year, colour="red")
        assert not form.validate()
        assert form.when.errors == [message]
        assert [item["value"] for item in form.when.params()["items"]] == [day, month, year]


def test_radios_give_the_macro_their_items(app):
    with app.test_request_context():
        params = _form(colour="blue").colour.params(legend="s", item_extra={"red": {"hint": {"text": "warm"}}})
        assert params["idPrefix"] == "colour" and params["fieldset"]["legend"]["classes"] == "govuk-fieldset__legend--s"
        assert params["items"] == [
            {"value": "red", "text": "Red", "checked": False, "hint": {"text": "warm"}},
            {"value": "blue", "text": "Blue", "checked": True},
        ]


def test_a_date_from_parts_needs_a_year_of_4_digits():
    assert date_from_parts(" 3", "2 ", "2027") == date(2027, 2, 3)
    assert date_from_parts("3", "2", "27") is None
    assert date_from_parts("3", "2", "9" * 20) is None


@pytest.mark.parametrize(
    ("address", "fits"),
    [("ann@example.org", True), ("ann@example", False), ("ann@example.org.", False), ("a nn@example.org", False),
     ("a" * 250 + "@x.org", False)],
)
def test_one_email_check(address, fits):
    assert is_email(address) is fits


def test_pn0_is_for_the_under_4s_and_only_for_them():
    assert code_fits_age(ParticipationCode.PN0, 3) and not code_fits_age(ParticipationCode.PN0, 4)
    assert code_fits_age(ParticipationCode.PN1, 4) and not code_fits_age(ParticipationCode.PN1, 3)
