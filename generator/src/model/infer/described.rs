//! Enums that no page documents but whose values the tables list.
//!
//! A table may type a property with an enum whose own page is not among the
//! pages read (`status | complianceStatus | … Possible values are: unknown,
//! notApplicable, compliant.`). Left as a bare name, the type is opaque JSON:
//! the bindings lose the enum, and an example's `"notApplicable"` elsewhere
//! cannot be read as one of its members. The listed values are the enum's
//! members as far as the docs say; the bindings keep any other value as sent
//! (an enum's `Unknown`), so a list that leaves members out loses nothing.
//!
//! Only lists a [`VALUE_LIST_MARKERS`] phrase introduces count, on non-navigation
//! properties, for types with no properties, members or base type: a comma
//! list in other prose (`the printer's building, floor, room`) does not make
//! a complex type an enum.

use super::TypeTable;
use crate::diagnostics::{Code, Diagnostic};
use crate::extract::rules::VALUE_LIST_MARKERS;
use crate::model::refine::listed_values_as_written;
use crate::model::{EnumMember, FactOrigin};
use std::collections::{BTreeMap, HashSet};

impl TypeTable {
    /// Gives each undocumented, structureless type that tables type a
    /// property with, and whose values a description lists, those values as
    /// members (each list's values in order, the first spelling of each,
    /// sourced at the row that lists it). Call once every table is in,
    /// before examples are read (so examples are read against the members).
    pub fn enums_from_listed_values(&mut self) {
        // Enum slot → its members in row order, and their names lower-cased.
        let mut found: BTreeMap<usize, (Vec<EnumMember>, HashSet<String>)> = BTreeMap::new();
        for slot in &self.slots {
            for p in slot
                .def
                .properties
                .iter()
                .filter(|p| p.source == FactOrigin::Table && !p.navigation)
            {
                let Some(&target) = self.index.get(p.ty.name.to_ascii_lowercase().as_str()) else {
                    continue;
                };
                let def = &self.slots[target].def;
                if def.documented
                    || !def.members.is_empty()
                    || !def.properties.is_empty()
                    || def.base_type.is_some()
                {
                    continue;
                }
                let Some(values) = p.description.as_deref().and_then(introduced_values) else {
                    continue;
                };
                let (members, seen) = found.entry(target).or_default();
                for v in values {
                    if seen.insert(v.to_ascii_lowercase()) {
                        members.push(EnumMember {
                            name: v,
                            value: None,
                            description: None,
                            source: p.source_ref(),
                            provenance: Default::default(),
                        });
                    }
                }
            }
        }
        for (target, (members, _)) in found {
            let first = members[0].source.clone();
            let def = &mut self.slots[target].def;
            self.diagnostics.push(
                Diagnostic::at(
                    Code::EnumFromListedValues,
                    &first,
                    format!(
                        "no page documents enum `{}`; its {} members are the values the docs list for it",
                        def.name,
                        members.len()
                    ),
                )
                .quoting(&def.name),
            );
            def.members = members;
        }
    }
}

/// The values the first list after a [`VALUE_LIST_MARKERS`] phrase in
/// `description` names, as written; `None` when no marker introduces a list.
fn introduced_values(description: &str) -> Option<Vec<String>> {
    let lower = description.to_ascii_lowercase();
    let start = VALUE_LIST_MARKERS
        .iter()
        .filter_map(|m| lower.find(m))
        .min()?;
    // `lower` is `description` with ASCII letters lowered: same byte offsets.
    let list = listed_values_as_written(&description[start..])
        .into_iter()
        .next()?;
    let mut seen = HashSet::new();
    Some(
        list.into_iter()
            .filter(|v| seen.insert(v.to_ascii_lowercase()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::introduced_values;
    use crate::model::{model_of_pages, Model, TypeRef};

    #[test]
    fn values_a_marker_introduces() {
        let v = |s: &str| introduced_values(s);
        assert_eq!(
            v("State of the action. Possible values are: none, pending, `canceled`.").unwrap(),
            ["none", "pending", "canceled"]
        );
        assert_eq!(
            v("Possible values are: Owner, Contributor, Reader, None. Owner is the owner.")
                .unwrap(),
            ["Owner", "Contributor", "Reader", "None"]
        );
        assert_eq!(
            v("A status. Values: active, updated, active.").unwrap(),
            ["active", "updated"]
        );
        // A list not introduced as values, or values that are no list.
        assert_eq!(v("Where it is: building, floor, room."), None);
        assert_eq!(v("Possible values are described in the enum."), None);
    }

    fn resource(name: &str, rows: &str) -> String {
        format!("---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n{rows}")
    }

    fn members(model: &Model, name: &str) -> Vec<String> {
        let t = model.types.iter().find(|t| t.name == name).unwrap();
        t.members.iter().map(|m| m.name.clone()).collect()
    }

    #[test]
    fn enums_no_page_documents_take_the_values_tables_list() {
        let f = "```";
        let model = model_of_pages(&[
            (
                "resources/devicestatus.md",
                resource(
                    "deviceStatus",
                    "| status | [complianceStatus](compliancestatus.md) | Possible values are: `unknown`, `compliant`. |\n\
                     | location | [printerLocation](printerlocation.md) | Where: building, floor. |\n",
                ),
            ),
            (
                "resources/userstatus.md",
                resource(
                    "userStatus",
                    "| status | complianceStatus | The possible values are: unknown, nonCompliant, Compliant. |\n",
                ),
            ),
            (
                "api/devicestatus-get.md",
                format!("---\ndoc_type: apiPageType\n---\n# Get deviceReport\n\n## HTTP request\n\n{f}http\nGET /deviceReports/{{id}}\n{f}\n\n## Response\n\nReturns a [deviceReport](../resources/devicereport.md) object.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.deviceReport\" }} -->\n{f}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"complianceStatus\": \"nonCompliant\"}}\n{f}\n"),
            ),
        ]);
        // Both lists, in order, each value once (the first spelling).
        assert_eq!(
            members(&model, "complianceStatus"),
            ["unknown", "compliant", "nonCompliant"]
        );
        let t = model
            .types
            .iter()
            .find(|t| t.name == "complianceStatus")
            .unwrap();
        assert!(t.members[2]
            .source
            .file
            .ends_with("resources/userstatus.md"));
        assert!(!t.documented);
        assert!(model
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "enum-from-listed-values"
                && d.message.contains("`complianceStatus`")));
        // A list in other prose makes no enum.
        assert!(members(&model, "printerLocation").is_empty());
        // An example's member is read as the enum (named by the property),
        // on a type no page documents.
        let ds = model
            .types
            .iter()
            .find(|t| t.name == "deviceReport")
            .unwrap();
        let p = ds
            .properties
            .iter()
            .find(|p| p.name == "complianceStatus")
            .unwrap();
        assert_eq!(p.ty, TypeRef::named("complianceStatus"));
    }
}
