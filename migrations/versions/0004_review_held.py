"""Recording a review as held: who attended, and the IRO's reply to the child

Revision ID: 0004_review_held
Revises: 0003_sms
Create Date: 2026-11-23 14:45:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004_review_held'
down_revision = '0003_sms'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parents_attended', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('carers_attended', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('reply_to_child', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('replied_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_column('replied_at')
        batch_op.drop_column('reply_to_child')
        batch_op.drop_column('carers_attended')
        batch_op.drop_column('parents_attended')
