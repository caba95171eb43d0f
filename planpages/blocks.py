"""StreamField blocks that make up a plan. Every block is structured; each plan type offers
only the blocks that fit it (see PLAN_TYPE_BLOCKS)."""

from functools import cache

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from planpages.plan_links import REMOVED, plan_links
from planpages.plan_types import PlanType

GOAL_STATUS_CHOICES = [
    ("not_started", _("Ikke startet")),
    ("in_progress", _("Pågår")),
    ("reached", _("Nådd")),
    ("dropped", _("Avsluttet uten å nås")),
]


class StatusChangeBlock(blocks.StructBlock):
    status = blocks.ChoiceBlock(choices=GOAL_STATUS_CHOICES, label=_("Status"))
    date = blocks.DateBlock(label=_("Dato"))
    note = blocks.CharBlock(required=False, max_length=500, label=_("Merknad"))

    class Meta:
        label = _("Statusendring")


class GoalFieldsBlock(blocks.StructBlock):
    """What a main goal and a sub-goal have in common."""

    title = blocks.CharBlock(max_length=200, label=_("Mål"))
    description = blocks.TextBlock(required=False, label=_("Beskrivelse"))
    target_date = blocks.DateBlock(required=False, label=_("Måldato"))
    status = blocks.ChoiceBlock(choices=GOAL_STATUS_CHOICES, default="not_started", label=_("Status"))
    status_history = blocks.ListBlock(
        StatusChangeBlock(),
        default=[],
        label=_("Statushistorikk"),
        help_text=_("Legg til en linje hver gang statusen endres, så historikken bevares."),
    )


class SubGoalBlock(GoalFieldsBlock):
    class Meta:
        label = _("Delmål")


class GoalBlock(GoalFieldsBlock):
    sub_goals = blocks.ListBlock(SubGoalBlock(), default=[], label=_("Delmål"))

    class Meta:
        label = _("Hovedmål")
        icon = "crosshairs"
        template = "planpages/blocks/goal.html"


class AboutMeBlock(blocks.StructBlock):
    who_i_am = blocks.TextBlock(label=_("Hvem jeg er"))
    what_matters = blocks.TextBlock(required=False, label=_("Hva som er viktig for meg"))
    strengths = blocks.TextBlock(required=False, label=_("Mine sterke sider"))
    wishes = blocks.TextBlock(required=False, label=_("Mine ønsker"))

    class Meta:
        label = _("Om meg")
        icon = "user"
        template = "planpages/blocks/about_me.html"
        help_text = _("Skriv med personens egne ord.")


class PlanChoiceBlock(blocks.ChoiceBlock):
    """One of the plan's own goals or people, stored by id. The model's definition offers no
    choices; the editor form binds a copy whose choices come from the plan being edited
    (see linked_blocks). Shown and sent by name, looked up in the plan when read."""

    def __init__(self, kind, choices=(), **kwargs):
        self.kind = kind
        super().__init__(choices=choices, **kwargs)

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        return path, args, {**kwargs, "choices": []}

    def name_in(self, plan, value):
        links = plan_links(plan)
        return links.goal_name(value) if self.kind == "goal" else links.person_name(value)

    def get_api_representation(self, value, context=None):
        if not value:
            return None
        plan = (context or {}).get("plan")
        return {"id": value, "name": str(self.name_in(plan, value) if plan is not None else REMOVED)}


class LegacyTextBlock(blocks.CharBlock):
    """Text typed before goals and people could be chosen: kept and shown, never typed anew."""

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=200, **kwargs)
        self.field.widget = forms.TextInput(attrs={"readonly": True})


def goal_links(choices=()):
    return blocks.ListBlock(
        PlanChoiceBlock("goal", choices=choices, label=_("Mål")),
        default=[],
        label=_("Knyttet til mål"),
        help_text=_("Velg blant planens mål. Et nytt mål kan velges når planen er lagret."),
    )


def responsible_link(choices=()):
    return PlanChoiceBlock(
        "person",
        choices=choices,
        required=False,
        label=_("Ansvarlig"),
        help_text=_("Velg blant koordinatoren og ansvarsgruppen."),
    )


def invitee_links(choices=()):
    return blocks.ListBlock(
        PlanChoiceBlock("person", choices=choices, label=_("Invitert")),
        default=[],
        label=_("Inviterte"),
        help_text=_("Velg blant koordinatoren og ansvarsgruppen."),
    )


EARLIER_TEXT_HELP = _("Skrevet inn som fritekst før valgene over fantes. Teksten tas vare på og vises i planen.")


class MeasureBlock(blocks.StructBlock):
    what = blocks.CharBlock(max_length=200, label=_("Tiltak"))
    description = blocks.TextBlock(required=False, label=_("Beskrivelse"))
    goals = goal_links()
    linked_goals = blocks.ListBlock(
        LegacyTextBlock(label=_("Mål")), default=[], label=_("Mål skrevet inn tidligere"), help_text=EARLIER_TEXT_HELP
    )
    responsible_participant = responsible_link()
    responsible = LegacyTextBlock(label=_("Ansvarlig skrevet inn tidligere"), help_text=EARLIER_TEXT_HELP)
    from_date = blocks.DateBlock(required=False, label=_("Fra"))
    to_date = blocks.DateBlock(required=False, label=_("Til"))
    frequency = blocks.CharBlock(
        required=False, max_length=100, label=_("Hyppighet"), help_text=_("For eksempel «to ganger i uken».")
    )

    class Meta:
        label = _("Tiltak")
        icon = "list-ul"
        template = "planpages/blocks/measure.html"


MEETING_MINUTES = 60


class MeetingBlock(blocks.StructBlock):
    starts_at = blocks.DateTimeBlock(label=_("Dato og tid"))
    duration = blocks.IntegerBlock(
        required=False, default=MEETING_MINUTES, min_value=5, max_value=720, label=_("Varighet i minutter")
    )
    place = blocks.CharBlock(required=False, max_length=200, label=_("Sted"))
    video_link = blocks.URLBlock(required=False, label=_("Videolenke"))
    invitees = invitee_links()
    invited = blocks.ListBlock(
        LegacyTextBlock(label=_("Invitert")),
        default=[],
        label=_("Inviterte skrevet inn tidligere"),
        help_text=EARLIER_TEXT_HELP,
    )
    agenda = blocks.TextBlock(required=False, label=_("Saksliste"))

    class Meta:
        label = _("Møte")
        icon = "date"
        template = "planpages/blocks/meeting.html"


class ConsentBlock(blocks.StructBlock):
    given_by = blocks.CharBlock(max_length=200, label=_("Gitt av"))
    given_by_role = blocks.ChoiceBlock(
        choices=[("owner", _("Planeier")), ("guardian", _("Foresatt/verge"))],
        label=_("Rolle"),
    )
    date = blocks.DateBlock(label=_("Dato"))
    scope = blocks.TextBlock(label=_("Omfang"), help_text=_("Hvilke deltakere som kan se hva."))
    expires = blocks.DateBlock(required=False, label=_("Gyldig til"))
    withdrawn_on = blocks.DateBlock(
        required=False,
        label=_("Trukket tilbake"),
        help_text=_("Samtykket slettes ikke når det trekkes; dato for tilbaketrekking føres her."),
    )
    withdrawal_note = blocks.CharBlock(required=False, max_length=500, label=_("Merknad om tilbaketrekking"))

    class Meta:
        label = _("Samtykke")
        icon = "tick-inverse"
        template = "planpages/blocks/consent.html"


class ServiceBlock(blocks.StructBlock):
    service = blocks.CharBlock(max_length=200, label=_("Tjeneste"))
    provider = blocks.CharBlock(required=False, max_length=200, label=_("Tilbyder"))
    extent = blocks.CharBlock(required=False, max_length=200, label=_("Omfang"))
    description = blocks.TextBlock(required=False, label=_("Beskrivelse"))

    class Meta:
        label = _("Tjeneste")
        icon = "group"
        template = "planpages/blocks/service.html"


class CoordinatorResponsibilityBlock(blocks.StructBlock):
    responsibilities = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("Oppgave")), label=_("Koordinatorens oppgaver")
    )

    class Meta:
        label = _("Koordinatoransvar")
        icon = "user"
        template = "planpages/blocks/coordinator_responsibility.html"


class SubjectBlock(blocks.StructBlock):
    subject = blocks.CharBlock(max_length=100, label=_("Fag"))
    competence_aims = blocks.ListBlock(
        blocks.CharBlock(max_length=500, label=_("Kompetansemål")), label=_("Kompetansemål")
    )
    deviations = blocks.TextBlock(required=False, label=_("Avvik fra læreplanen"))
    organisation = blocks.TextBlock(required=False, label=_("Organisering"))
    hours_per_year = blocks.IntegerBlock(required=False, min_value=0, label=_("Timer per år"))

    class Meta:
        label = _("Fag")
        icon = "doc-full"
        template = "planpages/blocks/subject.html"


class YearlyReportBlock(blocks.StructBlock):
    school_year = blocks.CharBlock(max_length=20, label=_("Skoleår"))
    report = blocks.TextBlock(label=_("Årsrapport"))

    class Meta:
        label = _("Årsrapport")
        icon = "doc-full-inverse"
        template = "planpages/blocks/yearly_report.html"


class DevelopmentAreaBlock(blocks.StructBlock):
    area = blocks.CharBlock(max_length=200, label=_("Utviklingsområde"))
    description = blocks.TextBlock(required=False, label=_("Beskrivelse"))
    next_steps = blocks.TextBlock(required=False, label=_("Neste steg"))

    class Meta:
        label = _("Utviklingsområde")
        icon = "pick"
        template = "planpages/blocks/development_area.html"


class ConcernBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Dato"))
    raised_by = blocks.CharBlock(max_length=200, label=_("Meldt av"))
    description = blocks.TextBlock(label=_("Undring eller bekymring"))

    class Meta:
        label = _("Undring/bekymring")
        icon = "warning"
        template = "planpages/blocks/concern.html"


class HandoverBlock(blocks.StructBlock):
    from_holder = blocks.CharBlock(max_length=200, label=_("Fra"))
    to_holder = blocks.CharBlock(max_length=200, label=_("Til"))
    date = blocks.DateBlock(label=_("Dato"))
    accepted = blocks.BooleanBlock(required=False, label=_("Akseptert"))


class BatonBlock(blocks.StructBlock):
    holder = blocks.CharBlock(max_length=200, label=_("Stafettholder"))
    since = blocks.DateBlock(label=_("Stafettholder fra"))
    handovers = blocks.ListBlock(HandoverBlock(), default=[], label=_("Overføringer"))

    class Meta:
        label = _("Stafettholder")
        icon = "repeat"
        template = "planpages/blocks/baton.html"


class BrightSpotBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Dato"))
    text = blocks.TextBlock(label=_("Lysglimt"))

    class Meta:
        label = _("Lysglimt")
        icon = "pick"
        template = "planpages/blocks/bright_spot.html"


COMMON_BLOCKS = [
    ("about_me", AboutMeBlock()),
    ("goal", GoalBlock()),
    ("measure", MeasureBlock()),
    ("meeting", MeetingBlock()),
    ("consent", ConsentBlock()),
]

TYPE_SPECIFIC_BLOCKS = {
    PlanType.IP: [
        ("service", ServiceBlock()),
        ("coordinator_responsibility", CoordinatorResponsibilityBlock()),
    ],
    PlanType.IOP: [("subject", SubjectBlock()), ("yearly_report", YearlyReportBlock())],
    PlanType.IUP: [("development_area", DevelopmentAreaBlock())],
    PlanType.STAFETTLOGG: [
        ("concern", ConcernBlock()),
        ("baton", BatonBlock()),
        ("bright_spot", BrightSpotBlock()),
    ],
}

# Blocks no longer offered for new content. The baton is now rows handed over from the plan
# page (planpages.models.baton); a plan that already holds a free-text baton block keeps it,
# readable and editable, so nothing written before is lost.
RETIRED_BLOCKS = frozenset({"baton"})


def all_plan_blocks():
    """Every block any plan can hold: what the database stores and parses."""
    merged = dict(COMMON_BLOCKS)
    for type_blocks in TYPE_SPECIFIC_BLOCKS.values():
        merged.update(type_blocks)
    return list(merged.items())


def retired_blocks_in(block_types):
    """The retired blocks a body holding `block_types` still needs in its editor."""
    return tuple(sorted(RETIRED_BLOCKS & set(block_types)))


def offered_blocks(plan_type, retired=()):
    """The blocks a plan of this type offers in the editor, with the `retired` blocks its content
    already holds (so they stay editable and are not dropped)."""
    return [
        (name, block)
        for name, block in COMMON_BLOCKS + TYPE_SPECIFIC_BLOCKS[PlanType(plan_type)]
        if name not in RETIRED_BLOCKS or name in retired
    ]


@cache
def body_block_for(plan_type, retired=()):
    """The stream block a plan of this type offers, without the choices of one plan."""
    return blocks.StreamBlock(offered_blocks(plan_type, retired), required=False)


def linked_blocks(links):
    """Measures and meetings whose choices are the goals and people of one plan (PlanLinks)."""
    return [
        (
            "measure",
            MeasureBlock(
                [
                    ("goals", goal_links(links.goal_choices)),
                    ("responsible_participant", responsible_link(links.people_choices)),
                ]
            ),
        ),
        ("meeting", MeetingBlock([("invitees", invitee_links(links.people_choices))])),
    ]


def bound_body_block(plan_type, links, retired=()):
    """The editor's stream block for one plan or template: its own goals and people to choose."""
    named = dict(offered_blocks(plan_type, retired))
    named.update(linked_blocks(links))
    return blocks.StreamBlock(list(named.items()), required=False)


def block_names_for(plan_type):
    """What a plan of this type may hold: what it offers, and the retired blocks of old content."""
    return {name for name, _block in COMMON_BLOCKS + TYPE_SPECIFIC_BLOCKS[PlanType(plan_type)]}
