"""Background tasks (django-tasks): run at once in development and tests, by the database
worker in production (see README)."""

from django_tasks import task

from notifications.delivery import send_digests, send_immediately


@task()
def send_notifications(notification_ids):
    send_immediately(notification_ids)


@task()
def send_notification_digests():
    return send_digests()
