"""The tree explains the system: apps depend on each other one way only (README, "Layout").

Imports are read from the source (module level and inside functions alike), so a loop hidden
in a function-level import counts too."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = "planpages"
FEATURE_APPS = (
    "plantemplates",
    "collaboration",
    "notifications",
    "accesslog",
    "exports",
    "api",
    "municipal_admin",
    "invitations",
)
APPS = (CORE, *FEATURE_APPS, "accounts", "demo")
PROJECT = "samplan"  # site/samplan: settings, URLs and the plan route table; it may import any app


def source_files(app):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


def imported_apps(path):
    """First-party apps that one file imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names)
    return found & {*APPS, PROJECT}


def dependencies():
    return {app: set().union(*(imported_apps(path) for path in source_files(app))) - {app} for app in APPS}


def test_every_app_has_its_source_and_a_purpose_line():
    for app in APPS:
        docstring = ast.get_docstring(ast.parse((ROOT / app / "apps.py").read_text()))
        assert docstring, f"{app}/apps.py says in one line what the app holds"


def test_the_core_uses_none_of_the_other_apps():
    assert dependencies()[CORE] == set()


def test_accounts_knows_nothing_of_plans():
    assert dependencies()["accounts"] == set()


def test_no_app_imports_the_project_package():
    offenders = {app for app, used in dependencies().items() if PROJECT in used}
    assert offenders == set()


def test_no_two_apps_depend_on_each_other_even_through_others():
    graph = dependencies()

    def reachable(start):
        seen, todo = set(), [start]
        while todo:
            for nxt in graph.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    loops = sorted(app for app in APPS if app in reachable(app))
    assert loops == [], f"apps in an import loop: {loops}; dependencies: {graph}"


def test_nothing_depends_on_the_demo_data():
    assert {app for app, used in dependencies().items() if "demo" in used} == set()
