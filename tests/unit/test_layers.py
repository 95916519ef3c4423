"""The layers import only what the architecture allows (docs/architecture.md).

Pure layers never import Textual; each imports only the tuiread layers listed for it; the
Textual shell has no import circle with its app (screens, dialogs and palette commands talk
to the app by messages). The static check reads every import statement, including those
inside functions and under ``TYPE_CHECKING``, so a lazy import cannot slip through.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import tuiread

PACKAGE = Path(tuiread.__file__).resolve().parent

# Layer -> the other tuiread top-level modules it may import. ``tuiread`` itself (the
# package's __init__: the version) and the layer's own modules are always allowed.
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "gcpause": set(),
    "textsafe": set(),
    "palette": set(),
    "export_formats": set(),
    "timex": {"model"},
    "analysis": {"model", "gcpause"},
    "ingest": {"model", "textsafe", "fileio"},
    "store": {"model", "gcpause", "fileio"},
    "fileio": set(),
    "index": {"model", "store", "analysis", "gcpause", "timex"},
    "export": {"model", "store", "gcpause", "textsafe", "fileio", "export_formats"},
    "subscriptions": {"model", "ingest", "store"},
}
PURE = ("model", "ingest", "analysis", "store", "index", "export", "subscriptions", "timex")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every absolute module name ``path`` imports (relative imports resolved)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            # "from tuiread.tui import app" imports the module tuiread.tui.app
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "tuiread" and len(parts) > 1 else None


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_each_pure_layer_imports_only_what_the_architecture_allows() -> None:
    problems = []
    for path in _sources():
        layer = _layer(_module_name(path))
        if layer not in ALLOWED:
            continue
        for module in _imports(path):
            if layer in PURE and module.split(".")[0] == "textual":
                problems.append(f"{_module_name(path)} imports {module}")
            target = _layer(module)
            if target is not None and target != layer and target not in ALLOWED[layer]:
                problems.append(f"{_module_name(path)} ({layer}) imports {module}")
    assert problems == []


def test_the_rules_cover_every_layer_in_the_package() -> None:
    """A new top-level module or package gets a rule here (and a line in docs/architecture.md)."""
    layers = {
        path.stem
        for path in PACKAGE.iterdir()
        if (path.suffix == ".py" or (path / "__init__.py").exists())
        and not path.name.startswith("_")
    }
    assert layers - set(ALLOWED) - {"tui", "cli", "seeds"} == set()


def test_the_shell_has_no_import_circle_with_its_app() -> None:
    """Only the command line imports the app; screens, dialogs, widgets and palette
    commands post messages to it instead of importing it."""
    offenders = [
        _module_name(path)
        for path in _sources()
        if _module_name(path) not in ("tuiread.tui.app", "tuiread.cli.library")
        and "tuiread.tui.app" in _imports(path)
    ]
    assert offenders == []


def test_nothing_below_the_shell_imports_it() -> None:
    offenders = [
        f"{_module_name(path)} imports {module}"
        for path in _sources()
        if _layer(_module_name(path)) not in ("tui", "cli", "__main__", None)
        for module in _imports(path)
        if _layer(module) in ("tui", "cli")
    ]
    assert offenders == []


def test_pure_layers_do_not_import_textual_at_run_time() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "for pkg in ['tuiread.model', 'tuiread.ingest', 'tuiread.analysis', 'tuiread.store',"
        " 'tuiread.index', 'tuiread.export']:\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(getattr(mod, '__path__', []), pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"pure layers imported {out.stdout.strip()}"


def test_the_command_line_parser_does_not_load_the_exporters() -> None:
    """Every command builds the whole parser: the exporters load only when a command needs
    them, so a cold ``tuiread analyze`` does not pay for them."""
    code = (
        "import sys\n"
        "from tuiread.cli import build_parser\n"
        "build_parser()\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[:2] == ['tuiread', 'export'])))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"the parser loaded {out.stdout.strip()}"
