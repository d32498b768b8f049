"""Searching the caseload by a child's name or reference from an index on PostgreSQL (trigrams), not by reading every child

Revision ID: 0018_caseload_search
Revises: 0017_review_exports
Create Date: 2026-12-02 15:10:00

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0018_caseload_search'
down_revision = '0017_review_exports'
branch_labels = None
depends_on = None

# The expressions app/caseload/listing.py searches with `contains` (LIKE '%...%'), which a b-tree cannot answer:
# at 100,000 children a search read every row twice (the page and its count). SQLite has no trigram index, and at
# a test's size needs none.
SEARCHED = {
    "ix_child_name_search": "lower(first_name || ' ' || last_name)",
    "ix_child_reference_search": "lower(reference)",
}


def upgrade():
    if op.get_context().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension: the database's owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, expression in SEARCHED.items():
        op.execute(f"CREATE INDEX {name} ON child USING gin (({expression}) gin_trgm_ops)")


def downgrade():
    if op.get_context().dialect.name != "postgresql":
        return
    for name in SEARCHED:
        op.execute(f"DROP INDEX {name}")
