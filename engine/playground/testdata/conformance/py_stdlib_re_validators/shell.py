from myapp.models import Tag
Tag(name="café-crème", code="AB12", loose="xABCx").full_clean()
Tag(name="café crème", code="ab12", loose="xyz").full_clean()
