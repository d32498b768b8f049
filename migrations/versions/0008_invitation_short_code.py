"""A short code for an invitation, printed on a letter and typed on the start page

Revision ID: 0008_invitation_short_code
Revises: 0007_bench_indexes
Create Date: 2026-11-23 15:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008_invitation_short_code'
down_revision = '0007_bench_indexes'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('short_code_hash', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint('uq_invitation_short_code_hash', ['short_code_hash'])


def downgrade():
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.drop_constraint('uq_invitation_short_code_hash', type_='unique')
        batch_op.drop_column('short_code_hash')
