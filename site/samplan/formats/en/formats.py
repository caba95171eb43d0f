"""English text, Norwegian dates: a register read in English still says «5. September 2026
14:30», not «Sept. 5, 2026, 2:30 p.m.». Numbers keep the English form."""

from django.conf.locale.nb.formats import (  # noqa: F401 - read by Django's format lookup
    DATE_FORMAT,
    DATE_INPUT_FORMATS,
    DATETIME_FORMAT,
    DATETIME_INPUT_FORMATS,
    FIRST_DAY_OF_WEEK,
    MONTH_DAY_FORMAT,
    SHORT_DATE_FORMAT,
    SHORT_DATETIME_FORMAT,
    TIME_FORMAT,
    YEAR_MONTH_FORMAT,
)
