"""What the service promises the people using it, checked against what the bench measured."""

from dataclasses import dataclass

from tests.bench.figures import kilobytes
from tests.bench.workspace import SLOW_MS

FIRST_VISIT_BYTES = 30 * 1024  # any child page, opened with an empty cache: HTML and everything it needs
LATER_QUESTION_BYTES = 4 * 1024  # a question page after the first: its HTML, the assets already cached
QUERIES_A_PAGE = 4  # SQL statements the app runs for one child page


@dataclass
class Budget:
    name: str
    limit: str
    measured: str
    met: bool
    over: list[str]  # which pages or requests went over


def check(weighed: list, workspace: dict | None) -> list[Budget]:
    budgets = []
    if weighed:
        heaviest = max(weighed, key=lambda page: page.first_visit)
        questions = [page for page in weighed if page.page not in ("start", "check", "get help", "done")]
        heaviest_question = max(questions, key=lambda page: page.html)
        most = max(weighed, key=lambda page: page.queries)
        budgets += [
            Budget("First visit to a child page", f"≤ {kilobytes(FIRST_VISIT_BYTES)}",
                   f"{kilobytes(heaviest.first_visit)} ({heaviest.version} {heaviest.page})",
                   heaviest.first_visit <= FIRST_VISIT_BYTES,
                   [f"{p.version} {p.page}" for p in weighed if p.first_visit > FIRST_VISIT_BYTES]),
            Budget("A later question page", f"≤ {kilobytes(LATER_QUESTION_BYTES)}",
                   f"{kilobytes(heaviest_question.html)} ({heaviest_question.version} {heaviest_question.page})",
                   heaviest_question.html <= LATER_QUESTION_BYTES,
                   [f"{p.version} {p.page}" for p in questions if p.html > LATER_QUESTION_BYTES]),
            Budget("SQL queries for a child page", f"≤ {QUERIES_A_PAGE}", f"{most.queries} ({most.version} {most.page})",
                   most.queries <= QUERIES_A_PAGE,
                   [f"{p.version} {p.page}" for p in weighed if p.queries > QUERIES_A_PAGE]),
        ]
    if workspace:
        caseload = [page for page in workspace["pages"] if " caseload" in page["page"]]
        slowest = max(caseload, key=lambda page: page["median"])
        budgets.append(Budget(f"A caseload page at {workspace['children']:,} children (median)", f"≤ {SLOW_MS} ms",
                              f"{slowest['median']:.1f} ms ({slowest['page']})", slowest["median"] <= SLOW_MS,
                              [page["page"] for page in caseload if page["median"] > SLOW_MS]))
    return budgets
