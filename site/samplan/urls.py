from django.conf import settings
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import urls as accounts_urls
from accounts.admin_account import admin_account
from accounts.oidc import views as oidc_views
from api.api import api as samplan_api
from exports import urls as exports_urls
from invitations import urls as invitations_urls
from notifications import urls as notifications_urls
from planpages import urls as planpages_urls

urlpatterns = [
    # One sign-in for site and admin: the admin's own form would skip nothing, but two doors
    # are two things to keep locked.
    path("admin/login/", RedirectView.as_view(url="/logg-inn/", query_string=True)),
    # Wagtail's front-end sign-in form (for view restrictions) is a third door.
    path("_util/login/", RedirectView.as_view(url="/logg-inn/", query_string=True)),
    # The account settings without the name panel: names come from the administrator or ID-porten.
    path("admin/account/", admin_account),
    # The admin's sign-out is the site's: it ends the ID-porten session too (accounts.oidc).
    path("admin/logout/", oidc_views.sign_out),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", samplan_api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include(accounts_urls)),
    path("", include(exports_urls)),
    path("", include(planpages_urls)),
    path("", include(notifications_urls)),
    path("", include(invitations_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += [path("", include(wagtail_urls))]
