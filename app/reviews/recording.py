"""Recording a review as held: how the child took part, who came and chaired it, and the next review booked."""

from datetime import date

from app.models import Child, ParticipationCode, Review
from app.models.time import utcnow
from app.reviews.timescales import next_review_due


def record_held(
    review: Review,
    held_on: date,
    code: ParticipationCode,
    *,
    parents_attended: bool,
    carers_attended: bool,
    professionals_attended: bool,
) -> None:
    """Save the review as held, chaired by the child's IRO now, and book the child's next review; the caller commits."""
    review.held_on = held_on
    review.participation_code = code
    review.parents_attended = parents_attended
    review.carers_attended = carers_attended
    review.professionals_attended = professionals_attended
    review.recorded_at = utcnow()
    child = review.child
    review.chaired_by = child.current_allocation.iro if child.current_allocation else None
    book_next_review(child)


def book_next_review(child: Child) -> None:
    """A child whose reviews are all held gets the next one booked by the statutory timescale, counted from the
    last review held, so their views have a review to go to rather than the managers' queue."""
    held = [review for review in child.reviews if review.held_on is not None]
    if child.next_review is not None or not held:
        return
    last = max(held, key=lambda review: review.held_on)
    child.reviews.append(Review(due_on=next_review_due(child.looked_after_since, last.held_on, len(held))))
