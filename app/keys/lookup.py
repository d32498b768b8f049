"""Re-indexing every stored phone number under the newest lookup key, so texts from known numbers are still found."""

from flask import current_app
from sqlalchemy import select

from app.extensions import db
from app.messaging.phones import hash_under, lookup_secrets
from app.models import PhoneNumber


def reindex(batch_size: int) -> tuple[int, int]:
    """How many numbers were re-indexed, and how many were already under the newest key. Each number is decrypted and
    hashed afresh, so no old key is needed for this; the app finds numbers under the old keys until it is done."""
    newest = lookup_secrets(current_app.config)[0]
    reindexed = current = 0
    last = 0
    while True:
        phones = db.session.scalars(
            select(PhoneNumber).where(PhoneNumber.id > last).order_by(PhoneNumber.id).limit(batch_size)
        ).all()
        if not phones:
            return reindexed, current
        for phone in phones:
            wanted = hash_under(newest, phone.number)
            if phone.number_hash == wanted:
                current += 1
            else:
                phone.number_hash = wanted
                reindexed += 1
        db.session.commit()
        last = phones[-1].id
