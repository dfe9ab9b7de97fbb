for text in ["1 day, 2:03:04", "2:03", "15", "1:2:3.5", "-1 day, 23:59:59", "P1DT2H", "P1.5D", "P1,5D", "-P1DT1H", "+PT0.5S", "PT90M", "P2W", "P1W2D", "3 days 04:05:06", "1 day -04:05:06.5", "bogus", "P1Y"]:
    try:
        t = Task(name=text, spent=text)
        t.full_clean()
        print(repr(text), repr(t.spent))
    except Exception as e:
        print(repr(text), type(e).__name__, e)

Task.objects.create(name="iso", spent="P1DT2H")
Task.objects.filter(spent__gt="PT1H").values_list("name", "spent")
Task.objects.filter(spent="26:00:00").count()
Task.objects.filter(spent="P1W").count()
