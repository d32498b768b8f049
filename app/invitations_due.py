"""`flask invitations send-due`: the consultation goes to each child by text about 10 working days before their
review (DESIGN.md §5). Safe to run twice: a review never gets a second invitation for the same person and questionnaire."""

from dataclasses import dataclass, field
from datetime import date

import click
from flask.cli import AppGroup
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import Child, Invitation, Respondent, Review
from app.questionnaires import versions
from app.reviews.timescales import add_working_days
from app.sms import invitations as sms_invitations

WORKING_DAYS_BEFORE = 10


@dataclass
class SendReport:
    sent: list[str] = field(default_factory=list)  # child references
    no_mobile: list[str] = field(default_factory=list)
    already_invited: int = 0


def send_due(today: date) -> SendReport:
    """Invite every child whose next review is due within WORKING_DAYS_BEFORE working days and who has not been
    invited to it; the caller's transaction is committed here, one child at a time."""
    report = SendReport()
    horizon = add_working_days(today, WORKING_DAYS_BEFORE)
    reviews = db.session.scalars(
        db.select(Review)
        .where(Review.held_on.is_(None), Review.due_on >= today, Review.due_on <= horizon)
        .options(selectinload(Review.child).selectinload(Child.reviews))
        .order_by(Review.due_on, Review.id)
    ).all()
    for review in reviews:
        child = review.child
        if child.next_review is not review:
            continue  # an earlier review not yet recorded as held comes first
        questionnaire = versions.for_child(child, today).id
        invited = db.session.scalar(
            db.select(Invitation.id).where(
                Invitation.review_id == review.id,
                Invitation.respondent == Respondent.CHILD,
                Invitation.questionnaire == questionnaire,
            ).limit(1)
        )
        if invited is not None:
            report.already_invited += 1
            continue
        if child.mobile is None:
            report.no_mobile.append(child.reference)
            continue
        sms_invitations.invite(child, Respondent.CHILD, child.mobile.number)
        db.session.commit()
        report.sent.append(child.reference)
    return report


invitations_group = AppGroup("invitations", help="Send the invitations that are due.")


@invitations_group.command("send-due")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Run as if on this date.")
def send_due_command(today) -> None:
    """Text the consultation to children whose review is 10 working days away or less. Safe to run twice."""
    report = send_due(today.date() if today else date.today())
    click.echo(f"Sent: {len(report.sent)}")
    click.echo(f"Already invited: {report.already_invited}")
    click.echo(f"No mobile, not sent (send a letter or email from the child's page): {len(report.no_mobile)}")
    for reference in report.no_mobile:
        click.echo(f"  {reference}")
