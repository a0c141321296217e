"""Kota's one settings module. Every value that differs between machines comes from the
environment (see the table in README.md); a bad value stops start-up with a message that names it.
"""

import os
import secrets
import sys
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
TESTING = "pytest" in sys.modules


def env_secret(name, default=None):
    """Read NAME, or the contents of the file named by NAME_FILE (for container secrets)."""
    path = env.str(f"{name}_FILE", default="")
    if path:
        try:
            return Path(path).read_text().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={path} cannot be read: {exc}") from exc
    return env.str(name, default=default)


def env_bool(name, default):
    """true/false, yes/no, on/off or 1/0; anything else stops start-up."""
    raw = env.str(name, default="").strip().lower()
    if not raw:
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = env_secret("SECRET_KEY", default="")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Production mode (DEBUG=false) needs a real secret of at "
            "least 50 characters, e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    # Development and tests only: a fresh key per process, never a shared dummy.
    SECRET_KEY = secrets.token_urlsafe(50)
elif not (DEBUG or TESTING) and (
    len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("django-insecure", "change"))
):
    raise ImproperlyConfigured("SECRET_KEY is too weak for production: use 50+ random characters.")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])


def site_url(raw):
    """The address people reach Kota at, for absolute links in emails: an http(s) URL with a
    host and no query or fragment, kept without its trailing slash."""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ImproperlyConfigured(
            f"SITE_URL must be an absolute http(s) address such as https://kota.example.org, "
            f"not {raw!r}"
        )
    return raw.rstrip("/")


# Required in production, where a wrong default would send people links to nowhere.
SITE_URL = env.str("SITE_URL", default="")
if SITE_URL:
    SITE_URL = site_url(SITE_URL)
elif DEBUG or TESTING:
    SITE_URL = "http://127.0.0.1:8000"
else:
    raise ImproperlyConfigured(
        "SITE_URL is not set. Production mode (DEBUG=false) needs the address people reach "
        "Kota at, e.g. SITE_URL=https://kota.example.org, for the links in emails."
    )

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",  # serves the API docs page's Swagger UI from its own static files, not a CDN
    "csp",
    "simple_history",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "anymail",
    "kota.core",
    "kota.members",
    "kota.mailings",
    "kota.governance",
    "kota.dues",
    "kota.results",
    "kota.workplans",
    "kota.knowledge",
    "kota.events",
    "kota.partners",
    "kota.projects",
    "kota.cooperation",
    "kota.surveys",
    "kota.site",
    "kota.api",
    "kota.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "kota.site.compression.CompressionMiddleware",  # above the page cache: its pages too
    "kota.lib.web.VaryOnHtmxMiddleware",
    "kota.site.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "kota.api.errors.ErrorShapeMiddleware",
]

if env_bool("SERVER_TIMING", default=False):
    MIDDLEWARE.insert(0, "kota.site.middleware.ServerTimingMiddleware")

ROOT_URLCONF = "kota.urls"
WSGI_APPLICATION = "kota.wsgi.application"
AUTH_USER_MODEL = "core.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kota.site.context_processors.kota",
                "kota.demo.context_processors.demo",
            ],
        },
    },
    {
        # The fragments that repeat most on a page (kota.lib.jinja); Django's engine first.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "NAME": "jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "kota.lib.jinja.environment"},
    },
]

# Database: SQLite in WAL mode by default, DATABASE_URL for PostgreSQL.
SQLITE_PATH = env.path("SQLITE_PATH", default=BASE_DIR / "var" / "kota.sqlite3")
try:
    DATABASES = {
        "default": env.db_url("DATABASE_URL", default=f"sqlite:///{SQLITE_PATH}"),
    }
except (ValueError, KeyError) as exc:
    raise ImproperlyConfigured(
        f"DATABASE_URL is not a database URL Kota understands: {exc}"
    ) from exc
DATABASE_ENGINE = DATABASES["default"]["ENGINE"]
if DATABASE_ENGINE == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
            ),
        }
    )
    # Reused like PostgreSQL's: opening the file and running the PRAGMAs costs more than a
    # cached page. Not in tests, whose threads share one file.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0 if TESTING else 60)
    # A file (not memory) so live-server and concurrency tests share it; one per test process
    # so that two runs on one machine do not step on each other.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / f"test-{os.getpid()}.sqlite3")}
elif DATABASE_ENGINE in ("django.db.backends.postgresql", "django.db.backends.postgresql_psycopg2"):
    DATABASES["default"]["ENGINE"] = "django.db.backends.postgresql"
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # One test database per test process, so that two runs on one server do not collide.
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}_{os.getpid()}"}
else:
    raise ImproperlyConfigured(f"Kota supports SQLite and PostgreSQL, not {DATABASE_ENGINE}.")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "site:dashboard"
LOGOUT_REDIRECT_URL = "site:home"

# Login throttling: AXES_FAILURE_LIMIT failed attempts per user name and address lock it out.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_ENABLED = env_bool("AXES_ENABLED", default=True)
# Behind reverse proxies, the client's address is read from X-Forwarded-For, trusting as many
# entries from its end as there are proxies (kota.lib.web.client_address); 0: never read.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(
        f"TRUSTED_PROXY_COUNT must be 0 or the number of proxies in front of Kota, "
        f"not {TRUSTED_PROXY_COUNT}"
    )
AXES_CLIENT_IP_CALLABLE = "kota.lib.web.client_address"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("id", "Bahasa Indonesia"), ("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = DEBUG or TESTING
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
MEDIA_URL = "media/"

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Kota <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# An email service's API instead of SMTP, through django-anymail: EMAIL_BACKEND names its
# backend (e.g. anymail.backends.mailgun.EmailBackend) and every ANYMAIL_<NAME> variable
# becomes the ANYMAIL setting <NAME> (e.g. ANYMAIL_MAILGUN_API_KEY,
# ANYMAIL_MAILGUN_WEBHOOK_SIGNING_KEY, ANYMAIL_WEBHOOK_SECRET for the bounce webhooks).
if env.str("EMAIL_BACKEND", default=""):
    EMAIL_BACKEND = env.str("EMAIL_BACKEND")
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in os.environ.items()
    if name.startswith("ANYMAIL_")
}
# Mailings: messages a minute (0: no limit), messages per task, and how long a sender's claim
# on a mailing lasts without news before another worker takes over (kota/mailings/sending.py).
MAILINGS_RATE_PER_MINUTE = env.int("MAILINGS_RATE_PER_MINUTE", default=600)
MAILINGS_BATCH_SIZE = env.int("MAILINGS_BATCH_SIZE", default=500)
MAILINGS_LEASE_SECONDS = env.int("MAILINGS_LEASE_SECONDS", default=120)

TASKS = {
    "default": {
        "BACKEND": env.str(
            "TASKS_BACKEND",
            default=(
                "django_tasks.backends.immediate.ImmediateBackend"
                if TESTING
                else "django_tasks_db.DatabaseBackend"
            ),
        ),
    }
}

# Anonymous pages are cached per process for this long, keyed by a content version that every
# committed write increments, so they are never stale (kota/site/pagecache.py); 0 turns it off.
# Off in tests, but for the tests of the cache itself.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if TESTING else 600)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kota-pages",
        "OPTIONS": {"MAX_ENTRIES": env.int("PAGE_CACHE_ENTRIES", default=2000)},
    },
}

# Uploads (imports, evidence files): a file larger than this is refused before it is read
# (kota.lib.uploads).
UPLOAD_MAX_MB = env.int("UPLOAD_MAX_MB", default=10)
if UPLOAD_MAX_MB < 1:
    raise ImproperlyConfigured(
        f"UPLOAD_MAX_MB must be a whole number of MB, 1 or more, not {UPLOAD_MAX_MB}"
    )
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy: everything Kota serves comes from Kota itself; no inline scripts or
# styles anywhere (behaviour lives in static/kota/*.js), so none need allowing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
if not (DEBUG or TESTING):  # tests check these in a production subprocess (test_security.py)
    # Behind a TLS-terminating proxy that sets X-Forwarded-Proto. HSTS is only ever sent on
    # HTTPS responses; SECURE_SSL_REDIRECT=false for a plain-HTTP test server on loopback.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

KOTA_NAME = env.str("KOTA_NAME", default="UCLG ASPAC")
DIRECTORY_PAGE_SIZE = 25

# Dues: reminders this many days before and after an invoice's due date.
DUES_REMINDER_DAYS_BEFORE = env.list("DUES_REMINDER_DAYS_BEFORE", cast=int, default=[30, 7])
DUES_REMINDER_DAYS_AFTER = env.list("DUES_REMINDER_DAYS_AFTER", cast=int, default=[7, 30, 60])
