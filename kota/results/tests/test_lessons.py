"""Lessons learned: staff and board members write them on an activity, find them by a word,
and read them on the activity's section of its goal page."""

import pytest

from kota.results.factories import LessonFactory
from kota.results.models import Activity, Lesson
from kota.test import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(manifesto):
    return Activity.objects.get(strategy__goal__plan=manifesto, code="1.1.2")


@pytest.mark.parametrize("persona", ["secretariat", "board"])
def test_staff_and_board_members_add_lessons_to_an_activity(client, personas, activity, persona):
    client = client_for(client, getattr(personas, persona))
    response = client.post(
        "/results/manifesto-2021-2025/activities/1.1.2/lessons/",
        {"written_on": "2025-11-30", "text": "Peer exchanges beat lectures.", "tags": "training"},
    )
    assert response.url == "/results/manifesto-2021-2025/goals/1/#activity-1.1.2"
    lesson = Lesson.objects.get()
    assert (lesson.activity, lesson.author, lesson.tag_list) == (
        activity,
        getattr(personas, persona),
        ["training"],
    )
    page = client.get("/results/manifesto-2021-2025/goals/1/").content.decode()
    section = page.split('id="activity-1.1.2"')[1].split("</article>")[0]
    assert "Peer exchanges beat lectures." in section


@pytest.mark.parametrize("persona", ["surabaya", "anonymous"])
def test_others_neither_add_nor_read_lessons(client, personas, activity, persona):
    LessonFactory(activity=activity, author=personas.secretariat, text="Internal reflection")
    client = client_for(client, dict(personas.all())[persona])
    response = client.post(
        "/results/manifesto-2021-2025/activities/1.1.2/lessons/", {"text": "Spam"}
    )
    assert response.status_code in (302, 403) and Lesson.objects.count() == 1
    assert (
        "Internal reflection"
        not in client.get("/results/manifesto-2021-2025/goals/1/").content.decode()
    )


def test_lessons_are_found_by_a_word_in_their_text_or_tags(client, personas, activity):
    LessonFactory(activity=activity, author=personas.secretariat, text="Translate the toolkit")
    LessonFactory(activity=activity, author=personas.board, text="Start earlier", tags="Budget")
    LessonFactory(activity=activity, author=personas.board, text="Invite mayors in person")
    assert [lesson.text for lesson in Lesson.objects.search("TOOLKIT")] == ["Translate the toolkit"]
    assert [lesson.text for lesson in Lesson.objects.search("budget")] == ["Start earlier"]
    assert Lesson.objects.search("").count() == 3
    client = client_for(client, personas.board)
    page = client.get("/results/manifesto-2021-2025/lessons/", {"q": "mayors"}).content.decode()
    assert "Invite mayors in person" in page and "Start earlier" not in page
    assert "1 lesson" in page
