import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_a_focal_point_logs_in_and_out(client, personas, settings):
    response = client.post("/accounts/login/", {"username": "surabaya", "password": "pw-surabaya"})
    assert response.status_code == 302
    assert client.get("/me/").url == "/members/surabaya/"
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert client.get("/me/").status_code == 302


def test_a_wrong_password_is_refused_with_a_message(client, personas):
    response = client.post("/accounts/login/", {"username": "surabaya", "password": "nope"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_login_is_locked_after_five_failures_even_with_the_right_password(client, personas):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "surabaya", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "surabaya", "password": "pw-surabaya"})
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_password_is_reset_by_email(client, personas):
    response = client.post("/accounts/password_reset/", {"email": "fp@surabaya.example"})
    assert response.status_code == 302
    [message] = mail.outbox
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {
            "new_password1": "a-much-better-passphrase",
            "new_password2": "a-much-better-passphrase",
        },
    )
    assert response.status_code == 302
    assert (
        client.post(
            "/accounts/login/", {"username": "surabaya", "password": "a-much-better-passphrase"}
        ).status_code
        == 302
    )


def test_an_unknown_email_gets_the_same_answer_and_no_mail(client, personas):
    response = client.post("/accounts/password_reset/", {"email": "who@nowhere.example"})
    assert response.status_code == 302
    assert mail.outbox == []
