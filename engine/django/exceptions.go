package django

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// exceptions are Django's exception classes for one Env.
type exceptions struct {
	objectDoesNotExist      *python.Class // django.core.exceptions
	objectNotUpdated        *python.Class // django.core.exceptions, Django 6.0
	fieldFetchBlocked       *python.Class // django.core.exceptions, Django 6.1
	multipleObjectsReturned *python.Class
	fieldError              *python.Class
	fieldDoesNotExist       *python.Class
	validationError         *python.Class
	improperlyConfigured    *python.Class
	appRegistryNotReady     *python.Class
	suspiciousOperation     *python.Class

	dbError          *python.Class // django.db: Error
	interfaceError   *python.Class
	databaseError    *python.Class
	dataError        *python.Class
	operationalError *python.Class
	integrityError   *python.Class
	internalError    *python.Class
	programmingError *python.Class
	notSupported     *python.Class
	// transactionManagement is django.db.transaction's
	// TransactionManagementError.
	transactionManagement *python.Class

	protectedError  *python.Class // django.db.models.deletion
	restrictedError *python.Class

	emptyResult *python.Class

	// outputFieldIsNone is django.db.models.expressions'
	// OutputFieldIsNoneError (OutputFieldIsNoneError switch).
	outputFieldIsNone *python.Class
}

func excClass(name, module string, bases ...*python.Class) *python.Class {
	d := python.NewDict()
	d.SetStr("__module__", python.String(module))
	c, err := python.NewClass(name, bases, d)
	if err != nil {
		panic(err)
	}
	return c
}

func (e *Env) buildExceptions() {
	x := &e.excs
	const core = "django.core.exceptions"
	x.objectDoesNotExist = excClass("ObjectDoesNotExist", core, python.ExceptionClass)
	x.multipleObjectsReturned = excClass("MultipleObjectsReturned", core, python.ExceptionClass)
	x.objectNotUpdated = excClass("ObjectNotUpdated", core, python.ExceptionClass)
	x.fieldError = excClass("FieldError", core, python.ExceptionClass)
	x.fieldDoesNotExist = excClass("FieldDoesNotExist", core, python.ExceptionClass)
	x.fieldFetchBlocked = excClass("FieldFetchBlocked", core, x.fieldError)
	x.validationError = excClass("ValidationError", core, python.ExceptionClass)
	x.improperlyConfigured = excClass("ImproperlyConfigured", core, python.ExceptionClass)
	x.appRegistryNotReady = excClass("AppRegistryNotReady", core, python.ExceptionClass)
	x.suspiciousOperation = excClass("SuspiciousOperation", core, python.ExceptionClass)
	const db = "django.db.utils"
	x.dbError = excClass("Error", db, python.ExceptionClass)
	x.interfaceError = excClass("InterfaceError", db, x.dbError)
	x.databaseError = excClass("DatabaseError", db, x.dbError)
	x.dataError = excClass("DataError", db, x.databaseError)
	x.operationalError = excClass("OperationalError", db, x.databaseError)
	x.integrityError = excClass("IntegrityError", db, x.databaseError)
	x.internalError = excClass("InternalError", db, x.databaseError)
	x.programmingError = excClass("ProgrammingError", db, x.databaseError)
	x.notSupported = excClass("NotSupportedError", db, x.databaseError)
	x.transactionManagement = excClass("TransactionManagementError", "django.db.transaction", x.programmingError)
	const del = "django.db.models.deletion"
	x.protectedError = excClass("ProtectedError", del, x.integrityError)
	x.restrictedError = excClass("RestrictedError", del, x.integrityError)
	x.outputFieldIsNone = excClass("OutputFieldIsNoneError", "django.db.models.expressions", x.fieldError)
}

// unknownOutputMsg is the FieldError of an expression whose output field
// resolved to None.
const unknownOutputMsg = "Cannot resolve expression type, unknown output_field"

// fieldError is a FieldError with msg, or the OutputFieldIsNoneError
// subclass for an unknown output field where the version has it.
func (e *Env) fieldError(msg string) error {
	if msg == unknownOutputMsg && e.Features.OutputFieldIsNoneError {
		return python.NewError(e.excs.outputFieldIsNone, "%s", msg)
	}
	return python.NewError(e.excs.fieldError, "%s", msg)
}

// byName maps an engine error class name to the Python class.
func (e *Env) excByName(name string) *python.Class {
	x := &e.excs
	switch name {
	case "ValueError":
		return python.ValueError
	case "TypeError":
		return python.TypeError
	case "AttributeError":
		return python.AttributeError
	case "IndexError":
		return python.IndexError
	case "KeyError":
		return python.KeyError
	case "AssertionError":
		return python.AssertionError
	case "NotImplementedError":
		return python.NotImplementedError
	case "FieldError":
		return x.fieldError
	case "FieldDoesNotExist":
		return x.fieldDoesNotExist
	case "FieldFetchBlocked":
		return x.fieldFetchBlocked
	case "ValidationError":
		return x.validationError
	case "IntegrityError":
		return x.integrityError
	case "OperationalError":
		return x.operationalError
	case "ProgrammingError":
		return x.programmingError
	case "InterfaceError":
		return x.interfaceError
	case "DatabaseError":
		return x.databaseError
	case "NotSupportedError":
		return x.notSupported
	case "TransactionManagementError":
		return x.transactionManagement
	case "ProtectedError":
		return x.protectedError
	case "RestrictedError":
		return x.restrictedError
	case "JSONDecodeError":
		return python.ValueError
	case "RecursionError":
		return python.RecursionError
	case "RowLimitExceeded":
		return python.RowLimitExceeded
	case "MemoryError":
		return python.MemoryError
	case "UnicodeEncodeError":
		return python.UnicodeEncodeError
	case "ImproperlyConfigured":
		return x.improperlyConfigured
	}
	return python.RuntimeError
}

// pyErr converts an engine error into the Python exception Django raises;
// Python exceptions pass through.
// assertErr is the error of one of Django 3.2's `assert` statements: an
// AssertionError with msg3 (3.2's message), or cls with msg where the
// version raises that instead (AssertsAreExceptions).
func (e *Env) assertErr(cls *python.Class, msg, msg3 string) error {
	if e.Features.AssertsAreExceptions {
		return python.NewError(cls, "%s", msg)
	}
	return python.NewError(python.AssertionError, "%s", msg3)
}

func (e *Env) pyErr(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*python.Exception); ok {
		return err
	}
	switch x := err.(type) {
	case *orm.Error:
		switch x.Class {
		case "DoesNotExist", "MultipleObjectsReturned", "NotUpdated":
			if cls := e.classOf[x.Model]; cls != nil {
				if c, err := cls.Attr(e.Th, x.Class); err == nil && c != nil {
					if c, ok := c.(*python.Class); ok {
						return python.NewError(c, "%s", x.Msg)
					}
				}
			}
			if x.Class == "DoesNotExist" {
				return python.NewError(e.excs.objectDoesNotExist, "%s", x.Msg)
			}
			if x.Class == "NotUpdated" {
				return python.NewError(e.excs.objectNotUpdated, "%s", x.Msg)
			}
			return python.NewError(e.excs.multipleObjectsReturned, "%s", x.Msg)
		case "RelatedObjectDoesNotExist":
			return python.NewError(e.relatedDoesNotExist(x.Relation), "%s", x.Msg)
		case "ValidationError":
			// The message is str(ValidationError([message])).
			return e.validationError(python.String(strings.TrimSuffix(strings.TrimPrefix(x.Msg, "['"), "']")))
		case "ProtectedError", "RestrictedError":
			// ProtectedError(msg, protected_objects): the objects are a
			// set, already in CPython's iteration order.
			objs := python.NewSet()
			for _, o := range x.Objects {
				if err := objs.Add(e.Th, e.wrap(o)); err != nil {
					return err
				}
			}
			exc := python.NewException(e.excByName(x.Class), python.String(x.Msg), objs)
			attr := "protected_objects"
			if x.Class == "RestrictedError" {
				attr = "restricted_objects"
			}
			exc.Value.Dict.SetStr(attr, objs)
			return exc
		}
		if x.Class == "FieldError" {
			return e.fieldError(x.Msg)
		}
		return python.NewError(e.excByName(x.Class), "%s", x.Msg)
	case *orm.AssignError:
		r, rerr := python.Repr(e.Th, e.toPy(x.Value))
		if rerr != nil {
			return rerr
		}
		return python.NewError(python.ValueError, "%s", x.Message(r))
	case *schema.ValidationError:
		if x.Kind == "ValidationError" {
			return e.validationError(python.String(strings.TrimSuffix(strings.TrimPrefix(x.Msg, "['"), "']")))
		}
		if x.Kind == "InvalidOperation" {
			// decimal.InvalidOperation([<class 'decimal.InvalidOperation'>])
			return python.NewException(python.DecimalInvalidOperation, python.NewList([]python.Value{python.DecimalInvalidOperation}))
		}
		return python.NewError(e.excByName(x.Kind), "%s", x.Msg)
	case *schema.FieldDoesNotExist:
		return python.NewError(e.excs.fieldDoesNotExist, "%s", x.Error())
	case *schema.Error:
		return python.NewError(e.excByName(x.Kind), "%s", x.Msg)
	case *query.FieldError:
		return e.fieldError(x.Msg)
	case *query.ValueError:
		return python.NewError(python.ValueError, "%s", x.Msg)
	case *query.NotSupportedError:
		return python.NewError(e.excs.notSupported, "%s", x.Msg)
	case *query.TypeError:
		return python.NewError(python.TypeError, "%s", x.Msg)
	case *query.AttributeError:
		return python.NewError(python.AttributeError, "%s", x.Msg)
	case *query.NotImplementedError:
		return python.NewError(python.NotImplementedError, "%s", x.Msg)
	}
	return python.NewError(python.RuntimeError, "%s", err.Error())
}

// relatedDoesNotExist is the RelatedObjectDoesNotExist class of the
// descriptor of relation (a forward *schema.Field or a reverse one-to-one
// *schema.Rel): a subclass of the related model's DoesNotExist and of
// AttributeError (so hasattr() answers False), one per descriptor, named
// as Django names it: myapp.models.Place.restaurant.RelatedObjectDoesNotExist.
func (e *Env) relatedDoesNotExist(relation any) *python.Class {
	if c := e.related[relation]; c != nil {
		return c
	}
	var target, owner *schema.Model
	var name string
	switch r := relation.(type) {
	case *schema.Field:
		target, owner, name = r.Rel.Model, r.Model, r.Name
	case *schema.Rel:
		target, owner, name = r.Field.Model, r.Model, r.Name()
	}
	base := e.excs.objectDoesNotExist
	if cls := e.classOf[target]; cls != nil {
		if v, err := cls.Attr(e.Th, "DoesNotExist"); err == nil {
			if c, ok := v.(*python.Class); ok {
				base = c
			}
		}
	}
	d := python.NewDict()
	d.SetStr("__module__", python.String(e.ModelsModule()))
	d.SetStr("__qualname__", python.String(owner.Name+"."+name+".RelatedObjectDoesNotExist"))
	c, err := python.NewClass("RelatedObjectDoesNotExist", []*python.Class{base, python.AttributeError}, d)
	if err != nil {
		panic(err)
	}
	e.related[relation] = c
	return c
}
