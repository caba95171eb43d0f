"""Generated hostile strings: markup and script, SQL, template syntax, Unicode edge cases
(NUL, right-to-left override, zero-width and astral characters), huge and empty values."""

from hypothesis import strategies as st

KNOWN_ATTACKS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "'; DROP TABLE auth_user; --",
    "' OR '1'='1",
    "1; SELECT pg_sleep(10)",
    "{{ request.user.password }}",
    "{% debug %}",
    "\x00",
    "navn\x00<script>",
    "\u202egnp.exe",
    "\ufeff\u200b\u200d",
    "𝕊𝕒𝕞𝕡𝕝𝕒𝕟" * 10,
    "\r\nSet-Cookie: sessionid=x",
    "../../../../etc/passwd",
    "%3Cscript%3E",
    "",
    " ",
    "x" * 5_000,
    "<" * 2_000,
]

SCRIPT = st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</textarea><script>x</script>"])

hostile_strings = st.one_of(
    st.sampled_from(KNOWN_ATTACKS),
    st.text(max_size=300),
    st.builds(lambda head, script, tail: head + script + tail, st.text(max_size=40), SCRIPT, st.text(max_size=40)),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1_000, max_size=3_000),
)


def carries_markup(value):
    return "<" in value
