"""Who holds the data: the data controller and its data protection officer, as the settings name them."""

from dataclasses import dataclass

from flask import current_app


@dataclass(frozen=True)
class DataController:
    name: str
    officer_email: str
    retention_months: int


def data_controller() -> DataController:
    """The controller named by DATA_CONTROLLER_NAME, or the council when that is unset (app/config.py)."""
    config = current_app.config
    return DataController(
        name=(config["DATA_CONTROLLER_NAME"] or config["COUNCIL_NAME"]).strip(),
        officer_email=config["DATA_PROTECTION_OFFICER_EMAIL"],
        retention_months=config["RETENTION_MONTHS"],
    )
