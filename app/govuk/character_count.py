"""What GOV.UK's character count says as a person types, in the page's language: GOV.UK Frontend's own words are
English only. Its script chooses among the forms by the page language's plural rules (`Intl.PluralRules`) and puts
the number where `%{count}` stands."""

from flask_babel import get_locale, gettext, ngettext

COUNT = "%{count}"  # filled in by GOV.UK Frontend's script


def _first_number_in_each_plural_form() -> dict[str, int]:
    """e.g. Polish {"one": 1, "few": 2, "many": 0}: asking the catalog for that number gives that form."""
    rule = get_locale().plural_form
    samples: dict[str, int] = {}
    for number in range(200):
        samples.setdefault(rule(number), number)
    return samples


def counting_words() -> dict:
    """The character count's words for this page, as parameters of govukCharacterCount."""
    samples = _first_number_in_each_plural_form()
    return {
        "charactersUnderLimitText": {
            form: ngettext("You have %(count)s character remaining", "You have %(count)s characters remaining", number, count=COUNT)
            for form, number in samples.items()
        },
        "charactersAtLimitText": gettext("You have 0 characters remaining"),
        "charactersOverLimitText": {
            form: ngettext("You have %(count)s character too many", "You have %(count)s characters too many", number, count=COUNT)
            for form, number in samples.items()
        },
        "textareaDescriptionText": gettext("You can enter up to %(count)s characters", count=COUNT),
    }
