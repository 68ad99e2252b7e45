//! Microsoft Graph types, generated from the reference docs and the service metadata by graphdoc.
//!
//! Properties are optional, except single-valued primitives the metadata declares
//! non-nullable: a response that leaves one out (`$select`) reads as its default.
//! Properties neither lists land in `additional_properties`.

/// The `accessPackage` type.
///
/// Graph type `microsoft.graph.accessPackage`.
///
/// Source: docs-input/001_6af564bee3c101df.md:46
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

/// The `approval` type.
///
/// Graph type `microsoft.graph.approval`. Includes the properties inherited from `entity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7765
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Approval {
    /// Used for the approvalStages property of approval settings in the requestApprovalSettings property of an access package assignment policy. Specifies the primary, fallback, and escalation approvers of each stage.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7766
    #[serde(
        rename = "stages",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stages: ::std::option::Option<::std::vec::Vec<ApprovalStage>>,
    /// Read-only.
    ///
    /// Inherited from `entity`.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    #[serde(rename = "id", default, deserialize_with = "null_as_default")]
    pub id: ::std::string::String,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `approvalStage` type.
///
/// Graph type `microsoft.graph.approvalStage`. Includes the properties inherited from `entity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7770
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalStage {
    /// Indicates whether the stage is assigned to the calling user to review. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7771
    #[serde(
        rename = "assignedToMe",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assigned_to_me: ::std::option::Option<bool>,
    /// The label provided by the policy creator to identify an approval stage. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7774
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The justification associated with the approval stage decision.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7777
    #[serde(
        rename = "justification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub justification: ::std::option::Option<::std::string::String>,
    /// The identifier of the reviewer. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7780
    #[serde(
        rename = "reviewedBy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reviewed_by: ::std::option::Option<Identity>,
    /// The date and time when a decision was recorded. The date and time information uses ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7783
    #[serde(
        rename = "reviewedDateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reviewed_date_time: ::std::option::Option<
        ::chrono::DateTime<::chrono::FixedOffset>,
    >,
    /// The result of this approval record. Possible values include: NotReviewed, Approved, Denied.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7786
    #[serde(
        rename = "reviewResult",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub review_result: ::std::option::Option<::std::string::String>,
    /// The stage status. Possible values: InProgress, Initializing, Completed, Expired. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7789
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// Read-only.
    ///
    /// Inherited from `entity`.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    #[serde(rename = "id", default, deserialize_with = "null_as_default")]
    pub id: ::std::string::String,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `entitlementManagement` type.
///
/// Graph type `microsoft.graph.entitlementManagement`. Includes the properties inherited from `entity`.
///
/// Source: docs-input/000_fbb2cf42e617722e.md:38
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntitlementManagement {
    /// Inherited from entity
    ///
    /// Source: docs-input/000_fbb2cf42e617722e.md:45; metadata: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    #[serde(rename = "id", default, deserialize_with = "null_as_default")]
    pub id: ::std::string::String,
    /// The `accessPackageAssignmentApprovals` property.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7794
    #[serde(
        rename = "accessPackageAssignmentApprovals",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_package_assignment_approvals: ::std::option::Option<
        ::std::vec::Vec<Approval>,
    >,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `entity` type.
///
/// Graph type `microsoft.graph.entity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2278
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Entity {
    /// Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    #[serde(rename = "id", default, deserialize_with = "null_as_default")]
    pub id: ::std::string::String,
    /// Properties these bindings don't declare (including `@odata.type`), kept so they round-trip.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

/// The `identity` type.
///
/// Graph type `microsoft.graph.identity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:14073
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Identity {
    /// The identity's display name. Note that this may not always be available or up to date. For example, if a user changes their display name, the API may show the new value in a future response, but the items associated with the user won't show up as having changed when using delta.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:14074
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Unique identifier for the identity.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:14077
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
pub type RequestSchedule = ::serde_json::Value;
/// Reads `null` as the type's default: for fields the metadata declares
/// non-nullable, so a service that sends `null` anyway does not fail the whole response.
fn null_as_default<'de, D, T>(deserializer: D) -> ::std::result::Result<T, D::Error>
where
    D: ::serde::Deserializer<'de>,
    T: ::serde::Deserialize<'de> + ::std::default::Default,
{
    let value: ::std::option::Option<T> = ::serde::Deserialize::deserialize(
        deserializer,
    )?;
    ::std::result::Result::Ok(value.unwrap_or_default())
}
