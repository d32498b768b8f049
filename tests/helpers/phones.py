"""A person's mobile texting the signed webhook, and staff inviting someone by text."""

import uuid
from urllib.parse import urlsplit

from twilio.request_validator import RequestValidator

from app.extensions import db
from app.invitations.sending import invite
from app.models import Channel, Respondent, SmsConversation
from tests.helpers.twilio import ACCOUNT_SID, AUTH_TOKEN, BASE_URL, FakeTwilio


def signed_post(client, path: str, params: dict, token: str = AUTH_TOKEN):
    """A webhook request as Twilio sends it: form-encoded, signed over the public URL and the parameters."""
    signature = RequestValidator(token).compute_signature(BASE_URL + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": signature})


class Phone:
    """A person's mobile: texts the service through the signed webhook and reads what the worker sent it."""

    def __init__(self, app, twilio: FakeTwilio, number: str):
        self.app, self.twilio, self.number = app, twilio, number
        self.client = app.test_client()
        self.read = 0

    def text(self, body: str, sid: str | None = None):
        params = {"MessageSid": sid or "SM" + uuid.uuid4().hex, "AccountSid": ACCOUNT_SID, "From": self.number,
                  "To": "+447700900000", "Body": body, "NumSegments": "1"}
        response = signed_post(self.client, "/sms/inbound", params)
        assert response.status_code == 200 and response.mimetype == "text/xml"
        return response

    def new_texts(self) -> list[str]:
        """Run the worker once, as cron or `make run` would, and return the texts that reached this phone since last asked."""
        result = self.app.test_cli_runner().invoke(args=["outbox", "worker", "--once"])
        assert result.exit_code == 0, result.output
        bodies = self.twilio.bodies_to(self.number)
        fresh, self.read = bodies[self.read:], len(bodies)
        return fresh

    def reply(self, body: str) -> list[str]:
        self.text(body)
        return self.new_texts()


def link_path(text: str) -> str:
    """The path of the link in a text."""
    url = next(word for word in text.split() if word.startswith(BASE_URL))
    return urlsplit(url).path


def invite_by_text(child, number: str = "+447911123456", respondent: Respondent = Respondent.CHILD):
    """What staff do on the child's page: invite someone by text. Returns the conversation."""
    invitation = invite(child, respondent, Channel.SMS, address=number).invitation
    db.session.commit()
    return db.session.scalar(db.select(SmsConversation).where(SmsConversation.invitation_id == invitation.id))
