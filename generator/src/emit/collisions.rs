//! `identifier-collision` diagnostics: docs names that map to the same Rust
//! identifier (`displayName`, `DisplayName`, `display_name` → `display_name`).
//! The namer already gives the later ones deterministic suffixes
//! (`display_name_2`), which compiles but hides a field behind a name nobody
//! would guess; the diagnostic says which docs name got which Rust name and
//! where it was stated, so the docs (or a `type-renames` entry) can be fixed.
//!
//! It is computed from the resolved names after the fact rather than inside
//! the namer, so naming stays one pure decision and this stays a report.

use super::names;
use super::resolve::{ResolvedType, TypeKind};
use super::{EmitError, EmitOptions};
use crate::diagnostics::{Code, Diagnostic};
use crate::model::Model;
use crate::source::SourceRef;

/// Every name the emitter had to suffix for `model` with `options`, sorted
/// and deduplicated (an inherited collision is reported once per struct
/// that copies the property in).
pub fn collisions(model: &Model, options: &EmitOptions) -> Result<Vec<Diagnostic>, EmitError> {
    let resolved = super::resolve::Resolved::with_options(model, options)?;
    let mut out = Vec::new();
    for t in &resolved.types {
        if names::is_cut(&t.def.name) {
            let at = t.def.sources.first().cloned();
            let at = at.unwrap_or_else(|| SourceRef::new(&"<model>".into(), 1));
            out.push(cut("type", &t.def.name, None, &t.ident.text, &at));
        }
        let wanted = names::type_name(&t.def.name);
        if !options.type_renames.contains_key(&t.def.name) && t.ident.text != wanted.text {
            let holder = resolved
                .types
                .iter()
                .find(|o| o.ident.text == wanted.text)
                .map(|o| o.def.name.as_str());
            let at = t
                .def
                .sources
                .first()
                .cloned()
                .unwrap_or_else(|| SourceRef::new(&"<model>".into(), 1));
            out.push(Diagnostic::at(
                Code::IdentifierCollision,
                &at,
                message(
                    "type",
                    &t.def.name,
                    None,
                    &t.ident.text,
                    &wanted.text,
                    holder,
                ),
            ));
        }
        match t.kind {
            TypeKind::Struct => fields(t, &mut out),
            TypeKind::Enum => variants(t, &mut out),
            TypeKind::Opaque => {}
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn fields(t: &ResolvedType<'_>, out: &mut Vec<Diagnostic>) {
    for f in &t.fields {
        if names::is_cut(&f.prop.name) {
            let (name, at) = (&f.prop.name, f.prop.source_ref());
            out.push(cut("property", name, Some(&t.def.name), &f.ident.text, &at));
        }
        let wanted = names::field_name(&f.prop.name);
        if f.ident.text == wanted.text {
            continue;
        }
        let holder = t
            .fields
            .iter()
            .find(|o| o.ident.text == wanted.text)
            .map(|o| o.prop.name.as_str());
        let holder = holder
            .or((wanted.text == super::resolve::ADDITIONAL_PROPERTIES)
                .then_some("the catch-all map"));
        let msg = message(
            "property",
            &f.prop.name,
            Some(&t.def.name),
            &f.ident.as_source(),
            &wanted.as_source(),
            holder,
        );
        out.push(Diagnostic::at(
            Code::IdentifierCollision,
            &f.prop.source_ref(),
            msg,
        ));
    }
}

fn variants(t: &ResolvedType<'_>, out: &mut Vec<Diagnostic>) {
    for v in &t.variants {
        if names::is_cut(&v.member.name) {
            let (name, at) = (&v.member.name, &v.member.source);
            out.push(cut(
                "enum member",
                name,
                Some(&t.def.name),
                &v.ident.text,
                at,
            ));
        }
        let wanted = names::type_name(&v.member.name);
        if v.ident.text == wanted.text {
            continue;
        }
        let holder = t
            .variants
            .iter()
            .find(|o| o.ident.text == wanted.text)
            .map(|o| o.member.name.as_str());
        let holder = holder
            .or((wanted.text == super::resolve::UNKNOWN_VARIANT).then_some("the fallback variant"));
        let msg = message(
            "enum member",
            &v.member.name,
            Some(&t.def.name),
            &v.ident.text,
            &wanted.text,
            holder,
        );
        out.push(Diagnostic::at(
            Code::IdentifierCollision,
            &v.member.source,
            msg,
        ));
    }
}

/// A `limit-exceeded` warning for a docs name longer than an identifier is
/// made from (see [`names::MAX_NAME_CHARS`]), quoting its start only.
fn cut(what: &str, wire: &str, owner: Option<&str>, got: &str, at: &SourceRef) -> Diagnostic {
    let owner = owner
        .map(|o| format!(" of `{}`", short(o)))
        .unwrap_or_default();
    let length = wire.chars().count();
    let max = names::MAX_NAME_CHARS;
    Diagnostic::at(
        Code::LimitExceeded,
        at,
        format!(
            "{what} `{}`{owner} has a name of {length} characters; its Rust name is made from the first {max}: `{}`",
            short(wire),
            short(got)
        ),
    )
}

/// `text` quoted in a message: at most 40 characters.
fn short(text: &str) -> std::borrow::Cow<'_, str> {
    crate::diagnostics::clip(text, 40)
}

/// `property `DisplayName` of `user` is `display_name_2` in Rust: `display_name` is taken by `displayName``.
fn message(
    what: &str,
    wire: &str,
    owner: Option<&str>,
    got: &str,
    wanted: &str,
    holder: Option<&str>,
) -> String {
    let owner = owner.map(|o| format!(" of `{o}`")).unwrap_or_default();
    let holder = match holder {
        Some(h) if h.starts_with("the ") => format!(" by {h}"),
        Some(h) => format!(" by `{h}`"),
        None => String::new(),
    };
    format!("{what} `{wire}`{owner} is `{got}` in Rust: `{wanted}` is taken{holder}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract_page;
    use std::sync::Arc;

    #[test]
    fn colliding_properties_get_distinct_names_and_a_diagnostic_each() {
        let page = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n|displayName|String|a|\n|DisplayName|String|b|\n|display_name|String|c|\n|additionalProperties|String|d|\n";
        let model =
            crate::model::merge::build(vec![extract_page(Arc::from("resources/thing.md"), page)]);
        let found = collisions(&model, &EmitOptions::default()).unwrap();
        let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "resources/thing.md:11: warning[identifier-collision]: property `DisplayName` of `thing` is `display_name_2` in Rust: `display_name` is taken by `displayName`",
                "resources/thing.md:12: warning[identifier-collision]: property `display_name` of `thing` is `display_name_3` in Rust: `display_name` is taken by `displayName`",
                "resources/thing.md:13: warning[identifier-collision]: property `additionalProperties` of `thing` is `additional_properties_2` in Rust: `additional_properties` is taken by the catch-all map",
            ]
        );
        // Deterministic: the same model gives the same names and the same report.
        assert_eq!(collisions(&model, &EmitOptions::default()).unwrap(), found);
        let krate = super::super::generate(&model, &EmitOptions::default()).unwrap();
        let models = krate.file("src/models.rs").unwrap();
        for field in [
            "pub display_name:",
            "pub display_name_2:",
            "pub display_name_3:",
            "pub additional_properties_2:",
        ] {
            assert!(models.contains(field), "{field} in {models}");
        }
    }

    #[test]
    fn colliding_types_and_members_are_reported() {
        let enum_page = "---\ndoc_type: enumPageType\n---\n# color enum type\n\n## Members\n\n|Member|Value|Description|\n|:--|:--|:--|\n|red|0|r|\n|Red|1|R|\n|unknown|2|u|\n";
        let model = crate::model::merge::build(vec![extract_page(
            Arc::from("resources/color.md"),
            enum_page,
        )]);
        let found: Vec<String> = collisions(&model, &EmitOptions::default())
            .unwrap()
            .iter()
            .map(|d| d.message.clone())
            .collect();
        assert!(
            found.contains(
                &"enum member `Red` of `color` is `Red2` in Rust: `Red` is taken by `red`"
                    .to_string()
            ),
            "{found:?}"
        );
        assert!(found.contains(&"enum member `unknown` of `color` is `Unknown2` in Rust: `Unknown` is taken by the fallback variant".to_string()), "{found:?}");
    }

    /// Names of thousands of characters (a broken cell, a line pasted into
    /// a table) make identifiers from their first `MAX_NAME_CHARS` only, with
    /// a warning; two that share those get suffixes like any collision, and
    /// the wire names stay whole.
    #[test]
    fn long_names_are_cut_and_reported() {
        let long = "x".repeat(20_000);
        let page = format!("---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n|a{long}|String|a|\n|a{long}y|String|b|\n");
        let model =
            crate::model::merge::build(vec![extract_page(Arc::from("resources/thing.md"), &page)]);
        let found = collisions(&model, &EmitOptions::default()).unwrap();
        let codes: Vec<Code> = found.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [
                Code::LimitExceeded,
                Code::LimitExceeded,
                Code::IdentifierCollision
            ]
        );
        let first = format!("a{}", "x".repeat(names::MAX_NAME_CHARS - 1));
        assert_eq!(
            found[0].message,
            format!(
                "property `a{}…` of `thing` has a name of 20001 characters; its Rust name is made from the first 96: `{}…`",
                "x".repeat(39),
                &first[..40]
            )
        );
        let krate = super::super::generate(&model, &EmitOptions::default()).unwrap();
        let models = krate.file("src/models.rs").unwrap();
        assert!(models.contains(&format!("pub {first}:")), "cut");
        assert!(models.contains(&format!("pub {first}_2:")), "suffixed");
        assert!(models.contains(&format!("\"a{long}y\"")), "wire name whole");
    }
}
