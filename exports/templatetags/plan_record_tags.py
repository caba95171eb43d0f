from django import template

register = template.Library()


@register.simple_tag
def archive_copies_of(plan):
    return list(plan.archive_copies.all())
