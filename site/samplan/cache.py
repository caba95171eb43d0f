"""Redis as the shared cache, kept optional for the site: while Redis is away, reads miss and
writes are dropped (sessions fall back to the database, rate limits count afresh), so every
page keeps working and nothing that matters is lost."""

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("samplan.cache")


def _default_of_get(args, kwargs):
    return kwargs.get("default", args[1] if len(args) > 1 else None)


FALLBACKS = {
    "get": _default_of_get,
    "get_many": lambda args, kwargs: {},
    "set": lambda args, kwargs: None,
    "set_many": lambda args, kwargs: list(args[0]) if args else [],
    "add": lambda args, kwargs: False,
    "touch": lambda args, kwargs: False,
    "has_key": lambda args, kwargs: False,
    "delete": lambda args, kwargs: False,
    "delete_many": lambda args, kwargs: None,
}


def _tolerant(name):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            logger.warning("Redis unavailable (%s on %s)", type(error).__name__, name)
            return FALLBACKS[name](args, kwargs)

    return call


class TolerantRedisCache(RedisCache):
    pass


for _name in FALLBACKS:
    setattr(TolerantRedisCache, _name, _tolerant(_name))
