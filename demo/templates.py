"""Demo plan templates: one national template per plan type and one of Nordby's own."""

from planpages.plan_types import PlanType


def _about_me():
    return {
        "type": "about_me",
        "value": {"who_i_am": "Skriv med personens egne ord.", "what_matters": "", "strengths": "", "wishes": ""},
    }


def _goal(title):
    return {
        "type": "goal",
        "value": {
            "title": title,
            "description": "",
            "target_date": None,
            "status": "not_started",
            "status_history": [],
            "sub_goals": [],
        },
    }


# name, plan type, municipality slug (None = national), description, body
DEMO_TEMPLATES = [
    (
        "Nasjonal mal for individuell plan",
        PlanType.IP,
        None,
        "Grunnstruktur etter forskrift om habilitering og rehabilitering.",
        [_about_me(), _goal("Hovedmål")],
    ),
    (
        "Nasjonal mal for IOP",
        PlanType.IOP,
        None,
        "Individuell opplæringsplan etter opplæringsloven.",
        [
            _about_me(),
            _goal("Mål for opplæringen"),
            {
                "type": "subject",
                "value": {
                    "subject": "Norsk",
                    "competence_aims": [],
                    "deviations": "",
                    "organisation": "",
                    "hours_per_year": None,
                },
            },
        ],
    ),
    (
        "Nasjonal mal for IUP",
        PlanType.IUP,
        None,
        "Individuell utviklingsplan.",
        [
            _about_me(),
            {"type": "development_area", "value": {"area": "Utviklingsområde", "description": "", "next_steps": ""}},
        ],
    ),
    (
        "Nasjonal mal for stafettlogg",
        PlanType.STAFETTLOGG,
        None,
        "Stafettlogg for oppfølging av barn og unge.",
        [_about_me(), {"type": "concern", "value": {"date": None, "raised_by": "", "description": ""}}],
    ),
    (
        "Nordby: IOP for barneskolen",
        PlanType.IOP,
        "nordby",
        "Nordby kommunes mal for IOP på barnetrinnet.",
        [_about_me(), _goal("Lese med flyt"), _goal("Mestre grunnleggende regning")],
    ),
]
