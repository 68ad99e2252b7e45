//! Kinds of example values: when a later value sharpens a property an
//! earlier one typed, when it widens it, and which strings are placeholders
//! rather than values.

use crate::model::typeref::{is_primitive_name, TypeRef};
use serde_json::Value;

/// Whether `value` is the placeholder the pages write for a property as its
/// name before [`crate::extract::rules::PRIMITIVE_PLACEHOLDER_SUFFIX`]
/// (`"servicePlanId": "servicePlanId-value"`): it stands for a value of
/// whatever type the property has (a `Guid` here), so it fits any.
pub(super) fn names_its_key(key: &str, value: &Value) -> bool {
    value
        .as_str()
        .and_then(super::super::placeholder_stem)
        .is_some_and(|stem| stem.eq_ignore_ascii_case(key))
}

/// Whether an example's string is a primitive's name (`"String"`): a
/// placeholder, not a value, so it says nothing of which enum it is in.
pub(super) fn is_placeholder(s: &str) -> bool {
    is_primitive_name(s)
}

/// The type a property an earlier example inferred as `old` must widen to so
/// that `value`, a later example's, reads too: a whole number where a
/// fraction shows up is a `Double`; any other clash of JSON kinds (an object
/// where a string was, a string where a number was, one value where a list
/// was) leaves only "some JSON value". `None` when `value` fits (formats such
/// as a date-time's are not checked: a placeholder is not a kind).
pub(in crate::model::infer) fn widened(old: &TypeRef, value: &Value) -> Option<TypeRef> {
    let element = TypeRef {
        collection: false,
        ..old.clone()
    };
    let clash = |v: &Value| -> Option<TypeRef> {
        let name = element.name.as_str();
        let whole = INTEGERS.contains(&name);
        let number = whole || FRACTIONS.contains(&name);
        let fits = match v {
            // A placeholder (`"Boolean"`, `"datetime-value"`) stands for a
            // value of some type: it clashes with none.
            Value::String(s) if super::super::stands_for_primitive(s) => true,
            // A date-time or date the bindings parse strictly: a string that
            // is not one (`2017-04-15T12:00:00.0000000`, with no offset, after
            // a value with one) leaves a string.
            Value::String(_)
                if matches!(name, "DateTimeOffset" | "Date")
                    && super::super::mismatch(v, &element).is_some() =>
            {
                return Some(TypeRef::named("String"));
            }
            Value::Null => true,
            Value::Bool(_) => name == "Boolean" || !is_primitive_name(name),
            Value::Number(n) if whole && n.is_f64() => return Some(TypeRef::named("Double")),
            Value::Number(_) => number || !is_primitive_name(name),
            Value::String(_) => !number && name != "Boolean",
            Value::Object(_) => !is_primitive_name(name),
            Value::Array(_) => false,
        };
        (!fits).then(TypeRef::untyped)
    };
    if element.name == "Untyped" {
        return None;
    }
    let found = match (old.collection, value) {
        (_, Value::Null) => None,
        (true, Value::Array(items)) => items.iter().find_map(clash),
        (false, Value::Array(_)) | (true, _) => return Some(TypeRef::untyped()),
        (false, v) => clash(v),
    }?;
    Some(TypeRef {
        collection: old.collection && found.name != "Untyped",
        ..found
    })
}

/// The whole-number primitives (JSON numbers on the wire).
pub(super) const INTEGERS: &[&str] = &["Int16", "Int32", "Int64", "Byte", "SByte"];

/// The fractional primitives (JSON numbers on the wire).
pub(super) const FRACTIONS: &[&str] = &["Double", "Single", "Decimal"];

/// Whether a later value of kind `kind` may sharpen a property an earlier
/// example left as `old`: the same shape, and an object where the first was an
/// untyped object, a string (or a duration) where it was a string.
pub(in crate::model::infer) fn same_kind(old: &TypeRef, kind: &TypeRef) -> bool {
    old.collection == kind.collection
        && match old.name.as_str() {
            "Untyped" => kind.name == "Untyped",
            "String" => matches!(kind.name.as_str(), "String" | "Duration"),
            "Int32" => kind.name == "Int64",
            _ => false,
        }
}

/// Whether `new` (read from a later example) says more than `old` (what an
/// earlier one left): an untyped value typed, or a plain string read as a
/// duration or an enum. The same shape (collection or not) only. Each new
/// type still reads the earlier values: an enum keeps an unknown member, a
/// duration is a string. A date-time would not (`dateTimeTimeZone.dateTime`
/// is `2017-04-15T12:00:00.0000000` in one example and has a zone in the
/// next), so a string stays a string.
pub(in crate::model::infer) fn is_sharper(old: &TypeRef, new: &TypeRef) -> bool {
    old.collection == new.collection
        && old.name != new.name
        && match old.name.as_str() {
            "Untyped" => !is_primitive_name(&new.name),
            "String" => new.name == "Duration" || !is_primitive_name(&new.name),
            // A later value too big for 32 bits; the earlier ones still fit.
            "Int32" => new.name == "Int64",
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn clashing_kinds_widen() {
        use serde_json::json;
        let s = TypeRef::named;
        assert_eq!(widened(&s("String"), &json!({})), Some(TypeRef::untyped()));
        assert_eq!(widened(&s("String"), &json!("x")), None);
        assert_eq!(widened(&s("String"), &json!(null)), None);
        assert_eq!(widened(&s("Int32"), &json!(1.5)), Some(s("Double")));
        assert_eq!(
            widened(&TypeRef::collection_of("Int32"), &json!([1, 2.5])),
            Some(TypeRef::collection_of("Double"))
        );
        // Placeholders stand for values: they widen nothing.
        assert_eq!(widened(&s("Boolean"), &json!("Boolean")), None);
        assert_eq!(widened(&s("Double"), &json!("double-value")), None);
        assert_eq!(
            widened(&s("Double"), &json!("1.5")),
            Some(TypeRef::untyped())
        );
        // Strictly parsed primitives: another string is a string.
        assert_eq!(
            widened(&s("DateTimeOffset"), &json!("2017-04-15T12:00:00.0000000")),
            Some(s("String"))
        );
        assert_eq!(
            widened(&s("DateTimeOffset"), &json!("2017-04-15T12:00:00Z")),
            None
        );
        assert_eq!(
            widened(&s("DateTimeOffset"), &json!("datetime-value")),
            None
        );
        assert_eq!(
            widened(
                &TypeRef::collection_of("Date"),
                &json!(["2020-01-01", "soon"])
            ),
            Some(TypeRef::collection_of("String"))
        );
        assert_eq!(
            widened(&TypeRef::collection_of("String"), &json!("a")),
            Some(TypeRef::untyped())
        );
        assert_eq!(widened(&s("itemBody"), &json!({})), None);
        assert_eq!(widened(&TypeRef::untyped(), &json!(3)), None);
    }

    #[test]
    fn sharper() {
        let s = TypeRef::named;
        assert!(is_sharper(&TypeRef::untyped(), &s("itemBody")));
        assert!(!is_sharper(&TypeRef::untyped(), &s("String")));
        assert!(same_kind(&TypeRef::untyped(), &TypeRef::untyped()));
        assert!(!same_kind(&TypeRef::untyped(), &s("String")));
        assert!(same_kind(&s("String"), &s("Duration")));
        assert!(!same_kind(&s("String"), &s("DateTimeOffset")));
        assert!(same_kind(&s("Int32"), &s("Int64")) && is_sharper(&s("Int32"), &s("Int64")));
        assert!(is_sharper(&s("String"), &s("callDirection")));
        assert!(is_sharper(&s("String"), &s("Duration")));
        assert!(!is_sharper(&s("String"), &s("DateTimeOffset")));
        assert!(!is_sharper(&s("String"), &s("Int32")));
        assert!(!is_sharper(&s("callDirection"), &s("String")));
        assert!(!is_sharper(
            &TypeRef::untyped(),
            &TypeRef::collection_of("itemBody")
        ));
    }
}
