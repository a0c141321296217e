"""What Kota derives from published items when they are written, so that searching reads
narrow rows instead of the items table (kota.knowledge.indexing keeps them in step)."""

from django.db import models


class FacetRow(models.Model):
    """The facet values of one published item, in a narrow table that each process reads
    whole into memory (kota.knowledge.snapshot) when `SearchGeneration` changes. `sdgs` holds
    SDG numbers and `core_areas` core area slugs, comma-separated."""

    item = models.OneToOneField(
        "knowledge.KnowledgeItem", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    kind = models.CharField(max_length=20)
    country = models.CharField(max_length=2)
    language = models.CharField(max_length=10)
    year = models.PositiveSmallIntegerField(null=True)
    published_at = models.DateTimeField(null=True)
    sdgs = models.CharField(max_length=100, blank=True)
    core_areas = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = "facet row"

    def __str__(self):
        return f"facets of item {self.item_id}"


class SearchGeneration(models.Model):
    """One row whose `token` is drawn again, at random, by every write to the search index
    or the facet rows, in the writing transaction. A process whose snapshot was read at
    another token reads it again. Random rather than counted, so that a rolled-back write
    followed by another never repeats a token a process has already seen."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "search generation"

    def __str__(self):
        return self.token


class SimilarItems(models.Model):
    """The ids of an item's "similar practices", best first, as kota.knowledge.search.similar
    found them when the search index was at `generation`: read by the item's page instead of
    scoring every published item on each view, and found again (once) after any write to the
    index. Not content of its own: the page cache does not count its writes."""

    item = models.OneToOneField(
        "knowledge.KnowledgeItem", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    generation = models.CharField(max_length=32)
    ids = models.JSONField(default=list)

    class Meta:
        verbose_name = "similar items"
        verbose_name_plural = "similar items"

    def __str__(self):
        return f"items similar to item {self.item_id}"
