"""The pure layers must never import Textual: the TUI is a thin shell over them."""

import subprocess
import sys

PURE = [
    "tuiread.model",
    "tuiread.ingest",
    "tuiread.analysis",
    "tuiread.store",
    "tuiread.index",
    "tuiread.export",
]


def test_pure_layers_do_not_import_textual():
    code = (
        "import sys, importlib\n"
        f"for name in {PURE!r}:\n"
        "    importlib.import_module(name)\n"
        "    for sub in list(sys.modules):\n"
        "        if sub.startswith(name + '.'): pass\n"
        "import pkgutil, tuiread\n"
        "for pkg in ['tuiread.ingest','tuiread.analysis','tuiread.store','tuiread.index','tuiread.export']:\n"
        "    mod = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"pure layers imported {out.stdout.strip()}"
