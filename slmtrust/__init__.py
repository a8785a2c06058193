"""slmtrust: how far a small language model can be trusted, and what it costs to run."""

__version__ = "0.1.0"
