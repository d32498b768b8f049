"""Managers allocate children to IROs (app/allocation), see each IRO's caseload size, and choose the manager on duty."""

from datetime import date

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from app import audit
from app.allocation.allocating import allocatable_iros, allocate, is_allocated_to
from app.allocation.sizes import caseload_sizes, unallocated
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukSelectField
from app.govuk.forms import GovukForm
from app.models import Child, Role, StaffMember
from app.notifications.alerts import active_managers
from app.staff import bp


class AllocationForm(GovukForm):
    iro = GovukSelectField(_l("Allocate to"), validators=[InputRequired(_l("Select an IRO"))], validate_choice=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.iro.choices = [SelectChoice("", _l("Choose an IRO"))] + [SelectChoice(str(m.id), m.name) for m in allocatable_iros()]


@bp.route("/children/<int:child_id>/allocate", methods=["POST"])
@staff(Role.MANAGER)
def reallocate(child_id: int):
    child = db.get_or_404(Child, child_id)
    form = AllocationForm()
    if not form.validate_on_submit() or not form.iro.data:
        flash(_("Select an IRO to allocate %(name)s to", name=child.first_name), "info")
    elif is_allocated_to(child, int(form.iro.data)):
        flash(_("%(name)s is already allocated to that IRO", name=child.first_name), "info")
    else:
        iro = db.session.get(StaffMember, int(form.iro.data))
        allocate(child, iro, date.today())
        audit.record(Action.REALLOCATED, child=child)
        db.session.commit()
        flash(_("%(child)s is now allocated to %(iro)s, who has been told. Their views go with them.", child=child.full_name, iro=iro.name))
    return redirect(url_for(".child", child_id=child.id))


class DutyForm(GovukForm):
    manager = GovukSelectField(_l("Manager on duty"), validators=[InputRequired(_l("Select the manager on duty"))], validate_choice=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.manager.choices = [SelectChoice(str(m.id), m.name) for m in active_managers()]


@bp.route("/team/duty", methods=["POST"])
@staff(Role.MANAGER)
def duty():
    """Choose the manager told at once of every urgent flag (with none chosen, every manager is told)."""
    form = DutyForm()
    if form.validate_on_submit():
        for manager in active_managers():
            manager.on_duty = str(manager.id) == form.manager.data
        db.session.commit()
        flash(_("The manager on duty is now %(name)s", name=db.session.get(StaffMember, int(form.manager.data)).name))
    else:
        flash(_("Select the manager on duty"), "info")
    return redirect(url_for(".team"))


@bp.route("/team")
@staff(Role.MANAGER)
def team():
    """Each IRO's caseload size, the children no one is allocated to, and the manager on duty."""
    managers = active_managers()
    return render_template(
        "staff/team.html",
        sizes=caseload_sizes(),
        unallocated=unallocated(),
        duty_form=DutyForm(data={"manager": next((str(m.id) for m in managers if m.on_duty), None)}),
        on_duty=next((m for m in managers if m.on_duty), None),
    )
