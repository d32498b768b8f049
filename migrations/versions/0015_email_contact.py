"""Emails to a contact on a child's record name the contact, so staff see what became of each

Revision ID: 0015_email_contact
Revises: 0014_professionals_feedback
Create Date: 2026-12-02 07:10:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0015_email_contact'
down_revision = '0014_professionals_feedback'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('outbound_email', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_outbound_email_contact_id'), ['contact_id'], unique=False)
        batch_op.create_foreign_key('fk_outbound_email_contact_id', 'contact', ['contact_id'], ['id'])



def downgrade():
    with op.batch_alter_table('outbound_email', schema=None) as batch_op:
        batch_op.drop_constraint('fk_outbound_email_contact_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_outbound_email_contact_id'))
        batch_op.drop_column('contact_id')

