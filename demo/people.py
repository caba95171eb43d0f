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
