"""The four demo plans A–D with realistic Norwegian content. Dates are relative to the day the
demo is seeded, so meetings and evaluations lie ahead."""

import datetime

from django.utils import timezone

from planpages.plan_types import Access, ParticipantRole, PlanType


def _day(offset):
    return (timezone.localdate() + datetime.timedelta(days=offset)).isoformat()


def _meeting_time(offset, hour):
    day = timezone.localdate() + datetime.timedelta(days=offset)
    naive = datetime.datetime.combine(day, datetime.time(hour, 0))
    return timezone.make_aware(naive).isoformat()


def goal(title, description, status, target, sub_goals):
    return {
        "type": "goal",
        "value": {
            "title": title,
            "description": description,
            "target_date": _day(target),
            "status": status,
            "status_history": [{"status": status, "date": _day(-30), "note": ""}],
            "sub_goals": [
                {
                    "title": sub_title,
                    "description": "",
                    "target_date": _day(target - 30),
                    "status": sub_status,
                    "status_history": [],
                }
                for sub_title, sub_status in sub_goals
            ],
        },
    }


def measure(what, responsible, goals, frequency, start=-30, end=150):
    return {
        "type": "measure",
        "value": {
            "what": what,
            "description": "",
            "linked_goals": goals,
            "responsible": responsible,
            "from_date": _day(start),
            "to_date": _day(end),
            "frequency": frequency,
        },
    }


def meeting(offset, place, invited, agenda):
    return {
        "type": "meeting",
        "value": {
            "starts_at": _meeting_time(offset, 13),
            "place": place,
            "video_link": "",
            "invited": invited,
            "agenda": agenda,
        },
    }


def about_me(who, matters, strengths, wishes):
    return {
        "type": "about_me",
        "value": {"who_i_am": who, "what_matters": matters, "strengths": strengths, "wishes": wishes},
    }


def consent(given_by, role, scope):
    return {
        "type": "consent",
        "value": {
            "given_by": given_by,
            "given_by_role": role,
            "date": _day(-60),
            "scope": scope,
            "expires": _day(305),
            "withdrawn_on": None,
            "withdrawal_note": "",
        },
    }


def plan_a():
    return {
        "slug": "a3f9c27e51d04b6a",
        "plan_type": PlanType.IP,
        "person_name": "Kari Nordmann",
        "birth_date": "1987-04-12",
        "coordinator": "nordby-koord",
        "participants": [
            ("kari", ParticipantRole.OWNER, "", "", Access.WRITE),
            ("per", ParticipantRole.PARTICIPANT, "fysioterapeut", "Nordby fysioterapi", Access.READ),
            ("sara", ParticipantRole.PARTICIPANT, "helsesykepleier", "Nordby helsestasjon", Access.WRITE),
        ],
        "body": [
            about_me(
                "Jeg heter Kari Nordmann og bor i Nordby. Jeg liker å gå turer med hunden min.",
                "At jeg får bestemme over hverdagen min selv, og at alle snakker med meg, ikke om meg.",
                "Jeg er utholdende og sier ifra når noe ikke fungerer.",
                "Jeg ønsker å komme tilbake i jobb på deltid innen ett år.",
            ),
            goal(
                "Komme tilbake i arbeid på deltid",
                "Kari vil i arbeid 50 % innen ett år.",
                "in_progress",
                330,
                [("Arbeidstrening to dager i uken", "in_progress"), ("Avklare tilrettelegging med NAV", "not_started")],
            ),
            goal(
                "Bedre fysisk funksjon",
                "Gå til butikken og tilbake uten smerter.",
                "in_progress",
                180,
                [("Trene styrke to ganger i uken", "reached"), ("Gå tur 30 minutter daglig", "in_progress")],
            ),
            measure("Opptrening hos fysioterapeut", "Per Fysioterapeut", ["Bedre fysisk funksjon"], "to ganger i uken"),
            measure(
                "Samtaler om helse og mestring",
                "Sara Helsesykepleier",
                ["Komme tilbake i arbeid på deltid"],
                "hver fjortende dag",
            ),
            meeting(
                14,
                "Nordby rådhus, møterom 2",
                ["Kari Nordmann", "Per Fysioterapeut", "Sara Helsesykepleier"],
                "1. Status for målene\n2. Arbeidstrening\n3. Neste evaluering",
            ),
            {
                "type": "service",
                "value": {
                    "service": "Fysioterapi",
                    "provider": "Nordby kommune",
                    "extent": "2 timer per uke",
                    "description": "Individuell opptrening.",
                },
            },
            {
                "type": "coordinator_responsibility",
                "value": {"responsibilities": ["Kalle inn til ansvarsgruppemøter", "Sørge for at planen evalueres"]},
            },
            consent("Kari Nordmann", "owner", "Alle i ansvarsgruppen kan se hele planen."),
        ],
        "log": [
            ("kari", "Første uke med arbeidstrening gikk bedre enn ventet."),
            ("sara", "Samtale gjennomført. Kari opplever mindre uro om kveldene."),
            ("nordby-koord", "Innkalling til møte er sendt ut."),
        ],
    }


def plan_b():
    return {
        "slug": "b71e04d9c2a85f30",
        "plan_type": PlanType.IOP,
        "person_name": "Emil Hansen",
        "birth_date": "2015-09-03",
        "coordinator": "nordby-koord2",
        "participants": [
            ("ola", ParticipantRole.GUARDIAN, "", "", Access.WRITE),
            ("lise", ParticipantRole.PARTICIPANT, "lærer", "Nordby skole", Access.WRITE),
        ],
        "body": [
            about_me(
                "Jeg heter Emil Hansen og går i femte klasse på Nordby skole.",
                "At jeg får pauser når det blir mye lyd.",
                "Jeg er god til å tegne og å bygge med lego.",
                "Jeg vil lære å lese fortere.",
            ),
            goal(
                "Lese med flyt",
                "Emil skal lese en kort tekst høyt med flyt.",
                "in_progress",
                200,
                [("Lese 15 minutter hver dag", "in_progress"), ("Kjenne igjen 200 høyfrekvente ord", "reached")],
            ),
            goal(
                "Regne med tallene til 1000",
                "Bruke plassverdi i addisjon og subtraksjon.",
                "not_started",
                260,
                [("Forstå plassverdi", "not_started"), ("Hoderegning med tiere", "not_started")],
            ),
            measure("Lesekurs i liten gruppe", "Lise Lærer", ["Lese med flyt"], "tre ganger i uken"),
            measure("Konkreter i matematikk", "Lise Lærer", ["Regne med tallene til 1000"], "daglig"),
            meeting(21, "Nordby skole", ["Ola Hansen", "Lise Lærer"], "1. Leseutvikling\n2. Neste halvår"),
            {
                "type": "subject",
                "value": {
                    "subject": "Norsk",
                    "competence_aims": ["Lese tekster med flyt og forståelse", "Skrive enkle fortellende tekster"],
                    "deviations": "Redusert mengde skriftlig arbeid.",
                    "organisation": "Smågruppe tre økter i uken, ellers i klassen.",
                    "hours_per_year": 114,
                },
            },
            {
                "type": "yearly_report",
                "value": {"school_year": "2025/2026", "report": "Emil har hatt god fremgang i lesing."},
            },
            consent("Ola Hansen", "guardian", "Skole og foresatte ser hele planen."),
        ],
        "log": [
            ("lise", "Emil leste en hel side høyt i dag, veldig bra!"),
            ("ola", "Emil har lest hjemme hver dag denne uken."),
            ("nordby-koord2", "Planen er oppdatert etter samtale med skolen."),
        ],
    }


def plan_c():
    return {
        "slug": "c58d2a1f0e9b7346",
        "plan_type": PlanType.STAFETTLOGG,
        "person_name": "Emil Hansen",
        "birth_date": "2015-09-03",
        "coordinator": "nordby-koord2",
        "participants": [
            ("ola", ParticipantRole.GUARDIAN, "", "", Access.WRITE),
            ("lise", ParticipantRole.PARTICIPANT, "lærer", "Nordby skole", Access.READ),
            ("sara", ParticipantRole.PARTICIPANT, "helsesykepleier", "Nordby helsestasjon", Access.WRITE),
        ],
        "body": [
            about_me(
                "Emil Hansen er en blid gutt som liker fotball.",
                "Å ha en venn å være sammen med i friminuttene.",
                "Han er hjelpsom og omsorgsfull.",
                "Å være med på fotballaget.",
            ),
            {
                "type": "concern",
                "value": {
                    "date": _day(-90),
                    "raised_by": "Lise Lærer",
                    "description": "Emil virker sliten og trekker seg unna i friminuttene.",
                },
            },
            goal(
                "Trives i friminuttene",
                "Emil skal ha noen å være sammen med.",
                "in_progress",
                120,
                [("Delta i organisert lek", "in_progress"), ("Bli med på fotballtrening", "not_started")],
            ),
            goal(
                "Bedre søvn",
                "Emil skal sove minst ni timer.",
                "in_progress",
                90,
                [("Fast leggetid", "reached"), ("Skjermfri siste time", "in_progress")],
            ),
            measure("Friminuttsvenn-ordning", "Nordby skole", ["Trives i friminuttene"], "daglig"),
            measure("Samtaler med helsesykepleier", "Sara Helsesykepleier", ["Bedre søvn"], "annenhver uke"),
            meeting(
                10, "Nordby helsestasjon", ["Ola Hansen", "Sara Helsesykepleier", "Lise Lærer"], "1. Søvn\n2. Friminutt"
            ),
            {
                "type": "bright_spot",
                "value": {"date": _day(-7), "text": "Emil spilte fotball med tre andre i storefri."},
            },
            consent("Ola Hansen", "guardian", "Skole og helsestasjon deler informasjon i stafettloggen."),
        ],
        "log": [
            ("sara", "Første samtale med Emil og far gjennomført."),
            ("ola", "Emil har sovet bedre etter at vi innførte fast leggetid."),
            ("nordby-koord2", "Stafetten er overtatt av koordinator."),
        ],
    }


def plan_d():
    return {
        "slug": "d04b6e8a2c1f9357",
        "plan_type": PlanType.IUP,
        "person_name": "Nora Berg",
        "birth_date": "2012-02-21",
        "coordinator": "sorvik-koord",
        "participants": [
            ("siri", ParticipantRole.PARTICIPANT, "spesialpedagog", "Sørvik ungdomsskole", Access.WRITE),
        ],
        "body": [
            about_me(
                "Jeg heter Nora Berg og liker musikk og dans.",
                "At lærerne gir meg tid til å tenke.",
                "Jeg er kreativ og flink med mennesker.",
                "Jeg vil bli tryggere i matematikk.",
            ),
            {
                "type": "development_area",
                "value": {
                    "area": "Matematisk selvtillit",
                    "description": "Nora gir lett opp når oppgavene blir krevende.",
                    "next_steps": "Korte, mestringsorienterte økter.",
                },
            },
            goal(
                "Tørre å prøve i matematikk",
                "Nora prøver selv før hun ber om hjelp.",
                "in_progress",
                150,
                [("Bruke strategikort", "in_progress"), ("Forklare egen løsning", "not_started")],
            ),
            goal(
                "Mer deltakelse i klassen",
                "Nora rekker opp hånden minst én gang per time.",
                "not_started",
                200,
                [("Forberede spørsmål kvelden før", "not_started"), ("Samarbeid i par", "in_progress")],
            ),
            measure(
                "Mestringsøkter i matematikk", "Siri Spesialpedagog", ["Tørre å prøve i matematikk"], "to ganger i uken"
            ),
            measure("Pararbeid i timene", "Sørvik ungdomsskole", ["Mer deltakelse i klassen"], "ukentlig"),
            meeting(18, "Sørvik ungdomsskole", ["Nora Berg", "Siri Spesialpedagog"], "1. Status\n2. Neste steg"),
            consent("Nora Berg", "owner", "Skolen ser hele planen."),
        ],
        "log": [
            ("siri", "Nora løste tre oppgaver alene i dag."),
            ("sorvik-koord", "Planen er gjennomgått med Nora."),
            ("siri", "God økt med strategikort."),
        ],
    }


DEMO_PLANS = {"A": plan_a, "B": plan_b, "C": plan_c, "D": plan_d}
