"""The package version, in a module of its own so that the lowest layers (settings) can name it."""

__version__ = "0.1.0"
