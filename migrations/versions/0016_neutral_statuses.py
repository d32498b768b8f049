"""Texts' statuses and errors in the app's own terms: Twilio's statuses become ours, and each stored Twilio
error code gets its kind (the code itself stays, for diagnosis)

Revision ID: 0016_neutral_statuses
Revises: 0015_email_contact
Create Date: 2026-12-02 09:33:09

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0016_neutral_statuses'
down_revision = '0015_email_contact'
branch_labels = None
depends_on = None

# As app/messaging/providers/twilio.py maps them when this revision was written.
STATUSES = """
UPDATE outbound_sms SET status = CASE status WHEN 'undelivered' THEN 'failed' ELSE 'sending' END
WHERE status IN ('accepted', 'queued', 'undelivered')
"""
ERROR_KINDS = """
UPDATE outbound_sms SET error_kind = CASE
    WHEN http_status = 429 OR http_status >= 500 THEN 'temporary'
    WHEN error_code = 21610 THEN 'opted_out'
    WHEN error_code = 21211 THEN 'invalid_number'
    WHEN error_code = 30003 THEN 'unreachable'
    WHEN error_code = 30005 THEN 'no_such_number'
    WHEN error_code = 30006 THEN 'landline'
    WHEN error_code = 30007 THEN 'blocked'
    WHEN error_code = 30008 THEN 'unknown'
    ELSE 'rejected'
END
WHERE error_code IS NOT NULL OR http_status IS NOT NULL
"""


def upgrade():
    with op.batch_alter_table('outbound_sms', schema=None) as batch_op:
        batch_op.add_column(sa.Column('error_kind', sa.Enum('opted_out', 'invalid_number', 'unreachable', 'no_such_number', 'landline', 'blocked', 'unknown', 'temporary', 'rejected', name='errorkind', native_enum=False, length=16), nullable=True))
    op.execute(STATUSES)
    op.execute(ERROR_KINDS)


def downgrade():
    # "sending" and "failed" were Twilio statuses too, so every row keeps a status the old code knows; which texts
    # were "queued" rather than "sending", or "undelivered" rather than "failed", is not known any more.
    with op.batch_alter_table('outbound_sms', schema=None) as batch_op:
        batch_op.drop_column('error_kind')
