//! Microsoft Graph types, generated from the reference docs by graphdoc.
//!
//! Every property is optional because the docs rarely say which ones a response
//! always carries; properties the docs don't list land in `additional_properties`.

/// An enum */ "quoted" #[ }.
///
/// Graph type `microsoft.graph.hostileEnum`.
///
/// Source: generator/tests/injection/resources/hostileenum.md:7
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HostileEnum {
    /// Raw prefix.
    ///
    /// Source: generator/tests/injection/resources/hostileenum.md:18
    R,
    /// A keyword.
    ///
    /// Source: generator/tests/injection/resources/hostileenum.md:19
    Type,
    /// Leading digit.
    ///
    /// Source: generator/tests/injection/resources/hostileenum.md:20
    N2fa,
    /// Only an emoji.
    ///
    /// Source: generator/tests/injection/resources/hostileenum.md:21
    Unnamed,
    /// The fallback's name.
    ///
    /// Source: generator/tests/injection/resources/hostileenum.md:22
    Unknown2,
    /// A non-raw keyword.
    ///
    /// Source: generator/tests/injection/resources/hostileenum.md:24
    SelfType,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// Source: generator/tests/injection/resources/hostileenum.md:25
    UnknownFutureValue,
    /// A value these bindings don't know (a newer member, or a flags combination), kept as sent.
    Unknown(::std::string::String),
}

impl HostileEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::R => "r#",
            Self::Type => "type",
            Self::N2fa => "2fa",
            Self::Unnamed => "🦀",
            Self::Unknown2 => "Unknown",
            Self::SelfType => "self",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for HostileEnum {
    fn from(wire: &str) -> Self {
        match wire {
            "r#" => Self::R,
            "type" => Self::Type,
            "2fa" => Self::N2fa,
            "🦀" => Self::Unnamed,
            "Unknown" => Self::Unknown2,
            "self" => Self::SelfType,
            "unknownFutureValue" => Self::UnknownFutureValue,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}

impl ::serde::Serialize for HostileEnum {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for HostileEnum {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let wire = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(wire.as_str()))
    }
}

/// A thing / fn evil() {} / with "quotes", #[attr], } and \u{0}, r#raw, 🦀.
///
/// Graph type `microsoft.graph.hostileThing`.
///
/// Source: generator/tests/injection/api/hostilething-create.md:19
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostileThing {
    /// "; } fn evil() {} /*
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:17
    #[serde(
        rename = "/",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field: ::std::option::Option<::std::string::String>,
    /// A keyword: r#type.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:18
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Leading digit.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:19
    #[serde(
        rename = "2fa",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub n_2fa: ::std::option::Option<bool>,
    /// Emoji and a space.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:20
    #[serde(
        rename = "🦀 crab",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub crab: ::std::option::Option<::std::string::String>,
    /// Collides.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:21
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Collides */ too.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:22
    #[serde(
        rename = "DisplayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name_2: ::std::option::Option<::std::string::String>,
    /// Collides "three".
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:23
    #[serde(
        rename = "display_name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name_3: ::std::option::Option<::std::string::String>,
    /// Not a raw identifier.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:24
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_value: ::std::option::Option<::std::string::String>,
    /// Not one either.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:25
    #[serde(
        rename = "Self",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_value_2: ::std::option::Option<::std::string::String>,
    /// Nor this.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:26
    #[serde(
        rename = "crate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub crate_value: ::std::option::Option<::std::string::String>,
    /// Already raw.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:27
    #[serde(
        rename = "r#raw",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r_raw: ::std::option::Option<::std::string::String>,
    /// An attribute.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:28
    #[serde(
        rename = "#[attr]",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attr: ::std::option::Option<::std::string::String>,
    /// A brace.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:29
    #[serde(
        rename = "}",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_2: ::std::option::Option<::std::string::String>,
    /// The catch-all's name.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:30
    #[serde(
        rename = "additionalProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_properties_2: ::std::option::Option<::std::string::String>,
    /// An enum.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:31
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<HostileEnum>,
    /// A number.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:32
    #[serde(
        rename = "count",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub count: ::std::option::Option<i32>,
    /// The `*/` property.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:42
    #[serde(
        rename = "*/",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_3: ::std::option::Option<::std::string::String>,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}
