"""The date boxes of a period to report on (start and end), sent in the page's address."""

from flask_babel import lazy_gettext as _l

from app.govuk.fields import DATE_PARTS, GovukDateField
from app.govuk.forms import GovukForm
from app.reports.periods import MESSAGES, Period, PeriodError, checked


class PeriodForm(GovukForm):
    """Boxes named from-day, from-month, from-year, to-day and so on; one error at a time, as checked() finds it."""

    class Meta:
        csrf = False  # it only chooses what a page shows, in the page's address

    start = GovukDateField(_l("Start date"), name="from", prefixed=True, required=MESSAGES["from_missing"], not_real=MESSAGES["from_invalid"])
    end = GovukDateField(_l("End date"), name="to", prefixed=True, required=MESSAGES["to_missing"], not_real=MESSAGES["to_invalid"])

    def __init__(self, formdata, **kwargs):
        super().__init__(formdata=formdata, **kwargs)
        self.sent = any(field.input_name(part) in formdata for field in (self.start, self.end) for part in DATE_PARTS)

    def period(self) -> Period:
        """The period typed in the boxes, or a PeriodError saying what is wrong with it."""
        return checked(self.start.data, self.end.data, self.start.given, self.end.given)

    def show(self, period: Period) -> None:
        """Show this period's dates in the boxes."""
        self.start.set_date(period.start)
        self.end.set_date(period.end)

    def show_error(self, error: PeriodError) -> None:
        """Put the error on the date it is about."""
        field = self.end if error.field == "to" else self.start
        field.errors = [str(error.message)]
