"""Settings shared by every environment. Environment-specific files import from here."""

import json
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent.parent

INSTALLED_APPS = [
    # Samplan's apps: the core first, then the feature apps that use it (README, "Layout").
    "planpages",
    "plantemplates",
    "collaboration",
    "notifications",
    "accesslog",
    "exports",
    "api",
    "municipal_admin",
    "invitations",
    "accounts",
    "demo",
    "wagtail_modeladmin",
    # Holds the task queue for the production worker (`manage.py db_worker`); see production.py.
    "django_tasks_db",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "samplan.request_id.RequestIdMiddleware",
    # /health/live/ and /health/ready/ for probes, before host checks and sessions.
    "samplan.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.sessions.SessionLifetimeMiddleware",
    "accounts.two_factor.SecondFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "planpages.middleware.NoStoreMiddleware",
    "planpages.middleware.MalformedIdMiddleware",
    # Record admin reads (denied ones too) before the guard answers a hidden plan with 404.
    "accesslog.middleware.AdminPlanReadMiddleware",
    "planpages.middleware.PlanAdminGuardMiddleware",
    "accounts.headers.ContentSecurityPolicyMiddleware",
    "accounts.headers.PermissionsPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
    # File storage out of reach: a 503 page in words, not a server error (samplan/storage_errors.py).
    "samplan.storage_errors.StorageUnavailableMiddleware",
]

ROOT_URLCONF = "samplan.urls"
# The sub-routes of every plan page (PlanPage.get_subpage_urls).
SAMPLAN_PLAN_ROUTES = "samplan.plan_routes.PLAN_ROUTES"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "samplan.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# The embedded default: concurrent writers wait their turn instead of failing with "database is
# locked" (IMMEDIATE takes the write lock at BEGIN; WAL lets readers run beside the writer).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=30,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = "/logg-inn/"
# One way in: the admin signs in through /logg-inn/ too, and account changes (which need the
# password again) live on /profil/.
WAGTAILADMIN_LOGIN_URL = "/logg-inn/"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# The admin calls no third party: no Gravatar (it would send a hash of every e-mail address
# shown) and no update check; the CSP would block both anyway.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", _("Norsk bokmål")),
    ("nn", _("Norsk nynorsk")),
    ("en", _("English")),
]
# Samplan's own messages, then what Wagtail's catalogues lack (the first path wins).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
FORMAT_MODULE_PATH = ["samplan.formats"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static_src"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Samplan"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Calendar files (collaboration/calendar.py): the public address their links start with. Unset, a
# link is built from the address the request came to, never from a fixed host.
SAMPLAN_BASE_URL = os.environ.get("SAMPLAN_BASE_URL", "")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False
# Admin comments would hold plan content outside the plan's access rule and access log, and
# notify subscribers who may no longer be on the plan.
WAGTAILADMIN_COMMENTS_ENABLED = False
# No moderation workflow: its previews and queues would show plan content outside the access
# rule and the access log (planpages/0009 detaches the default workflow as well).
WAGTAIL_WORKFLOW_ENABLED = False
# Wagtail ships no nynorsk catalogue: locale_admin/nn holds the admin's strings in nynorsk.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Plans hold PDFs only; documents are never served straight from storage.
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# How long the access log (innsynslogg) is kept; purge_access_log removes older records.
ACCESS_LOG_RETENTION_DAYS = int(os.environ.get("ACCESS_LOG_RETENTION_DAYS", str(10 * 365)))
# Cached plan PDFs live at most this long (their key also carries the day they were printed).
PLAN_PDF_CACHE_SECONDS = 24 * 60 * 60
# Retention of closed plans (exports/retention.py): purge_closed_plans removes a closed plan
# this many years after it was archived.
CLOSED_PLAN_RETENTION_YEARS = int(os.environ.get("CLOSED_PLAN_RETENTION_YEARS", "10"))
# Requests per API token (or per signed-in user, for session calls), counted in the cache.
SAMPLAN_API_RATE_LIMIT = os.environ.get("SAMPLAN_API_RATE_LIMIT", "300/min")

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Samplan <ikke-svar@samplan.local>")
# Where people report accessibility problems; named in the accessibility statement.
ACCESSIBILITY_CONTACT_EMAIL = os.environ.get("ACCESSIBILITY_CONTACT_EMAIL", "tilgjengelighet@samplan.local")

# Sign-in security (accounts/): see README "Sign-in and sessions".
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
SAMPLAN_REQUIRE_2FA = False
OTP_TOTP_ISSUER = "Samplan"
SAMPLAN_SESSION_IDLE_SECONDS = 30 * 60
SAMPLAN_SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60
SESSION_COOKIE_AGE = SAMPLAN_SESSION_ABSOLUTE_SECONDS
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours; a local administrator can unlock sooner
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_ip"
SAMPLAN_PROXY_COUNT = 0
# X-Forwarded-For is read only on requests from these addresses or networks (comma-separated).
SAMPLAN_TRUSTED_PROXIES = [
    proxy.strip() for proxy in os.environ.get("SAMPLAN_TRUSTED_PROXIES", "").split(",") if proxy.strip()
]
AXES_VERBOSE = False  # axes logs names and addresses; accounts.signals logs without them
AXES_SENSITIVE_PARAMETERS = ["password", "current_password", "new_password1", "new_password2", "token"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail 8's admin still renders inline <script> without nonces (InlinePanel, date pickers:
# 8 blocked on a plan's edit page under script-src 'self'), so /admin/ gets these directives
# instead (accounts/headers.py). Its styles need no exception. See README.
SAMPLAN_ADMIN_CSP_REPLACE = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-ancestors": ["'self'"],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "samplan.security": {"level": "INFO"},
        # axes logs usernames and addresses at WARNING; accounts.signals logs account ids.
        "axes": {"level": "ERROR"},
    },
}

# National identity numbers are kept only as an HMAC digest (accounts.identity); the key must
# stay the same for the life of the service, or nobody is recognised again.
SAMPLAN_PID_DIGEST_KEY = os.environ.get("SAMPLAN_PID_DIGEST_KEY", "dev-only-pid-digest-key")
SAMPLAN_ACCEPT_SYNTHETIC_PIDS = os.environ.get("SAMPLAN_ACCEPT_SYNTHETIC_PIDS", "1") == "1"

# Sign-in with ID-porten, and with a municipality's own provider for its staff (accounts/oidc,
# README "Innlogging med ID-porten"). Off until SAMPLAN_IDPORTEN_ISSUER is set.
SAMPLAN_IDPORTEN_ISSUER = os.environ.get("SAMPLAN_IDPORTEN_ISSUER", "")
SAMPLAN_IDPORTEN_CLIENT_ID = os.environ.get("SAMPLAN_IDPORTEN_CLIENT_ID", "")
SAMPLAN_IDPORTEN_PRIVATE_KEY = os.environ.get("SAMPLAN_IDPORTEN_PRIVATE_KEY", "")
SAMPLAN_IDPORTEN_PRIVATE_KEY_FILE = os.environ.get("SAMPLAN_IDPORTEN_PRIVATE_KEY_FILE", "")
SAMPLAN_IDPORTEN_KEY_ID = os.environ.get("SAMPLAN_IDPORTEN_KEY_ID", "")
SAMPLAN_IDPORTEN_ACR_VALUES = os.environ.get("SAMPLAN_IDPORTEN_ACR_VALUES", "idporten-loa-high")
SAMPLAN_STAFF_OIDC_PROVIDERS = json.loads(os.environ.get("SAMPLAN_STAFF_OIDC_PROVIDERS", "") or "{}")
AUTHENTICATION_BACKENDS += ["accounts.oidc.backend.ProviderBackend"]

# Invitations (invitations/): how long a link works, and how text messages are sent (the
# default sends none and logs nothing personal; see invitations/sms.py).
SAMPLAN_INVITATION_DAYS = int(os.environ.get("SAMPLAN_INVITATION_DAYS", "14"))
SAMPLAN_SMS_BACKEND = os.environ.get("SAMPLAN_SMS_BACKEND", "invitations.sms.NotSentBackend")
