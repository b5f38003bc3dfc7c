"""The shape of the extraction library, checked on its import graph (ast, no imports run):

- imports run one way: ``text`` ← ``entities`` ← ``quotes``, ``dates`` reads ``text`` only, and
  ``page`` (web pages to article text, before the parse) reads none of them;
  ``model`` (the result types) imports none of them; only ``extractor`` and the library's
  ``__init__`` see every package;
- a package is entered through its ``__init__``: no module reaches into another package's modules;
- nothing in the library imports Flask or the rest of the service;
- every module of ``service/`` starts with a docstring, has at most 400 lines, and no function of
  more than 80 lines.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVICE = Path(__file__).resolve().parents[2] / "service"
PACKAGES = ("text", "entities", "quotes", "dates", "page")
MAY_IMPORT = {"text": set(), "entities": {"text"}, "quotes": {"text", "entities"}, "dates": {"text"},
              "page": set()}
WEB = ("flask", "werkzeug", "marshmallow", "gunicorn", "apispec")
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 400, 80


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path) -> list[str]:
    """Absolute names of what a module imports (``from . import x`` gives ``package.x``)."""
    name = module_name(path, root)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            target = ".".join(part for part in (base, node.module) if part)
            found += [f"{target}.{alias.name}" for alias in node.names] if node.module is None else [target]
    return found


def layer(name: str) -> str:
    """'text', 'entities', 'quotes', 'dates', 'model', 'top' (the library's face), 'service' (the
    rest of the service) or 'other' (the standard library, spaCy, ...)."""
    parts = name.split(".")
    if parts[0] != "service":
        return "other"
    if parts[:2] != ["service", "extract"]:
        return "service"
    return "top" if len(parts) == 2 or parts[2] == "extractor" else parts[2]


def violations(path: Path, root: Path = SERVICE) -> list[str]:
    """What is wrong with one library module's imports (empty when nothing is)."""
    own, wrong = layer(module_name(path, root)), []
    for target in imported_modules(path, root):
        other = layer(target)
        if target.split(".")[0] in WEB or other == "service":
            wrong.append(f"{path.name} imports {target}: the library has no web layer or service in it")
        elif other in ("other", own) or own == "top" or other == "model":
            continue
        elif other == "top" or own == "model":
            wrong.append(f"{path.name} ({own}) imports {target}: only callers of the library may")
        elif other not in MAY_IMPORT[own]:
            wrong.append(f"{path.name} ({own}) imports {target} ({other}): the wrong direction")
        elif target != f"service.extract.{other}":
            wrong.append(f"{path.name} imports {target}: enter {other} through its __init__")
    return wrong


def test_the_library_has_its_packages():
    library = SERVICE / "extract"
    assert {p.name for p in library.iterdir() if (p / "__init__.py").is_file()} == set(PACKAGES)


@pytest.mark.parametrize("path", sorted((SERVICE / "extract").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(SERVICE / "extract")))
def test_imports_run_one_way_and_through_package_fronts(path):
    assert violations(path) == []


def test_the_check_finds_wrong_imports(tmp_path):
    """The rules, on modules written to break them."""
    root = tmp_path / "service"
    (root / "extract" / "text").mkdir(parents=True)
    (root / "extract" / "quotes").mkdir()
    bad_text = root / "extract" / "text" / "bad.py"
    bad_text.write_text("from ..quotes import find_quotes\nfrom flask import g\nfrom .layout import x\n")
    bad_quotes = root / "extract" / "quotes" / "bad.py"
    bad_quotes.write_text("from ..entities.people import x\nfrom ..entities import y\nfrom ...api import z\n"
                          "from .. import extractor\nfrom ..model import Quote\n")
    assert [v.split(": ")[-1] for v in violations(bad_text, root)] == [
        "the wrong direction", "the library has no web layer or service in it"]
    assert [v.split(": ")[-1] for v in violations(bad_quotes, root)] == [
        "enter entities through its __init__", "the library has no web layer or service in it",
        "only callers of the library may"]


@pytest.mark.parametrize("path", sorted(SERVICE.rglob("*.py")), ids=lambda p: str(p.relative_to(SERVICE)))
def test_every_module_is_short_documented_and_has_short_functions(path):
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree), f"{path.name}: start with a docstring that says its one job"
    assert len(source.splitlines()) <= MAX_MODULE_LINES, f"{path.name}: over {MAX_MODULE_LINES} lines"
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            assert length <= MAX_FUNCTION_LINES, f"{path.name}: {node.name} has {length} lines"
