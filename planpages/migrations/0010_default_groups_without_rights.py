"""Wagtail's default "Editors" and "Moderators" groups are removed: they hold rights on the root
page and on the root collection, which holds every plan's attachments, and Samplan gives
rights only through each municipality's own groups (planpages.tenancy)."""

from django.db import migrations

DEFAULT_GROUPS = ["Editors", "Moderators"]


def remove_default_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("planpages", "0009_no_moderation_workflow"),
        # After the migrations that give the default groups their rights.
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]
