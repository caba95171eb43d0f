"""The demo world's municipalities and accounts (../shared/DEMO.md). All people are fictional."""

DEMO_PASSWORD = "samplan-demo"  # noqa: S105 - documented demo password, refused outside DEBUG

MUNICIPALITIES = [("nordby", "Nordby kommune"), ("sorvik", "Sørvik kommune")]

# username, first name, last name, municipality, staff role ("admin", "coordinator" or None)
ACCOUNTS = [
    ("admin", "Drift", "Operatør", None, "operator"),
    ("nordby-admin", "Nina", "Admin", "nordby", "admin"),
    ("sorvik-admin", "Sverre", "Admin", "sorvik", "admin"),
    ("nordby-koord", "Anne", "Koordinator", "nordby", "coordinator"),
    ("nordby-koord2", "Bjørn", "Koordinator", "nordby", "coordinator"),
    ("sorvik-koord", "Silje", "Koordinator", "sorvik", "coordinator"),
    ("kari", "Kari", "Nordmann", None, None),
    ("ola", "Ola", "Hansen", None, None),
    ("lise", "Lise", "Lærer", None, None),
    ("per", "Per", "Fysioterapeut", None, None),
    ("sara", "Sara", "Helsesykepleier", None, None),
    ("siri", "Siri", "Spesialpedagog", None, None),
    ("ukjent", "Una", "Kjent", None, None),
]

# Synthetic national identity numbers (valid check digits, month + 80, so never a real person's)
# for signing in with a test ID-porten. Samplan stores only their keyed digest (PersonIdentity).
IDENTITY_NUMBERS = {
    "kari": "12838440035",
    "ola": "05857840188",
    "lise": "23819040281",
    "per": "17876940019",
    "sara": "08889340046",
    "siri": "30848640030",
    "ukjent": "14919540010",
    "nordby-koord": "02907540025",
    "nordby-koord2": "19898240188",
    "sorvik-koord": "27867940028",
    "nordby-admin": "11887140075",
    "sorvik-admin": "06868040007",
}
