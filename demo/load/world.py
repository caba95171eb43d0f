"""Builds the load data set municipality by municipality and writes it in bulk.

Every plan gets exactly what the app's own path gives it (PlanIndexPage.add_child, a revision,
publish, and privacy.sync_plan_access): a PlanPage row under its municipality's plan index, a
revision, its ansvarsgruppe Group with the coordinator and current participants as members, a
PageViewRestriction naming that group, and a private Collection under «Planvedlegg» with a
CollectionViewRestriction naming the same group."""

import datetime
import math
import random
import uuid
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Revision

from demo.load.bulk import ChildPaths, Ids, reset_sequences, write_rows, write_values
from demo.load.content import LOG_TEXTS, PROFESSIONS, full_name, plan_body
from planpages.membership import attachments_root, collection_name
from planpages.models import LogEntry, PlanPage, PlanParticipant
from planpages.plan_types import Access, ParticipantRole, PlanStatus, PlanType
from planpages.tenancy import ensure_municipality

DASHBOARD_USERNAME = "last-deltaker"
DASHBOARD_PLANS = 20
LARGE_PLAN = {"goals": 50, "meetings": 10, "log_entries": 200}
PLANS_PER_COORDINATOR = 40
CHILD_PLAN_TYPES = {PlanType.IOP, PlanType.IUP, PlanType.STAFETTLOGG}
FLUSH_EVERY = 2000
LOG_ENTRY_COLUMNS = ("id", "plan_id", "author_id", "created_at", "text")
MEMBERSHIP_COLUMNS = ("user_id", "group_id")
KEYED_MODELS = (
    get_user_model(),
    Page,
    Group,
    Collection,
    Revision,
    PlanParticipant,
    PageViewRestriction,
    CollectionViewRestriction,
)


def municipality_slug(number):
    return f"last-{number:03d}"


@dataclass
class Pending:
    """Rows waiting to be written, in the order foreign keys need them."""

    users: list = field(default_factory=list)
    groups: list = field(default_factory=list)
    collections: list = field(default_factory=list)
    revisions: list = field(default_factory=list)
    plans: list = field(default_factory=list)
    participants: list = field(default_factory=list)
    page_restrictions: list = field(default_factory=list)
    page_restriction_groups: list = field(default_factory=list)
    collection_restrictions: list = field(default_factory=list)
    collection_restriction_groups: list = field(default_factory=list)
    memberships: list = field(default_factory=list)  # tuples of MEMBERSHIP_COLUMNS
    log_entries: list = field(default_factory=list)  # tuples of LOG_ENTRY_COLUMNS


def revision_content(plan):
    """What plan.serializable_data() gives, without its query per child relation."""
    content = get_serializable_data_for_fields(plan)
    content["wagtail_admin_comments"] = []
    return content


def key_block_sizes(plans):
    """At most how many keys of each model one municipality of `plans` plans takes: an owner
    per plan, coordinators and a pool of professionals; up to six participants per plan."""
    sizes = dict.fromkeys(KEYED_MODELS, plans)
    sizes[get_user_model()] = 2 * plans + 4
    sizes[PlanParticipant] = 6 * plans
    return sizes


class LoadWorld:
    """Municipality number n gets the nth block of keys and of attachment collection paths,
    and its plans are numbered n × plans from the first: municipalities can be loaded in any
    order, side by side, and give the same rows."""

    def __init__(self, home, plans_per_municipality, municipalities, seed=1, log_entries_per_plan=30, now=None):
        self.home = home
        self.plans_per_municipality = plans_per_municipality
        self.dashboard_stride = max(1, plans_per_municipality * municipalities // DASHBOARD_PLANS)
        self.seed = seed
        self.log_entries_per_plan = log_entries_per_plan
        self.now = now or datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        self.today = self.now.date()
        self.key_blocks = key_block_sizes(plans_per_municipality)
        self.pending = Pending()
        self.plan_content_type_id = ContentType.objects.get_for_model(PlanPage).pk
        self.page_content_type_id = ContentType.objects.get_for_model(Page).pk
        self.attachments_root = attachments_root()
        self.dashboard_user = self._dashboard_user()

    # -- people ---------------------------------------------------------------------------
    def _dashboard_user(self):
        user, _ = get_user_model().objects.get_or_create(
            username=DASHBOARD_USERNAME, defaults={"first_name": "Dina", "last_name": "Deltaker"}
        )
        return user

    def _user(self, rng, username):
        first, last = full_name(rng)
        user = get_user_model()(
            id=self.ids.take(get_user_model()),
            username=username,
            first_name=first,
            last_name=last,
            email=f"{username}@last.samplan.no",
            # Unusable, as set_unusable_password gives; load accounts sign in only through sessions.
            password=make_password(None),
            date_joined=self.now,
        )
        self.pending.users.append(user)
        return user

    # -- municipalities --------------------------------------------------------------------
    def ensure_municipalities(self, count):
        """Through the app's own path; the blocks of keys start above what that wrote."""
        pages = [ensure_municipality(self.home, municipality_slug(n), f"Lastkommune {n:03d}") for n in range(count)]
        self.first_keys = Ids.above_current(KEYED_MODELS)
        self.first_attachment = ChildPaths.after_last_child(self.attachments_root)
        return pages

    def add_municipality(self, number, municipality):
        """Adds the municipality's plans unless it already has some (the load is additive)."""
        slug = municipality.slug
        index = municipality.plan_index
        if index.numchild:
            return 0
        self.ids = Ids.block(self.first_keys, self.key_blocks, number)
        first_plan = number * self.plans_per_municipality
        self.attachments = ChildPaths(self.attachments_root, first=self.first_attachment + first_plan)
        rng = random.Random(f"{self.seed}:{number}")  # noqa: S311 - synthetic data, not security
        plan_count = self.plans_per_municipality
        coordinators = [
            self._user(rng, f"{slug}-koord-{n}") for n in range(math.ceil(plan_count / PLANS_PER_COORDINATOR))
        ]
        self.pending.memberships += [(c.pk, municipality.coordinators_group_id) for c in coordinators]
        professionals = [
            (self._user(rng, f"{slug}-fag-{n}"), rng.choice(PROFESSIONS)) for n in range(max(3, plan_count * 3 // 5))
        ]
        paths = ChildPaths(index)
        for number_in_municipality in range(plan_count):
            self._add_plan(
                rng, index, paths, slug, first_plan + number_in_municipality, coordinators, professionals, municipality
            )
            if len(self.pending.plans) >= FLUSH_EVERY:
                self.flush()
        self.flush()
        paths.save_numchild()
        return plan_count

    # -- one plan --------------------------------------------------------------------------
    def _add_plan(self, rng, index, paths, slug, plan_number, coordinators, professionals, municipality):
        # The first plan is the large one: 50 goals, 10 meetings, 200 log entries.
        large = plan_number == 0
        stride = self.dashboard_stride
        on_dashboard = plan_number % stride == 0 and plan_number // stride < DASHBOARD_PLANS
        number = plan_number % self.plans_per_municipality
        plan_type = rng.choice(list(PlanType))
        coordinator = coordinators[number // PLANS_PER_COORDINATOR]
        first, last = full_name(rng)
        person = f"{first} {last}"
        side_role = ParticipantRole.GUARDIAN if plan_type in CHILD_PLAN_TYPES else ParticipantRole.OWNER
        members = [(self._user(rng, f"{slug}-p{number}"), side_role, "", "", Access.WRITE, None)]
        for user, (profession, service) in rng.sample(professionals, k=min(len(professionals), rng.randint(2, 4))):
            ended = self.today - datetime.timedelta(days=rng.randint(1, 60)) if rng.random() < 0.05 else None
            access = Access.WRITE if rng.random() < 0.5 else Access.READ
            members.append(
                (user, ParticipantRole.PARTICIPANT, profession, f"{municipality.title} {service}", access, ended)
            )
        if on_dashboard:
            members.append(
                (self.dashboard_user, ParticipantRole.PARTICIPANT, "lærer", "Lastskolen", Access.WRITE, None)
            )

        roll = rng.random()
        status = PlanStatus.DRAFT if roll < 0.05 else PlanStatus.CLOSED if roll < 0.15 else PlanStatus.ACTIVE
        if large or on_dashboard:
            status = PlanStatus.ACTIVE
        live = status != PlanStatus.DRAFT
        created = self.now - datetime.timedelta(days=rng.randint(30, 700), minutes=rng.randint(0, 1440))
        invited = [person, *(f"{u.first_name} {u.last_name}" for u, *_ in members[1:3])]
        body = plan_body(rng, self.now, plan_type, person, invited, **({"goals": 50, "meetings": 10} if large else {}))
        for block in body:
            block["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))

        plan_id = self.ids.take(Page)
        group = Group(id=self.ids.take(Group), name=f"plan-{plan_id}")
        collection = Collection(
            id=self.ids.take(Collection),
            name=collection_name(plan_id),
            path=self.attachments.take(),
            depth=self.attachments.parent.depth + 1,
        )
        slug_value = f"{rng.getrandbits(64):016x}"
        revision_id = self.ids.take(Revision)
        plan = PlanPage(
            id=plan_id,
            page_ptr_id=plan_id,
            path=paths.take(),
            depth=index.depth + 1,
            numchild=0,
            translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            locale_id=index.locale_id,
            content_type_id=self.plan_content_type_id,
            title=f"{plan_type} {slug_value[:6].upper()}",
            draft_title=f"{plan_type} {slug_value[:6].upper()}",
            slug=slug_value,
            url_path=f"{index.url_path}{slug_value}/",
            owner_id=coordinator.pk,
            live=live,
            has_unpublished_changes=not live,
            first_published_at=created if live else None,
            last_published_at=created if live else None,
            latest_revision_created_at=created,
            latest_revision_id=revision_id,
            live_revision_id=revision_id if live else None,
            plan_type=plan_type,
            person_name=person,
            person_birth_date=self.today - datetime.timedelta(days=rng.randint(6 * 365, 70 * 365)),
            coordinator_id=coordinator.pk,
            status=status,
            start_date=created.date(),
            period_end=created.date() + datetime.timedelta(days=365),
            next_evaluation_date=self.today + datetime.timedelta(days=rng.randint(-10, 180)),
            body=body,
            access_group_id=group.pk,
            collection_id=collection.pk,
            last_activity_at=created,
        )
        participants = [
            PlanParticipant(
                id=self.ids.take(PlanParticipant),
                page_id=plan_id,
                user_id=user.pk,
                role=role,
                profession=profession,
                organisation=organisation,
                access=access,
                access_until=ended,
                added_at=created,
            )
            for user, role, profession, organisation, access, ended in members
        ]
        self._add_log_entries(rng, plan, members, coordinator, LARGE_PLAN["log_entries"] if large else None)
        self.pending.revisions.append(
            Revision(
                id=revision_id,
                content_type_id=self.plan_content_type_id,
                base_content_type_id=self.page_content_type_id,
                object_id=str(plan_id),
                created_at=created,
                user_id=coordinator.pk,
                object_str=plan.title,
                content=revision_content(plan),
            )
        )
        self._add_privacy_rows(plan, group, collection, coordinator, members)
        self.pending.plans.append(plan)
        self.pending.participants += participants
        self.pending.groups.append(group)
        self.pending.collections.append(collection)

    def _add_log_entries(self, rng, plan, members, coordinator, count):
        if count is None:
            count = rng.randint(0, 2 * self.log_entries_per_plan)
        if not plan.live or not count:
            return
        writers = [coordinator.pk] + [
            user.pk for user, *_rest, access, ended in members if access == Access.WRITE and not ended
        ]
        span = max(1, int((self.now - plan.first_published_at).total_seconds()))
        times = sorted(plan.first_published_at + datetime.timedelta(seconds=rng.randrange(span)) for _ in range(count))
        self.pending.log_entries += [
            (uuid.UUID(int=rng.getrandbits(128), version=4), plan.pk, rng.choice(writers), at, rng.choice(LOG_TEXTS))
            for at in times
        ]
        plan.last_activity_at = times[-1]

    def _add_privacy_rows(self, plan, group, collection, coordinator, members):
        """What privacy.sync_plan_access gives the plan: its group holds the coordinator and
        the participants whose access is current, and both restrictions name the group."""
        member_ids = {coordinator.pk} | {user.pk for user, *_rest, ended in members if ended is None}
        self.pending.memberships += [(uid, group.pk) for uid in sorted(member_ids)]
        page_restriction = PageViewRestriction(
            id=self.ids.take(PageViewRestriction), page_id=plan.pk, restriction_type=PageViewRestriction.GROUPS
        )
        collection_restriction = CollectionViewRestriction(
            id=self.ids.take(CollectionViewRestriction),
            collection_id=collection.pk,
            restriction_type=CollectionViewRestriction.GROUPS,
        )
        self.pending.page_restrictions.append(page_restriction)
        self.pending.collection_restrictions.append(collection_restriction)
        self.pending.page_restriction_groups.append(
            PageViewRestriction.groups.through(pageviewrestriction_id=page_restriction.pk, group_id=group.pk)
        )
        self.pending.collection_restriction_groups.append(
            CollectionViewRestriction.groups.through(
                collectionviewrestriction_id=collection_restriction.pk, group_id=group.pk
            )
        )

    # -- writing ---------------------------------------------------------------------------
    @transaction.atomic
    def flush(self):
        rows = self.pending
        self.pending = Pending()
        for objs in (rows.users, rows.groups, rows.collections, rows.revisions):
            if objs:
                write_rows(type(objs[0]), objs)
        write_rows(Page, rows.plans)
        write_rows(PlanPage, rows.plans)
        for objs in (
            rows.participants,
            rows.page_restrictions,
            rows.page_restriction_groups,
            rows.collection_restrictions,
            rows.collection_restriction_groups,
        ):
            if objs:
                write_rows(type(objs[0]), objs)
        write_values(Group.user_set.through, MEMBERSHIP_COLUMNS, rows.memberships)
        write_values(LogEntry, LOG_ENTRY_COLUMNS, rows.log_entries)
        self.attachments.save_numchild()
        # After every batch, so an interrupted load leaves the sequences ahead of the rows.
        reset_sequences(KEYED_MODELS)
