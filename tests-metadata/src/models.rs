//! Microsoft Graph types, generated from the reference docs and the service metadata by graphdoc.
//!
//! Properties are optional, except single-valued primitives the metadata declares
//! non-nullable: a response that leaves one out (`$select`) reads as its default.
//! Members neither lists, and explicit `null`s, land in `additional_properties`.

/// The `accessPackage` type.
///
/// Graph type `microsoft.graph.accessPackage`.
///
/// Source: docs-input/001_6af564bee3c101df.md:46
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

/// The `approval` type.
///
/// Graph type `microsoft.graph.approval`. Includes the properties inherited from `entity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7765
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Approval {
    /// Used for the approvalStages property of approval settings in the requestApprovalSettings property of an access package assignment policy. Specifies the primary, fallback, and escalation approvers of each stage.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7766
    pub stages: ::std::option::Option<::std::vec::Vec<ApprovalStage>>,
    /// Read-only.
    ///
    /// Inherited from `entity`.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    pub id: ::std::string::String,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

#[cfg(feature = "types-unreached")]
impl ::serde::Serialize for Approval {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.stages {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "stages", value)?;
        }
        ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", &self.id)?;
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "stages" => self.stages.is_some(),
                "id" => true,
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
impl<'de> ::serde::Deserialize<'de> for Approval {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Approval {
            stages: take_field(&mut object, "stages")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            id: take_plain_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `approvalStage` type.
///
/// Graph type `microsoft.graph.approvalStage`. Includes the properties inherited from `entity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7770
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalStage {
    /// Indicates whether the stage is assigned to the calling user to review. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7771
    pub assigned_to_me: ::std::option::Option<bool>,
    /// The label provided by the policy creator to identify an approval stage. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7774
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The justification associated with the approval stage decision.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7777
    pub justification: ::std::option::Option<::std::string::String>,
    /// The identifier of the reviewer. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7780
    pub reviewed_by: ::std::option::Option<Identity>,
    /// The date and time when a decision was recorded. The date and time information uses ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7783
    pub reviewed_date_time: ::std::option::Option<
        ::chrono::DateTime<::chrono::FixedOffset>,
    >,
    /// The result of this approval record. Possible values include: NotReviewed, Approved, Denied.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7786
    pub review_result: ::std::option::Option<::std::string::String>,
    /// The stage status. Possible values: InProgress, Initializing, Completed, Expired. Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7789
    pub status: ::std::option::Option<::std::string::String>,
    /// Read-only.
    ///
    /// Inherited from `entity`.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    pub id: ::std::string::String,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

#[cfg(feature = "types-unreached")]
impl ::serde::Serialize for ApprovalStage {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.assigned_to_me {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "assignedToMe",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.display_name {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "displayName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.justification {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "justification",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.reviewed_by {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "reviewedBy", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.reviewed_date_time {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "reviewedDateTime",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.review_result {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "reviewResult",
                value,
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.status {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "status", value)?;
        }
        ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", &self.id)?;
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "assignedToMe" => self.assigned_to_me.is_some(),
                "displayName" => self.display_name.is_some(),
                "justification" => self.justification.is_some(),
                "reviewedBy" => self.reviewed_by.is_some(),
                "reviewedDateTime" => self.reviewed_date_time.is_some(),
                "reviewResult" => self.review_result.is_some(),
                "status" => self.status.is_some(),
                "id" => true,
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
impl<'de> ::serde::Deserialize<'de> for ApprovalStage {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(ApprovalStage {
            assigned_to_me: take_field(&mut object, "assignedToMe")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            display_name: take_field(&mut object, "displayName")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            justification: take_field(&mut object, "justification")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            reviewed_by: take_field(&mut object, "reviewedBy")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            reviewed_date_time: take_field(&mut object, "reviewedDateTime")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            review_result: take_field(&mut object, "reviewResult")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            status: take_field(&mut object, "status")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            id: take_plain_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `entitlementManagement` type.
///
/// Graph type `microsoft.graph.entitlementManagement`. Includes the properties inherited from `entity`.
///
/// Source: docs-input/000_fbb2cf42e617722e.md:38
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementManagement {
    /// Inherited from entity
    ///
    /// Source: docs-input/000_fbb2cf42e617722e.md:45; metadata: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    pub id: ::std::string::String,
    /// The `accessPackageAssignmentApprovals` property.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:7794
    pub access_package_assignment_approvals: ::std::option::Option<
        ::std::vec::Vec<Approval>,
    >,
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
        ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", &self.id)?;
        if let ::std::option::Option::Some(value) = &self
            .access_package_assignment_approvals
        {
            ::serde::ser::SerializeMap::serialize_entry(
                &mut map,
                "accessPackageAssignmentApprovals",
                value,
            )?;
        }
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "id" => true,
                "accessPackageAssignmentApprovals" => {
                    self.access_package_assignment_approvals.is_some()
                }
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
            id: take_plain_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            access_package_assignment_approvals: take_field(
                    &mut object,
                    "accessPackageAssignmentApprovals",
                )
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `entity` type.
///
/// Graph type `microsoft.graph.entity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2278
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entity {
    /// Read-only.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:2279
    ///
    /// Never null, says the service metadata; a response that leaves it out reads as the default.
    pub id: ::std::string::String,
    /// Members these bindings don't declare (including `@odata.type`), and
    /// explicit `null`s, kept so they round-trip. To send a `null` (to clear
    /// a value in a `PATCH`), insert it here under the member's wire name.
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::serde_json::Value,
    >,
}

#[cfg(feature = "types-unreached")]
impl ::serde::Serialize for Entity {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", &self.id)?;
        for (key, value) in &self.additional_properties {
            if !::std::matches!(key.as_str(), "id") {
                ::serde::ser::SerializeMap::serialize_entry(&mut map, key, value)?;
            }
        }
        ::serde::ser::SerializeMap::end(map)
    }
}

#[cfg(feature = "types-unreached")]
impl<'de> ::serde::Deserialize<'de> for Entity {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Entity {
            id: take_plain_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `identity` type.
///
/// Graph type `microsoft.graph.identity`.
///
/// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:14073
#[cfg(feature = "types-unreached")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Identity {
    /// The identity's display name. Note that this may not always be available or up to date. For example, if a user changes their display name, the API may show the new value in a future response, but the items associated with the user won't show up as having changed when using delta.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:14074
    pub display_name: ::std::option::Option<::std::string::String>,
    /// Unique identifier for the identity.
    ///
    /// Source: ../shared/corpus/graph-metadata/v1.0-csdl.xml:14077
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
impl ::serde::Serialize for Identity {
    fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        let mut map = serializer.serialize_map(::std::option::Option::None)?;
        if let ::std::option::Option::Some(value) = &self.display_name {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "displayName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.id {
            ::serde::ser::SerializeMap::serialize_entry(&mut map, "id", value)?;
        }
        for (key, value) in &self.additional_properties {
            let written = match key.as_str() {
                "displayName" => self.display_name.is_some(),
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
impl<'de> ::serde::Deserialize<'de> for Identity {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let mut object = <::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Identity {
            display_name: take_field(&mut object, "displayName")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            id: take_field(&mut object, "id")
                .map_err(<D::Error as ::serde::de::Error>::custom)?,
            additional_properties: ::std::iter::FromIterator::from_iter(object),
        })
    }
}

/// The `requestSchedule` type, which these docs reference but never document: kept as raw JSON.
///
/// First referenced at docs-input/004_14a8bc76e1844eb9.md:57.
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

/// Takes `key` out of `object` for a field the metadata declares never
/// null: absent (or a `null` the service sends anyway) reads as the default.
#[allow(dead_code)]
fn take_plain_field<T>(
    object: &mut ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    key: &str,
) -> ::std::result::Result<T, ::std::string::String>
where
    T: ::serde::de::DeserializeOwned + ::std::default::Default,
{
    match object.remove(key) {
        ::std::option::Option::None
        | ::std::option::Option::Some(::serde_json::Value::Null) => {
            ::std::result::Result::Ok(::std::default::Default::default())
        }
        ::std::option::Option::Some(value) => {
            T::deserialize(value).map_err(|e| ::std::format!("`{key}`: {e}"))
        }
    }
}
