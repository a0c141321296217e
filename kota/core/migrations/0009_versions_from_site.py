"""The content and area versions now belong to `core` (kota.core.versions), so that apps below
the site shell, such as the member directory's index, can read them; site's 0004 forgets
them. Their tables stay where they are: nothing changes in the database."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0008_taxonomy_translations"),
        ("site", "0003_areaversion"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
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
                        (
                            "epoch",
                            models.CharField(db_default="", default="", max_length=32),
                        ),
                    ],
                    options={
                        "verbose_name": "content version",
                        "db_table": "core_contentversion",
                    },
                ),
                migrations.CreateModel(
                    name="AreaVersion",
                    fields=[
                        (
                            "area",
                            models.CharField(max_length=40, primary_key=True, serialize=False),
                        ),
                        ("number", models.PositiveBigIntegerField(default=0)),
                    ],
                    options={
                        "verbose_name": "area version",
                        "db_table": "site_areaversion",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
