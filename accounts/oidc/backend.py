"""Which account a person verified by a provider is: the one linked to their identity number's
digest, or one a `person_identified` receiver returns (an accepted invitation, say)."""

from django.contrib.auth.backends import ModelBackend

from accounts.models import PersonIdentity
from accounts.signals import person_identified


def linked_account(digest):
    identity = PersonIdentity.objects.select_related("user").filter(pid_digest=digest).first()
    return identity.user if identity else None


class ProviderBackend(ModelBackend):
    """Authenticates only with `pid_digest` (from a checked ID token); password sign-in stays
    with ModelBackend."""

    def authenticate(self, request, pid_digest=None, name="", **kwargs):
        if pid_digest is None:
            return None
        user = linked_account(pid_digest)
        responses = person_identified.send(
            sender=self.__class__, pid_digest=pid_digest, name=name, request=request, user=user
        )
        user = next((account for _receiver, account in responses if account is not None), user)
        return user if user is not None and self.user_can_authenticate(user) else None
