"""Acknowledging and escalating urgent flags, and the lower check-in flag

Revision ID: 0012_urgent_acknowledgement
Revises: 0011_staff_accounts
Create Date: 2026-12-02 06:17:43

Urgent flags already open keep no deadline: they were told to the IRO and duty manager when raised, and
escalating them all at the first run of `flask notifications escalate` would flood every manager and the
out-of-hours contact with old flags at once. No check-in flag exists yet, so every child's count starts at 0.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0012_urgent_acknowledgement'
down_revision = '0011_staff_accounts'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.add_column(sa.Column('open_check_ins', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.add_column(sa.Column('urgent_acknowledge_by', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('urgent_acknowledged_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('urgent_acknowledged_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('urgent_escalated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('urgent_out_of_hours_due', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('urgent_out_of_hours_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('check_in_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('check_in_done_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('check_in_done_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_submission_check_in_done_by', 'staff_member', ['check_in_done_by_id'], ['id'])
        batch_op.create_foreign_key('fk_submission_urgent_acknowledged_by', 'staff_member', ['urgent_acknowledged_by_id'], ['id'])


def downgrade():
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.drop_constraint('fk_submission_urgent_acknowledged_by', type_='foreignkey')
        batch_op.drop_constraint('fk_submission_check_in_done_by', type_='foreignkey')
        batch_op.drop_column('check_in_done_by_id')
        batch_op.drop_column('check_in_done_at')
        batch_op.drop_column('check_in_at')
        batch_op.drop_column('urgent_out_of_hours_at')
        batch_op.drop_column('urgent_out_of_hours_due')
        batch_op.drop_column('urgent_escalated_at')
        batch_op.drop_column('urgent_acknowledged_by_id')
        batch_op.drop_column('urgent_acknowledged_at')
        batch_op.drop_column('urgent_acknowledge_by')

    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.drop_column('open_check_ins')
