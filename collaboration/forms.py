"""Forms for what participants write from the plan page. Each takes the plan, so the same
form validates a web post and an API call (see collaboration.services)."""

import os

from django import forms
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from planpages.blocks import GOAL_STATUS_CHOICES
from planpages.goal_statuses import plan_goals_with_status

GOAL_STATUS_LABELS = dict(GOAL_STATUS_CHOICES)

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
MAX_FILENAME_LENGTH = 100


class PlanForm(forms.Form):
    # Several of these forms share the plan page, so their field ids must differ.
    id_prefix = "plan"

    def __init__(self, data=None, files=None, *, plan, **kwargs):
        self.plan = plan
        kwargs.setdefault("auto_id", f"id_{self.id_prefix}_%s")
        super().__init__(data, files, **kwargs)


def text_field(label, max_length, rows=4, help_text=""):
    return forms.CharField(
        label=label,
        max_length=max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "required": _("Skriv noe i feltet før du lagrer."),
            "max_length": _(
                "Teksten er for lang: korte den ned til høyst %(limit_value)d tegn (den har %(show_value)d)."
            ),
        },
    )


class LogEntryForm(PlanForm):
    id_prefix = "log"
    text = text_field(_("Ny loggføring"), 10_000)


class MessageForm(PlanForm):
    id_prefix = "message"
    text = text_field(_("Ny melding"), 5_000, rows=3)


class MinutesForm(PlanForm):
    id_prefix = "minutes"
    meeting_id = forms.CharField(widget=forms.HiddenInput, max_length=64)
    # The version the writer started from: saving over a newer one is refused, not lost.
    based_on = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    text = text_field(_("Referat"), 50_000, rows=12)
    completed = forms.BooleanField(
        label=_("Referatet er ferdig"),
        required=False,
        help_text=_("Et ferdigstilt referat kan ikke endres senere."),
    )

    def clean_meeting_id(self):
        meeting_id = self.cleaned_data["meeting_id"]
        if not any(child.block_type == "meeting" and child.id == meeting_id for child in self.plan.body):
            raise forms.ValidationError(_("Fant ikke møtet i planen. Gå tilbake til planen og velg møtet på nytt."))
        return meeting_id


def goal_titles(plan):
    """Titles of the plan's goals, sub-goals and measures, in plan order, without repeats."""
    titles = []
    for child in plan.body:
        if child.block_type == "goal":
            titles.append(child.value["title"])
            titles.extend(sub["title"] for sub in child.value["sub_goals"])
        elif child.block_type == "measure":
            titles.append(child.value["what"])
    return list(dict.fromkeys(titles))


class EvaluationForm(PlanForm):
    id_prefix = "evaluation"
    evaluated_on = forms.DateField(
        label=_("Dato for evalueringen"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": _("Skriv inn datoen evalueringen ble gjort."),
            "invalid": _("Skriv datoen som åååå-mm-dd, for eksempel 2026-03-15."),
        },
    )
    next_steps = forms.CharField(
        label=_("Hva skjer videre"),
        required=False,
        max_length=5_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Teksten er for lang: korte den ned til høyst %(limit_value)d tegn.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.goal_fields = []
        for index, title in enumerate(self.titles_shown()):
            name = f"goal_{index}"
            self.fields[f"goal_title_{index}"] = forms.CharField(
                widget=forms.HiddenInput, initial=title, required=False, max_length=300
            )
            self.fields[name] = forms.CharField(
                label=title,
                required=False,
                max_length=5_000,
                widget=forms.Textarea(attrs={"rows": 2}),
                error_messages={
                    "max_length": _("Vurderingen er for lang: korte den ned til høyst %(limit_value)d tegn.")
                },
            )
            self.goal_fields.append((name, title))
        self.status_fields = [self._add_status_field(*goal) for goal in plan_goals_with_status(self.plan)]

    def _add_status_field(self, goal_id, title, sub_goal, current):
        """Empty means unchanged, so an evaluation moves only the statuses it means to."""
        name = f"status_{goal_id}"
        unchanged = _("Uendret (%(status)s)") % {"status": GOAL_STATUS_LABELS.get(current, current)}
        self.fields[name] = forms.ChoiceField(
            label=title,
            required=False,
            choices=[("", unchanged), *GOAL_STATUS_CHOICES],
            error_messages={"invalid_choice": _("Velg en av statusene i listen.")},
        )
        return name, goal_id, title

    def titles_shown(self):
        """The goals as the writer saw them when the form was opened, so that an assessment stays
        with its goal even if the coordinator changed the goals in the meantime."""
        if self.data and "goal_title_0" in self.data:
            titles = []
            while f"goal_title_{len(titles)}" in self.data:
                titles.append(self.data[f"goal_title_{len(titles)}"][:300])
            return titles
        return goal_titles(self.plan)

    def hidden_title_fields(self):
        return [self[f"goal_title_{index}"] for index in range(len(self.goal_fields))]

    def assessment_fields(self):
        return [self[name] for name, _title in self.goal_fields]

    def goal_status_fields(self):
        return [self[name] for name, _goal_id, _title in self.status_fields]

    def clean(self):
        cleaned_data = super().clean()
        assessments = [
            {"goal": title, "assessment": cleaned_data[name].strip()}
            for name, title in self.goal_fields
            if cleaned_data.get(name, "").strip()
        ]
        statuses = {
            goal_id: (title, cleaned_data[name])
            for name, goal_id, title in self.status_fields
            if cleaned_data.get(name)
        }
        if not assessments and not statuses and not self.errors:
            raise forms.ValidationError(
                _(
                    "Skriv en vurdering for minst ett mål eller tiltak, "
                    "eller sett en ny status for et mål, før du lagrer."
                )
            )
        cleaned_data["assessments"] = assessments
        cleaned_data["statuses"] = statuses
        return cleaned_data


def sanitised_pdf_name(name):
    """A safe, short file name that ends in .pdf, whatever the browser sent."""
    stem = os.path.splitext(os.path.basename(name.replace("\\", "/")))[0]
    stem = get_valid_filename(stem.strip(" .")) if stem.strip(" .") else ""
    return f"{(stem or 'vedlegg')[:MAX_FILENAME_LENGTH]}.pdf"


class AttachmentForm(PlanForm):
    id_prefix = "attachment"
    file = forms.FileField(
        label=_("PDF-fil"),
        help_text=_("Bare PDF, høyst 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
        error_messages={
            "required": _("Velg en PDF-fil å laste opp."),
            "empty": _("Filen er tom. Velg en annen PDF-fil."),
        },
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError(
                _(
                    "Filen er for stor (%(size)s MB). Største tillatte størrelse er 20 MB: "
                    "del opp eller komprimer PDF-en."
                )
                % {"size": f"{upload.size / 1024 / 1024:.1f}".replace(".", ",")}
            )
        upload.seek(0)
        if upload.read(len(PDF_MAGIC)) != PDF_MAGIC:
            raise forms.ValidationError(
                _("Filen er ikke en PDF, selv om navnet kan si det. Lagre dokumentet som PDF og prøv igjen.")
            )
        upload.seek(0)
        upload.name = sanitised_pdf_name(upload.name)
        return upload


class LogEntryCorrectionForm(PlanForm):
    id_prefix = "correction"
    text = text_field(_("Rettet tekst"), 10_000, rows=6)
