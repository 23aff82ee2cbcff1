"""Readers: one module per input format. They know formats, not meaning."""
