"""Each language's safeguarding rules, one module per language (docs/safeguarding.md explains how to add one).

Every text is read by every language's rules, whatever language the page was shown in: a child may write in
either, and a missed flag costs far more than a false one. Only the English rules have been tuned on a corpus;
the others are a first, small set that needs a native speaker's review (each module's docstring says so).
"""

from app.safeguarding.languages import arabic, english, polish, romanian, ukrainian, welsh

LANGUAGES = (english, welsh, polish, romanian, arabic, ukrainian)
