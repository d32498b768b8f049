"""The form where an IRO chooses which version of the consultation a child gets."""

from datetime import date

from flask_babel import lazy_gettext as _l
from wtforms.fields.choices import SelectChoice

from app.govuk.fields import GovukSelectField
from app.govuk.forms import GovukForm
from app.invitations import versions
from app.models import Child


class VersionForm(GovukForm):
    version = GovukSelectField(_l("Version of the consultation"), validate_choice=True)

    def __init__(self, child: Child, today: date, *args, **kwargs):
        super().__init__(*args, data={"version": child.questionnaire_choice or ""}, **kwargs)
        by_age = versions.for_age(child.age_on(today))
        self.version.choices = [SelectChoice("", _l("The one for their age (%(name)s)", name=by_age.name))] + [
            SelectChoice(q.id, q.name) for q in versions.CHILD_VERSIONS
        ]
