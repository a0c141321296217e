from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class DemoRecord(models.Model):
    """One record that the demo generated (any model's row, by content type and primary key), so
    that a real site can delete the demo and keep everything else (`delete_demo`). Written in
    bulk by `kota.demo.registry.recording()` around the builders."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()

    class Meta:
        verbose_name = _("demo record")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="demo_record_once")
        ]

    def __str__(self):
        return f"{self.content_type.app_label}.{self.content_type.model} {self.object_id}"
