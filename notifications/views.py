"""The page where a user chooses how Samplan e-mails them."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from planpages.models import NotificationPreference


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
        help_texts = {"frequency": _("E-postene sier bare at noe nytt venter i Samplan, aldri hva eller hvem.")}


@login_required
def notification_settings(request):
    preference, _created = NotificationPreference.objects.get_or_create(user=request.user)
    form = NotificationPreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Valget ditt er lagret."))
        return redirect("notification_settings")
    response = TemplateResponse(request, "notifications/settings.html", {"form": form})
    return response
