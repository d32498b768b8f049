"""GOV.UK's character count says what it counts in the page's language, with each language's plural forms, where
GOV.UK Frontend's own words are English only."""

from app.extensions import db
from tests.conftest import sign_in
from tests.factories import create_staff


def counting_words(browser) -> dict[str, str]:
    """The words the character count's script will use, as the page gives them to it."""
    [count] = browser.page.select('[data-module="govuk-character-count"]')
    return {name.removeprefix("data-i18n."): value for name, value in count.attrs.items() if name.startswith("data-i18n.")}


def test_the_character_count_speaks_the_page_language_with_its_plural_forms(app, browser):
    iro = create_staff()
    iro.language = "pl"
    db.session.commit()
    sign_in(browser, iro)
    browser.get("/staff/profile")
    assert browser.page.html["lang"] == "pl"
    words = counting_words(browser)
    # Polish counts one, few (2 to 4, 22 to 24…) and many: one form each, the number left for the script.
    assert words["characters-under-limit.one"] == "Pozostał %{count} znak"
    assert words["characters-under-limit.few"] == "Pozostały %{count} znaki"
    assert words["characters-under-limit.many"] == "Pozostało %{count} znaków"
    assert words["characters-over-limit.few"] == "Masz %{count} znaki za dużo"
    assert words["characters-at-limit"] == "Pozostało 0 znaków"
    # Read out with the box, without JavaScript too, with the limit in it.
    assert "Możesz wpisać najwyżej 1000 znaków" in browser.page.select_one(".govuk-character-count__message").get_text()


def test_in_english_the_character_count_says_what_gov_uk_says(app, browser):
    sign_in(browser, create_staff())
    browser.get("/staff/profile")
    words = counting_words(browser)
    assert words["characters-under-limit.one"] == "You have %{count} character remaining"
    assert words["characters-under-limit.other"] == "You have %{count} characters remaining"
    assert "You can enter up to 1000 characters" in browser.page.select_one(".govuk-character-count__message").get_text()
