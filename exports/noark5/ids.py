"""Identifiers that stay the same every time the same plan is exported."""

import uuid

NAMESPACE = uuid.UUID("6f0d7a52-3c1e-5b7a-9a55-5a6d706c616e")


def stable_id(plan, *parts):
    return str(uuid.uuid5(NAMESPACE, ":".join(["samplan-plan", str(plan.pk), *map(str, parts)])))
