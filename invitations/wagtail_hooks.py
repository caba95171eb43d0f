from django.urls import include, path
from wagtail import hooks

from invitations import admin_urls


@hooks.register("register_admin_urls")
def register_invitation_urls():
    return [path("", include(admin_urls, namespace="invitations_admin"))]
