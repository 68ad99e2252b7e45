//! Microsoft Graph types, generated from the reference docs by graphdoc.
//!
//! Every property is optional because the docs rarely say which ones a response
//! always carries; members the docs don't list, and explicit `null`s, land in
//! `additional_properties`.

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HostileThing {
    /// "; } fn evil() {} /*
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:17
    pub field: ::std::option::Option<::std::string::String>,
    /// A keyword: r#type.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:18
    pub r#type: ::std::option::Option<::std::string::String>,
    /// Leading digit.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:19
    pub n_2fa: ::std::option::Option<bool>,
    /// Emoji and a space.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:20
    pub crab: ::std::option::Option<::std::string::String>,
    /// Collides.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:21
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Collides */ too.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:22
    pub display_name_2: ::std::option::Option<::std::string::String>,
    /// Collides "three".
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:23
    pub display_name_3: ::std::option::Option<::std::string::String>,
    /// Not a raw identifier.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:24
    pub self_value: ::std::option::Option<::std::string::String>,
    /// Not one either.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:25
    pub self_value_2: ::std::option::Option<::std::string::String>,
    /// Nor this.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:26
    pub crate_value: ::std::option::Option<::std::string::String>,
    /// Already raw.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:27
    pub r_raw: ::std::option::Option<::std::string::String>,
    /// An attribute.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:28
    pub attr: ::std::option::Option<::std::string::String>,
    /// A brace.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:29
    pub field_2: ::std::option::Option<::std::string::String>,
    /// The catch-all's name.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:30
    pub additional_properties_2: ::std::option::Option<::std::string::String>,
    /// An enum.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:31
    pub status: ::std::option::Option<HostileEnum>,
    /// A number.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:32
    pub count: ::std::option::Option<i32>,
    /// The `*/` property.
    ///
    /// Source: generator/tests/injection/resources/hostilething.md:42
    pub field_3: ::std::option::Option<::std::string::String>,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

impl ::serde::Serialize for HostileThing {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.field {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "/", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.r#type {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "type", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.n_2fa {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "2fa", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.crab {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "🦀 crab", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.display_name {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "displayName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.display_name_2 {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "DisplayName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.display_name_3 {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "display_name",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.self_value {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "self", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.self_value_2 {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "Self", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.crate_value {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "crate", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.r_raw {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "r#raw", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.attr {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "#[attr]", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.field_2 {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "}", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.additional_properties_2 {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "additionalProperties",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.status {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "status", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.count {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "count", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.field_3 {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "*/", value)?;
        }
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "/" => self.field.is_some(),
                "type" => self.r#type.is_some(),
                "2fa" => self.n_2fa.is_some(),
                "🦀 crab" => self.crab.is_some(),
                "displayName" => self.display_name.is_some(),
                "DisplayName" => self.display_name_2.is_some(),
                "display_name" => self.display_name_3.is_some(),
                "self" => self.self_value.is_some(),
                "Self" => self.self_value_2.is_some(),
                "crate" => self.crate_value.is_some(),
                "r#raw" => self.r_raw.is_some(),
                "#[attr]" => self.attr.is_some(),
                "}" => self.field_2.is_some(),
                "additionalProperties" => self.additional_properties_2.is_some(),
                "status" => self.status.is_some(),
                "count" => self.count.is_some(),
                "*/" => self.field_3.is_some(),
                _ => false,
            };
            if !written {
                ::serde::ser::SerializeMap::serialize_entry(&mut map, key, value)?;
            }
        }
        ::serde::ser::SerializeMap::end(map)
    }
}

impl<'de> ::serde::Deserialize<'de> for HostileThing {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(HostileThing {
            field: take_field(&mut object, "/")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            r#type: take_field(&mut object, "type")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            n_2fa: take_field(&mut object, "2fa")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            crab: take_field(&mut object, "🦀 crab")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            display_name: take_field(&mut object, "displayName")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            display_name_2: take_field(&mut object, "DisplayName")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            display_name_3: take_field(&mut object, "display_name")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            self_value: take_field(&mut object, "self")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            self_value_2: take_field(&mut object, "Self")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            crate_value: take_field(&mut object, "crate")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            r_raw: take_field(&mut object, "r#raw")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            attr: take_field(&mut object, "#[attr]")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            field_2: take_field(&mut object, "}")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties_2: take_field(&mut object, "additionalProperties")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            status: take_field(&mut object, "status")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            count: take_field(&mut object, "count")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            field_3: take_field(&mut object, "*/")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// Takes `key` out of `object` for an optional field. An explicit `null`
/// stays in `object` (so it lands in `additional_properties` and is
/// written back): a `PATCH` that sends `null` clears a value, which an
/// absent member does not.
#[allow(dead_code)]
fn take_field<T>(
    object: &mut ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    key: &str,
) -> ::std::result::Result<::std::option::Option<T>, ::std::string::String>
where
    T: ::serde::de::DeserializeOwned,
{
    match object.remove(key) {
        ::std::option::Option::None => {
            ::std::result::Result::Ok(::std::option::Option::None)
        }
        ::std::option::Option::Some(::serde_json::Value::Null) => {
            object
                .insert(
                    ::std::string::ToString::to_string(key),
                    ::serde_json::Value::Null,
                );
            ::std::result::Result::Ok(::std::option::Option::None)
        }
        ::std::option::Option::Some(value) => {
            T::deserialize(value)
                .map(::std::option::Option::Some)
                .map_err(|e| ::std::format!("`{key}`: {e}"))
        }
    }
}
