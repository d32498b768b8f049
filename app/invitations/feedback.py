"""Feedback after a review is recorded as held: who the scheduled send will reach tomorrow (schedule.FEEDBACK), and a
link made now, to hand over, for everyone else who took part."""

from app.invitations.people import active_contacts, feedback_respondents
from app.invitations.sending import invite
from app.invitations.versions import feedback_for
from app.models import Channel, Respondent, Review


def arrange_feedback(review: Review) -> tuple[list[dict], list[dict]]:
    """Those the scheduled send can reach (the child with a mobile, parents and carers on the record with a mobile or
    email, professionals with an email) are listed; for the rest a link is made now. The caller commits.
    Returns (who is sent it tomorrow, links to hand over)."""
    child = review.child
    tomorrow, by_hand = [], []
    for respondent in feedback_respondents(review):
        if respondent is Respondent.CHILD:
            if child.mobile is not None:
                tomorrow.append({"respondent": respondent, "name": None, "channel": "sms"})
            else:
                by_hand.append(respondent)
            continue
        reachable = [c for c in active_contacts(child, respondent) if c.reached_by]
        for contact in reachable:
            tomorrow.append({"respondent": respondent, "name": contact.name, "channel": contact.reached_by.value})
        if not reachable:
            by_hand.append(respondent)
    links = []
    for respondent in by_hand:
        invited = invite(
            child, respondent, Channel.WEB, review=review, questionnaire=feedback_for(child, respondent, review.held_on)
        )
        links.append({"respondent": respondent, "link": invited.link})
    return tomorrow, links
