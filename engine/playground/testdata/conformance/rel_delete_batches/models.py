from django.db import models


class Folder(models.Model):
    name = models.CharField(max_length=20)
    favourite = models.ForeignKey('File', on_delete=models.SET_NULL, null=True, related_name='+')

    def __str__(self):
        return self.name


class File(models.Model):
    name = models.CharField(max_length=20)
    folder = models.ForeignKey(Folder, on_delete=models.CASCADE)
    pinned_in = models.ForeignKey(Folder, on_delete=models.SET_NULL, null=True, related_name='pins')


class Tag(models.Model):
    file = models.ForeignKey(File, on_delete=models.CASCADE)
    label = models.CharField(max_length=10)
