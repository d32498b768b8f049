"""The case-record document laid out as a PDF for a document store: a title block, each person's answers, page numbers."""

from datetime import date, datetime
from typing import Any

from flask_babel import format_date, format_datetime
from flask_babel import gettext as _
from fpdf import FPDF

# The PDF's built-in fonts hold Latin-1 only; what they cannot show is written as "?" (the JSON keeps every character).
ENCODING = "latin-1"


def _text(value: str) -> str:
    return value.encode(ENCODING, "replace").decode(ENCODING)


class _Document(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 10, _text(_("Page %(page)s of %(pages)s", page=self.page_no(), pages="{nb}")), align="C")


def review_pdf(document: dict[str, Any]) -> bytes:
    """The document as PDF bytes."""
    pdf = _Document(format="A4")
    pdf.set_title(_text(_("Views for the review of %(reference)s", reference=document["child"]["reference"])))
    pdf.set_creator("Listen to Me")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    width = pdf.epw

    def line(text: str, size: int = 11, bold: bool = False, gap: float = 1) -> None:
        pdf.set_font("Helvetica", style="B" if bold else "", size=size)
        pdf.multi_cell(width, size * 0.5, _text(text), new_x="LMARGIN", new_y="NEXT")
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
