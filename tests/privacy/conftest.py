import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model

from tests.demo_access import PLAN_KEYS, demo_plan
from tests.privacy.routes import ROUTES


@pytest.fixture(scope="module")
def demo_urls(django_db_setup, django_db_blocker):
    """The demo world, seeded once for the module inside a transaction that is rolled back at
    the end (each test runs in a savepoint of it), and the URL of every route of every plan."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        call_command("seed_demo", "--force", stdout=open("/dev/null", "w"))  # noqa: SIM115
        urls = {(key, route.name): route.url_for(demo_plan(key)) for key in PLAN_KEYS for route in ROUTES}
    yield urls
    with django_db_blocker.unblock():
        for document in get_document_model().objects.all():
            document.file.delete(save=False)
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
