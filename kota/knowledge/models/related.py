from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

from kota.knowledge.files import content_type_of, validate_attachment
from kota.members.models import Member


def attachment_storage():
    """Attachments are kept under MEDIA_ROOT, but their URLs lead to Kota's download view
    (kota.knowledge.views.public.attachment), which checks who may see the item."""
    return FileSystemStorage(base_url="/knowledge/files/")


class Attachment(models.Model):
    item = models.ForeignKey(
        "knowledge.KnowledgeItem", on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(
        _("file"),
        upload_to="knowledge/%Y/%m/",
        storage=attachment_storage,
        validators=[validate_attachment],
        max_length=200,
    )
    title = models.CharField(_("document title"), max_length=200, blank=True)
    content_type = models.CharField(max_length=120, editable=False)
    size = models.PositiveBigIntegerField(default=0, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        if self.file:
            self.content_type = content_type_of(self.file.name)
            self.size = self.file.size
        super().save(*args, **kwargs)

    @property
    def filename(self):
        return self.file.name.rsplit("/", 1)[-1]

    @property
    def label(self):
        return self.title or self.filename

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1].upper()


class ExternalLink(models.Model):
    item = models.ForeignKey(
        "knowledge.KnowledgeItem", on_delete=models.CASCADE, related_name="links"
    )
    url = models.URLField(_("address"), max_length=500)
    label = models.CharField(_("label"), max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("external link")

    def __str__(self):
        return self.label or self.url


class ReviewEvent(models.Model):
    """One step of an item's review: submitted, commented, returned (with the reason) or
    published. The item's submitter is emailed about each, after the step is committed."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submit for review")
        COMMENTED = "commented", _("Comment")
        RETURNED = "returned", _("Return for changes")
        PUBLISHED = "published", _("Publish")

    item = models.ForeignKey(
        "knowledge.KnowledgeItem", on_delete=models.CASCADE, related_name="events"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    text = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("review step")

    def __str__(self):
        return f"{self.item}: {self.get_action_display()}"

    def concerns_the_submitter(self):
        """Whether the item's submitter is told of this step: every step but their own
        comments."""
        submitter = self.item.submitted_by or self.item.created_by
        return submitter is not None and not (
            self.action == self.Action.COMMENTED and self.author_id == submitter.pk
        )


class ReplicationInterestQuerySet(models.QuerySet):
    def mark(self, item, user, wanted=True):
        """Record (or withdraw, with wanted=False) the interest of every member `user` is a
        focal point of, other than the item's own members, in replicating `item`. Idempotent:
        marking twice is marking once."""
        members = Member.objects.focal_point_of(user).exclude(knowledge_items=item)
        if not wanted:
            self.filter(item=item, member__in=members).delete()
            return
        self.bulk_create(
            [self.model(item=item, member=m, marked_by=user) for m in members],
            ignore_conflicts=True,
        )


class ReplicationInterest(models.Model):
    """A member that wants to replicate a published practice."""

    item = models.ForeignKey(
        "knowledge.KnowledgeItem", on_delete=models.CASCADE, related_name="interests"
    )
    member = models.ForeignKey(
        "members.Member", on_delete=models.CASCADE, related_name="replication_interests"
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ReplicationInterestQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("replication interest")
        constraints = [
            models.UniqueConstraint(fields=["item", "member"], name="knowledge_interest_once")
        ]

    def __str__(self):
        return f"{self.member} → {self.item}"
