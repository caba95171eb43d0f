"""Deterministic, realistic plan content for load data. All people are fictional."""

import datetime

from planpages.plan_types import PlanType

FIRST_NAMES = [
    "Anne", "Bjørn", "Camilla", "Daniel", "Emma", "Fredrik", "Guro", "Håkon", "Ida", "Jonas",
    "Kristin", "Lars", "Maria", "Nils", "Oda", "Pål", "Ragnhild", "Sander", "Tone", "Ulrik",
    "Vilde", "William", "Åse", "Øystein", "Sofie", "Mathias", "Nora", "Emil", "Ingrid", "Magnus",
]  # fmt: skip
LAST_NAMES = [
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Lund", "Moen",
]  # fmt: skip
PROFESSIONS = [
    ("lærer", "skole"), ("spesialpedagog", "skole"), ("helsesykepleier", "helsestasjon"),
    ("fysioterapeut", "fysioterapi"), ("ergoterapeut", "ergoterapi"), ("sosionom", "NAV"),
    ("miljøterapeut", "bolig og omsorg"), ("psykolog", "PPT"), ("barnevernspedagog", "barnevernet"),
    ("fastlege", "legekontor"),
]  # fmt: skip
GOALS = [
    ("Komme tilbake i arbeid på deltid", "Arbeidstrening to dager i uken", "Avklare tilrettelegging med NAV"),
    ("Bedre fysisk funksjon", "Trene styrke to ganger i uken", "Gå tur 30 minutter daglig"),
    ("Lese med flyt", "Lese 15 minutter hver dag", "Kjenne igjen 200 høyfrekvente ord"),
    ("Trives i friminuttene", "Delta i organisert lek", "Bli med på fotballtrening"),
    ("Bedre søvn", "Fast leggetid", "Skjermfri siste time"),
    ("Mestre egen økonomi", "Lage et månedsbudsjett", "Betale regninger i tide"),
    ("Bo i egen leilighet", "Handle mat selv", "Lage middag tre dager i uken"),
    ("Tørre å prøve i matematikk", "Bruke strategikort", "Forklare egen løsning"),
]
MEASURES = [
    "Opptrening hos fysioterapeut", "Samtaler om helse og mestring", "Lesekurs i liten gruppe",
    "Konkreter i matematikk", "Friminuttsvenn-ordning", "Praktisk bistand i hjemmet",
    "Støttekontakt to ettermiddager i uken", "Arbeidstrening med tilrettelegging",
]  # fmt: skip
FREQUENCIES = ["daglig", "to ganger i uken", "ukentlig", "hver fjortende dag", "månedlig"]
LOG_TEXTS = [
    "Samtale gjennomført. Gikk bedre enn forrige gang.",
    "Første uke med arbeidstrening gikk bedre enn ventet.",
    "Innkalling til møte er sendt ut.",
    "Har lest hjemme hver dag denne uken.",
    "Trenger mer tid på oppgavene, vi justerer tiltaket.",
    "God økt i dag. Tydelig fremgang på delmålet.",
    "Sykdom denne uken, økten er flyttet til neste uke.",
    "Planen er gjennomgått sammen med familien.",
]
STATUSES = ["not_started", "in_progress", "in_progress", "reached"]


def full_name(rng):
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def _day(today, offset):
    return (today + datetime.timedelta(days=offset)).isoformat()


def _goal(rng, today, title_index):
    title, *subs = GOALS[title_index % len(GOALS)]
    status = rng.choice(STATUSES)
    return {
        "type": "goal",
        "value": {
            "title": f"{title}" if title_index < len(GOALS) else f"{title} ({title_index // len(GOALS) + 1})",
            "description": "Målet er satt sammen med personen selv.",
            "target_date": _day(today, rng.randint(60, 360)),
            "status": status,
            "status_history": [{"status": status, "date": _day(today, -rng.randint(1, 90)), "note": ""}],
            "sub_goals": [
                {
                    "title": sub,
                    "description": "",
                    "target_date": _day(today, rng.randint(30, 200)),
                    "status": rng.choice(STATUSES),
                    "status_history": [],
                }
                for sub in subs[: rng.randint(1, 2)]
            ],
        },
    }


def _measure(rng, today, goal_titles):
    return {
        "type": "measure",
        "value": {
            "what": rng.choice(MEASURES),
            "description": "",
            "linked_goals": rng.sample(goal_titles, k=min(len(goal_titles), rng.randint(1, 2))),
            "responsible": " ".join(full_name(rng)),
            "from_date": _day(today, -rng.randint(0, 120)),
            "to_date": _day(today, rng.randint(30, 300)),
            "frequency": rng.choice(FREQUENCIES),
        },
    }


def _meeting(rng, now, invited):
    starts_at = (now + datetime.timedelta(days=rng.randint(-120, 60))).replace(hour=13, minute=0, second=0)
    return {
        "type": "meeting",
        "value": {
            "starts_at": starts_at.isoformat(),
            "place": "Rådhuset, møterom 2",
            "video_link": "",
            "invited": invited,
            "agenda": "1. Status for målene\n2. Tiltak\n3. Neste evaluering",
        },
    }


def _type_specific(rng, today, plan_type, holder):
    if plan_type == PlanType.IP:
        return [
            {
                "type": "service",
                "value": {
                    "service": "Fysioterapi",
                    "provider": "Kommunen",
                    "extent": "2 timer per uke",
                    "description": "",
                },
            },
            {
                "type": "coordinator_responsibility",
                "value": {"responsibilities": ["Kalle inn til ansvarsgruppemøter", "Sørge for at planen evalueres"]},
            },
        ]
    if plan_type == PlanType.IOP:
        return [
            {
                "type": "subject",
                "value": {
                    "subject": "Norsk",
                    "competence_aims": ["Lese tekster med flyt og forståelse", "Skrive enkle fortellende tekster"],
                    "deviations": "Redusert mengde skriftlig arbeid.",
                    "organisation": "Smågruppe tre økter i uken.",
                    "hours_per_year": 114,
                },
            },
            {"type": "yearly_report", "value": {"school_year": "2025/2026", "report": "God fremgang i lesing."}},
        ]
    if plan_type == PlanType.IUP:
        return [
            {
                "type": "development_area",
                "value": {"area": "Selvtillit", "description": "Gir lett opp.", "next_steps": "Korte økter."},
            }
        ]
    return [
        {
            "type": "concern",
            "value": {"date": _day(today, -90), "raised_by": holder, "description": "Virker sliten i friminuttene."},
        },
        {"type": "baton", "value": {"holder": holder, "since": _day(today, -80), "handovers": []}},
        {"type": "bright_spot", "value": {"date": _day(today, -7), "text": "Spilte fotball med tre andre i storefri."}},
    ]


def plan_body(rng, now, plan_type, person, invited, goals=None, meetings=None):
    """The StreamField raw data of one plan: about me, goals, measures, meetings, consent and the
    blocks of its type."""
    today = now.date()
    goal_count = goals if goals is not None else rng.randint(2, 5)
    goal_blocks = [_goal(rng, today, rng.randrange(len(GOALS)) if goals is None else n) for n in range(goal_count)]
    goal_titles = [block["value"]["title"] for block in goal_blocks]
    measures = [_measure(rng, today, goal_titles) for _ in range(max(2, goal_count * rng.randint(1, 2) // 2 + 1))]
    meeting_count = meetings if meetings is not None else rng.randint(1, 3)
    about_me = {
        "type": "about_me",
        "value": {
            "who_i_am": f"Jeg heter {person} og bor i kommunen.",
            "what_matters": "At alle snakker med meg, ikke om meg.",
            "strengths": "Jeg er utholdende og sier ifra når noe ikke fungerer.",
            "wishes": "Jeg vil klare mer på egen hånd.",
        },
    }
    consent = {
        "type": "consent",
        "value": {
            "given_by": person,
            "given_by_role": "owner",
            "date": _day(today, -60),
            "scope": "Alle i ansvarsgruppen kan se hele planen.",
            "expires": _day(today, 305),
            "withdrawn_on": None,
            "withdrawal_note": "",
        },
    }
    return [
        about_me,
        *_type_specific(rng, today, plan_type, invited[0]),
        *goal_blocks,
        *measures,
        *[_meeting(rng, now, invited) for _ in range(meeting_count)],
        consent,
    ]
