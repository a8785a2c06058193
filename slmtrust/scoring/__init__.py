"""Classifiers that score what a model wrote (e.g. p(toxic) of a generation).

A scorer is chosen by config (``scorer/<kind>=<name>``), exposes ``name`` and
``version`` (they enter the suite identity, hence the comparability key) and is
validated on a labelled set shipped with the suite that uses it.
"""
