"""gunicorn for Samplan (deploy/samplan-web@.service): `gunicorn -c gunicorn.conf.py`.

Settings come from the environment so that one file serves every machine. The access log
names no person: no client address, no query string (%(U)s is the path alone), no referrer,
no user agent; the request id ties a line to the application's JSON log."""

import os

wsgi_app = "samplan.wsgi:application"
pythonpath = "site"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# A plan PDF can take several seconds to render; anything much longer is stuck.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# A worker is replaced now and then, so a slow leak never grows large.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '{"time": "%(t)s", "method": "%(m)s", "path": "%(U)s", "status": %(s)s, "bytes": %(B)s, "ms": %(M)s, "request_id": "%({x-request-id}o)s"}'  # noqa: E501
