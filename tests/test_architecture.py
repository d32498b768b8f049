"""The layers stay layers: read every module's imports and check the rules the README's "How it fits together" draws.

A unit is a top-level package or module of app/ (app.sms, app.audit, …) or the questionnaire definitions in forms/.
Every import counts, including those inside functions. The application factory (app/__init__.py) and the command
line (app/cli.py) put the units together, so they may import anything and nothing counts as importing them.
"""

import ast
from collections import defaultdict
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPOSITION_ROOTS = {"app", "cli"}
ENGINE = "questionnaires"
CHANNELS = {"consult", "sms"}


def _unit(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] == "forms":
        return "forms"
    if parts[0] == "app":
        return parts[1] if len(parts) > 1 else "app"
    return None


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path, module: str):
    """Each (module imported, line) in the file, relative imports made absolute."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            yield base, node.lineno
            for alias in node.names:  # `from app import audit` imports the unit app.audit
                yield f"{base}.{alias.name}", node.lineno


def unit_imports() -> dict[tuple[str, str], list[str]]:
    """(importing unit, imported unit) -> the places ("app/x.py:12") where it happens."""
    edges = defaultdict(list)
    for path in sorted([*ROOT.glob("app/**/*.py"), *ROOT.glob("forms/**/*.py")]):
        module = _module_name(path)
        source = _unit(module)
        if source in COMPOSITION_ROOTS:
            continue
        for imported, line in _imported(path, module):
            target = _unit(imported)
            if target and target != source and target not in COMPOSITION_ROOTS:
                edges[source, target].append(f"{path.relative_to(ROOT)}:{line}")
    return edges


def _described(edges, pairs) -> str:
    return "\n".join(f"{a} -> {b}: {', '.join(sorted(set(edges[a, b])))}" for a, b in pairs)


def test_the_reader_sees_imports_of_every_kind():
    edges = unit_imports()
    assert ("staff", "models") in edges  # `from app.models import …`
    assert ("consult", "questionnaires") in edges
    assert ("questionnaires", "models") in edges
    assert ("forms", "app") not in edges and not any(source == "app" for source, _ in edges)


def test_no_cycle_between_units():
    edges = unit_imports()
    graph = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        cycle = error.args[1]  # each unit in it is imported by the next
        raise AssertionError("units import each other in a circle:\n" + _described(edges, zip(cycle[1:], cycle))) from None


def test_messaging_knows_nothing_of_the_text_conversation():
    edges = unit_imports()
    assert not edges.get(("messaging", "sms")), _described(edges, [("messaging", "sms")])


def test_nothing_imports_the_staff_pages():
    edges = unit_imports()
    into_staff = [(source, target) for source, target in edges if target == "staff"]
    assert not into_staff, _described(edges, into_staff)


def test_the_engine_imports_no_channel():
    edges = unit_imports()
    into_channels = [(ENGINE, channel) for channel in sorted(CHANNELS) if edges.get((ENGINE, channel))]
    assert not into_channels, _described(edges, into_channels)


def test_no_test_module_imports_another():
    """Shared test code lives in tests/helpers/ and fixtures in a conftest.py, so each test module stands alone."""
    offending = []
    for path in sorted(ROOT.glob("tests/**/test_*.py")):
        module = _module_name(path)
        for imported, line in _imported(path, module):
            if imported.rpartition(".")[2].startswith("test_") or ".test_" in imported:
                offending.append(f"{path.relative_to(ROOT)}:{line} imports {imported}")
    assert not offending, "\n".join(offending)
