import re

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


def test_a_focal_point_logs_in_and_out(client, personas, settings):
    response = client.post("/accounts/login/", {"username": "surabaya", "password": "pw-surabaya"})
    assert response.status_code == 302
    assert client.get("/me/").url == "/members/surabaya/"
    response = client.post("/accounts/logout/", follow=True)
    assert response.redirect_chain == [("/", 302)]
    assert "You are logged out." in response.content.decode()
    assert client.get("/me/").status_code == 302


def test_logging_out_says_so_in_the_readers_language_even_with_the_page_cache_on(
    client, personas, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/", HTTP_ACCEPT_LANGUAGE="id")  # the anonymous home page, now cached
    client.force_login(personas.surabaya)
    response = client.post("/accounts/logout/", follow=True, HTTP_ACCEPT_LANGUAGE="id")
    assert "Anda telah keluar." in response.content.decode()
    assert "Anda telah keluar." not in client.get("/", HTTP_ACCEPT_LANGUAGE="id").content.decode()


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


PROXY = "10.0.0.2"  # the reverse proxy every request comes through


def log_in(client, password, *, forwarded_for):
    return client.post(
        "/accounts/login/",
        {"username": "surabaya", "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_behind_a_trusted_proxy_one_clients_failures_lock_out_only_that_client(
    client, personas, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        log_in(client, "wrong", forwarded_for="203.0.113.9")
    assert log_in(client, "pw-surabaya", forwarded_for="203.0.113.9").status_code == 429
    # The proxy appends the address it saw; what the client wrote before it is not believed.
    assert (
        log_in(client, "pw-surabaya", forwarded_for="198.51.100.7, 203.0.113.9").status_code == 429
    )
    assert log_in(client, "pw-surabaya", forwarded_for="198.51.100.7").status_code == 302


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(client, personas, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(5):
        log_in(client, "wrong", forwarded_for=f"203.0.113.{n}")
    assert log_in(client, "pw-surabaya", forwarded_for="198.51.100.7").status_code == 429
