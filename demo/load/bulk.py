"""Bulk-insert helpers: explicit primary keys, materialised tree paths and multi-table pages."""

from operator import attrgetter

from django.core.management.color import no_style
from django.db import connection
from django.db.models import F, Max


class Ids:
    """Hands out primary keys from fixed blocks, so rows can reference each other before they
    are written, and loaders working side by side never hand out the same key. Nothing else
    may insert meanwhile."""

    def __init__(self, starts, sizes=None):
        self._next = dict(starts)
        self._end = {model: self._next[model] + size for model, size in (sizes or {}).items()}

    @classmethod
    def above_current(cls, models):
        """The first free key of each model: one above its current maximum."""
        return {model: (model._base_manager.aggregate(top=Max("pk"))["top"] or 0) + 1 for model in models}

    @classmethod
    def block(cls, starts, sizes, number):
        """The `number`th block of `sizes` keys per model, counted from `starts`."""
        return cls({model: start + number * sizes[model] for model, start in starts.items()}, sizes)

    def take(self, model):
        value = self._next[model]
        if model in self._end and value >= self._end[model]:
            raise OverflowError(f"{model.__name__}: block of keys used up")
        self._next[model] += 1
        return value


def reset_sequences(models):
    """PostgreSQL's sequences must continue after the keys handed out here."""
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


class ChildPaths:
    """Materialised paths for new children of one treebeard node, from `first` (after its
    existing children when not given)."""

    def __init__(self, parent, first=None):
        self.parent = parent
        self._next = first or self.after_last_child(parent)
        self.added = 0

    @staticmethod
    def after_last_child(parent):
        last = parent.get_last_child()
        return parent._str2int(last.path[-parent.steplen :]) + 1 if last else 1

    def take(self):
        path = self.parent._get_path(self.parent.path, self.parent.depth + 1, self._next)
        self._next += 1
        self.added += 1
        return path

    def save_numchild(self):
        # F(): loaders side by side add children to the same parent.
        type(self.parent)._base_manager.filter(pk=self.parent.pk).update(numchild=F("numchild") + self.added)
        self.added = 0


def write_rows(model, objs):
    """Write the rows of `model`'s own table (for a multi-table model like PlanPage, only its
    local columns: bulk_create refuses such models, so Page and PlanPage are written one after
    the other)."""
    if not objs:
        return
    # Link tables get their keys from the database.
    attnames = [
        f.attname
        for f in model._meta.local_concrete_fields
        if not (f.primary_key and f.value_from_object(objs[0]) is None)
    ]
    write_values(model, attnames, map(attrgetter(*attnames), objs))


def write_values(model, attnames, rows):
    """Write plain tuples of `attnames` values: building a model instance per row costs more
    than the database's part of the load. PostgreSQL gets COPY (psycopg's parameter arrays for
    multi-row INSERTs escape every large JSON body in Python); it adapts everything but JSON."""
    fields = [model._meta.get_field(name) for name in attnames]
    postgres = connection.vendor == "postgresql"
    prepare = [_preparer(f) if not postgres or f.get_internal_type() == "JSONField" else None for f in fields]
    if any(prepare):
        rows = ([v if p is None else p(v) for v, p in zip(row, prepare, strict=True)] for row in rows)
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    with connection.cursor() as cursor:
        if postgres:
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        placeholders = ", ".join(["%s"] * len(fields))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", list(rows))  # noqa: S608 - names from the model


def _preparer(field):
    return lambda value: field.get_db_prep_save(value, connection)


def analyze():
    """Fresh planner statistics: right after a bulk load PostgreSQL's estimates are those of
    the empty tables, and it picks plans that scan millions of rows."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
