//! Rust identifiers from the names the docs use. The docs spell names freely
//! (`displayName`, `DisplayName`, `2faMethod`, `type`), while Rust needs valid,
//! unique identifiers; the mapping must be deterministic so regenerating the
//! same docs yields the same code byte for byte.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};
use std::collections::BTreeSet;

/// Keywords that can be written as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing word instead.
const NON_RAW_KEYWORDS: &[&str] = &["crate", "self", "super", "Self", "_"];

/// An identifier known to be valid, with whether it must be written raw.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RustName {
    /// The identifier without any `r#` prefix.
    pub text: String,
    /// Whether it is a keyword written as `r#text`.
    pub raw: bool,
}

impl RustName {
    /// The identifier as a token. Construction guarantees validity, so this
    /// cannot panic (the text is ASCII alphanumerics and `_`, never starting
    /// with a digit, never a non-raw keyword).
    pub fn ident(&self) -> Ident {
        if self.raw {
            Ident::new_raw(&self.text, Span::call_site())
        } else {
            Ident::new(&self.text, Span::call_site())
        }
    }

    /// The identifier as it appears in source (`r#type`).
    pub fn as_source(&self) -> String {
        if self.raw {
            format!("r#{}", self.text)
        } else {
            self.text.clone()
        }
    }
}

/// The most characters of a docs name an identifier is made from. Graph's
/// longest names have 57; a name of thousands (a broken table cell, a line
/// pasted into a path) would make identifiers rustc spends gigabytes on, so
/// such a name is cut (the wire name stays whole; `collisions` reports it).
pub const MAX_NAME_CHARS: usize = 96;

/// `name` cut to its first [`MAX_NAME_CHARS`] characters.
fn bounded(name: &str) -> &str {
    match name.char_indices().nth(MAX_NAME_CHARS) {
        Some((end, _)) => &name[..end],
        None => name,
    }
}

/// Whether `name` is longer than an identifier is made from (see [`MAX_NAME_CHARS`]).
pub fn is_cut(name: &str) -> bool {
    name.char_indices().nth(MAX_NAME_CHARS).is_some()
}

/// Replaces every character that cannot appear in an identifier with a word
/// break, so heck sees `odata.type` as two words rather than keeping the dot.
fn words(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A type or variant name: `accessPackage` → `AccessPackage`.
pub fn type_name(name: &str) -> RustName {
    let mut s = words(bounded(name)).to_upper_camel_case();
    if s.is_empty() {
        s = "Unnamed".to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'N');
    }
    if NON_RAW_KEYWORDS.contains(&s.as_str()) {
        s.push_str("Type");
    }
    RustName {
        text: s,
        raw: false,
    }
}

/// A field name: `isExtended` → `is_extended`, `type` → `r#type`, `2fa` → `n_2fa`.
pub fn field_name(name: &str) -> RustName {
    let mut s = words(bounded(name)).to_snake_case();
    if s.is_empty() {
        s = "field".to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert_str(0, "n_");
    }
    if NON_RAW_KEYWORDS.contains(&s.as_str()) {
        s.push_str("_value");
    }
    let raw = RAW_KEYWORDS.contains(&s.as_str());
    RustName { text: s, raw }
}

/// Hands out unique names in call order: the first to claim a name gets it,
/// later ones get `_2`, `_3`… (fields) or `2`, `3`… (types, which stay
/// UpperCamelCase). Callers feed names in a deterministic order.
#[derive(Debug, Default)]
pub struct Namer {
    taken: BTreeSet<String>,
    camel: bool,
}

impl Namer {
    /// A namer for fields (suffix `_2`).
    pub fn fields() -> Namer {
        Namer {
            taken: BTreeSet::new(),
            camel: false,
        }
    }

    /// A namer for types and variants (suffix `2`).
    pub fn types() -> Namer {
        Namer {
            taken: BTreeSet::new(),
            camel: true,
        }
    }

    /// Marks `text` as used without handing it out (`additional_properties`, `Unknown`).
    pub fn reserve(&mut self, text: &str) {
        self.taken.insert(text.to_string());
    }

    /// Claims `name` or the first free suffixed variant of it.
    pub fn claim(&mut self, name: RustName) -> RustName {
        if self.taken.insert(name.text.clone()) {
            return name;
        }
        let sep = if self.camel { "" } else { "_" };
        let mut n = 2u32;
        loop {
            let candidate = format!("{}{sep}{n}", name.text);
            if self.taken.insert(candidate.clone()) {
                // A suffixed keyword is no longer a keyword.
                return RustName {
                    text: candidate,
                    raw: false,
                };
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversion() {
        assert_eq!(type_name("accessPackage").text, "AccessPackage");
        assert_eq!(
            field_name("isRoleScopesVisible").text,
            "is_role_scopes_visible"
        );
        assert_eq!(field_name("@odata.type").text, "odata_type");
    }

    #[test]
    fn keywords_are_raw_or_renamed() {
        assert_eq!(field_name("type").as_source(), "r#type");
        assert_eq!(field_name("async").as_source(), "r#async");
        assert_eq!(field_name("self").as_source(), "self_value");
        assert_eq!(field_name("Self").as_source(), "self_value");
        assert_eq!(type_name("self").as_source(), "SelfType");
        assert_eq!(field_name("type").ident().to_string(), "r#type");
    }

    #[test]
    fn digits_and_odd_characters() {
        assert_eq!(field_name("2faMethod").text, "n_2fa_method");
        assert_eq!(type_name("3rdParty").text, "N3rdParty");
        assert_eq!(field_name("").text, "field");
        assert_eq!(type_name("ü?").text, "Unnamed");
        assert_eq!(field_name("a-b c").text, "a_b_c");
    }

    #[test]
    fn every_name_is_a_valid_identifier() {
        for raw in [
            "",
            "_",
            "__",
            "9",
            "ñandú",
            "a..b",
            "r#x",
            "type",
            "crate",
            "Self",
            "$ref",
            "@odata.type",
            "x y",
        ] {
            for name in [field_name(raw), type_name(raw)] {
                let ident = name.ident();
                assert!(
                    syn::parse_str::<syn::Ident>(&ident.to_string()).is_ok(),
                    "{raw:?} → {ident}"
                );
            }
        }
    }

    #[test]
    fn long_names_are_cut() {
        let long = "x".repeat(200_000);
        assert_eq!(
            type_name(&long).text,
            "X".to_string() + &"x".repeat(MAX_NAME_CHARS - 1)
        );
        assert_eq!(
            field_name(&format!("target{long}")).text.len(),
            MAX_NAME_CHARS
        );
        assert!(is_cut(&long) && !is_cut(&"é".repeat(MAX_NAME_CHARS)));
        // Graph's longest names are whole.
        let longest = "workProfilePasswordMinutesOfInactivityBeforeScreenTimeout";
        assert!(!is_cut(longest));
        assert_eq!(
            field_name(longest).text,
            "work_profile_password_minutes_of_inactivity_before_screen_timeout"
        );
    }

    #[test]
    fn collisions_get_suffixes_in_claim_order() {
        let mut fields = Namer::fields();
        fields.reserve("additional_properties");
        assert_eq!(fields.claim(field_name("displayName")).text, "display_name");
        assert_eq!(
            fields.claim(field_name("DisplayName")).text,
            "display_name_2"
        );
        assert_eq!(
            fields.claim(field_name("display_name")).text,
            "display_name_3"
        );
        assert_eq!(
            fields.claim(field_name("additionalProperties")).text,
            "additional_properties_2"
        );
        let mut types = Namer::types();
        assert_eq!(types.claim(type_name("user")).text, "User");
        assert_eq!(types.claim(type_name("User")).text, "User2");
        let t = fields.claim(field_name("type"));
        assert!(t.raw);
        let t2 = fields.claim(field_name("type"));
        assert_eq!((t2.text.as_str(), t2.raw), ("type_2", false));
    }
}
