//! Microsoft Graph types, generated from the reference docs by graphdoc.
//!
//! Every property is optional because the docs rarely say which ones a response
//! always carries; members the docs don't list, and explicit `null`s, land in
//! `additional_properties`.

/// The `accessPackage` type.
///
/// Graph type `microsoft.graph.accessPackage`.
///
/// Source: docs-input/001_6af564bee3c101df.md:46
#[cfg(feature = "identitygovernance")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessPackage {
    /// The `catalogId` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:71
    pub catalog_id: ::std::option::Option<::std::string::String>,
    /// The `displayName` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:72
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The `description` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:73
    pub description: ::std::option::Option<::std::string::String>,
    /// The `id` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:121
    pub id: ::std::option::Option<::std::string::String>,
    /// The `isHidden` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:125
    pub is_hidden: ::std::option::Option<bool>,
    /// The `isRoleScopesVisible` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:126
    pub is_role_scopes_visible: ::std::option::Option<bool>,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

#[cfg(feature = "identitygovernance")]
impl ::serde::Serialize for AccessPackage {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.catalog_id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "catalogId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.display_name {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "displayName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.description {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_hidden {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "isHidden", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_role_scopes_visible {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "isRoleScopesVisible",
                value,
            )?;
        }
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "catalogId" => self.catalog_id.is_some(),
                "displayName" => self.display_name.is_some(),
                "description" => self.description.is_some(),
                "id" => self.id.is_some(),
                "isHidden" => self.is_hidden.is_some(),
                "isRoleScopesVisible" => self.is_role_scopes_visible.is_some(),
                _ => false,
            };
            if !written {
                ::serde::ser::SerializeMap::serialize_entry(&mut map, key, value)?;
            }
        }
        ::serde::ser::SerializeMap::end(map)
    }
}

#[cfg(feature = "identitygovernance")]
impl<'de> ::serde::Deserialize<'de> for AccessPackage {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(AccessPackage {
            catalog_id: take_field(&mut object, "catalogId")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            display_name: take_field(&mut object, "displayName")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            description: take_field(&mut object, "description")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            id: take_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            is_hidden: take_field(&mut object, "isHidden")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            is_role_scopes_visible: take_field(&mut object, "isRoleScopesVisible")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `accessPackageAssignment` type.
///
/// Graph type `microsoft.graph.accessPackageAssignment`.
///
/// Source: docs-input/004_14a8bc76e1844eb9.md:42
#[cfg(feature = "identitygovernance")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessPackageAssignment {
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:49
    pub catalog_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:50
    pub access_package_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:51
    pub assignment_policy_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:52
    pub target_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:53
    pub assignment_status: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:54
    pub assignment_state: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:55
    pub is_extended: ::std::option::Option<bool>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:56
    pub expired_date_time: ::std::option::Option<
        ::chrono::DateTime<::chrono::FixedOffset>,
    >,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:57
    pub schedule: ::std::option::Option<RequestSchedule>,
    /// The `id` property.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:109
    pub id: ::std::option::Option<::std::string::String>,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

#[cfg(feature = "identitygovernance")]
impl ::serde::Serialize for AccessPackageAssignment {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.catalog_id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "catalogId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.access_package_id {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "accessPackageId",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.assignment_policy_id {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "assignmentPolicyId",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.target_id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "targetId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.assignment_status {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "assignmentStatus",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.assignment_state {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "assignmentState",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.is_extended {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "isExtended", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.expired_date_time {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "expiredDateTime",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.schedule {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "schedule", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", value)?;
        }
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "catalogId" => self.catalog_id.is_some(),
                "accessPackageId" => self.access_package_id.is_some(),
                "assignmentPolicyId" => self.assignment_policy_id.is_some(),
                "targetId" => self.target_id.is_some(),
                "assignmentStatus" => self.assignment_status.is_some(),
                "assignmentState" => self.assignment_state.is_some(),
                "isExtended" => self.is_extended.is_some(),
                "expiredDateTime" => self.expired_date_time.is_some(),
                "schedule" => self.schedule.is_some(),
                "id" => self.id.is_some(),
                _ => false,
            };
            if !written {
                ::serde::ser::SerializeMap::serialize_entry(&mut map, key, value)?;
            }
        }
        ::serde::ser::SerializeMap::end(map)
    }
}

#[cfg(feature = "identitygovernance")]
impl<'de> ::serde::Deserialize<'de> for AccessPackageAssignment {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(AccessPackageAssignment {
            catalog_id: take_field(&mut object, "catalogId")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            access_package_id: take_field(&mut object, "accessPackageId")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            assignment_policy_id: take_field(&mut object, "assignmentPolicyId")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            target_id: take_field(&mut object, "targetId")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            assignment_status: take_field(&mut object, "assignmentStatus")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            assignment_state: take_field(&mut object, "assignmentState")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            is_extended: take_field(&mut object, "isExtended")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            expired_date_time: take_field(&mut object, "expiredDateTime")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            schedule: take_field(&mut object, "schedule")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            id: take_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `accessPackageAssignmentPolicy` type.
///
/// Graph type `microsoft.graph.accessPackageAssignmentPolicy`.
///
/// Source: docs-input/002_8ad61b0677385195.md:40
#[cfg(feature = "accesspackageassignmentpolicies")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessPackageAssignmentPolicy {
    /// The `accessPackageId` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:63
    pub access_package_id: ::std::option::Option<::std::string::String>,
    /// The `displayName` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:64
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The `description` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:65
    pub description: ::std::option::Option<::std::string::String>,
    /// The `isEnabled` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:66
    pub is_enabled: ::std::option::Option<bool>,
    /// The `id` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:87
    pub id: ::std::option::Option<::std::string::String>,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

#[cfg(feature = "accesspackageassignmentpolicies")]
impl ::serde::Serialize for AccessPackageAssignmentPolicy {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.access_package_id {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "accessPackageId",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.display_name {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "displayName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.description {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.is_enabled {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "isEnabled", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", value)?;
        }
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "accessPackageId" => self.access_package_id.is_some(),
                "displayName" => self.display_name.is_some(),
                "description" => self.description.is_some(),
                "isEnabled" => self.is_enabled.is_some(),
                "id" => self.id.is_some(),
                _ => false,
            };
            if !written {
                ::serde::ser::SerializeMap::serialize_entry(&mut map, key, value)?;
            }
        }
        ::serde::ser::SerializeMap::end(map)
    }
}

#[cfg(feature = "accesspackageassignmentpolicies")]
impl<'de> ::serde::Deserialize<'de> for AccessPackageAssignmentPolicy {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(AccessPackageAssignmentPolicy {
            access_package_id: take_field(&mut object, "accessPackageId")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            display_name: take_field(&mut object, "displayName")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            description: take_field(&mut object, "description")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            is_enabled: take_field(&mut object, "isEnabled")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            id: take_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `entitlementManagement` type.
///
/// Graph type `microsoft.graph.entitlementManagement`. Base type `entity` is not documented in these pages; its properties land in `additional_properties`.
///
/// Source: docs-input/000_fbb2cf42e617722e.md:38
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementManagement {
    /// Inherited from entity
    ///
    /// Source: docs-input/000_fbb2cf42e617722e.md:45
    pub id: ::std::option::Option<::std::string::String>,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

#[cfg(feature = "types-unreached")]
impl ::serde::Serialize for EntitlementManagement {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", value)?;
        }
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "id" => self.id.is_some(),
                _ => false,
            };
            if !written {
                ::serde::ser::SerializeMap::serialize_entry(&mut map, key, value)?;
            }
        }
        ::serde::ser::SerializeMap::end(map)
    }
}

#[cfg(feature = "types-unreached")]
impl<'de> ::serde::Deserialize<'de> for EntitlementManagement {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(EntitlementManagement {
            id: take_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `requestSchedule` type, which these docs reference but never document: kept as raw JSON.
///
/// First referenced at docs-input/004_14a8bc76e1844eb9.md:57.
#[cfg(feature = "identitygovernance")]
pub type RequestSchedule = ::serde_json::Value;
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
