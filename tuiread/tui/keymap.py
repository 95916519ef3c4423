"""User key remapping and the catalogue of every binding the app knows.

The config file is TOML; its ``[keys]`` table maps a binding id to one key or a
comma-separated list of keys (a TOML array of keys works too)::

    [keys]
    "library.sort" = "o"
    "library.cursor_down" = "j,down,ctrl+n"

    [theme]
    name = "textual-light"

A config that cannot be read or parsed never stops the app: ``load_config`` returns the
defaults plus a list of warnings, one line each, for the app to show.
"""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.app import App

# Modules whose classes carry the app's bindings, in the order the help screen lists them.
# A screen or dialog added to the app adds its module here.
BINDING_MODULES = (
    "tuiread.tui.app",
    "tuiread.tui.widgets.article_table",
    "tuiread.tui.screens.library",
    "tuiread.tui.screens.help",
    "tuiread.tui.dialogs.export",
    "tuiread.tui.dialogs.tag_picker",
    "tuiread.tui.screens.reader",
    "tuiread.tui.dialogs.annotation",
)

# Order of the groups in the help screen (the group is the part of the id before the dot).
GROUP_ORDER = ("app", "library", "reader", "help", "dialog", "export")
GROUP_TITLES = {
    "app": "Everywhere",
    "library": "Library",
    "reader": "Reader",
    "help": "Help",
    "dialog": "Dialogs",
    "export": "Export dialog",
}


@dataclass
class UserConfig:
    """What the config file asks for; ``warnings`` says what was ignored and why."""

    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    warnings: list[str] = field(default_factory=list)


def load_config(path: Path | None, known_ids: Iterable[str] | None = None) -> UserConfig:
    """Read ``[keys]`` and ``[theme]`` from the TOML file at ``path``; never raises."""
    config = UserConfig()
    if path is None:
        return config
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return config
    except OSError as exc:
        config.warnings.append(f"cannot read {path.name}: {exc.strerror or exc}; default keys kept")
        return config
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        config.warnings.append(f"{path.name} is not UTF-8 text; default keys kept")
        return config
    except tomllib.TOMLDecodeError as exc:
        config.warnings.append(f"{path.name} is not valid TOML ({exc}); default keys kept")
        return config

    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        config.warnings.append(f"[keys] in {path.name} must be a table; default keys kept")
        keys = {}
    known = set(known_ids) if known_ids is not None else None
    for binding_id, value in keys.items():
        parsed = _parse_keys(value)
        if parsed is None:
            config.warnings.append(
                f'keys.{binding_id}: expected a key like "ctrl+o" or a list of keys; ignored'
            )
            continue
        if known is not None and binding_id not in known:
            config.warnings.append(f"keys.{binding_id}: no binding has this id; ignored")
            continue
        config.keys[str(binding_id)] = parsed

    theme = data.get("theme")
    if theme is not None:
        name = theme.get("name") if isinstance(theme, dict) else theme
        if isinstance(name, str) and name.strip():
            config.theme = name.strip()
        else:
            config.warnings.append("[theme] name must be a string; default theme kept")
    return config


def _parse_keys(value: Any) -> str | None:
    """A key string or a list of key strings -> "k1,k2"; None when malformed."""
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = [part for v in value for part in v.split(",")]
    else:
        return None
    keys = [item.strip() for item in items]
    if not keys or any(not key or any(ch.isspace() for ch in key) for key in keys):
        return None
    return ",".join(keys)


# --------------------------------------------------------------------------- catalogue


@dataclass(frozen=True)
class BindingInfo:
    """One row of the help screen."""

    group: str
    id: str
    keys: tuple[str, ...]
    description: str
    action: str
    remapped: bool = False


def _as_binding(item: Any) -> Binding | None:
    if isinstance(item, Binding):
        return item
    if isinstance(item, tuple) and len(item) >= 2:
        return Binding(*item)
    return None


def _import_binding_modules() -> None:
    for name in BINDING_MODULES:
        importlib.import_module(name)


def _tuiread_classes() -> list[type]:
    """Every loaded DOMNode subclass defined in the tuiread package, in a stable order."""
    from textual.dom import DOMNode

    seen: dict[type, None] = {}
    stack = [DOMNode]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen[sub] = None
                stack.append(sub)
    classes = [
        c
        for c in seen
        if c.__module__.startswith("tuiread.")
        and not c.__module__.startswith("tuiread.tests")
        and "BINDINGS" in c.__dict__
    ]
    rank = {name: i for i, name in enumerate(BINDING_MODULES)}
    return sorted(
        classes, key=lambda c: (rank.get(c.__module__, len(rank)), c.__module__, c.__qualname__)
    )


def binding_catalogue(keymap: dict[str, str] | None = None) -> list[BindingInfo]:
    """Every binding with an id declared by a tuiread class, with keys after ``keymap``.

    Bindings declared without an id are listed too (under their class's group) so nothing
    the user can press is missing from the help screen.
    """
    _import_binding_modules()
    keymap = keymap or {}
    rows: dict[str, BindingInfo] = {}
    for cls in _tuiread_classes():
        for item in cls.__dict__.get("BINDINGS", ()):
            binding = _as_binding(item)
            if binding is None or binding.system:
                continue
            default_keys = tuple(k.strip() for k in binding.key.split(",") if k.strip())
            binding_id = binding.id or ""
            remapped = bool(binding_id and binding_id in keymap)
            if remapped:
                keys = tuple(k for k in keymap[binding_id].split(",") if k)
            else:
                keys = default_keys
            group = binding_id.split(".", 1)[0] if "." in binding_id else _group_of(cls)
            key = binding_id or f"{cls.__qualname__}:{binding.action}"
            if key in rows:  # the same id declared twice (e.g. j and down): merge keys
                old = rows[key]
                merged = old.keys + tuple(k for k in keys if k not in old.keys)
                rows[key] = BindingInfo(
                    old.group, old.id, merged, old.description, old.action, old.remapped
                )
                continue
            rows[key] = BindingInfo(
                group=group,
                id=binding_id,
                keys=keys,
                description=binding.description or binding.tooltip or binding.action,
                action=binding.action,
                remapped=remapped,
            )
    return list(rows.values())


def _group_of(cls: type) -> str:
    module = cls.__module__
    if module.endswith(".reader") or "annotation" in module:
        return "reader"
    if module.endswith(".library") or module.endswith("article_table"):
        return "library"
    if module.endswith(".help"):
        return "help"
    if module.endswith(".app"):
        return "app"
    return "dialog"


def _norm_key(key: str) -> str:
    from textual.keys import _character_to_key

    return _character_to_key(key) if len(key) == 1 else key


def keymap_conflicts(
    keymap: dict[str, str], catalogue: list[BindingInfo] | None = None
) -> list[str]:
    """One line per remapped key that another binding (on the same screen, or app-wide)
    already uses by default, saying which one the key now runs."""
    catalogue = catalogue if catalogue is not None else binding_catalogue()
    by_key: dict[str, list[BindingInfo]] = {}
    for info in catalogue:
        if not info.id or info.id in keymap:
            continue
        for key in info.keys:
            by_key.setdefault(_norm_key(key), []).append(info)
    lines: list[str] = []
    for binding_id, keys in keymap.items():
        group = binding_id.split(".", 1)[0]
        for key in (k for k in keys.split(",") if k):
            for other in by_key.get(_norm_key(key), []):
                if other.group == group:
                    lines.append(
                        f'keys.{binding_id}: "{key}" was also {other.id}\'s key; it now runs {binding_id}'
                    )
                elif group == "app":
                    lines.append(
                        f'keys.{binding_id}: "{key}" is {other.id} on the {other.group} screen, '
                        "where it keeps that meaning"
                    )
                elif other.group == "app":
                    lines.append(
                        f'keys.{binding_id}: "{key}" was also {other.id}\'s key; '
                        f"on the {group} screen it now runs {binding_id}"
                    )
    return lines


def known_binding_ids() -> set[str]:
    return {info.id for info in binding_catalogue() if info.id}


def key_display(app: App[Any] | None, key: str) -> str:
    """How a key string reads in the help screen ("ctrl+p" -> "^p", "question_mark" -> "?")."""
    if app is None:
        return key
    try:
        return app.get_key_display(Binding(key, "noop"))
    except Exception:  # noqa: BLE001
        return key
