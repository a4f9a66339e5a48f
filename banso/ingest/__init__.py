"""Ingest: map source files onto the canonical model, validate, and load them atomically."""

from banso.ingest.loader import load_files

__all__ = ["load_files"]
