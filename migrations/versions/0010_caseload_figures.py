"""Each child's caseload figures on its row, and the caseload's index

Revision ID: 0010_caseload_figures
Revises: 0009_alerts_contacts
Create Date: 2026-12-01 20:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010_caseload_figures'
down_revision = '0009_alerts_contacts'
branch_labels = None
depends_on = None

# The figures as app/staff/caseload_figures.py works them out, for the children already here.
BACKFILL = """
UPDATE child SET
    unread_views = (SELECT count(*) FROM submission s
                    WHERE s.child_id = child.id AND s.state = 'submitted' AND s.read_at IS NULL),
    views_sent = (SELECT count(*) FROM submission s WHERE s.child_id = child.id AND s.state = 'submitted'),
    open_urgent_flags = (SELECT count(*) FROM submission s
                         WHERE s.child_id = child.id AND s.urgent_at IS NOT NULL AND s.urgent_handled_at IS NULL),
    next_due_on = (SELECT min(r.due_on) FROM review r WHERE r.child_id = child.id AND r.held_on IS NULL)
"""
RANK = """
UPDATE child SET caseload_rank = CASE WHEN open_urgent_flags > 0 THEN 0 WHEN unread_views > 0 THEN 1 ELSE 2 END
"""


def upgrade():
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('unread_views', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('views_sent', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('open_urgent_flags', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('caseload_rank', sa.Integer(), nullable=False, server_default='2'))
        batch_op.create_index('ix_child_caseload', ['caseload_rank', 'next_due_on', 'last_name', 'first_name', 'id'], unique=False)
    op.execute(BACKFILL)
    op.execute(RANK)


def downgrade():
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.drop_index('ix_child_caseload')
        batch_op.drop_column('caseload_rank')
        batch_op.drop_column('open_urgent_flags')
        batch_op.drop_column('views_sent')
        batch_op.drop_column('unread_views')
        batch_op.drop_column('next_due_on')
