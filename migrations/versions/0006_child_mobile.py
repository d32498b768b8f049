"""A child's own mobile, from the caseload import

Revision ID: 0006_child_mobile
Revises: 0005_urgent_handled
Create Date: 2026-11-23 16:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006_child_mobile'
down_revision = '0005_urgent_handled'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mobile_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_child_mobile', 'phone_number', ['mobile_id'], ['id'])


def downgrade():
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.drop_constraint('fk_child_mobile', type_='foreignkey')
        batch_op.drop_column('mobile_id')
