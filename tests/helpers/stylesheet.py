"""The stylesheet a page links to, read as the browser gets it, and the rules in it for one part of the page."""

import re

# A side named outright (left or right), which stays put when the page reads right to left.
PHYSICAL_SIDE = re.compile(
    r"(?:^|[;\s])(?:(?:margin|padding|border)-(?:left|right)|left|right)\s*:|(?:float|text-align|clear)\s*:\s*(?:left|right)"
)


def stylesheet(browser) -> str:
    return browser.client.get(browser.page.find("link", rel="stylesheet")["href"]).get_data(as_text=True)


def declarations(css: str, class_name: str) -> list[str]:
    """The declarations of every rule (in a media query or not) whose selector names the class or one of its parts."""
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", css)
    return [body for selector, body in rules if re.search(rf"\.{re.escape(class_name)}(?:__|\b)", selector)]


def sides_named(css: str, class_name: str) -> list[str]:
    """The declarations for the class that name a left or right side rather than a logical one."""
    return [body for body in declarations(css, class_name) if PHYSICAL_SIDE.search(body)]
