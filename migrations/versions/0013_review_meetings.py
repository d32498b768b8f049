"""Review meetings: the day, time and place the IRO books, who is invited, and the child's part in it

Revision ID: 0013_review_meetings
Revises: 0012_urgent_acknowledgement
Create Date: 2026-12-02 06:13:30

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0013_review_meetings'
down_revision = '0012_urgent_acknowledgement'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('meeting_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('meeting_time', sa.Time(), nullable=True))
        # Reviews already on record have no meeting booked, so none is by video.
        batch_op.add_column(sa.Column('meeting_by_video', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('meeting_place', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('meeting_invited', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column(
            'child_part',
            sa.Enum('attend', 'part', 'chair', 'not_attending', 'not_decided', name='childpart', native_enum=False, length=13),
            nullable=True,
        ))
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.alter_column('meeting_by_video', server_default=None)


def downgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_column('child_part')
        batch_op.drop_column('meeting_invited')
        batch_op.drop_column('meeting_place')
        batch_op.drop_column('meeting_by_video')
        batch_op.drop_column('meeting_time')
        batch_op.drop_column('meeting_on')
