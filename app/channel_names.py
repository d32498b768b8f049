"""What every page, printout and report calls each way an invitation reaches a person."""

from flask_babel import lazy_gettext as _l

from app.models import Channel

CHANNEL_NAMES = {
    Channel.WEB: _l("Web link"),
    Channel.SMS: _l("Text message"),
    Channel.EMAIL: _l("Email"),
    Channel.LETTER: _l("Letter"),
}
