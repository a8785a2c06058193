"""Metric arithmetic with no model in sight: bootstrap statistics, fairness and privacy
formulas, and the catalogue that names and explains every reported figure."""
