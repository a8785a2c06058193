"""The contract between the layers: what a run folder holds and how it is read and written.

Everything here imports only the standard library, numpy, OmegaConf and the foundations
(``errors``, ``record``), so every layer above may use it (docs/design.md, Layers).
"""
