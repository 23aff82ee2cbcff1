"""Mandates: a sourced, time-aware ledger of UN Security Council decisions on peace operations."""

__version__ = "0.1.0"
