"""The package's import graph (every import statement, at module level or inside a function): storage
never imports upward from pipelines, and no module imports itself back through others (issue 17)."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "coffee_scraper"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                # `from pkg import submodule` needs the submodule; `from pkg import name`, the package.
                submodules = {f"{base}.{a.name}" for a in node.names} & set(modules)
                targets.update(submodules)
                if len(submodules) < len(node.names):
                    targets.add(base)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_storage_imports_nothing_from_pipelines():
    graph = import_graph()
    upward = {m: sorted(t for t in targets if t.startswith("coffee_scraper.pipelines"))
              for m, targets in graph.items() if m.startswith("coffee_scraper.storage")}
    assert not any(upward.values()), upward


def test_no_import_cycles_in_storage_and_pipelines():
    graph = import_graph()
    ours = [c for c in cycles(graph) if any(m.startswith(("coffee_scraper.storage", "coffee_scraper.pipelines"))
                                            for m in c)]
    assert ours == []


@pytest.mark.xfail(strict=True, reason="config -> platforms -> spiders.base -> context/registry -> config: "
                                       "left for its owners (hardening/platforms); drop this mark once it is gone")
def test_no_import_cycles_in_the_package():
    assert cycles(import_graph()) == []
