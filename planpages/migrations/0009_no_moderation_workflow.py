"""No moderation workflow on plans (WAGTAIL_WORKFLOW_ENABLED is off too): workflows are
detached from every page and moderation still under way is cancelled, so no workflow preview
or moderation queue shows plan content outside the access rule and the access log."""

from django.db import migrations

OPEN = ["in_progress", "needs_changes"]


def detach_workflows(apps, schema_editor):
    apps.get_model("wagtailcore", "WorkflowPage").objects.all().delete()
    apps.get_model("wagtailcore", "WorkflowState").objects.filter(status__in=OPEN).update(status="cancelled")
    apps.get_model("wagtailcore", "TaskState").objects.filter(status="in_progress").update(status="cancelled")


class Migration(migrations.Migration):
    dependencies = [
        ("planpages", "0008_membership_rows"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(detach_workflows, migrations.RunPython.noop)]
