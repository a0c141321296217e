"""The content and area versions now belong to `core` (its 0009 takes them over); their tables
stay, so nothing changes in the database."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("site", "0003_areaversion"),
        ("core", "0009_versions_from_site"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ContentVersion"),
                migrations.DeleteModel(name="AreaVersion"),
            ],
            database_operations=[],
        ),
    ]
