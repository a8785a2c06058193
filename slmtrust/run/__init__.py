"""One run, from configuration to record: the Hydra app, the runner that asks the engine for
every suite's requests, progress, the run log, and the scorecard it writes."""
