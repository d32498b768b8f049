"""Bar charts drawn as SVG on the server: every bar carries its label and value in words, so no colour is needed."""

from dataclasses import dataclass

WIDTH = 640
LABEL_WIDTH = 230  # labels end here, right-aligned against the bars
BAR_START = 240
BAR_SPACE = 300  # the longest bar; its value is written after it
ROW_HEIGHT = 32
BAR_HEIGHT = 22
TOP = 8


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    y: int
    width: float
    text_y: int
    value_x: float


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    bars: tuple[Bar, ...]
    width: int = WIDTH
    label_x: int = LABEL_WIDTH
    bar_x: int = BAR_START
    bar_height: int = BAR_HEIGHT

    @property
    def height(self) -> int:
        return TOP * 2 + ROW_HEIGHT * max(len(self.bars), 1)


def bar_chart(chart_id: str, title: str, items: list[tuple[str, float | int | None, str]], maximum: float | None = None) -> Chart:
    """A horizontal bar for each (label, value, value as written); bars are scaled to `maximum` or the largest value."""
    top = maximum if maximum else max((value or 0 for _, value, _ in items), default=0)
    bars = []
    for index, (label, value, value_text) in enumerate(items):
        width = round(BAR_SPACE * (value or 0) / top, 1) if top else 0
        y = TOP + index * ROW_HEIGHT
        bars.append(
            Bar(label=label, value_text=value_text, y=y, width=width, text_y=y + BAR_HEIGHT - 6, value_x=BAR_START + width + 6)
        )
    return Chart(id=chart_id, title=title, bars=tuple(bars))
