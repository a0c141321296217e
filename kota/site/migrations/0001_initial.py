"""The site's pages and content version, which lived in `core` until the site shell became an
app of its own. Their tables stay where they are: this migration only tells Django's state
that `site` owns them (core's 0006 forgets them)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0005_content_version"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Page",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("slug", models.SlugField()),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("en", "English"),
                                    ("id", "Bahasa Indonesia"),
                                    ("zh-hans", "简体中文"),
                                ],
                                max_length=10,
                                verbose_name="language",
                            ),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        ("body", models.TextField(verbose_name="body (Markdown)")),
                        ("updated_at", models.DateTimeField(auto_now=True)),
                    ],
                    options={
                        "verbose_name": "page",
                        "db_table": "core_page",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("slug", "language"), name="page_slug_language"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ContentVersion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("number", models.PositiveBigIntegerField(default=0)),
                    ],
                    options={
                        "verbose_name": "content version",
                        "db_table": "core_contentversion",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
