"""Review due dates follow the statutory timescales, counting England's working days."""

from datetime import date

from app.reviews.timescales import add_working_days, is_working_day, next_review_due, working_days_between


def test_weekends_and_bank_holidays_are_not_working_days():
    assert not is_working_day(date(2026, 12, 25))  # Christmas Day, a Friday
    assert not is_working_day(date(2026, 12, 28))  # Boxing Day substitute, a Monday
    assert not is_working_day(date(2026, 12, 26))  # Saturday
    assert is_working_day(date(2026, 12, 29))


def test_scotland_and_england_differ_on_st_andrews_day():
    assert is_working_day(date(2026, 11, 30), "ENG")
    assert not is_working_day(date(2026, 11, 30), "SCT")


def test_first_review_is_due_20_working_days_after_becoming_looked_after():
    # From Tue 1 Dec 2026, 20 working days skip four weekends, Christmas Day and the Boxing Day holiday (Mon 28th).
    assert next_review_due(date(2026, 12, 1), None, 0) == date(2026, 12, 31)
    assert add_working_days(date(2026, 6, 1), 20) == date(2026, 6, 29)


def test_second_review_is_due_3_months_after_the_first():
    assert next_review_due(date(2026, 1, 1), date(2026, 1, 28), 1) == date(2026, 4, 28)


def test_later_reviews_are_due_6_months_after_the_one_before():
    assert next_review_due(date(2025, 1, 1), date(2026, 8, 31), 2) == date(2027, 2, 28)
    assert next_review_due(date(2025, 1, 1), date(2026, 5, 10), 5) == date(2026, 11, 10)


def test_working_days_between_counts_both_ways():
    assert working_days_between(date(2026, 12, 24), date(2026, 12, 29)) == 1
    assert working_days_between(date(2026, 12, 29), date(2026, 12, 24)) == -1
    assert working_days_between(date(2026, 6, 1), add_working_days(date(2026, 6, 1), 37)) == 37
