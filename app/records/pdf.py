"""The case-record document laid out as a PDF for a document store: a title block, each person's answers, page numbers.

It is written in DejaVu Sans, which has every letter of every language here (Welsh ŵ and ŷ, Polish, Romanian ș and
ț, Cyrillic, Arabic), and shaped by HarfBuzz, so Arabic letters join. Each paragraph runs the way its own first
letter reads, as `dir="auto"` does on a page: an answer written in Arabic runs right to left and sits on the right,
even in an English document; a paragraph with no letters (a date, a number) runs the way the document's language
reads."""

from datetime import date, datetime
from pathlib import Path
from typing import Any
from unicodedata import bidirectional

from flask import current_app
from flask_babel import format_date, format_datetime, get_locale
from flask_babel import gettext as _
from fpdf import FPDF
from fpdf.enums import TextDirection

FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}  # in PDF_FONT_DIR


def _direction(text: str, otherwise: TextDirection) -> TextDirection:
    """The way the text's first letter reads (as `dir="auto"` finds it), or `otherwise` when it has no letter."""
    for character in text:
        kind = bidirectional(character)
        if kind == "L":
            return TextDirection.LTR
        if kind in ("R", "AL"):
            return TextDirection.RTL
    return otherwise


class _Document(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        folder = Path(current_app.config["PDF_FONT_DIR"])
        for style, name in FONT_FILES.items():
            self.add_font(FONT, style, folder / name)
        self.set_text_shaping(use_shaping_engine=True)
        self.reads = TextDirection.RTL if get_locale().text_direction == "rtl" else TextDirection.LTR

    def paragraph(self, text: str, size: int, bold: bool = False, align: str | None = None) -> None:
        """A paragraph, running the way its first letter reads (else the document's language), on that side."""
        direction = _direction(text, self.reads)
        self.set_text_shaping(use_shaping_engine=True, direction=direction)
        self.set_font(FONT, style="B" if bold else "", size=size)
        side = "R" if direction is TextDirection.RTL else "L"
        self.multi_cell(self.epw, size * 0.5, text, align=align or side, new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        self.set_y(-15)
        self.paragraph(_("Page %(page)s of %(pages)s", page=self.page_no(), pages="{nb}"), size=9, align="C")


def review_pdf(document: dict[str, Any]) -> bytes:
    """The document as PDF bytes."""
    pdf = _Document()
    pdf.set_title(_("Views for the review of %(reference)s", reference=document["child"]["reference"]))
    pdf.set_lang(str(get_locale()))
    pdf.set_creator("Listen to Me")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    def line(text: str, size: int = 11, bold: bool = False, gap: float = 1) -> None:
        pdf.paragraph(text, size=size, bold=bold)
        pdf.ln(gap)

    review = document["review"]
    line(_("Views for the review"), size=18, bold=True, gap=3)
    line(_("Child: %(name)s (reference %(reference)s)", **document["child"]))
    line(_("Review date: %(day)s", day=_day(review["held_on"] or review["due_on"]))
         + ("" if review["held_on"] else " " + _("(due, not yet held)")))
    line(_("IRO: %(name)s", name=document["iro"] or _("Not allocated")))
    line(_("Generated: %(moment)s", moment=format_datetime(datetime.fromisoformat(document["generated_at"]), "d MMMM yyyy, HH:mm")), gap=4)

    if not document["views"]:
        line(_("No views were sent for this review."))
    for view in document["views"]:
        line(f"{view['respondent_label']}: {view['questionnaire_name']}", size=14, bold=True)
        if view["sent_at"]:
            line(_("Sent %(moment)s", moment=format_datetime(datetime.fromisoformat(view["sent_at"]), "d MMMM yyyy, HH:mm")), size=10, gap=2)
        for answer in view["answers"]:
            line(answer["question"], bold=True, gap=0)
            line(_("Skipped") if answer["skipped"] else answer["answer"], gap=2)
        pdf.ln(2)

    line(_("What the IRO told the child"), size=14, bold=True)
    line(document["reply_to_child"] or _("Nothing yet."))
    return bytes(pdf.output())


def _day(iso: str) -> str:
    return format_date(date.fromisoformat(iso), "d MMMM yyyy")
