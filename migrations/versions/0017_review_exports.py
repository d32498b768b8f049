"""When a review's views were downloaded for the case record, and when what was said for it was deleted here

Revision ID: 0017_review_exports
Revises: 0016_neutral_statuses
Create Date: 2026-12-02 10:19:38

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0017_review_exports'
down_revision = '0016_neutral_statuses'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exported_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
        batch_op.drop_column('exported_at')
