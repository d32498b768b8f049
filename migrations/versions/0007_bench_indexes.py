"""Each child's next review from an index: the caseload at 100,000 children (make bench)

Revision ID: 0007_bench_indexes
Revises: 0006_child_mobile
Create Date: 2026-11-23 15:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007_bench_indexes'
down_revision = '0006_child_mobile'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(
            'ix_review_next_due',
            ['child_id', 'due_on'],
            unique=False,
            postgresql_where=sa.text('held_on IS NULL'),
            sqlite_where=sa.text('held_on IS NULL'),
        )


def downgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index('ix_review_next_due')
