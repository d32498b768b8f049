"""The questionnaire by text: keywords first, then one question a message, then check and SEND.

Everything here only changes the database and queues replies in the outbox; the caller commits, so a
reply is sent exactly when what caused it is saved."""

import re
from datetime import datetime

from flask_babel import force_locale
from sqlalchemy import select, update
from werkzeug.datastructures import MultiDict

from app.definitions.questionnaire import Audience, Kind, Purpose, Question, Questionnaire
from app.extensions import db
from app.inputs import whole_number
from app.invitations.links import invitation_url
from app.invitations.people import language_of
from app.invitations.tokens import create_extra_link
from app.messaging.outbox import enqueue
from app.models import ConversationState, Invitation, MessageStatus, OutboundSms, PhoneNumber, SmsConversation
from app.questionnaires import registry, router
from app.questionnaires.checking import check_answer
from app.questionnaires.respondents import by_a_child
from app.safeguarding import flags
from app.safeguarding.words import mentions_harm
from app.sms import texts
from app.sms.keywords import BACK, HELP, LINK, SEND, SKIP, START, STOP, YES, comparable, confirmed_by_twilio, keyword
from app.sms.rendering import fits, question_text
from app.submissions import progress
from app.submissions.saving import save_answer
from app.submissions.sending import send_answers

def _conversation_for(phone: PhoneNumber) -> SmsConversation | None:
    """The conversation this number is in: the most recently active one whose invitation still works."""
    from app.models.time import utcnow

    candidates = db.session.scalars(
        select(SmsConversation).where(SmsConversation.phone_id == phone.id).order_by(SmsConversation.last_activity_at.desc())
    ).all()
    return next((c for c in candidates if c.invitation.usable(utcnow()) and c.state is not ConversationState.DONE), None)


def receive(phone: PhoneNumber, body: str, now: datetime) -> None:
    """Act on one text from a known number. Keywords (app/sms/keywords.py), in any language, win over an answer."""
    word = keyword(body)
    if word == STOP:
        phone.opted_out_at = now
        # Nothing more is sent, including texts already waiting.
        db.session.execute(
            update(OutboundSms)
            .where(OutboundSms.phone_id == phone.id, OutboundSms.status == MessageStatus.PENDING)
            .values(status=MessageStatus.CANCELLED)
        )
        return
    if word in (START, YES) and phone.opted_out_at is not None:
        phone.opted_out_at = None
        if confirmed_by_twilio(body):
            return  # Twilio confirms its own START; START in another language is answered below
    flagged = _flag_worrying_words(phone, body)
    if phone.opted_out_at is not None:
        return
    conversation = _conversation_for(phone)
    if word == HELP or conversation is None:
        if flagged:
            return  # they have just been sent where to get help
        with force_locale(language_of(conversation.invitation) if conversation else "en"):
            for_child = conversation is None or by_a_child(conversation.invitation)
            enqueue(phone, texts.help_text(for_child) if word == HELP else texts.nothing_open(), "reply")
        return
    with force_locale(language_of(conversation.invitation)):
        Turn(conversation, now, helped=flagged).take(word, body)


def _flag_worrying_words(phone: PhoneNumber, body: str) -> bool:
    """Words that may mean someone is not safe raise an urgent flag at once, whatever the conversation is doing:
    in a free-text answer, in reply to a numbered question, after sending, or after STOP (texts stop; safeguarding
    does not). The flag goes on the submission of this number's latest conversation, and the person is sent
    where to get help. Returns whether it flagged."""
    if not mentions_harm(body):
        return False
    latest = db.session.scalars(
        select(SmsConversation).where(SmsConversation.phone_id == phone.id).order_by(SmsConversation.last_activity_at.desc())
    ).first()
    if latest is None:
        return False
    flags.raise_flag(progress.submission_for(latest.invitation), flags.TEXTED)
    with force_locale(language_of(latest.invitation)):
        enqueue(phone, texts.help_text(by_a_child(latest.invitation)), "reply")
    return True


class Turn:
    """One incoming text in a conversation, and the replies it gets."""

    def __init__(self, conversation: SmsConversation, now: datetime, helped: bool = False):
        self.conversation = conversation
        self.helped = helped  # already sent where to get help, in reply to this text
        self.invitation: Invitation = conversation.invitation
        self.questionnaire: Questionnaire = registry.get(self.invitation.questionnaire)
        self.now = now
        self.asked_at = conversation.last_activity_at
        conversation.last_activity_at = now
        conversation.nudged_at = None

    def say(self, body: str) -> None:
        enqueue(self.conversation.phone, body, "reply")

    def take(self, word: str | None, body: str) -> None:
        conversation = self.conversation
        if progress.is_sent(self.invitation):
            conversation.state = ConversationState.DONE
            self.say(texts.already_sent())
        elif word == LINK:
            self.say(texts.link(invitation_url(create_extra_link(self.invitation))))
        elif conversation.state is ConversationState.INVITED:
            self.ask_next(opening=self.opening())
        elif conversation.state is ConversationState.EXPIRED or word == START:
            self.say(texts.welcome_back())
            self.ask_next()
        elif conversation.state is ConversationState.CHECKING:
            self.checking(word)
        else:
            self.answering(word, body)

    @property
    def feedback(self) -> bool:
        return self.questionnaire.purpose is Purpose.FEEDBACK

    def opening(self) -> str:
        """The first reply: for feedback, which review it is about ("your review on 3 March 2027")."""
        review = self.invitation.review
        if self.feedback and review is not None and review.held_on:
            return texts.feedback_intro(review.held_on, self.may_skip_any)
        return texts.intro(self.may_skip_any)

    @property
    def may_skip_any(self) -> bool:
        """Children may skip any question; adults only the ones marked optional."""
        return self.questionnaire.audience is Audience.CHILD

    @property
    def answers(self) -> dict:
        return progress.answers(self.invitation)

    def ask(self, question: Question, opening: str = "") -> None:
        """Send the question, in one text with the opening words (the introduction, or what was wrong with the last
        reply) when the two fit in two segments."""
        self.conversation.state = ConversationState.ANSWERING
        self.conversation.question_id = question.id
        where = router.place(self.questionnaire, question, self.answers)
        place = (question, where.number, where.total)
        shape = {"about": where.about, "may_skip": self.may_skip_any}
        text = question_text(*place, before=opening, **shape)
        if opening and not fits(text):
            self.say(opening)
            text = question_text(*place, **shape)
        self.say(text)

    def ask_next(self, opening: str = "") -> None:
        following = router.first_unanswered(self.questionnaire, self.answers)
        if following is not None:
            self.ask(following, opening)
            return
        if opening:
            self.say(opening)
        counted = router.answers_that_count(self.questionnaire, self.answers)
        skipped = sum(1 for value in counted.values() if value in ("", None))
        self.conversation.state = ConversationState.CHECKING
        self.conversation.question_id = None
        self.say(texts.check(len(counted) - skipped, skipped))

    def checking(self, word: str | None) -> None:
        if word == SEND:
            send_answers(self.invitation)
            self.conversation.state = ConversationState.DONE
            self.say(texts.sent(self.feedback))
        elif word == BACK:
            self.ask(router.pages(self.questionnaire, self.answers)[-1])
        else:
            self.ask_next()

    def _answered_elsewhere(self, question: Question) -> bool:
        """Answered on the web since we asked it by text: the web answer stands, and we move on."""
        answer = next((a for a in self.invitation.submission.answers if a.question_id == question.id), None) if self.invitation.submission else None
        return answer is not None and answer.saved_at > self.asked_at

    def answering(self, word: str | None, body: str) -> None:
        answers = self.answers
        current = self.questionnaire.question(self.conversation.question_id or "")
        if current is None or not router.can_open(self.questionnaire, current, answers) or self._answered_elsewhere(current):
            self.ask_next()
            return
        if word == BACK:
            previous = router.before(self.questionnaire, current, answers)
            if previous is None:
                self.say(texts.first_question())
            self.ask(previous or current)
            return
        if word == SKIP:
            if not (self.may_skip_any or current.optional):
                self.ask(current, opening=texts.must_answer(str(current.error_required)))
                return
            value = ""
        else:
            # A long answer is never thrown away: its start is kept, and the person told how to change it.
            cut = current.kind is Kind.TEXT and len(body.strip()) > current.max_length
            fields, problem = parse(current, body.strip()[: current.max_length] if cut else body)
            value, error = (None, problem) if problem else check_answer(current, fields)
            if error:
                self.ask(current, opening=error)  # what went wrong, then the question again
                return
            if cut:
                self.say(texts.kept_the_start(current.max_length))
        if save_answer(self.invitation, current, value) and not self.helped:
            # An urgent answer: the flag is raised (as on the web) and the person is told where help is.
            self.say(texts.help_text(by_a_child(self.invitation)))
        self.ask_next()


def _choice(question: Question, text: str) -> str | None:
    """The option value for "2" (or "2."), or for the option's words; None when it matches nothing."""
    text = text.strip().rstrip(".!")
    if text.isdecimal():
        number = whole_number(text, default=0)
        return question.options[number - 1].value if 1 <= number <= len(question.options) else None
    wanted = comparable(text)
    return next((o.value for o in question.options if comparable(str(o.label)) == wanted), None)


def parse(question: Question, body: str) -> tuple[MultiDict, str | None]:
    """The text as the web form's fields, or a problem to tell the person straight away."""
    text = body.strip()
    if question.kind is Kind.TEXT:
        return MultiDict({"answer": text}), None
    if question.kind is Kind.DATE:
        match = re.fullmatch(r"(\d{1,2})\D+(\d{1,2})\D+(\d+)", text)
        if text and not match:
            return MultiDict(), texts.must_answer(str(question.error_required))
        day, month, year = match.groups() if match else ("", "", "")
        return MultiDict({"day": day, "month": month, "year": year}), None
    if question.kind is Kind.MULTI:
        return _multi(question, text)
    if not text:
        return MultiDict({"answer": ""}), None
    value = _choice(question, text)
    if value is None:
        return MultiDict(), texts.not_a_choice()
    return MultiDict({"answer": value}), None


# "1 3", "1,3", "1 and 3", "1, 3 and 4", "1 & 3", "1." — the numbers first, then any words for "something else".
LEADING_NUMBERS = re.compile(r"^\s*(\d+(?:\s*(?:,|&|\+|/|\band\b|\s)\s*\d+)*)\s*[.!]?(.*)$", re.IGNORECASE | re.DOTALL)
WORD_SEPARATORS = re.compile(r"\s*(?:,|&|\+|/|\band\b)\s*", re.IGNORECASE)


def _multi(question: Question, text: str) -> tuple[MultiDict, str | None]:
    """Several choices, read in full or not at all: nothing is saved from a reply we can only partly read."""
    match = LEADING_NUMBERS.match(text)
    if match:
        numbers = [whole_number(n, default=0) for n in re.findall(r"\d+", match.group(1))]
        rest = match.group(2).strip(" ,.")
    else:
        picked = [_choice(question, part) for part in WORD_SEPARATORS.split(text) if part.strip()] if text else []
        if None in picked:
            return MultiDict(), texts.choose_numbers(len(question.options))
        numbers = [next(i for i, o in enumerate(question.options, 1) if o.value == value) for value in picked]
        rest = ""
    if any(not 1 <= n <= len(question.options) for n in numbers):
        return MultiDict(), texts.choose_numbers(len(question.options))
    chosen = [question.options[n - 1] for n in dict.fromkeys(numbers)]
    exclusive = next((o for o in chosen if o.exclusive), None)
    if exclusive and len(chosen) > 1:
        return MultiDict(), texts.on_its_own(str(exclusive.label))
    other = next((o for o in chosen if o.other), None)
    if other and not rest:
        return MultiDict(), texts.say_what_else(str(other.label))
    if rest and not other:
        return MultiDict(), texts.choose_numbers(len(question.options))
    return MultiDict([("answer", o.value) for o in chosen] + [("other", rest)]), None
