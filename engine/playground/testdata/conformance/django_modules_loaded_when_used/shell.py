Item.full_clean.__qualname__
type(Item.validate_unique).__name__
Item(name="abcdefg").full_clean()
Item(name="xx").full_clean()
django.core.validators.MaxValueValidator(3).limit_value
from django.core import validators
validators.MinLengthValidator(2)("a")
import django.core.validators as v
v.validate_email is validators.validate_email
Item.full_clean.__qualname__
type(Item.validate_unique).__name__
import django.db
django.db.transaction.get_autocommit()
import django.utils
django.utils.timezone.is_aware(django.utils.timezone.now())
django.utils.functional.cached_property.__name__
django.core.files.storage.FileSystemStorage.__name__
