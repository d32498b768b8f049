"""Bar charts laid out by the page's own CSS: every bar carries its label and value in words, so no colour is needed.

Each bar is a share of the row beside its label, and the page lays the row out in the way its language reads (CSS
logical properties, app/static/src/app.scss): in English the label is on the left and the bar grows to the right;
in Arabic the label is on the right and the bar grows to the left."""

from dataclasses import dataclass

LONGEST = 60  # the longest bar's share of its row, as a percentage; its value is written after it


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    share: float  # of the row beside the label, as a percentage


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    bars: tuple[Bar, ...]


def bar_chart(chart_id: str, title: str, items: list[tuple[str, float | int | None, str]], maximum: float | None = None) -> Chart:
    """A bar for each (label, value, value as written); bars are scaled to `maximum` or the largest value."""
    top = maximum if maximum else max((value or 0 for _, value, _ in items), default=0)
    bars = tuple(
        Bar(label=label, value_text=value_text, share=round(LONGEST * (value or 0) / top, 1) if top else 0)
        for label, value, value_text in items
    )
    return Chart(id=chart_id, title=title, bars=bars)
