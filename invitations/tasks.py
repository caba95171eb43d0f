"""Invitations are sent by a background task (django-tasks), like the e-mail notifications.
The task is given the invitation's id only: the link's token is made inside it, so it is never
in the task queue."""

from django_tasks import task

from invitations.delivery import deliver


@task()
def send_invitation(invitation_id):
    return deliver(invitation_id)
