"""Synthetic load data at national scale (`manage.py seed_load`): realistic plans written with
bulk inserts, giving the same rows the app's own save path and privacy sync would give."""
