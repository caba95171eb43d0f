"""Production: every secret and host comes from the environment; unsafe values refuse to start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .services import json_logging, redis_cache, s3_media_storage

if os.environ.get("DEBUG", "").lower() in {"1", "true", "yes", "on"}:
    raise ImproperlyConfigured("DEBUG must be off in production.")
DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to at least 50 random characters.")

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the host(s) Samplan is served on.")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

SAMPLAN_PID_DIGEST_KEY = os.environ.get("SAMPLAN_PID_DIGEST_KEY", "")
if len(SAMPLAN_PID_DIGEST_KEY) < 32:
    raise ImproperlyConfigured("SAMPLAN_PID_DIGEST_KEY must be at least 32 random characters (and never change).")
SAMPLAN_ACCEPT_SYNTHETIC_PIDS = os.environ.get("SAMPLAN_ACCEPT_SYNTHETIC_PIDS", "0") == "1"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies in front of Samplan append to X-Forwarded-For (the lockout counts per source).
SAMPLAN_PROXY_COUNT = int(os.environ.get("SAMPLAN_PROXY_COUNT", "1"))
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
# Two-factor sign-in for every account; only the local demo may turn it off.
SAMPLAN_REQUIRE_2FA = os.environ.get("SAMPLAN_REQUIRE_2FA", "true").lower() not in {"0", "false", "no", "off"}
CSRF_COOKIE_SECURE = True

# The service stack (README, "Drift"): any app process serves any user.
if os.environ.get("REDIS_URL"):
    # Cache, cached PDFs, API rate limits and sessions (kept in the database too) in Redis.
    CACHES = redis_cache(os.environ["REDIS_URL"])
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES = {
        **STORAGES,  # noqa: F405
        "default": s3_media_storage(
            os.environ["AWS_STORAGE_BUCKET_NAME"],
            os.environ.get("AWS_S3_ENDPOINT_URL"),
            os.environ.get("AWS_S3_REGION_NAME"),
        ),
    }
# Hashed, compressed static files from `collectstatic`, served by whitenoise in every process.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}  # noqa: F405
MIDDLEWARE = list(MIDDLEWARE)  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "whitenoise.middleware.WhiteNoiseMiddleware"
)
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405
LOGGING = json_logging(LOGGING["loggers"], os.environ.get("LOG_LEVEL", "INFO"))  # noqa: F405

# Notifications are queued in the database and sent by `python manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
