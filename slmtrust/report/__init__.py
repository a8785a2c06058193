"""What is made from recorded runs: leaderboards, merged runs, re-runs of a record, variant
comparisons, exports to other tools' formats, and the degenerate-baselines table."""
