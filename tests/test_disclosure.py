"""The one rule for small numbers in what is published (app/reports/disclosure.py)."""

from decimal import Decimal

import pytest

from app.reports import disclosure


@pytest.mark.parametrize(("count", "published"), [(None, None), (0, 0), (1, "fewer than 6"), (5, "fewer than 6"), (6, 6), (634, 634)])
def test_counts_from_1_to_5_are_published_as_fewer_than_6(app, count, published):
    assert disclosure.count(count) == published


@pytest.mark.parametrize(
    ("pct", "count", "out_of", "published"),
    [
        (Decimal("100"), 1, 1, "withheld: fewer than 10 answers"),  # one form is not "100 out of every 100"
        (Decimal("66.7"), 6, 9, "withheld: fewer than 10 answers"),
        (Decimal("0.3"), 2, 634, "withheld: fewer than 6"),  # 0.3% of 634 would give the 2 back
        (Decimal("0"), 0, 10, Decimal("0")),  # none of ten points at no one
        (Decimal("60.0"), 6, 10, Decimal("60.0")),
        (Decimal("99.8"), 633, 634, Decimal("99.8")),
        (None, 0, 0, None),  # nothing to divide by: no percentage to withhold
    ],
)
def test_a_percentage_of_fewer_than_10_or_of_a_withheld_count_is_withheld(app, pct, count, out_of, published):
    assert disclosure.percentage(pct, count, out_of) == published


def test_a_median_of_fewer_than_10_is_withheld(app):
    assert disclosure.measure(1.5, 9) == "withheld: fewer than 10 answers"
    assert disclosure.measure(1.5, 10) == 1.5
    assert disclosure.measure(None, 0) is None
