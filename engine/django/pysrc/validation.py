# Model validation as in Django 3.2: Field.clean (to_python, validate,
# run_validators) and Model.full_clean, clean_fields, clean,
# validate_unique with their helpers. The functions named like Model
# methods become methods of models.Model; _field_* ones back the Field
# methods.

_FIELD_ERROR_MESSAGES = {
    'invalid_choice': 'Value %(value)r is not a valid choice.',
    'null': 'This field cannot be null.',
    'blank': 'This field cannot be blank.',
    'unique': '%(model_name)s with this %(field_label)s already exists.',
    'unique_for_date': '%(field_label)s must be unique for %(date_field_label)s %(lookup_type)s.',
}

_CLASS_ERROR_MESSAGES = {
    'AutoField': {'invalid': '“%(value)s” value must be an integer.'},
    'BigAutoField': {'invalid': '“%(value)s” value must be an integer.'},
    'SmallAutoField': {'invalid': '“%(value)s” value must be an integer.'},
    'BooleanField': {
        'invalid': '“%(value)s” value must be either True or False.',
        'invalid_nullable': '“%(value)s” value must be either True, False, or None.',
    },
    'NullBooleanField': {
        'invalid': '“%(value)s” value must be either None, True or False.',
        'invalid_nullable': '“%(value)s” value must be either None, True or False.',
    },
    'DateField': {
        'invalid': '“%(value)s” value has an invalid date format. It must be in YYYY-MM-DD format.',
        'invalid_date': '“%(value)s” value has the correct format (YYYY-MM-DD) but it is an invalid date.',
    },
    'DateTimeField': {
        'invalid': '“%(value)s” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.',
        'invalid_date': '“%(value)s” value has the correct format (YYYY-MM-DD) but it is an invalid date.',
        'invalid_datetime': '“%(value)s” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time.',
    },
    'DecimalField': {'invalid': '“%(value)s” value must be a decimal number.'},
    'DurationField': {'invalid': '“%(value)s” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format.'},
    'FloatField': {'invalid': '“%(value)s” value must be a float.'},
    'IntegerField': {'invalid': '“%(value)s” value must be an integer.'},
    'BigIntegerField': {'invalid': '“%(value)s” value must be an integer.'},
    'SmallIntegerField': {'invalid': '“%(value)s” value must be an integer.'},
    'PositiveIntegerField': {'invalid': '“%(value)s” value must be an integer.'},
    'PositiveSmallIntegerField': {'invalid': '“%(value)s” value must be an integer.'},
    'PositiveBigIntegerField': {'invalid': '“%(value)s” value must be an integer.'},
    'TimeField': {
        'invalid': '“%(value)s” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.',
        'invalid_time': '“%(value)s” value has the correct format (HH:MM[:ss[.uuuuuu]]) but it is an invalid time.',
    },
    'UUIDField': {'invalid': '“%(value)s” is not a valid UUID.'},
    'JSONField': {'invalid': 'Value must be valid JSON.'},
    'ForeignKey': {'invalid': '%(model)s instance with %(field)s %(value)r does not exist.'},
    'OneToOneField': {'invalid': '%(model)s instance with %(field)s %(value)r does not exist.'},
}


def _field_error_messages(field, own):
    messages = dict(_FIELD_ERROR_MESSAGES)
    messages.update(_CLASS_ERROR_MESSAGES.get(type(field).__name__, {}))
    if _FK_INVALID_CHOICE and type(field).__name__ in ('ForeignKey', 'OneToOneField'):
        messages['invalid'] = '%(model)s instance with %(field)s %(value)r is not a valid choice.'
    messages.update(own or {})
    return messages


def _field_validators(field, own):
    # [*self.default_validators, *self._validators], then what the
    # constructors and the validators properties add.
    cls = type(field).__name__
    out = []
    if cls == 'EmailField':
        out.append(validate_email)
    elif cls == 'SlugField':
        out.append(validate_unicode_slug if getattr(field, 'allow_unicode', False) else validate_slug)
    elif cls == 'URLField':
        out.append(URLValidator())
    elif cls == 'GenericIPAddressField':
        out.extend(ip_address_validators(getattr(field, 'protocol', 'both'), False))
    out.extend(own or [])
    if cls in ('CharField', 'EmailField', 'SlugField', 'URLField', 'FileField', 'ImageField',
               'FilePathField', 'CommaSeparatedIntegerField') and field.max_length is not None:
        out.append(MaxLengthValidator(field.max_length))
    if cls == 'DecimalField':
        out.append(DecimalValidator(field.max_digits, field.decimal_places))
    if _SQLITE_INTEGER_RANGES and cls in _INTEGER_CLASSES:
        # IntegerField.validators: the range of the column type
        # (connection.ops.integer_field_range).
        if cls.startswith('Positive'):
            min_value, max_value = 0, 9223372036854775807
        else:
            min_value, max_value = -9223372036854775808, 9223372036854775807
        if not any(isinstance(v, MinValueValidator) and (v.limit_value() if callable(v.limit_value) else v.limit_value) >= min_value for v in out):
            out.append(MinValueValidator(min_value))
        if not any(isinstance(v, MaxValueValidator) and (v.limit_value() if callable(v.limit_value) else v.limit_value) <= max_value for v in out):
            out.append(MaxValueValidator(max_value))
    return out


_INTEGER_CLASSES = ('IntegerField', 'BigIntegerField', 'SmallIntegerField', 'PositiveIntegerField',
                    'PositiveSmallIntegerField', 'PositiveBigIntegerField', 'AutoField', 'BigAutoField',
                    'SmallAutoField')


def _field_run_validators(field, value):
    if value in field.empty_values:
        return

    errors = []
    for v in field.validators:
        try:
            v(value)
        except ValidationError as e:
            if hasattr(e, 'code') and e.code in field.error_messages:
                e.message = field.error_messages[e.code]
            errors.extend(e.error_list)

    if errors:
        raise ValidationError(errors)


def _field_validate(field, value, model_instance):
    cls = type(field).__name__
    if cls in ('ForeignKey', 'OneToOneField') and field.remote_field.parent_link:
        return
    if not field.editable:
        # Skip validation for non-editable fields.
        return

    if field.choices is not None and value not in field.empty_values:
        for option_key, option_value in field.choices:
            if isinstance(option_value, (list, tuple)):
                # This is an optgroup, so look inside the group for
                # options.
                for optgroup_key, optgroup_value in option_value:
                    if value == optgroup_key:
                        return
            elif value == option_key:
                return
        raise ValidationError(
            field.error_messages['invalid_choice'],
            code='invalid_choice',
            params={'value': value},
        )

    if value is None and not field.null:
        raise ValidationError(field.error_messages['null'], code='null')

    if not field.blank and value in field.empty_values:
        raise ValidationError(field.error_messages['blank'], code='blank')

    if cls in ('ForeignKey', 'OneToOneField'):
        # ForeignKey.validate: the related object must exist.
        if value is None:
            return
        rel = field.remote_field
        qs = rel.model._base_manager.filter(**{rel.field_name: value})
        if not qs.exists():
            raise ValidationError(
                field.error_messages['invalid'],
                code='invalid',
                params={
                    'model': rel.model._meta.verbose_name, 'pk': value,
                    'field': rel.field_name, 'value': value,
                },
            )


def _field_clean(field, value, model_instance):
    value = field.to_python(value)
    field.validate(value, model_instance)
    field.run_validators(value)
    return value


def capfirst(x):
    if not x:
        return x
    x = str(x)
    return x[0].upper() + x[1:]


def get_text_list(list_, last_word='or'):
    if not list_:
        return ''
    if len(list_) == 1:
        return str(list_[0])
    return '%s %s %s' % (', '.join([str(i) for i in list_[:-1]]), str(last_word), str(list_[-1]))


def clean(self):
    """Hook for model-wide validation, run by full_clean()."""
    pass


def validate_unique(self, exclude=None):
    unique_checks, date_checks = self._get_unique_checks(exclude=exclude)

    errors = self._perform_unique_checks(unique_checks)
    date_errors = self._perform_date_checks(date_checks)

    for k, v in date_errors.items():
        errors.setdefault(k, []).extend(v)

    if errors:
        raise ValidationError(errors)


def _get_unique_checks(self, exclude=None):
    if exclude is None:
        exclude = []
    unique_checks = []

    unique_togethers = [(self.__class__, self._meta.unique_together)]
    constraints = [(self.__class__, self._meta.total_unique_constraints)]
    for parent_class in self._meta.get_parent_list():
        if parent_class._meta.unique_together:
            unique_togethers.append((parent_class, parent_class._meta.unique_together))
        if parent_class._meta.total_unique_constraints:
            constraints.append(
                (parent_class, parent_class._meta.total_unique_constraints)
            )

    for model_class, unique_together in unique_togethers:
        for check in unique_together:
            if not any([name in exclude for name in check]):
                # Add the check if the field isn't excluded.
                unique_checks.append((model_class, tuple(check)))

    if not _VALIDATE_CONSTRAINTS:
        for model_class, model_constraints in constraints:
            for constraint in model_constraints:
                if not any([name in exclude for name in constraint.fields]):
                    unique_checks.append((model_class, constraint.fields))

    # These are checks for the unique_for_<date/year/month>.
    date_checks = []

    # Gather a list of checks for fields declared as unique and add them to
    # the list of checks.

    fields_with_class = [(self.__class__, self._meta.local_fields)]
    for parent_class in self._meta.get_parent_list():
        fields_with_class.append((parent_class, parent_class._meta.local_fields))

    for model_class, fields in fields_with_class:
        for f in fields:
            name = f.name
            if name in exclude:
                continue
            if f.unique:
                unique_checks.append((model_class, (name,)))
            if f.unique_for_date and f.unique_for_date not in exclude:
                date_checks.append((model_class, 'date', name, f.unique_for_date))
            if f.unique_for_year and f.unique_for_year not in exclude:
                date_checks.append((model_class, 'year', name, f.unique_for_year))
            if f.unique_for_month and f.unique_for_month not in exclude:
                date_checks.append((model_class, 'month', name, f.unique_for_month))
    return unique_checks, date_checks


def _perform_unique_checks(self, unique_checks):
    errors = {}

    for model_class, unique_check in unique_checks:
        # Try to look up an existing object with the same values as this
        # object's values for all the unique field.

        lookup_kwargs = {}
        for field_name in unique_check:
            f = self._meta.get_field(field_name)
            lookup_value = getattr(self, f.attname)
            if lookup_value is None:
                # no value, skip the lookup
                continue
            if f.primary_key and not self._state.adding:
                # no need to check for unique primary key when editing
                continue
            lookup_kwargs[str(field_name)] = lookup_value

        # some fields were skipped, no reason to do the check
        if len(unique_check) != len(lookup_kwargs):
            continue

        qs = model_class._default_manager.filter(**lookup_kwargs)

        # Exclude the current object from the query if we are editing an
        # instance (as opposed to creating a new one)
        model_class_pk = self._get_pk_val(model_class._meta)
        if not self._state.adding and model_class_pk is not None:
            qs = qs.exclude(pk=model_class_pk)
        if qs.exists():
            if len(unique_check) == 1:
                key = unique_check[0]
            else:
                key = NON_FIELD_ERRORS
            errors.setdefault(key, []).append(self.unique_error_message(model_class, unique_check))

    return errors


def _perform_date_checks(self, date_checks):
    errors = {}
    for model_class, lookup_type, field, unique_for in date_checks:
        lookup_kwargs = {}
        date = getattr(self, unique_for)
        if date is None:
            continue
        if lookup_type == 'date':
            lookup_kwargs['%s__day' % unique_for] = date.day
            lookup_kwargs['%s__month' % unique_for] = date.month
            lookup_kwargs['%s__year' % unique_for] = date.year
        else:
            lookup_kwargs['%s__%s' % (unique_for, lookup_type)] = getattr(date, lookup_type)
        lookup_kwargs[field] = getattr(self, field)

        qs = model_class._default_manager.filter(**lookup_kwargs)
        # Exclude the current object from the query if we are editing an
        # instance (as opposed to creating a new one)
        if not self._state.adding and self.pk is not None:
            qs = qs.exclude(pk=self.pk)

        if qs.exists():
            errors.setdefault(field, []).append(
                self.date_error_message(lookup_type, field, unique_for)
            )
    return errors


def date_error_message(self, lookup_type, field_name, unique_for):
    opts = self._meta
    field = opts.get_field(field_name)
    return ValidationError(
        message=field.error_messages['unique_for_date'],
        code='unique_for_date',
        params={
            'model': self,
            'model_name': capfirst(opts.verbose_name),
            'lookup_type': lookup_type,
            'field': field_name,
            'field_label': capfirst(field.verbose_name),
            'date_field': unique_for,
            'date_field_label': capfirst(opts.get_field(unique_for).verbose_name),
        }
    )


def unique_error_message(self, model_class, unique_check):
    opts = model_class._meta

    params = {
        'model': self,
        'model_class': model_class,
        'model_name': capfirst(opts.verbose_name),
        'unique_check': unique_check,
    }

    # A unique field
    if len(unique_check) == 1:
        field = opts.get_field(unique_check[0])
        params['field_label'] = capfirst(field.verbose_name)
        return ValidationError(
            message=field.error_messages['unique'],
            code='unique',
            params=params,
        )

    # unique_together
    else:
        field_labels = [capfirst(opts.get_field(f).verbose_name) for f in unique_check]
        params['field_labels'] = get_text_list(field_labels, 'and')
        return ValidationError(
            message="%(model_name)s with this %(field_labels)s already exists.",
            code='unique_together',
            params=params,
        )


def full_clean(self, exclude=None, validate_unique=True):
    errors = {}
    if exclude is None:
        exclude = []
    else:
        exclude = list(exclude)

    try:
        self.clean_fields(exclude=exclude)
    except ValidationError as e:
        errors = e.update_error_dict(errors)

    # Form.clean() is run even if other validation fails, so do the
    # same with Model.clean() for consistency.
    try:
        self.clean()
    except ValidationError as e:
        errors = e.update_error_dict(errors)

    # Run unique checks, but only for fields that passed validation.
    if validate_unique:
        for name in errors:
            if name != NON_FIELD_ERRORS and name not in exclude:
                exclude.append(name)
        try:
            self.validate_unique(exclude=exclude)
        except ValidationError as e:
            errors = e.update_error_dict(errors)

    if errors:
        raise ValidationError(errors)


if _VALIDATE_CONSTRAINTS:
    # Django 4.1: full_clean() validates Meta.constraints too, and
    # validate_unique() leaves the unique constraints to it.
    def full_clean(self, exclude=None, validate_unique=True, validate_constraints=True):
        errors = {}
        if exclude is None:
            exclude = set()
        else:
            exclude = set(exclude)

        try:
            self.clean_fields(exclude=exclude)
        except ValidationError as e:
            errors = e.update_error_dict(errors)

        # Form.clean() is run even if other validation fails, so do the
        # same with Model.clean() for consistency.
        try:
            self.clean()
        except ValidationError as e:
            errors = e.update_error_dict(errors)

        # Run unique checks, but only for fields that passed validation.
        if validate_unique:
            for name in errors:
                if name != NON_FIELD_ERRORS and name not in exclude:
                    exclude.add(name)
            try:
                self.validate_unique(exclude=exclude)
            except ValidationError as e:
                errors = e.update_error_dict(errors)

        # Run constraints checks, but only for fields that passed validation.
        if validate_constraints:
            for name in errors:
                if name != NON_FIELD_ERRORS and name not in exclude:
                    exclude.add(name)
            try:
                self.validate_constraints(exclude=exclude)
            except ValidationError as e:
                errors = e.update_error_dict(errors)

        if errors:
            raise ValidationError(errors)

    def validate_constraints(self, exclude=None):
        constraints = [(self.__class__, self._meta.constraints)]
        for parent_class in self._meta.get_parent_list():
            if parent_class._meta.constraints:
                constraints.append((parent_class, parent_class._meta.constraints))
        errors = {}
        for model_class, model_constraints in constraints:
            for constraint in model_constraints:
                try:
                    _validate_constraint(constraint, model_class, self, exclude)
                except ValidationError as e:
                    if getattr(e, 'code', None) == 'unique' and len(constraint.fields) == 1:
                        errors.setdefault(constraint.fields[0], []).append(e)
                    else:
                        errors = e.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)


def clean_fields(self, exclude=None):
    if exclude is None:
        exclude = []

    errors = {}
    for f in self._meta.fields:
        if f.name in exclude:
            continue
        # Skip validation for empty fields with blank=True. The developer
        # is responsible for making sure they have a valid value.
        raw_value = getattr(self, f.attname)
        if f.blank and raw_value in f.empty_values:
            continue
        try:
            setattr(self, f.attname, f.clean(raw_value, self))
        except ValidationError as e:
            errors[f.name] = e.error_list

    if errors:
        raise ValidationError(errors)


def _get_pk_val(self, meta=None):
    if meta is None:
        meta = self._meta
    return getattr(self, meta.pk.attname)


# Meta.order_with_respect_to (ModelBase._prepare and
# make_foreign_order_accessors).

def _get_next_or_previous_in_order(self, is_next):
    cachename = "__%s_order_cache" % is_next
    if not hasattr(self, cachename):
        op = 'gt' if is_next else 'lt'
        order = '_order' if is_next else '-_order'
        order_field = self._meta.order_with_respect_to
        filter_args = {order_field.name: getattr(self, order_field.attname)}
        obj = self.__class__._default_manager.filter(**filter_args).filter(**{
            '_order__%s' % op: self.__class__._default_manager.values('_order').filter(**{
                self._meta.pk.name: self.pk
            })
        }).order_by(order)[:1].get()
        setattr(self, cachename, obj)
    return getattr(self, cachename)


def _forward_related_filter(field, obj):
    rh_field = field.target_field
    return {'%s__%s' % (field.name, rh_field.name): getattr(obj, rh_field.attname)}


def method_set_order(self, ordered_obj, id_list, using=None):
    order_wrt = ordered_obj._meta.order_with_respect_to
    filter_args = _forward_related_filter(order_wrt, self)
    ordered_obj.objects.filter(**filter_args).bulk_update([
        ordered_obj(pk=pk, _order=order) for order, pk in enumerate(id_list)
    ], ['_order'])


def method_get_order(self, ordered_obj):
    order_wrt = ordered_obj._meta.order_with_respect_to
    filter_args = _forward_related_filter(order_wrt, self)
    pk_name = ordered_obj._meta.pk.name
    return ordered_obj.objects.filter(**filter_args).values_list(pk_name, flat=True)
