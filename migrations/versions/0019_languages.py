"""Each invitation carries its person's language, and each member of staff chooses their own

Revision ID: 0019_languages
Revises: 0018_caseload_search
Create Date: 2026-12-02 15:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0019_languages'
down_revision = '0018_caseload_search'
branch_labels = None
depends_on = None

# An invitation made before now is in the language it was sent in: the parent's or carer's own, else the child's.
BACKFILL = """
UPDATE invitation SET language = COALESCE(
    (SELECT NULLIF(contact.language, '') FROM contact WHERE contact.id = invitation.contact_id),
    (SELECT child.preferred_language FROM child WHERE child.id = invitation.child_id),
    'en'
)
"""


def upgrade():
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=10), nullable=True))
    op.execute(BACKFILL)
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.alter_column('language', existing_type=sa.String(length=10), nullable=False)
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=10), nullable=False, server_default='en'))
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.alter_column('language', server_default=None)


def downgrade():
    with op.batch_alter_table('staff_member', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('invitation', schema=None) as batch_op:
        batch_op.drop_column('language')
