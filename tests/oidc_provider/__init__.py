"""The test OpenID provider (provider.mjs, npm oidc-provider) on a free loopback port.

`running_provider(site_url)` starts it registered with one client, Samplan at `site_url`, whose
private key (for private_key_jwt) it returns; the provider is stopped when the block ends.
"""

import json
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jwskate import Jwk

from demo.people import ACCOUNTS, IDENTITY_NUMBERS
from tests.live_processes import free_port, wait_for_http

HERE = Path(__file__).resolve().parent
PROJECT_DIR = HERE.parents[1]
CLIENT_ID = "samplan-test"
START_SECONDS = 20

# Synthetic identity numbers (valid check digits, month + 80): never a real person.
PERSON = "12858810181"
PERSON_WITHOUT_ACCOUNT = "23858810000"
PERSON_AT_SUBSTANTIAL = "05858810037"
PERSON_WITH_EXPIRED_TOKEN = "17858810086"
PERSON_WITH_WRONGLY_SIGNED_TOKEN = "28858810096"
# The demo world's people sign in with their own synthetic numbers (demo/people.py).
DEMO_PEOPLE = [
    {"pid": IDENTITY_NUMBERS[username], "name": f"{first_name} {last_name}"}
    for username, first_name, last_name, *_ in ACCOUNTS
    if username in IDENTITY_NUMBERS
]
PEOPLE = [
    *DEMO_PEOPLE,
    {"pid": PERSON, "name": "Test Testesen"},
    {"pid": PERSON_WITHOUT_ACCOUNT, "name": "Uten Konto"},
    {"pid": PERSON_AT_SUBSTANTIAL, "name": "Vesentlig Nivå", "acr": "idporten-loa-substantial"},
    {"pid": PERSON_WITH_EXPIRED_TOKEN, "name": "Utløpt Token", "tamper": "expired"},
    {"pid": PERSON_WITH_WRONGLY_SIGNED_TOKEN, "name": "Feil Nøkkel", "tamper": "wrong-key"},
]


@dataclass(frozen=True)
class TestProvider:
    issuer: str
    client_id: str
    private_key: str  # the client's private JWK, as JSON

    def settings(self):
        """The environment-style settings that point Samplan at this provider."""
        return {
            "SAMPLAN_IDPORTEN_ISSUER": self.issuer,
            "SAMPLAN_IDPORTEN_CLIENT_ID": self.client_id,
            "SAMPLAN_IDPORTEN_PRIVATE_KEY": self.private_key,
        }


def client_registration(site_url, public_jwk):
    provider_url = f"{site_url}/logg-inn/oidc/idporten"
    return {
        "client_id": CLIENT_ID,
        "token_endpoint_auth_method": "private_key_jwt",
        "jwks": {"keys": [public_jwk]},
        "redirect_uris": [f"{provider_url}/callback/"],
        "post_logout_redirect_uris": [f"{site_url}/logg-inn/"],
        "backchannel_logout_uri": f"{provider_url}/utlogging/",
        "backchannel_logout_session_required": True,
        "grant_types": ["authorization_code"],
        "response_types": ["code"],
    }


@contextmanager
def running_provider(site_url):
    key = Jwk.generate(alg="RS256", kid="samplan-test-client")
    port = free_port()
    issuer = f"http://127.0.0.1:{port}"
    config = {
        "issuer": issuer,
        "port": port,
        "client": client_registration(site_url, key.public_jwk().to_dict()),
        "people": PEOPLE,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json") as config_file:
        json.dump(config, config_file)
        config_file.flush()
        process = subprocess.Popen(  # noqa: S603 - node with our own script
            ["node", str(HERE / "provider.mjs"), config_file.name],  # noqa: S607
            cwd=PROJECT_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            wait_for_http(f"{issuer}/.well-known/openid-configuration", process, seconds=START_SECONDS)
            yield TestProvider(issuer, CLIENT_ID, key.to_json())
        finally:
            process.terminate()
            process.wait(timeout=10)
