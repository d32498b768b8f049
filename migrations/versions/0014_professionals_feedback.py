"""Professionals on a child's record, who chaired each review and whether professionals came; feedback is no
longer counted as new views

Revision ID: 0014_professionals_feedback
Revises: 0013_review_meetings
Create Date: 2026-12-02 06:14:06

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0014_professionals_feedback'
down_revision = '0013_review_meetings'
branch_labels = None
depends_on = None

# The IRO allocated on the day a review was held chaired it (the latest allocation that day, on a day of change).
CHAIRED_BY = """
UPDATE review SET chaired_by_id = (
    SELECT a.iro_id FROM allocation a
    WHERE a.child_id = review.child_id AND a.starts_on <= review.held_on
      AND (a.ends_on IS NULL OR a.ends_on >= review.held_on)
    ORDER BY a.starts_on DESC, a.id DESC LIMIT 1)
WHERE held_on IS NOT NULL
"""
# Feedback is read in the feedback list, never as new views: the caseload's figures count consultations only
# (app/staff/caseload_figures.py), so they are worked out again here.
FEEDBACK = "('feedback_child', 'feedback_young_person', 'feedback_adult')"
FIGURES = f"""
UPDATE child SET
    unread_views = (SELECT count(*) FROM submission s WHERE s.child_id = child.id AND s.state = 'submitted'
                    AND s.read_at IS NULL AND s.questionnaire NOT IN {FEEDBACK}),
    views_sent = (SELECT count(*) FROM submission s WHERE s.child_id = child.id AND s.state = 'submitted'
                  AND s.questionnaire NOT IN {FEEDBACK})
"""
RANK = """
UPDATE child SET caseload_rank = CASE WHEN open_urgent_flags > 0 THEN 0 WHEN unread_views > 0 THEN 1 ELSE 2 END
"""


def upgrade():
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.Enum('social_worker', 'school', 'health', 'advocate', name='professionalkind', native_enum=False, length=20), nullable=True))

    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('professionals_attended', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('chaired_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_review_chaired_by', 'staff_member', ['chaired_by_id'], ['id'])
    op.execute(CHAIRED_BY)
    op.execute(FIGURES)
    op.execute(RANK)


def downgrade():
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_constraint('fk_review_chaired_by', type_='foreignkey')
        batch_op.drop_column('chaired_by_id')
        batch_op.drop_column('professionals_attended')

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('kind')
