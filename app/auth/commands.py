"""`flask staff create`: the first manager (or anyone) made on the server, with an invitation link printed."""

import click
from flask.cli import AppGroup
from sqlalchemy import select

from app import audit
from app.audit.actions import Action
from app.auth import links
from app.auth.passwords import unusable_password_hash
from app.extensions import db
from app.govuk.validators import is_email
from app.models import LinkPurpose, Role, StaffMember

staff_group = AppGroup("staff", help="Staff accounts made on the server.")


@staff_group.command("create")
@click.option("--email", required=True, help="Their work email address, which they sign in with.")
@click.option("--name", required=True, help="Their full name.")
@click.option("--role", type=click.Choice([role.value for role in Role]), default=Role.MANAGER.value, show_default=True)
def create(email: str, name: str, role: str) -> None:
    """Make an account and print its invitation link (it works once, for 24 hours): the person opens it to
    choose a password and set up two-factor sign-in."""
    email, name = email.strip().lower(), name.strip()
    if not is_email(email):
        raise click.BadParameter("enter an email address like name@example.org", param_hint="--email")
    if not name or len(name) > 200:
        raise click.BadParameter("enter a name of 1 to 200 characters", param_hint="--name")
    if db.session.scalar(select(StaffMember.id).where(StaffMember.email == email)):
        raise click.ClickException(f"There is already an account for {email}.")
    member = StaffMember(email=email, name=name, role=Role(role), password_hash=unusable_password_hash())
    db.session.add(member)
    db.session.flush()
    link = links.create(member, LinkPurpose.INVITE)
    audit.record(Action.INVITED_STAFF, subject=member, detail=f"{role}, on the server")
    db.session.commit()
    click.echo(f"Made a {role} account for {name} <{email}>.")
    click.echo(f"Give them this link (it works once, for 24 hours) to choose a password and set up two-factor:\n{link}")
