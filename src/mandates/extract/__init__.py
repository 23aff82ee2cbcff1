"""Extractors: the Council's language turned into dated, sourced facts."""
