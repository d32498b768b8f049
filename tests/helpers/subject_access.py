"""A manager asking for a subject access download as they would, and people answering in their own words."""

import io
import json
import zipfile

from app.definitions.questionnaire import Kind
from app.questionnaires import registry
from tests.helpers.walking import form_data


def answer_in_own_words(browser, link: str, questionnaire_id: str, words: str) -> None:
    """Open the link and answer every page calmly, typing `words` in every text box, then send."""
    questionnaire = registry.get(questionnaire_id)
    browser.get(link)
    browser.follow("Start now")
    while browser.h1 != "Check your answers":
        question = questionnaire.question(browser.response.request.path.rsplit("/", 1)[1])
        data = form_data(questionnaire, question)
        browser.submit({"answer": words} if question.kind is Kind.TEXT else data)
    browser.submit()


def download(browser, person: str, reference: str) -> tuple[dict, str, zipfile.ZipFile]:
    """On the subject access page, choose `person` by the words of their radio, give the reference and download:
    data.json read, index.html as text, and the ZIP itself."""
    form = browser.page.find("form", action=lambda a: a and a.endswith("/subject-access"))
    label = next(lab for lab in form.find_all("label") if person in " ".join(lab.get_text().split()))
    value = form.find("input", id=label["for"])["value"]
    fields = {i["name"]: i.get("value", "") for i in form.find_all("input", attrs={"type": "hidden"})}
    browser.response = browser.client.post(form["action"], data={**fields, "person": value, "reference": reference})
    assert browser.response.status_code == 200, browser.response.data[:500]
    assert browser.response.mimetype == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(browser.response.data))
    return json.loads(archive.read("data.json")), archive.read("index.html").decode(), archive
