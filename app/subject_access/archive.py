"""The ZIP a subject access request is answered with: data.json for machines, index.html for people."""

import io
import json
import zipfile
from datetime import datetime
from typing import Any

from flask import render_template

from app.privacy.controller import data_controller
from app.subject_access.gathering import NOTES


def request_details(reference: str, produced_at: datetime) -> dict[str, Any]:
    """Which request this answers, when, and who holds the data."""
    controller = data_controller()
    return {
        "reference": reference,
        "produced_at": produced_at.isoformat(),
        "data_controller": controller.name,
        "data_protection_officer_email": controller.officer_email,
        "notes": [str(note) for note in NOTES],
    }


def build(held: dict[str, Any], request: dict[str, Any]) -> bytes:
    """The ZIP's bytes: data.json (every field, as gathered) and index.html (the same, to read; self-contained)."""
    data = {"request": request, **held}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, indent=2, ensure_ascii=False))
        archive.writestr("index.html", render_template("subject_access/index.html", data=data))
    return buffer.getvalue()
