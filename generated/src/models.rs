//! Microsoft Graph types, generated from the reference docs by graphdoc.
//!
//! Every property is optional because the docs rarely say which ones a response
//! always carries; properties the docs don't list land in `additional_properties`.

/// The `accessPackage` type.
///
/// Graph type `microsoft.graph.accessPackage`.
///
/// Source: docs-input/001_6af564bee3c101df.md:46
#[cfg(feature = "identitygovernance")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessPackage {
    /// The `catalogId` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:71
    #[serde(
        rename = "catalogId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub catalog_id: ::std::option::Option<::std::string::String>,
    /// The `displayName` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:72
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The `description` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:73
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The `id` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:121
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// The `isHidden` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:125
    #[serde(
        rename = "isHidden",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_hidden: ::std::option::Option<bool>,
    /// The `isRoleScopesVisible` property.
    ///
    /// Source: docs-input/001_6af564bee3c101df.md:126
    #[serde(
        rename = "isRoleScopesVisible",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_role_scopes_visible: ::std::option::Option<bool>,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `accessPackageAssignment` type.
///
/// Graph type `microsoft.graph.accessPackageAssignment`.
///
/// Source: docs-input/004_14a8bc76e1844eb9.md:42
#[cfg(feature = "identitygovernance")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessPackageAssignment {
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:49
    #[serde(
        rename = "catalogId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub catalog_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:50
    #[serde(
        rename = "accessPackageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_package_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:51
    #[serde(
        rename = "assignmentPolicyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assignment_policy_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:52
    #[serde(
        rename = "targetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_id: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:53
    #[serde(
        rename = "assignmentStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assignment_status: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:54
    #[serde(
        rename = "assignmentState",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assignment_state: ::std::option::Option<::std::string::String>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:55
    #[serde(
        rename = "isExtended",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_extended: ::std::option::Option<bool>,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:56
    #[serde(
        rename = "expiredDateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_date_time: ::std::option::Option<
        ::chrono::DateTime<::chrono::FixedOffset>,
    >,
    /// TODO: Add Description Optional.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:57
    #[serde(
        rename = "schedule",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub schedule: ::std::option::Option<RequestSchedule>,
    /// The `id` property.
    ///
    /// Source: docs-input/004_14a8bc76e1844eb9.md:109
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `accessPackageAssignmentPolicy` type.
///
/// Graph type `microsoft.graph.accessPackageAssignmentPolicy`.
///
/// Source: docs-input/002_8ad61b0677385195.md:40
#[cfg(feature = "accesspackageassignmentpolicies")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessPackageAssignmentPolicy {
    /// The `accessPackageId` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:63
    #[serde(
        rename = "accessPackageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_package_id: ::std::option::Option<::std::string::String>,
    /// The `displayName` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:64
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The `description` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:65
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The `isEnabled` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:66
    #[serde(
        rename = "isEnabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_enabled: ::std::option::Option<bool>,
    /// The `id` property.
    ///
    /// Source: docs-input/002_8ad61b0677385195.md:87
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `entitlementManagement` type.
///
/// Graph type `microsoft.graph.entitlementManagement`. Base type `entity` is not documented in these pages; its properties land in `additional_properties`.
///
/// Source: docs-input/000_fbb2cf42e617722e.md:38
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntitlementManagement {
    /// Inherited from entity
    ///
    /// Source: docs-input/000_fbb2cf42e617722e.md:45
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `requestSchedule` type, which these docs reference but never document: kept as raw JSON.
///
/// First referenced at docs-input/004_14a8bc76e1844eb9.md:57.
#[cfg(feature = "identitygovernance")]
pub type RequestSchedule = ::serde_json::Value;
