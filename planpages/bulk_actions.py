"""Wagtail's bulk actions through the same rule as the explorer. Their confirmation page lists
the chosen items by title, with those the user may not act on under "no access": for ids of
other people's plans (or of documents and images out of reach) that would name them. Here an
id the user may not see counts as an id that does not exist, so the page is the same as for a
made-up id, and a malformed id is the 404 of a missing one rather than a server error."""

from django.http import Http404
from django.shortcuts import get_list_or_404
from wagtail.admin.views.pages import bulk_actions as page_actions
from wagtail.documents.views import bulk_actions as document_actions
from wagtail.images.views import bulk_actions as image_actions
from wagtail.models import Page
from wagtail.permissions import policy_registry

from planpages.access import without_hidden_plans
from planpages.middleware import as_id

ANY_ACTION = ["add", "change", "delete", "choose"]


def well_formed_ids(values):
    return [number for number in map(as_id, values) if number is not None]


class VisibleItemsOnly:
    """Mixed into a bulk action: only items `visible(queryset)` keeps are looked up."""

    def visible(self, queryset):
        raise NotImplementedError

    def get_queryset(self, model, object_ids):
        return get_list_or_404(self.visible(model.objects.filter(pk__in=well_formed_ids(object_ids))))

    def get_all_objects_in_listing_query(self, parent_id):
        if parent_id is not None and not well_formed_ids([parent_id]):
            raise Http404
        return super().get_all_objects_in_listing_query(parent_id)


class OwnPlansOnly(VisibleItemsOnly):
    def visible(self, queryset):
        return without_hidden_plans(self.request.user, queryset)

    def get_all_objects_in_listing_query(self, parent_id):
        if parent_id is not None and not self.visible(Page.objects.filter(pk__in=well_formed_ids([parent_id]))):
            raise Http404
        return super().get_all_objects_in_listing_query(parent_id)


class PermittedItemsOnly(VisibleItemsOnly):
    def visible(self, queryset):
        policy = policy_registry.get_by_type(queryset.model)
        return queryset & policy.instances_user_has_any_permission_for(self.request.user, ANY_ACTION)


def narrowed(action_class, mixin):
    return type(action_class.__name__, (mixin, action_class), {})


COLLECTION_ITEM_ACTIONS = ("AddTagsBulkAction", "AddToCollectionBulkAction", "DeleteBulkAction")

BULK_ACTIONS = [
    *(narrowed(getattr(page_actions, name), OwnPlansOnly) for name in page_actions.__all__),
    *(
        narrowed(getattr(module, name), PermittedItemsOnly)
        for module in (document_actions, image_actions)
        for name in COLLECTION_ITEM_ACTIONS
    ),
]
