//! Sub-namespaces: a page of `microsoft.graph.callRecords` that writes
//! `modality collection` means `callRecords.modality`, not the
//! `microsoft.graph` enum of the same name. Extraction already keys every
//! type a sub-namespace page documents, and every qualified name, by its name
//! relative to `microsoft.graph` (`callRecords.endpoint`); what it cannot know
//! on its own is whether a bare name on such a page is one of the namespace's
//! own types. Once every page is read, this pass answers that, on any page:
//! - a bare name linked to the page that documents `X.name`
//!   (`[alert](security-alert.md)`) is `X.name`;
//! - on a page of namespace `X`, a bare name is `X.name` when some page
//!   documents `X.name`, and stays a `microsoft.graph` name otherwise
//!   (`identitySet` on a callRecords page).

use super::typeref::{bare_name, is_primitive_name, proper_sub_namespace};
use crate::extract::PageFacts;
use rayon::prelude::*;
use std::collections::HashMap;

/// Rewrites bare type names to sub-namespace types: on any page, a name
/// linked (on its own line) to the page of the sub-namespace type of that
/// name; on a page of a sub-namespace, a name that namespace documents.
pub fn qualify(pages: &mut [PageFacts]) {
    let documented = documented_in_sub_namespaces(pages);
    if documented.by_key.is_empty() {
        return;
    }
    pages.par_iter_mut().for_each(|page| {
        let linked = documented.linked_from(page);
        let sub = page
            .info
            .namespace
            .as_deref()
            .and_then(proper_sub_namespace)
            .map(|s| format!("{}.", s.to_ascii_lowercase()));
        if linked.is_empty() && sub.is_none() {
            return;
        }
        let mut key = String::new();
        for_each_type_name(page, |line, name| {
            if name.contains('.') || name.is_empty() || is_primitive_name(name) {
                return;
            }
            if let Some((_, _, qualified)) = linked
                .iter()
                .find(|(l, text, _)| *l == line && text.eq_ignore_ascii_case(name))
            {
                name.clone_from(qualified);
                return;
            }
            if let Some(prefix) = &sub {
                key.clear();
                key.push_str(prefix);
                key.push_str(name);
                key.make_ascii_lowercase();
                if let Some(qualified) = documented.by_key.get(&key) {
                    name.clone_from(qualified);
                }
            }
        });
    });
}

/// The types pages of sub-namespaces document.
struct Documented {
    /// Lower-cased key (`callrecords.endpoint`) → spelling (`callRecords.endpoint`).
    by_key: HashMap<String, String>,
    /// Lower-cased file stem of the documenting page → spelling.
    by_page: HashMap<String, String>,
}

impl Documented {
    /// The page's links (line, text) from a bare name to the page of the
    /// sub-namespace type of that bare name, with that type's name.
    fn linked_from(&self, page: &PageFacts) -> Vec<(u32, String, String)> {
        page.type_links
            .iter()
            .filter_map(|(line, link)| {
                let qualified = self.by_page.get(&link.page.to_ascii_lowercase())?;
                bare_name(qualified)
                    .eq_ignore_ascii_case(&link.text)
                    .then(|| (*line, link.text.clone(), qualified.clone()))
            })
            .collect()
    }
}

/// The types pages of sub-namespaces document (the first page in file order
/// wins a name, as everywhere).
fn documented_in_sub_namespaces(pages: &[PageFacts]) -> Documented {
    let mut documented = Documented {
        by_key: HashMap::new(),
        by_page: HashMap::new(),
    };
    for page in pages {
        for r in page.resource.iter().chain(&page.enums) {
            if r.name.contains('.') {
                documented
                    .by_key
                    .entry(r.name.to_ascii_lowercase())
                    .or_insert_with(|| r.name.clone());
            }
        }
        if let Some(r) = page.resource.as_ref().filter(|r| r.name.contains('.')) {
            let stem = crate::extract::typecell::page_stem(&page.info.file).to_ascii_lowercase();
            documented
                .by_page
                .entry(stem)
                .or_insert_with(|| r.name.clone());
        }
    }
    documented
}

/// Calls `f` on every type name a page states, with the line that states
/// it: its types' base types and properties, its Methods rows, its request
/// body, responses and parameters (examples take their page's request and
/// response types later, when operations are built).
fn for_each_type_name(page: &mut PageFacts, mut f: impl FnMut(u32, &mut String)) {
    for r in page.resource.iter_mut().chain(page.enums.iter_mut()) {
        if let Some(base) = &mut r.base_type {
            f(r.base_type_line.unwrap_or(r.source.line), base);
        }
        for p in &mut r.properties {
            f(p.line, &mut p.ty.name);
        }
        for m in &mut r.methods {
            if let Some(t) = &mut m.ty {
                f(m.line, &mut t.name);
            }
        }
    }
    if let Some(body) = &mut page.request_body {
        if let Some(t) = &mut body.ty {
            f(body.source.line, &mut t.name);
        }
        for p in &mut body.properties {
            f(p.line, &mut p.ty.name);
        }
    }
    for r in &mut page.responses {
        if let Some(t) = &mut r.ty {
            f(r.source.line, &mut t.name);
        }
    }
    for p in page
        .path_parameters
        .iter_mut()
        .chain(page.query_parameters.iter_mut())
    {
        if let Some(t) = &mut p.ty {
            f(p.source.line, &mut t.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::model_of_pages as build_from_texts;

    const SESSION: &str = "---\ndoc_type: resourcePageType\n---\n# session resource type\n\nNamespace: microsoft.graph.callRecords\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| modalities | modality collection | Modalities. |\n| caller | [microsoft.graph.callRecords.endpoint](callrecords-endpoint.md) | Caller. |\n| by | [identitySet](identityset.md) | Who. |\n";
    const MODALITY: &str = "---\ndoc_type: enumPageType\n---\n# modality enum type\n\nNamespace: microsoft.graph.callRecords\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| audio | Audio. |\n| video | Video. |\n";
    const MAIN_MODALITY: &str = "---\ndoc_type: enumPageType\n---\n# modality enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| audio | Audio. |\n| data | Data. |\n";
    const ENDPOINT: &str = "---\ndoc_type: resourcePageType\n---\n# endpoint resource type\n\nNamespace: microsoft.graph.callRecords\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| userAgent | String | Agent. |\n";
    const MAIN_ENDPOINT: &str = "---\ndoc_type: resourcePageType\n---\n# endpoint resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| capability | String | What. |\n";

    const ALERT: &str = "---\ndoc_type: resourcePageType\n---\n# alert resource type\n\nNamespace: microsoft.graph.security\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| title | String | Title. |\n";
    const MAIN_ALERT: &str = "---\ndoc_type: resourcePageType\n---\n# alert resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| category | String | Category. |\n";
    const MAIN_ALERT_CHILD: &str = "---\ndoc_type: resourcePageType\n---\n# mailAlert resource type\n\nNamespace: microsoft.graph\n\nInherits from [alert](security-alert.md).\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| mailbox | String | Mailbox. |\n";
    const SECURITY: &str = "---\ndoc_type: resourcePageType\n---\n# security resource type\n\nNamespace: microsoft.graph\n\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| alerts | [alert](alert.md) collection | Legacy alerts. |\n| alerts_v2 | [alert](security-alert.md) collection | Alerts. |\n";

    #[test]
    fn a_bare_name_linked_to_a_sub_namespace_page_means_that_type() {
        let model = build_from_texts(&[
            ("resources/security-alert.md", ALERT),
            ("resources/alert.md", MAIN_ALERT),
            ("resources/security.md", SECURITY),
            ("resources/mailalert.md", MAIN_ALERT_CHILD),
        ]);
        let child = model.types.iter().find(|t| t.name == "mailAlert").unwrap();
        assert_eq!(child.base_type.as_deref(), Some("security.alert"));
        let security = model.types.iter().find(|t| t.name == "security").unwrap();
        let ty = |n: &str| &security.properties.iter().find(|p| p.name == n).unwrap().ty;
        // One page, the same text, two links: each row means its own link's type.
        assert_eq!(ty("alerts_v2").name, "security.alert");
        assert_eq!(ty("alerts").name, "alert");
        assert!(ty("alerts").collection && ty("alerts_v2").collection);
        let alert = model
            .types
            .iter()
            .find(|t| t.name == "security.alert")
            .unwrap();
        assert_eq!(alert.properties[0].name, "title");
        let main = model.types.iter().find(|t| t.name == "alert").unwrap();
        assert_eq!(main.properties[0].name, "category");
    }

    #[test]
    fn bare_names_on_a_sub_namespace_page_mean_its_own_types() {
        let model = build_from_texts(&[
            ("resources/callrecords-session.md", SESSION),
            ("resources/callrecords-modality.md", MODALITY),
            ("resources/modality.md", MAIN_MODALITY),
            ("resources/callrecords-endpoint.md", ENDPOINT),
            ("resources/endpoint.md", MAIN_ENDPOINT),
        ]);
        let ty = |name: &str| model.types.iter().find(|t| t.name == name);
        let session = ty("callRecords.session").expect("qualified by its page's namespace");
        assert_eq!(session.namespace, "microsoft.graph.callRecords");
        let prop = |n: &str| &session.properties.iter().find(|p| p.name == n).unwrap().ty;
        assert_eq!(prop("modalities").name, "callRecords.modality");
        assert!(prop("modalities").collection);
        assert_eq!(prop("caller").name, "callRecords.endpoint");
        assert_eq!(prop("by").name, "identitySet", "not the namespace's: stays");
        // Same bare names, two types each.
        let members = |n: &str| {
            ty(n)
                .unwrap()
                .members
                .iter()
                .map(|m| m.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(members("callRecords.modality"), ["audio", "video"]);
        assert_eq!(members("modality"), ["audio", "data"]);
        assert_eq!(ty("endpoint").unwrap().properties[0].name, "capability");
        assert_eq!(
            ty("callRecords.endpoint").unwrap().properties[0].name,
            "userAgent"
        );
        assert_eq!(ty("endpoint").unwrap().namespace, "microsoft.graph");
        assert!(
            !model
                .diagnostics
                .iter()
                .any(|d| d.code == crate::diagnostics::Code::ForeignNamespace),
            "{:#?}",
            model.diagnostics
        );
    }
}
