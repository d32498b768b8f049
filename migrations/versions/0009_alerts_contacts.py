"""Alerts to staff, parents and carers, an email outbox, automatic sending

Revision ID: 0009_alerts_contacts
Revises: 0008_invitation_short_code
Create Date: 2026-12-01 19:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009_alerts_contacts'
down_revision = '0008_invitation_short_code'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('outbound_email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('to_address', sa.LargeBinary(), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.LargeBinary(), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('status', sa.Enum('pending', 'claimed', 'sent', 'failed', name='emailstatus', native_enum=False, length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outbound_email', schema=None) as batch_op:
        batch_op.create_index('ix_outbound_email_due', ['status', 'next_attempt_at'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('respondent', sa.Enum('child', 'parent', 'carer', 'professional', name='respondent', native_enum=False, length=12), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('mobile_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.LargeBinary(), nullable=True),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], ),
    sa.ForeignKeyConstraint(['mobile_id'], ['phone_number.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_child_id'), ['child_id'], unique=False)

    op.create_table('staff_alert',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], ),
    sa.ForeignKeyConstraint(['submission_id'], ['submission.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('staff_id', 'submission_id', 'kind')
    )
    with op.batch_alter_table('staff_alert', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_alert_submission_id'), ['submission_id'], unique=False)

    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key('fk_invitation_contact', 'contact', ['contact_id'], ['id'])

    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('consultations_sent_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('feedback_sent_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notify_by', sa.Enum('email', 'sms', name='notifyby', native_enum=False, length=10), nullable=False, server_default='email'))
        batch_op.add_column(sa.Column('mobile_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('on_duty', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_foreign_key('fk_staff_member_mobile', 'phone_number', ['mobile_id'], ['id'])



def downgrade():
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.drop_constraint('fk_staff_member_mobile', type_='foreignkey')
        batch_op.drop_column('on_duty')
        batch_op.drop_column('mobile_id')
        batch_op.drop_column('notify_by')

    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_column('feedback_sent_at')
        batch_op.drop_column('consultations_sent_at')
        batch_op.drop_column('recorded_at')

    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.drop_constraint('fk_invitation_contact', type_='foreignkey')
        batch_op.drop_column('reminded_at')
        batch_op.drop_column('contact_id')

    with op.batch_alter_table('staff_alert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_alert_submission_id'))

    op.drop_table('staff_alert')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_child_id'))

    op.drop_table('contact')
    with op.batch_alter_table('outbound_email', schema=None) as batch_op:
        batch_op.drop_index('ix_outbound_email_due')

    op.drop_table('outbound_email')
