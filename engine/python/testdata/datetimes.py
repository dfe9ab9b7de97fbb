import datetime
from datetime import date, timedelta, timezone
d = datetime.date(2005, 7, 27)
assert repr(d) == "datetime.date(2005, 7, 27)" and str(d) == "2005-07-27"
assert (d.year, d.month, d.day) == (2005, 7, 27) and d.weekday() == 2 and d.isoweekday() == 3
assert d.isoformat() == "2005-07-27" and d.strftime("%d/%m/%Y %A %b %j") == "27/07/2005 Wednesday Jul 208"
assert f"{d:%Y-%m-%d}" == "2005-07-27" and f"{d}" == "2005-07-27" and "{:%B}".format(d) == "July"
assert d + timedelta(days=10) == date(2005, 8, 6) and d - timedelta(days=27) == date(2005, 6, 30)
assert date(2005, 8, 6) - d == timedelta(days=10)
assert d < date(2006, 1, 1) and d == date(2005, 7, 27) and d != date(2005, 7, 28)
assert d.replace(year=2010) == date(2010, 7, 27) and date.fromisoformat("2020-02-29") == date(2020, 2, 29)
assert date(2020, 1, 1).toordinal() == 737425 and date.fromordinal(737425) == date(2020, 1, 1)
assert date(2024, 12, 30).isocalendar() == (2025, 1, 1)
assert {d: 1}[date(2005, 7, 27)] == 1
assert date.today() == date(2024, 3, 15)  # ormfiddle-only
date(2005, 13, 1)  ### "ValueError: month must be in 1..12"
date(2005, 2, 29)  ### "ValueError: day is out of range for month"
date(0, 1, 1)  ### "ValueError: year 0 is out of range"
date(2005, 1)  ### "TypeError: function missing required argument 'day' \(pos 3\)"
date(2005.0, 1, 1)  ### "TypeError: 'float' object cannot be interpreted as an integer"
date(9999, 12, 31) + timedelta(days=1)  ### "OverflowError: date value out of range"
d + 1  ### "TypeError: unsupported operand type\(s\) for \+: 'datetime.date' and 'int'"
d < 1  ### "TypeError: '<' not supported between instances of 'datetime.date' and 'int'"
---
from datetime import datetime, timedelta, timezone, time
dt = datetime(2020, 1, 1, 12, 0)
assert repr(dt) == "datetime.datetime(2020, 1, 1, 12, 0)" and str(dt) == "2020-01-01 12:00:00"
assert repr(datetime(2020, 1, 1, 12, 30, 5, 7)) == "datetime.datetime(2020, 1, 1, 12, 30, 5, 7)"
assert dt.isoformat() == "2020-01-01T12:00:00" and dt.isoformat(" ") == "2020-01-01 12:00:00"
assert datetime(2020, 1, 1, 0, 0, 0, 500).isoformat() == "2020-01-01T00:00:00.000500"
assert dt.strftime("%H:%M:%S %p %I") == "12:00:00 PM 12" and f"{dt:%Y-%m-%d %H:%M}" == "2020-01-01 12:00"
assert dt + timedelta(hours=13) == datetime(2020, 1, 2, 1, 0) and dt - datetime(2019, 12, 31) == timedelta(days=1, hours=12)
assert dt.date() == datetime(2020, 1, 1).date() and dt.time() == time(12, 0)
assert isinstance(dt, datetime) and isinstance(dt, datetime.__mro__[1])
assert dt.replace(hour=1).hour == 1 and dt.minute == 0 and dt.tzinfo is None
aware = datetime(2020, 1, 1, 12, 0, tzinfo=timezone.utc)
assert repr(aware) == "datetime.datetime(2020, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)"
assert str(aware) == "2020-01-01 12:00:00+00:00" and aware.isoformat() == "2020-01-01T12:00:00+00:00"
cet = timezone(timedelta(hours=1))
assert repr(cet) == "datetime.timezone(datetime.timedelta(seconds=3600))" and str(cet) == "UTC+01:00"
assert aware.astimezone(cet) == aware and str(aware.astimezone(cet)) == "2020-01-01 13:00:00+01:00"
assert datetime(2020, 1, 1, 13, 0, tzinfo=cet) == aware
assert aware != dt
assert datetime.fromisoformat("2020-01-01T12:00:00+00:00") == aware
assert datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M") == datetime(2021, 3, 4, 5, 6)
assert datetime.now() == datetime(2024, 3, 15, 10, 30, 45, 123)  # ormfiddle-only
assert datetime.now(timezone.utc).tzinfo == timezone.utc
assert datetime.combine(datetime(2020, 5, 6).date(), time(7, 8)) == datetime(2020, 5, 6, 7, 8)
aware < dt  ### "TypeError: can't compare offset-naive and offset-aware datetimes"
aware - dt  ### "TypeError: can't subtract offset-naive and offset-aware datetimes"
datetime(2020, 1, 1, 24)  ### "ValueError: hour must be in 0..23"
datetime(2020, 1, 1, 0, 60)  ### "ValueError: minute must be in 0..59"
datetime.strptime("x", "%Y")  ### "ValueError: time data 'x' does not match format '%Y'"
---
from datetime import timedelta, time
td = timedelta(days=1, seconds=5)
assert repr(td) == "datetime.timedelta(days=1, seconds=5)" and str(td) == "1 day, 0:00:05"
assert str(timedelta(days=-1, seconds=5)) == "-1 day, 0:00:05" and str(timedelta(0)) == "0:00:00"
assert repr(timedelta()) == "datetime.timedelta(0)" and str(timedelta(days=2, microseconds=6)) == "2 days, 0:00:00.000006"
assert timedelta(hours=1.5) == timedelta(minutes=90) and timedelta(weeks=1).days == 7
assert timedelta(seconds=-1) == timedelta(days=-1, seconds=86399)
assert td.total_seconds() == 86405.0 and timedelta(hours=1) * 2 == timedelta(hours=2)
assert timedelta(hours=1) / timedelta(minutes=30) == 2.0 and timedelta(hours=1) // 2 == timedelta(minutes=30)
assert -timedelta(hours=1) == timedelta(hours=-1) and abs(timedelta(hours=-1)) == timedelta(hours=1)
assert timedelta(1) > timedelta(0) and not timedelta(0) and bool(td)
t = time(9, 30)
assert repr(t) == "datetime.time(9, 30)" and str(t) == "09:30:00" and t.isoformat() == "09:30:00"
assert t < time(10) and t.strftime("%H%M") == "0930" and t.hour == 9
timedelta(days=10**9)  ### "OverflowError: days=1000000000; must have magnitude <= 999999999"
time(25)  ### "ValueError: hour must be in 0..23"
