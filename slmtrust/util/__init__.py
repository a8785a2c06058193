"""Foundations every layer may use: errors, the command-line boundary, atomic files and the run's
provenance (``record``), and datasheets (hashes of the data a run read)."""
