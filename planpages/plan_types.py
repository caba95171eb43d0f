"""The four kinds of plan Samplan knows, and their Norwegian names."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlanType(models.TextChoices):
    IP = "IP", _("Individuell plan (IP)")
    IOP = "IOP", _("Individuell opplæringsplan (IOP)")
    IUP = "IUP", _("Individuell utviklingsplan (IUP)")
    STAFETTLOGG = "STAFETTLOGG", _("Stafettlogg")


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Utkast")
    ACTIVE = "active", _("Aktiv")
    CLOSED = "closed", _("Avsluttet")


class ParticipantRole(models.TextChoices):
    OWNER = "owner", _("Planeier")
    GUARDIAN = "guardian", _("Foresatt/verge")
    PARTICIPANT = "participant", _("Plandeltaker")


class Access(models.TextChoices):
    READ = "read", _("Lese")
    WRITE = "write", _("Lese og skrive")
