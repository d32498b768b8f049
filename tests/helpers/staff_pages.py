"""Staff pages used as staff use them: forms filled in, files uploaded, what a page shows read back."""

from datetime import date
from io import BytesIO

from tests.conftest import sign_in


def banner(browser) -> str:
    pinned = browser.page.select_one(".app-urgent-flags")
    return pinned.get_text(" ", strip=True) if pinned else ""


def allocate_on_child_page(browser, child, iro) -> None:
    browser.get(f"/staff/children/{child.id}")
    index = next(i for i, f in enumerate(browser.page.find_all("form")) if "allocate" in f.get("action", ""))
    browser.submit({"iro": str(iro.id) if iro else ""}, form_index=index)


def open_record_page(browser, iro, child):
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Record the next review as held")
    assert browser.h1 == "Record the review as held"


def held_form(day: date, code: str, **extra) -> dict:
    return {"day": str(day.day), "month": str(day.month), "year": str(day.year), "code": code, **extra}


def save_profile(browser, introduction: str, photo: bytes | None = None, filename="me.jpg"):
    browser.get("/staff/profile")
    token = browser.page.find("input", attrs={"name": "csrf_token"})["value"]
    data = {"csrf_token": token, "introduction": introduction}
    if photo is not None:
        data["photo"] = (BytesIO(photo), filename)
    browser.response = browser.client.post("/staff/profile", data=data, content_type="multipart/form-data", follow_redirects=True)
    return browser._read(200)


def upload(browser, kind: str, content: bytes, filename: str = "file.csv"):
    """Send the page's own form with a file, as a browser does."""
    token = browser.page.find("input", attrs={"name": "csrf_token"})["value"]
    browser.response = browser.client.post(
        "/staff/import",
        data={"csrf_token": token, "kind": kind, "file": (BytesIO(content), filename)},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    return browser._read(200)


def table(page, table_id: str) -> list[list[str]]:
    """A table's rows as a person reads them, heading cell first."""
    rows = page.find(id=table_id).select("tbody tr")
    return [[" ".join(cell.get_text().split()) for cell in row.find_all(["th", "td"])] for row in rows]


def on_duty(browser, manager) -> None:
    browser.get("/staff/team")
    browser.submit({"manager": str(manager.id)})
    assert f"The manager on duty is now {manager.name}" in browser.text()
