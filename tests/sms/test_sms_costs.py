"""What a whole consultation by text costs, for each version: texts and segments, from the invitation to "sent".

Driven exactly as a person would (signed webhooks, the outbox worker, the fake Twilio), answering every question
with its first choice or a few words. The figures are printed (the README quotes them) and held to a ceiling:
one text a question, plus the invitation, the count before SEND and the thank-you, and the opening words when
they do not fit in one text with the first question."""

import re

import pytest

from app.messaging.segments import segments
from app.models import Respondent
from tests.factories import create_child, create_staff
from tests.helpers.phones import Phone, invite_by_text

NUMBER = "+447911123456"
PEOPLE = [("child, 6", Respondent.CHILD, 6), ("child, 9", Respondent.CHILD, 9), ("child, 13", Respondent.CHILD, 13),
          ("young person, 17", Respondent.CHILD, 17), ("parent", Respondent.PARENT, 9), ("carer", Respondent.CARER, 9)]


def answer_for(question: str) -> str:
    if "Reply with a date" in question:
        return "1 9 2027"
    if "\n1 " in question:
        return "1"
    return "Fine, thank you"


@pytest.mark.parametrize("who, respondent, age", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_a_whole_consultation_by_text_costs_one_text_a_question_and_four_more(app, twilio, who, respondent, age):
    invite_by_text(create_child(iro=create_staff(), age=age), respondent=respondent)
    phone = Phone(app, twilio, NUMBER)
    sent = phone.new_texts()
    replies = phone.reply("yes")
    sent += replies
    questions = 0
    while re.search(r"(^|\n)\d+ of ", replies[-1]):
        questions += 1
        replies = phone.reply(answer_for(replies[-1]))
        sent += replies
    assert replies[-1].startswith("Answered: ")
    sent += phone.reply("SEND")
    texts, parts = len(sent), sum(segments(text) for text in sent)
    print(f"\n{who}: {questions} questions, {texts} texts, {parts} segments")
    assert texts <= questions + 4, (who, texts, questions)
    assert parts <= 2 * texts
