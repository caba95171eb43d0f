"""Bulk-insert helpers: explicit primary keys, materialised tree paths and multi-table pages."""

from operator import attrgetter

from django.core.management.color import no_style
from django.db import connection, connections
from django.db.models import Max


class Ids:
    """Hands out primary keys above the current maximum, so rows can reference each other
    before they are written. Run alone: nothing else may insert meanwhile."""

    def __init__(self):
        self._next = {}

    def take(self, model):
        if model not in self._next:
            current = model._base_manager.aggregate(top=Max("pk"))["top"] or 0
            self._next[model] = current + 1
        value = self._next[model]
        self._next[model] += 1
        return value

    def reset_sequences(self):
        """PostgreSQL's sequences must continue after the keys handed out here."""
        statements = connection.ops.sequence_reset_sql(no_style(), list(self._next))
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


class ChildPaths:
    """Materialised paths for new children of one treebeard node, after its existing children."""

    def __init__(self, parent):
        self.parent = parent
        last = parent.get_last_child()
        self._next = parent._str2int(last.path[-parent.steplen :]) + 1 if last else 1
        self.added = 0

    def take(self):
        path = self.parent._get_path(self.parent.path, self.parent.depth + 1, self._next)
        self._next += 1
        self.added += 1
        return path

    def save_numchild(self):
        type(self.parent)._base_manager.filter(pk=self.parent.pk).update(numchild=self.parent.numchild + self.added)
        self.parent.numchild += self.added
        self.added = 0


def write_rows(model, objs, batch_size=1000):
    """Write the rows of `model`'s own table (for a multi-table model like PlanPage, only its
    local columns: bulk_create refuses such models, so Page and PlanPage are written one after
    the other). PostgreSQL gets COPY: psycopg's parameter arrays for multi-row INSERTs escape
    every large JSON body in Python, which would dominate the load."""
    if not objs:
        return
    # Link tables get their keys from the database.
    fields = [
        f for f in model._meta.local_concrete_fields if not (f.primary_key and f.value_from_object(objs[0]) is None)
    ]
    if connection.vendor == "postgresql":
        _copy_rows(model, fields, objs)
        return
    manager = model._base_manager
    size = min(batch_size, connection.ops.bulk_batch_size(fields, objs) or batch_size)
    for start in range(0, len(objs), size):
        manager._insert(objs[start : start + size], fields=fields, using=manager.db)


def _copy_rows(model, fields, objs):
    """COPY the rows; only JSON columns need Django's preparation, psycopg adapts the rest."""
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    statement = f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
    db = connections[model._base_manager.db]
    getters = [_json_getter(f, db) if f.get_internal_type() == "JSONField" else attrgetter(f.attname) for f in fields]
    with db.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for obj in objs:
            copy.write_row([get(obj) for get in getters])


def _json_getter(field, db):
    return lambda obj: field.get_db_prep_save(field.value_from_object(obj), db)


def analyze():
    """Fresh planner statistics: right after a bulk load PostgreSQL's estimates are those of
    the empty tables, and it picks plans that scan millions of rows."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
