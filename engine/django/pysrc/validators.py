# django.core.validators (the validators model fields use), as in Django
# 3.2. Regular expressions run on the engine's helpers (_regex_search,
# _valid_email, _valid_url, _valid_ipv4, _valid_ipv6); ngettext_lazy
# messages are (singular, plural, key) tuples resolved by ValidationError.

EMPTY_VALUES = (None, '', [], (), {})


class RegexValidator:
    regex = ''
    message = 'Enter a valid value.'
    code = 'invalid'
    inverse_match = False
    flags = 0

    def __init__(self, regex=None, message=None, code=None, inverse_match=None, flags=None):
        if regex is not None:
            self.regex = regex
        if message is not None:
            self.message = message
        if code is not None:
            self.code = code
        if inverse_match is not None:
            self.inverse_match = inverse_match
        if flags is not None:
            self.flags = flags
        if self.flags and not isinstance(self.regex, str):
            raise TypeError("If the flags are set, regex must be a regular expression string.")

    def __call__(self, value):
        regex_matches = _regex_search(self.regex, self.flags, str(value))
        invalid_input = regex_matches if self.inverse_match else not regex_matches
        if invalid_input:
            raise ValidationError(self.message, code=self.code, params={'value': value})


class URLValidator(RegexValidator):
    message = 'Enter a valid URL.'
    schemes = ['http', 'https', 'ftp', 'ftps']

    def __init__(self, schemes=None, **kwargs):
        super().__init__(**kwargs)
        if schemes is not None:
            self.schemes = schemes

    def __call__(self, value):
        if not isinstance(value, str):
            raise ValidationError(self.message, code=self.code, params={'value': value})
        if '://' not in value or value.split('://')[0].lower() not in self.schemes:
            raise ValidationError(self.message, code=self.code, params={'value': value})
        if not _valid_url(value):
            raise ValidationError(self.message, code=self.code, params={'value': value})


def validate_integer(value):
    return integer_validator(value)


class EmailValidator:
    message = 'Enter a valid email address.'
    code = 'invalid'
    domain_allowlist = ['localhost']

    def __init__(self, message=None, code=None, allowlist=None, whitelist=None):
        if message is not None:
            self.message = message
        if code is not None:
            self.code = code
        if allowlist is not None:
            self.domain_allowlist = allowlist
        if whitelist is not None:
            self.domain_allowlist = whitelist

    def __call__(self, value):
        if not value or '@' not in value:
            raise ValidationError(self.message, code=self.code, params={'value': value})
        if not _valid_email(value, self.domain_allowlist):
            raise ValidationError(self.message, code=self.code, params={'value': value})


validate_email = EmailValidator()

validate_slug = RegexValidator(
    r'^[-a-zA-Z0-9_]+\Z',
    'Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.',
    'invalid'
)

validate_unicode_slug = RegexValidator(
    r'^[-\w]+\Z',
    'Enter a valid “slug” consisting of Unicode letters, numbers, underscores, or hyphens.',
    'invalid'
)


def validate_ipv4_address(value):
    if not _valid_ipv4(value):
        raise ValidationError('Enter a valid IPv4 address.', code='invalid', params={'value': value})


def validate_ipv6_address(value):
    if not _valid_ipv6(value):
        raise ValidationError('Enter a valid IPv6 address.', code='invalid', params={'value': value})


def validate_ipv46_address(value):
    if not _valid_ipv4(value) and not _valid_ipv6(value):
        raise ValidationError('Enter a valid IPv4 or IPv6 address.', code='invalid', params={'value': value})


def ip_address_validators(protocol, unpack_ipv4):
    if protocol != 'both' and unpack_ipv4:
        raise ValueError("You can only use `unpack_ipv4` if `protocol` is set to 'both'")
    if protocol.lower() == 'both':
        return [validate_ipv46_address]
    if protocol.lower() == 'ipv4':
        return [validate_ipv4_address]
    return [validate_ipv6_address]


integer_validator = RegexValidator(r'^-?\d+\Z', message='Enter a valid integer.', code='invalid')


def int_list_validator(sep=',', message=None, code='invalid', allow_negative=False):
    neg = '-?' if allow_negative else ''
    regexp = r'^%(neg)s\d+(?:%(sep)s%(neg)s\d+)*\Z' % {'neg': neg, 'sep': sep}
    return RegexValidator(regexp, message=message, code=code)


validate_comma_separated_integer_list = int_list_validator(
    message='Enter only digits separated by commas.',
)


class BaseValidator:
    message = 'Ensure this value is %(limit_value)s (it is %(show_value)s).'
    code = 'limit_value'

    def __init__(self, limit_value, message=None):
        self.limit_value = limit_value
        if message:
            self.message = message

    def __call__(self, value):
        cleaned = self.clean(value)
        limit_value = self.limit_value() if callable(self.limit_value) else self.limit_value
        params = {'limit_value': limit_value, 'show_value': cleaned, 'value': value}
        if self.compare(cleaned, limit_value):
            raise ValidationError(self.message, code=self.code, params=params)

    def compare(self, a, b):
        return a is not b

    def clean(self, x):
        return x


class MaxValueValidator(BaseValidator):
    message = 'Ensure this value is less than or equal to %(limit_value)s.'
    code = 'max_value'

    def compare(self, a, b):
        return a > b


class MinValueValidator(BaseValidator):
    message = 'Ensure this value is greater than or equal to %(limit_value)s.'
    code = 'min_value'

    def compare(self, a, b):
        return a < b


class MinLengthValidator(BaseValidator):
    message = (
        'Ensure this value has at least %(limit_value)d character (it has %(show_value)d).',
        'Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).',
        'limit_value')
    code = 'min_length'

    def compare(self, a, b):
        return a < b

    def clean(self, x):
        return len(x)


class MaxLengthValidator(BaseValidator):
    message = (
        'Ensure this value has at most %(limit_value)d character (it has %(show_value)d).',
        'Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).',
        'limit_value')
    code = 'max_length'

    def compare(self, a, b):
        return a > b

    def clean(self, x):
        return len(x)


class DecimalValidator:
    messages = {
        'invalid': 'Enter a number.',
        'max_digits': (
            'Ensure that there are no more than %(max)s digit in total.',
            'Ensure that there are no more than %(max)s digits in total.',
            'max'),
        'max_decimal_places': (
            'Ensure that there are no more than %(max)s decimal place.',
            'Ensure that there are no more than %(max)s decimal places.',
            'max'),
        'max_whole_digits': (
            'Ensure that there are no more than %(max)s digit before the decimal point.',
            'Ensure that there are no more than %(max)s digits before the decimal point.',
            'max'),
    }

    def __init__(self, max_digits, decimal_places):
        self.max_digits = max_digits
        self.decimal_places = decimal_places

    def __call__(self, value):
        ndigits, exponent = _decimal_digits(value)
        if exponent is None:
            raise ValidationError(self.messages['invalid'], code='invalid', params={'value': value})
        if exponent >= 0:
            digits = ndigits + exponent
            decimals = 0
        else:
            if abs(exponent) > ndigits:
                digits = decimals = abs(exponent)
            else:
                digits = ndigits
                decimals = abs(exponent)
        whole_digits = digits - decimals

        if self.max_digits is not None and digits > self.max_digits:
            raise ValidationError(
                self.messages['max_digits'],
                code='max_digits',
                params={'max': self.max_digits, 'value': value},
            )
        if self.decimal_places is not None and decimals > self.decimal_places:
            raise ValidationError(
                self.messages['max_decimal_places'],
                code='max_decimal_places',
                params={'max': self.decimal_places, 'value': value},
            )
        if (self.max_digits is not None and self.decimal_places is not None and
                whole_digits > (self.max_digits - self.decimal_places)):
            raise ValidationError(
                self.messages['max_whole_digits'],
                code='max_whole_digits',
                params={'max': (self.max_digits - self.decimal_places), 'value': value},
            )


class FileExtensionValidator:
    message = 'File extension “%(extension)s” is not allowed. Allowed extensions are: %(allowed_extensions)s.'
    code = 'invalid_extension'

    def __init__(self, allowed_extensions=None, message=None, code=None):
        if allowed_extensions is not None:
            allowed_extensions = [allowed_extension.lower() for allowed_extension in allowed_extensions]
        self.allowed_extensions = allowed_extensions
        if message is not None:
            self.message = message
        if code is not None:
            self.code = code

    def __call__(self, value):
        name = str(value)
        extension = name.rsplit('.', 1)[1].lower() if '.' in name else ''
        if self.allowed_extensions is not None and extension not in self.allowed_extensions:
            raise ValidationError(
                self.message,
                code=self.code,
                params={
                    'extension': extension,
                    'allowed_extensions': ', '.join(self.allowed_extensions),
                    'value': value,
                }
            )


class ProhibitNullCharactersValidator:
    message = 'Null characters are not allowed.'
    code = 'null_characters_not_allowed'

    def __init__(self, message=None, code=None):
        if message is not None:
            self.message = message
        if code is not None:
            self.code = code

    def __call__(self, value):
        if '\x00' in str(value):
            raise ValidationError(self.message, code=self.code, params={'value': value})
