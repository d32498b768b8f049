"""A child's active invitations on their page: revoke one, or send a new link by the same channel."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_wtf import FlaskForm

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.inputs import database_integer
from app.invitations.sending import invite
from app.models import Channel, Child, Invitation, Respondent, Role, SmsConversation
from app.models.invitation import InvitationStatus
from app.staff import bp
from app.staff.access import child_or_403
from app.staff.emailing import EmailInvitationForm, print_letter

# Channels a new link can go by again without asking anything (email addresses are not kept: it asks again).
RESENDABLE = (Channel.SMS, Channel.EMAIL, Channel.LETTER)


def active_invitations(child: Child) -> list[Invitation]:
    return db.session.scalars(
        db.select(Invitation)
        .where(Invitation.child_id == child.id, Invitation.status == InvitationStatus.ACTIVE)
        .order_by(Invitation.created_at.desc())
    ).all()


def _invitation_of(child: Child) -> Invitation:
    """The invitation named in the form, which must be this child's and still active."""
    if not FlaskForm().validate_on_submit():
        abort(400)
    invitation_id = database_integer(request.form.get("invitation_id"))
    invitation = db.session.get(Invitation, invitation_id) if invitation_id else None
    if invitation is None or invitation.child_id != child.id or invitation.status is not InvitationStatus.ACTIVE:
        abort(404)
    return invitation


@bp.route("/children/<int:child_id>/invitations/revoke", methods=["POST"])
@staff(Role.IRO, Role.MANAGER)
def revoke_invitation(child_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    invitation = _invitation_of(child)
    invitation.status = InvitationStatus.REVOKED
    audit.record(Action.REVOKED_INVITATION, child=child)
    db.session.commit()
    flash(_("The link has been revoked: it no longer works."))
    return redirect(url_for(".child", child_id=child.id))


@bp.route("/children/<int:child_id>/invitations/resend", methods=["POST"])
@staff(Role.IRO, Role.MANAGER)
def resend_invitation(child_id: int):
    """Revoke the old link and send a new one the same way."""
    child = child_or_403(db.get_or_404(Child, child_id))
    invitation = _invitation_of(child)
    if invitation.channel not in RESENDABLE:
        abort(400)
    invitation.status = InvitationStatus.REVOKED
    audit.record(Action.REVOKED_INVITATION, child=child)
    respondent = Respondent(invitation.respondent)
    if invitation.channel is Channel.LETTER:
        return print_letter(child, respondent, invitation.questionnaire, invitation.language)
    if invitation.channel is Channel.SMS:
        conversation = db.session.scalar(db.select(SmsConversation).where(SmsConversation.invitation_id == invitation.id))
        if conversation is None:
            abort(400)
        invite(child, respondent, Channel.SMS, address=conversation.phone.number, language=invitation.language)
        audit.record(Action.SENT_TEXT_INVITATION, child=child)
        db.session.commit()
        flash(_("The old link has been revoked and a new one is on its way by text."))
        return redirect(url_for(".child", child_id=child.id))
    db.session.commit()
    flash(_("The old link has been revoked. Email addresses are not kept: type it again to send the new link."))
    form = EmailInvitationForm(formdata=None, respondent=respondent.value)
    return render_template("staff/email_invitation.html", child=child, form=form, errors=[])
