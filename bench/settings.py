"""Bench-only settings: production-like (DEBUG off, persistent connections) plus the two
reference views in bench/urls.py. Never used by the app itself."""

import os

import dj_database_url

from samplan.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-not-secret-samplan"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
ROOT_URLCONF = "bench.urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Production keeps connections open between requests; so does the bench, or every request
# would pay for a new PostgreSQL connection.
DATABASES = {"default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'bench.sqlite3'}", conn_max_age=600)}  # noqa: F405
# As in production: a write queues its notifications for the worker instead of mailing in the request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "ERROR", "handlers": []}}
BENCH_RESULTS_DIR = os.environ.get("BENCH_RESULTS_DIR", str(BASE_DIR / "bench" / "results"))  # noqa: F405
