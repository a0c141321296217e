"""Pages and the content version now belong to the `site` app (its 0001 takes them over);
their tables stay, so nothing changes in the database."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_content_version"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Page"),
                migrations.DeleteModel(name="ContentVersion"),
            ],
            database_operations=[],
        ),
    ]
