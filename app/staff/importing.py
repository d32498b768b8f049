"""The upload page for the caseload import: administrators import staff, managers import children and reviews."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import format_number
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.file import FileField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from app import audit, imports
from app.audit.actions import IMPORTED
from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm
from app.imports import reading
from app.models import Role
from app.numbers import ngettext
from app.staff import bp

# Administrators look after accounts and never see children; managers look after the caseload.
KINDS_FOR = {Role.ADMIN: ("staff",), Role.MANAGER: ("children", "reviews")}
LABELS = {"staff": _l("Staff"), "children": _l("Children"), "reviews": _l("Reviews")}


class ImportForm(GovukForm):
    kind = GovukRadiosField(_l("Which file is it?"), validators=[InputRequired(_l("Select which file this is"))])
    file = FileField(_l("CSV file"))

    def __init__(self, kinds: tuple[str, ...], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind.choices = [SelectChoice(kind, LABELS[kind]) for kind in kinds]


@bp.route("/import", methods=["GET", "POST"])
@staff(Role.MANAGER, Role.ADMIN)
def import_caseload():
    kinds = KINDS_FOR[current_user.role]
    if request.method == "POST" and request.form.get("kind") and request.form["kind"] not in kinds:
        abort(403)
    form = ImportForm(kinds)
    outcome = None
    if request.method == "POST":
        valid = form.validate_on_submit()
        upload = form.file.data
        if not upload or not upload.filename:
            form.file.errors.append(_("Select a CSV file"))
        elif valid:
            outcome = imports.load(form.kind.data, upload.stream.read(reading.MAX_BYTES + 1))
            if outcome.imported:
                audit.record(IMPORTED[form.kind.data])
                db.session.commit()
                counts = {kind: format_number(count) for kind, count in outcome.counts.items()}
                flash(_("Imported %(file)s: %(added)s added, %(updated)s updated, %(unchanged)s unchanged.", file=upload.filename, **counts))
                return redirect(url_for(".import_caseload"))
    errors = form.error_summary()
    file_problems = [p for p in outcome.problems if p.line is None] if outcome else []
    row_problems = [p for p in outcome.problems if p.line is not None] if outcome else []
    errors += [{"text": p.message, "href": "#file"} for p in file_problems]
    if row_problems:
        errors.append({
            "text": ngettext(
                "The file has %(num)s problem, so nothing was imported: correct it and upload the file again",
                "The file has %(num)s problems, so nothing was imported: correct them and upload the file again",
                len(row_problems),
            ),
            "href": "#problems",
        })
    # Each kind's hint is its columns; the only kind a person may import is chosen for them.
    kind_extra = {kind: {"hint": {"text": ",".join(imports.KINDS[kind].COLUMNS)}} for kind in kinds}
    if len(kinds) == 1:
        kind_extra[kinds[0]]["checked"] = True
    return render_template(
        "staff/import.html",
        form=form,
        kind_extra=kind_extra,
        errors=errors,
        form_has_errors=bool(errors),
        file_error=(form.file.errors or [p.message for p in file_problems] or [None])[0],
        row_problems=row_problems,
        upload_name=form.file.data.filename if outcome else None,
    )
