"""tuiread: a terminal reader that highlights who, how much, when and who said what."""

__version__ = "0.1.0"
