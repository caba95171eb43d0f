"""The coordinator's screen for a plan's ansvarsgruppe: who is on it, with what access, the
history of every change, and the search that finds people to add."""
