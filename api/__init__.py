"""Samplan's JSON API, mounted at /api/v3/ on Wagtail's v3 machinery (django-ninja)."""
