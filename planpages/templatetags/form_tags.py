"""Form fields in Designsystemet's markup. Django names a field's help text `<id>_helptext` and
its errors `<id>_error` in aria-describedby; includes/form_field.html renders exactly those ids."""

from django import template

register = template.Library()


@register.simple_tag
def field_widget(field):
    classes = " ".join(filter(None, ["ds-input", field.field.widget.attrs.get("class")]))
    return field.as_widget(attrs={"class": classes})


@register.filter
def for_section(messages, section):
    """The messages meant for one section of a page (tagged with its id when added), or,
    with no section, those meant for the top of the page: a message shows where the user is."""
    return [message for message in messages if message.extra_tags == (section or "")]
