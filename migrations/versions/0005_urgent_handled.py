"""Recording what was done about an urgent flag

Revision ID: 0005_urgent_handled
Revises: 0004_review_held
Create Date: 2026-11-23 15:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005_urgent_handled'
down_revision = '0004_review_held'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.add_column(sa.Column('urgent_handled_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('urgent_handled_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('urgent_action', sa.LargeBinary(), nullable=True))
        batch_op.create_foreign_key('fk_submission_urgent_handled_by', 'staff_member', ['urgent_handled_by_id'], ['id'])


def downgrade():
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.drop_constraint('fk_submission_urgent_handled_by', type_='foreignkey')
        batch_op.drop_column('urgent_action')
        batch_op.drop_column('urgent_handled_by_id')
        batch_op.drop_column('urgent_handled_at')
