Student.objects.create(name="Zoe", age=15, home_group="5B")
Student.objects.create(name="Adam", age=14, home_group="4A")
Student.objects.values_list("name", flat=True)
Teacher.objects.create(name="Mr Brown", age=40, subject="Maths")
Teacher.objects.all()
Student.objects.filter(age__lt=15).first().name
CommonInfo.objects.all()
