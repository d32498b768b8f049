"""Detection measured on phrases written as children and teenagers write (tests/safeguarding_report.py)."""

from tests.safeguarding_report import CORPUS, HOLDOUT, measure, rows

RECALL = 0.95  # of worrying phrases in the tuning corpus, flagged
FALSE_ALARMS = 0.10  # of ordinary phrases that share words with worrying ones, flagged
HOLDOUT_RECALL = 0.80  # a floor against regressions; never tune the rules on the held-out phrases to raise it


def test_the_corpus_is_big_enough_and_kept_apart_from_the_held_out_phrases():
    corpus, holdout = rows(CORPUS), rows(HOLDOUT)
    assert len(corpus) >= 300 and len(holdout) >= 60
    assert {r["expected"] for r in corpus + holdout} == {"flag", "ok"}
    assert not {r["text"] for r in corpus} & {r["text"] for r in holdout}


def test_worrying_phrases_flag_and_ordinary_ones_mostly_do_not(capsys):
    result = measure(CORPUS)
    with capsys.disabled():
        print("\n" + result.summary())
    assert result.recall >= RECALL, result.misses
    assert result.false_alarm_rate <= FALSE_ALARMS, result.false_alarms


def test_phrasing_the_rules_were_never_tuned_on(capsys):
    result = measure(HOLDOUT)
    with capsys.disabled():
        print("\n" + result.summary())
    assert result.recall >= HOLDOUT_RECALL, result.misses
    assert result.false_alarm_rate <= FALSE_ALARMS, result.false_alarms
