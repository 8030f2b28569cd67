"""The packages' import graph: no cycles, and data flows down the layers (issue 17, docs/architecture.md).

What counts as an edge: every import statement of coffee_scraper and coffee_scraper_shops, at module level,
inside a function or under TYPE_CHECKING. A lazy import hides a cycle from Python, not from the reader who
has to understand one module before the other, so it counts. What does not: components that Scrapy loads
by their dotted path from settings (pipelines, middlewares, extensions) and spiders that SpiderLoader finds
in SPIDER_MODULES: that is the plug-in boundary, configured, and it points from the framework to the
plug-ins (coffee_scraper.platforms lists the platforms without importing a spider).
"""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("coffee_scraper", "coffee_scraper_shops")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.Module, module_level_only: bool):
    """The Import/ImportFrom nodes of a module: all of them, or only those run when it is imported."""
    if not module_level_only:
        yield from (n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)))
        return
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            pending.extend(ast.iter_child_nodes(node))


def import_graph(module_level_only: bool = False) -> dict[str, set[str]]:
    """Module -> the modules of our packages it imports."""
    modules = {module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        targets = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")), module_level_only):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            else:
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


def within(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def imports_of(graph, layer: str, *forbidden: str) -> dict[str, list[str]]:
    """Modules of `layer` -> what they import from the forbidden packages (empty when the layer is clean)."""
    found = {m: sorted(t for t in targets if within(t, *forbidden)) for m, targets in graph.items() if within(m, layer)}
    return {m: ts for m, ts in found.items() if ts}


# docs/architecture.md's layers, top to bottom: a module imports only from its own layer or those below.
LAYERS = {
    "operator": ("coffee_scraper.cli", "coffee_scraper.commands", "coffee_scraper.service", "coffee_scraper.scheduling",
                 "coffee_scraper.detect", "coffee_scraper.demo", "coffee_scraper.revalidate"),
    "crawl": ("coffee_scraper.spiders", "coffee_scraper.middlewares", "coffee_scraper.pipelines",
              "coffee_scraper.extensions", "coffee_scraper.monitors", "coffee_scraper.structured_data",
              "coffee_scraper.rendering", "coffee_scraper.distributed", "coffee_scraper.logformatter",
              "coffee_scraper.exporters", "coffee_scraper.dns"),
    "storage": ("coffee_scraper.storage", "coffee_scraper.events"),
    "configuration": ("coffee_scraper.registry", "coffee_scraper.config", "coffee_scraper.settings",
                      "coffee_scraper.context", "coffee_scraper.monitors.thresholds"),
    "alerting": ("coffee_scraper.events_notify", "coffee_scraper.alerts"),
    "plug-in interface": ("coffee_scraper.platforms",),
    "pure": ("coffee_scraper.items", "coffee_scraper.normalize", "coffee_scraper.redact", "coffee_scraper.sitemaps"),
}


def layer_of(module: str) -> int | None:
    """Index of the module's layer in LAYERS (its most specific package wins), None when unplaced."""
    if module == "coffee_scraper":
        return len(LAYERS) - 1
    found = [(len(p), i) for i, packages in enumerate(LAYERS.values()) for p in packages if within(module, p)]
    return max(found)[1] if found else None


def test_walker_sees_imports_inside_functions():
    tree = ast.parse("import a\nif X:\n    import b\ndef f():\n    import c\n")
    assert {n.names[0].name for n in _imports(tree, module_level_only=False)} == {"a", "b", "c"}
    assert {n.names[0].name for n in _imports(tree, module_level_only=True)} == {"a", "b"}
    graph = {"p.a": {"p.b"}, "p.b": {"p.c"}, "p.c": {"p.a"}, "p.d": {"p.a"}}
    assert cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_no_import_cycles_in_the_packages():
    assert cycles(import_graph()) == []


def test_data_flows_down_the_layers():
    graph = {m: ts for m, ts in import_graph().items() if within(m, "coffee_scraper")}
    unplaced = sorted(m for m in graph if layer_of(m) is None)
    assert unplaced == [], "place these in LAYERS here and in docs/architecture.md"
    names = list(LAYERS)
    upward = [f"{m} ({names[layer_of(m)]}) -> {t} ({names[layer_of(t)]})"
              for m, ts in sorted(graph.items()) for t in sorted(ts) if within(t, "coffee_scraper")
              and layer_of(t) < layer_of(m)]
    assert upward == []


def test_storage_imports_nothing_upward():
    upward = ("coffee_scraper.pipelines", "coffee_scraper.spiders", "coffee_scraper.cli", "coffee_scraper.commands",
              "coffee_scraper.middlewares", "coffee_scraper.extensions", "coffee_scraper.monitors",
              "coffee_scraper.platforms", "coffee_scraper.detect", "coffee_scraper_shops")
    assert imports_of(import_graph(), "coffee_scraper.storage", *upward) == {}


def test_normalize_imports_nothing_of_the_crawl():
    """Normalizers are pure functions over the item contract: nothing of Scrapy's side, storage or config."""
    graph = import_graph()
    outside = {m: sorted(t for t in ts if not within(t, "coffee_scraper.normalize", "coffee_scraper.items"))
               for m, ts in graph.items() if within(m, "coffee_scraper.normalize")}
    assert {m: ts for m, ts in outside.items() if ts} == {}


def test_the_platform_interface_imports_no_spider():
    """Platforms are found by SpiderLoader; the registry validates `platform:` without importing a spider."""
    graph = import_graph()
    assert graph["coffee_scraper.platforms"] == set()
    assert imports_of(graph, "coffee_scraper.registry", "coffee_scraper.spiders") == {}


def test_the_product_needs_the_fixture_shops_only_for_demo():
    """The deployed egg leaves coffee_scraper_shops out: no product module imports it when it is imported,
    and the shops never import the product (they stand in for the outside world)."""
    graph = import_graph()
    assert imports_of(import_graph(module_level_only=True), "coffee_scraper", "coffee_scraper_shops") == {}
    assert set(imports_of(graph, "coffee_scraper", "coffee_scraper_shops")) <= {"coffee_scraper.demo",
                                                                                 "coffee_scraper.cli.core"}
    assert imports_of(graph, "coffee_scraper_shops", "coffee_scraper") == {}
