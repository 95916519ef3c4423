"""Where tuiread keeps its files: platformdirs, or $TUIREAD_HOME for tests and scripts."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "tuiread"


def data_dir() -> Path:
    """The library folder: ``$TUIREAD_HOME`` if set, else the platform's user data folder."""
    home = os.environ.get("TUIREAD_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    """``$TUIREAD_HOME/config.toml`` if TUIREAD_HOME is set, else the user config folder's."""
    home = os.environ.get("TUIREAD_HOME")
    if home:
        return Path(home).expanduser() / "config.toml"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "config.toml"
