"""On PostgreSQL the database itself refuses UPDATE and DELETE on the access log, whatever
the code does. A DELETE passes only inside a transaction that has set the purge flag, which
AccessRecordQuerySet.purge_expired_for_retention does (retention purging)."""

from django.db import migrations

CREATE = [
    """
CREATE OR REPLACE FUNCTION planpages_accessrecord_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('samplan.access_log_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'planpages_accessrecord is append-only (%%)', TG_OP;
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE TRIGGER planpages_accessrecord_append_only
    BEFORE UPDATE OR DELETE ON planpages_accessrecord
    FOR EACH ROW EXECUTE FUNCTION planpages_accessrecord_append_only()
""",
]

DROP = [
    "DROP TRIGGER IF EXISTS planpages_accessrecord_append_only ON planpages_accessrecord",
    "DROP FUNCTION IF EXISTS planpages_accessrecord_append_only()",
]


def run_on_postgresql(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("planpages", "0004_plan_archive_copy"),
    ]

    operations = [migrations.RunPython(run_on_postgresql(CREATE), run_on_postgresql(DROP))]
