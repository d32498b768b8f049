"""Each language's safeguarding rules, one module per language (docs/safeguarding.md explains how to add one).

Every text is read by every language's rules, whatever language the page was shown in: a child may write in
either, and a missed flag costs far more than a false one.
"""

from app.safeguarding.languages import english

LANGUAGES = (english,)
