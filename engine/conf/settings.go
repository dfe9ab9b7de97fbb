// Package conf is django.conf.settings narrowed to what changes the ORM's
// behaviour in the playground: the settings a case's settings.json may pin
// and the page lets people choose.
package conf

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Settings are the project settings a session runs with.
type Settings struct {
	// DefaultAutoField is DEFAULT_AUTO_FIELD, the dotted path of the field
	// class of implicit primary keys: "django.db.models.BigAutoField" as
	// startproject writes it since Django 3.2, "django.db.models.AutoField"
	// when unset (the default of global_settings).
	DefaultAutoField string `json:"DEFAULT_AUTO_FIELD"`
	// UseTZ is USE_TZ: datetimes are aware (UTC in the database) when
	// true. startproject writes True; global_settings' default is False
	// before Django 5.0 and True since.
	UseTZ bool `json:"USE_TZ"`
	// TimeZone is TIME_ZONE, the current time zone's name: "UTC".
	TimeZone string `json:"TIME_ZONE"`
	// AppLabel is the label of the one app models.py belongs to, as
	// INSTALLED_APPS = ["polls"] would make it: the module shell.py
	// imports the models from (polls.models) and the prefix of the table
	// names (polls_question). "" is DefaultAppLabel, and only another
	// label is written out (APP_LABEL, not a Django setting: the
	// playground's name for its single app).
	AppLabel string `json:"APP_LABEL,omitempty"`
}

// DefaultAppLabel is the app label of a session that names none.
const DefaultAppLabel = "myapp"

// App returns the app label the session runs with ("myapp").
func (s Settings) App() string {
	if s.AppLabel == "" {
		return DefaultAppLabel
	}
	return s.AppLabel
}

// SetAppLabel sets the app label; DefaultAppLabel and "" both mean the
// default, which is stored as "".
func (s *Settings) SetAppLabel(label string) {
	if label == DefaultAppLabel {
		label = ""
	}
	s.AppLabel = label
}

// Startproject returns the settings `django-admin startproject` writes:
// BigAutoField, USE_TZ = True, TIME_ZONE = "UTC". A session runs with them
// unless told otherwise, as the reference tracer does.
func Startproject() Settings {
	return Settings{DefaultAutoField: "django.db.models.BigAutoField", UseTZ: true, TimeZone: "UTC"}
}

// Legacy returns the settings the first conformance goldens were recorded
// with, Django 3.2's global defaults: AutoField, USE_TZ = False. Share links
// made before versions existed open with them.
func Legacy() Settings {
	s := Startproject()
	s.DefaultAutoField = "django.db.models.AutoField"
	s.UseTZ = false
	return s
}

// AutoFieldClasses are the values DEFAULT_AUTO_FIELD may name, by the
// class name after "django.db.models.".
var AutoFieldClasses = []string{"AutoField", "BigAutoField", "SmallAutoField"}

// AutoFieldClass returns the class name DefaultAutoField names
// ("BigAutoField").
func (s Settings) AutoFieldClass() string {
	return strings.TrimPrefix(s.DefaultAutoField, "django.db.models.")
}

// Validate reports a setting the playground cannot run with, worded as
// Django's ImproperlyConfigured where Django checks it.
func (s Settings) Validate() error {
	ok := false
	for _, c := range AutoFieldClasses {
		if s.DefaultAutoField == "django.db.models."+c {
			ok = true
		}
	}
	if !ok {
		return fmt.Errorf("DEFAULT_AUTO_FIELD refers to the module '%s' that could not be imported (ormfiddle knows django.db.models.AutoField, BigAutoField and SmallAutoField)", s.DefaultAutoField)
	}
	if s.TimeZone != "UTC" {
		return fmt.Errorf("TIME_ZONE %q is not supported: ormfiddle runs in UTC", s.TimeZone)
	}
	return validAppLabel(s.AppLabel)
}

// validAppLabel checks an app label as AppConfig does (a Python
// identifier), and that shell.py can import its models: not a keyword,
// not the name of a module the playground provides.
func validAppLabel(label string) error {
	if label == "" {
		return nil
	}
	ok := len(label) <= 64
	for i, r := range label {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			ok = false
		}
	}
	if !ok {
		// AppConfig.__init__'s message (ASCII only: Python allows more,
		// table names had better not).
		//lint:ignore ST1005 Django's message, word for word
		return fmt.Errorf("The app label '%s' is not a valid Python identifier.", label)
	}
	if reservedLabels[label] {
		//lint:ignore ST1005 worded as Django's message above
		return fmt.Errorf("The app label '%s' is taken: shell.py could not import %s.models (choose another, such as polls)", label, label)
	}
	return nil
}

// reservedLabels are Python's keywords and the modules a snippet imports
// by name, which an app of that name would shadow.
var reservedLabels = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true,
	"elif": true, "else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true, "lambda": true,
	"nonlocal": true, "not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
	"django": true, "datetime": true, "decimal": true, "math": true, "uuid": true, "zoneinfo": true,
	"copy": true, "asyncio": true, "json": true, "re": true, "random": true, "itertools": true,
	"functools": true, "collections": true, "sys": true, "os": true, "typing": true, "enum": true,
	"time": true, "builtins": true, "abc": true, "dataclasses": true,
}

// Parse reads a settings.json as the reference tracer does: an object
// whose keys, all optional, are DEFAULT_AUTO_FIELD, USE_TZ and TIME_ZONE,
// applied over Startproject(), and the playground's APP_LABEL (which the
// reference tracer does not know: its app is always myapp).
func Parse(data []byte) (Settings, error) {
	s := Startproject()
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return s, fmt.Errorf("settings.json: %v", err)
	}
	var unknown []string
	for k := range raw {
		switch k {
		case "DEFAULT_AUTO_FIELD", "USE_TZ", "TIME_ZONE", "APP_LABEL":
		default:
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return s, fmt.Errorf("settings.json: only DEFAULT_AUTO_FIELD, TIME_ZONE, USE_TZ, APP_LABEL may be set, not %s", strings.Join(unknown, ", "))
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return s, fmt.Errorf("settings.json: %v", err)
	}
	s.SetAppLabel(s.AppLabel)
	if err := s.Validate(); err != nil {
		return s, fmt.Errorf("settings.json: %v", err)
	}
	return s, nil
}
