"""The CEE rating: the consolidation rule (median of raters, missing raters left out), the
ranking with ties, validation and publication, and the history of scores."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from kota.surveys.factories import cee_edition, cee_framework
from kota.surveys.models import CountryScore, Edition, Rating
from kota.surveys.models.cee import competition_ranks, median_score

pytestmark = pytest.mark.django_db


def scores_of(edition, code):
    return list(
        CountryScore.objects.filter(edition=edition, country_id=code)
        .order_by("criterion__position")
        .values_list("score", flat=True)
    )


def test_the_median_of_raters_with_even_counts_and_missing_ratings():
    assert median_score([1, 4, 2]) == Decimal("2.00")
    assert median_score([1, 2, 4, 4]) == Decimal("3.00")
    assert median_score([1, 2]) == Decimal("1.50")
    assert median_score([3, None, None]) == Decimal("3.00")
    assert median_score([None, None]) is None
    assert median_score([]) is None


def test_ranks_share_a_place_and_skip_the_next():
    ranked = competition_ranks(
        {"ID": Decimal("3.1"), "PH": Decimal("2.5"), "VN": Decimal("3.1"), "TH": Decimal("2")}
    )
    assert ranked == [
        (1, "ID", Decimal("3.1")),
        (1, "VN", Decimal("3.1")),
        (3, "PH", Decimal("2.5")),
        (4, "TH", Decimal("2")),
    ]


def test_consolidation_follows_the_documented_rule(personas):
    edition = cee_edition(
        ratings={
            "ID": [[4, 2, 3], [2, None, 3], [3, 2, 1], [1, None, None]],
            "PH": [[2, 2, 2]],
        }
    )
    assert edition.consolidate(personas.secretariat) == 6
    # ID: criterion 1 median of 4, 2, 3, 1 = 2.5; criterion 2: the two raters who rated it;
    # criterion 3: median of 3, 3, 1.
    assert scores_of(edition, "ID") == [Decimal("2.50"), Decimal("2.00"), Decimal("3.00")]
    assert scores_of(edition, "PH") == [Decimal("2.00")] * 3
    assert edition.consolidate(personas.secretariat) == 0  # nothing changed


def test_a_criterion_nobody_rated_has_no_score_and_its_country_no_rank(personas):
    edition = cee_edition(ratings={"ID": [[4, None, 3]], "PH": [[2, 2, 2]], "VN": [[2, 2, 2]]})
    edition.consolidate(personas.secretariat)
    assert scores_of(edition, "ID") == [Decimal("4.00"), None, Decimal("3.00")]
    table = edition.table()
    ranked = [(row["rank"], row["country"].code, row["overall"]) for row in table["countries"]]
    assert ranked == [(1, "PH", Decimal("2.00")), (1, "VN", Decimal("2.00")), (None, "ID", None)]


def test_a_changed_rating_loses_the_validation_and_the_history_keeps_both(personas):
    edition = cee_edition(ratings={"ID": [[4, 2, 3], [2, 2, 3]]})
    edition.consolidate(personas.secretariat)
    assert edition.validate_scores(personas.secretariat) == 3
    rating = Rating.objects.get(rater__name="Rater 1", criterion__slug="c1")
    rating.score = 4
    rating.save()
    assert edition.consolidate(personas.secretariat) == 1
    score = CountryScore.objects.get(edition=edition, country_id="ID", criterion__slug="c1")
    assert score.score == Decimal("4.00") and score.validated_at is None
    assert [h.score for h in score.history.order_by("history_date")] == [
        Decimal("3.00"),
        Decimal("3.00"),
        Decimal("4.00"),
    ]
    assert rating.history.count() == 2


def test_publishing_needs_every_score_validated_and_freezes_the_scores(personas):
    edition = cee_edition(ratings={"ID": [[4, 2, 3]]})
    with pytest.raises(ValidationError):
        edition.publish(personas.secretariat)
    edition.consolidate(personas.secretariat)
    with pytest.raises(ValidationError):
        edition.publish(personas.secretariat)
    with pytest.raises(PermissionDenied):
        edition.validate_scores(personas.surabaya)
    edition.validate_scores(personas.secretariat)
    edition.publish(personas.secretariat)
    assert edition.status == Edition.Status.PUBLISHED
    with pytest.raises(ValidationError):
        edition.consolidate(personas.secretariat)


def test_a_draft_edition_is_hidden_from_visitors_and_focal_points(client, personas):
    edition = cee_edition(ratings={"ID": [[4, 2, 3]]})
    assert client.get(edition.get_absolute_url()).status_code == 404
    assert client.get(f"/api/v1/cee/{edition.slug}").status_code == 404
    client.force_login(personas.board)
    assert client.get(edition.get_absolute_url()).status_code == 200


def test_pages_and_api_of_a_published_edition(client, personas):
    framework = cee_framework()
    old = cee_edition(framework, year=2018, ratings={"ID": [[1, 1, 1]], "PH": [[2, 2, 2]]})
    new = cee_edition(
        framework, year=2023, ratings={"ID": [[3, 3, 3]], "PH": [[3, 3, 3]], "VN": [[1, 2, 1]]}
    )
    for edition in (old, new):
        edition.consolidate(personas.secretariat)
        edition.validate_scores(personas.secretariat)
        edition.publish(personas.secretariat)
    page = client.get(new.get_absolute_url()).content.decode()
    assert "median of the scores" in page
    assert page.index("Indonesia") < page.index("Viet Nam")
    country = client.get(f"{new.get_absolute_url()}ID/").content.decode()
    assert "2018" in country and "2023" in country
    compare = client.get("/surveys/cee/compare/").content.decode()
    assert "3.00 (#1)" in compare and "1.00 (#2)" in compare
    data = client.get(f"/api/v1/cee/{new.slug}").json()
    ranks = {row["country"]: row["rank"] for row in data["countries"]}
    assert ranks == {"ID": 1, "PH": 1, "VN": 3}
    assert data["countries"][0]["scores"] == {"c1": "3.00", "c2": "3.00", "c3": "3.00"}


COUNTRIES = ["ID", "PH", "MY", "TH", "VN", "KH", "LA", "MM", "BD", "NP"]


@pytest.mark.parametrize("countries", [2, 10])
def test_the_edition_pages_run_the_same_queries_at_any_size(
    client, personas, django_assert_num_queries, countries
):
    edition = cee_edition(ratings={code: [[2, 3, 4], [3, 3, 1]] for code in COUNTRIES[:countries]})
    edition.consolidate(personas.secretariat)
    edition.validate_scores(personas.secretariat)
    edition.publish(personas.secretariat)
    with django_assert_num_queries(4):
        assert client.get(edition.get_absolute_url()).status_code == 200
    with django_assert_num_queries(3):
        assert client.get(f"/api/v1/cee/{edition.slug}").status_code == 200
    with django_assert_num_queries(3):  # one edition: two queries per edition compared
        assert client.get("/surveys/cee/compare/").status_code == 200
    with django_assert_num_queries(5):
        assert client.get(f"{edition.get_absolute_url()}ID/").status_code == 200
