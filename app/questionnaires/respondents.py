"""Who answers an invitation's questionnaire: a child, or a parent, carer or professional."""

from app.definitions.questionnaire import Audience
from app.models import Invitation, Respondent
from app.questionnaires import registry


def by_a_child(invitation: Invitation) -> bool:
    """A child answers it, not a parent, carer or professional: decides whose help they are shown."""
    return invitation.respondent is Respondent.CHILD and registry.get(invitation.questionnaire).audience is Audience.CHILD
