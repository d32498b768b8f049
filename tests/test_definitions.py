"""Every questionnaire definition is sound: ids, routing, translations, pictures, and no dead pages."""

from pathlib import Path

import pytest
from flask_babel import LazyString

from app.definitions.questionnaire import Audience, Kind, Purpose, Question, Questionnaire
from app.questionnaires.registry import QUESTIONNAIRES
from forms import ALL

PICTURES = Path(__file__).resolve().parent.parent / "app" / "static" / "src" / "pictures"
CHOICE_KINDS = {Kind.EMOJI, Kind.CHOICE, Kind.MULTI, Kind.YES_NO}


def strings(question: Question):
    yield question.title
    yield question.error_required
    for value in (question.hint, question.short_title):
        if value is not None:
            yield value
    for option in question.options:
        yield option.label
        if option.picture_alt is not None:
            yield option.picture_alt


@pytest.fixture(params=ALL, ids=lambda q: q.id)
def questionnaire(request) -> Questionnaire:
    return request.param


def test_all_nine_questionnaires_are_offered():
    assert sorted(QUESTIONNAIRES) == sorted(
        ["child_4_7", "child_8_11", "child_12_15", "young_person_16_18", "parent", "carer",
         "feedback_child", "feedback_young_person", "feedback_adult"]
    )


def test_child_versions_cover_every_age_from_4_to_18_without_overlap():
    ranges = sorted(q.ages for q in ALL if q.audience is Audience.CHILD and q.purpose is Purpose.CONSULTATION)
    assert ranges[0][0] == 4 and ranges[-1][1] == 18
    assert all(later[0] == earlier[1] + 1 for earlier, later in zip(ranges, ranges[1:]))


def test_question_ids_are_unique(questionnaire):
    ids = [q.id for q in questionnaire.questions]
    assert len(ids) == len(set(ids))


def test_option_values_are_unique_and_choices_have_options(questionnaire):
    for question in questionnaire.questions:
        values = [o.value for o in question.options]
        assert len(values) == len(set(values)), question.id
        assert bool(values) == (question.kind in CHOICE_KINDS), question.id


def test_every_route_points_back_to_an_earlier_question_and_a_real_answer(questionnaire):
    seen: dict[str, Question] = {}
    for question in questionnaire.questions:
        if question.show_if:
            target = seen.get(question.show_if.question)
            assert target is not None, f"{question.id} depends on a question that is not before it"
            offered = {o.value for o in target.options}
            assert set(question.show_if.values) <= offered, question.id
        seen[question.id] = question


def test_no_page_is_unreachable(questionnaire):
    """Every page is reachable: its rule can be met by choosing an answer on a page that is itself reachable."""
    reachable: set[str] = set()
    for question in questionnaire.questions:
        rule = question.show_if
        if rule is None or (rule.question in reachable and rule.values):
            reachable.add(question.id)
    assert reachable == {q.id for q in questionnaire.questions}


def test_every_string_is_marked_for_translation(questionnaire):
    assert isinstance(questionnaire.title, LazyString) and isinstance(questionnaire.name, LazyString)
    for question in questionnaire.questions:
        for text in strings(question):
            assert isinstance(text, LazyString), f"{question.id}: {text!r} is not marked for translation"


def test_urgent_values_are_real_answers(questionnaire):
    for question in questionnaire.questions:
        assert set(question.urgent_values) <= {o.value for o in question.options}, question.id


def test_free_text_hints_state_the_limit(app, questionnaire):
    for question in questionnaire.questions:
        if question.kind is Kind.TEXT:
            assert question.hint is not None and f"{question.max_length:,}".replace(",", "") in str(question.hint).replace(",", ""), question.id


def test_picture_versions_have_a_picture_and_text_alternative_for_every_option():
    for questionnaire in (q for q in ALL if q.pictures):
        for question in questionnaire.questions:
            for option in question.options:
                assert option.picture and option.picture_alt is not None, f"{question.id}/{option.value}"
                assert (PICTURES / f"{option.picture}.svg").is_file(), option.picture
            if question.picture:
                assert (PICTURES / f"{question.picture}.svg").is_file(), question.picture


def test_child_consultations_ask_about_sharing_and_can_raise_a_flag():
    """The words versions ask about sharing first; the picture version last, once the child has said it."""
    for questionnaire in ALL:
        if questionnaire.audience is Audience.CHILD and questionnaire.purpose is Purpose.CONSULTATION:
            asked = questionnaire.questions[-1 if questionnaire.pictures else 0]
            assert asked.id == "share_words", questionnaire.id
            assert any(q.urgent_values for q in questionnaire.questions), questionnaire.id


FEEDBACK_QUESTIONS = ["welcomed", "understood_discussion", "understood_decisions"]


def test_feedback_questionnaires_ask_the_questions_the_annual_report_prints():
    young = QUESTIONNAIRES["feedback_young_person"]
    pictures = QUESTIONNAIRES["feedback_child"]
    adult = QUESTIONNAIRES["feedback_adult"]
    assert {"welcomed", "understood_discussion", "involved", "important_things", "understood_decisions", "comments"} <= {
        q.id for q in young.questions
    }
    # The picture version's answers are counted with the young person's: every question is one of theirs.
    assert {q.id for q in pictures.questions} <= {q.id for q in young.questions}
    assert set(FEEDBACK_QUESTIONS + ["contribute", "reports_in_time"]) <= {q.id for q in adult.questions}


def test_the_adult_feedback_does_not_ask_who_they_are_which_the_invitation_says():
    adult = QUESTIONNAIRES["feedback_adult"]
    assert "role" not in {q.id for q in adult.questions}
    assert not any("parent, carer or professional" in str(q.title).lower() for q in adult.questions)


def test_child_feedback_versions_cover_every_age_from_4_to_18_and_the_youngest_has_pictures():
    ranges = sorted((q.ages, q.pictures) for q in ALL if q.audience is Audience.CHILD and q.purpose is Purpose.FEEDBACK)
    assert ranges == [((4, 8), True), ((9, 18), False)]
