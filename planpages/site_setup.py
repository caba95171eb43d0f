"""The top of the page tree: a HomePage as the default site's root, created after migrate."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page, Site


@transaction.atomic
def ensure_home_page():
    from planpages.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        wagtail_welcome_page = Page.objects.filter(
            depth=2, slug="home", content_type=ContentType.objects.get_for_model(Page)
        )
        wagtail_welcome_page.delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(title="Samplan", slug="samplan"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Samplan")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Samplan"
        site.save()
    return home
