"""The ledger: storage and time. Everything else goes through `Ledger`."""
