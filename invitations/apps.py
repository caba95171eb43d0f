"""Invitations: bringing people not yet in Samplan into a plan or a municipality's staff, linked at first sign-in."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvitationsConfig(AppConfig):
    name = "invitations"
    verbose_name = _("Invitasjoner")

    def ready(self):
        from invitations import linking  # noqa: F401  (connects the person_identified receiver)
