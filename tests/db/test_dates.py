import pytest

from db.dates import format_partial, format_range, parse_partial, precision


@pytest.mark.parametrize("text,prec", [("2015", "year"), ("2015-06", "month"), ("2015-06-12", "day")])
def test_partial_dates_keep_their_precision(text, prec):
    assert parse_partial(text) == text
    assert precision(text) == prec


@pytest.mark.parametrize("bad", ["2015-13", "2015-02-30", "15", "June 2015", "2015/06", "2015-6"])
def test_invalid_dates_are_refused(bad):
    with pytest.raises(ValueError):
        parse_partial(bad)


def test_dates_print_as_entered_never_inventing_a_day():
    assert format_partial("2015-06") == "June 2015"
    assert format_partial("2015-06-01") == "1 June 2015"
    assert format_range("2014", "2016") == "2014\u20132016"
    assert format_range("2015-06", "2015-08") == "June\u2013August 2015"
    assert format_range("2015", None) == "2015"
    assert format_range(None, None) == "date unknown"
    assert parse_partial("  ") is None
