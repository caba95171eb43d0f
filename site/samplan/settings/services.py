"""The service stack's settings, built from the environment (README, "Drift"): media in
S3-compatible object storage, Redis for the cache and sessions, JSON logs. production.py uses
them; the tests build the same settings against servers of their own."""

from botocore.config import Config

# A storage that cannot be reached is reported within seconds (503 page), not after minutes.
S3_CLIENT_CONFIG = Config(connect_timeout=3, read_timeout=20, retries={"max_attempts": 2, "mode": "standard"})


def s3_media_storage(bucket, endpoint_url=None, region=None):
    """Private objects only: nothing is readable by URL, every download goes through Samplan's
    checked, logged views, and a signed URL, if one were ever made, would last one minute."""
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint_url or None,
            "region_name": region or None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 60,
            "file_overwrite": False,
            "client_config": S3_CLIENT_CONFIG,
        },
    }


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "samplan.cache.TolerantRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }


def json_logging(loggers, level="INFO"):
    """The same loggers and levels as base.LOGGING, written as one JSON object a line with the
    request id. Messages carry ids, never names or addresses."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "samplan.request_id.RequestIdFilter"}},
        "formatters": {
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            }
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"]}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {**loggers, "botocore": {"level": "WARNING"}},
    }
