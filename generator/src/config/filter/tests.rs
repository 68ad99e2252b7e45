//! Filtering synthetic models: selection by path, id and type name, reach, exclusion.

use super::*;
use crate::model::{FactOrigin, Method, Permissions, Property, RequestBody, Response};
use crate::source::SourceRef;
use std::sync::Arc;

fn src() -> SourceRef {
    SourceRef::new(&Arc::from("docs/x.md"), 1)
}

fn prop(name: &str, ty: &str) -> Property {
    Property {
        name: name.to_string(),
        ty: TypeRef::named(ty),
        required: None,
        description: None,
        navigation: false,
        source: FactOrigin::Table,
        file: Arc::from("docs/x.md"),
        line: 1,
        provenance: Default::default(),
        metadata: None,
    }
}

fn ty(name: &str, base: Option<&str>, props: &[(&str, &str)]) -> TypeDef {
    TypeDef {
        name: name.to_string(),
        namespace: "microsoft.graph".to_string(),
        base_type: base.map(str::to_string),
        base_type_inferred: false,
        description: None,
        properties: props.iter().map(|(n, t)| prop(n, t)).collect(),
        members: Vec::new(),
        documented: true,
        sources: vec![src()],
        provenance: Default::default(),
    }
}

fn op(method: Method, path: &str, body: Option<&str>, response: Option<&str>) -> Operation {
    Operation {
        id: format!("{} {path}", method.as_str()),
        title: None,
        description: None,
        method,
        paths: vec![PathTemplate::parse(path).unwrap()],
        unresolved_paths: Vec::new(),
        query_strings: Vec::new(),
        related_requests: Vec::new(),
        type_conflicts: Vec::new(),
        api_version: None,
        permissions: Permissions::default(),
        path_parameters: Vec::new(),
        query_parameters: Vec::new(),
        request_headers: Vec::new(),
        request_body: body.map(|b| RequestBody {
            ty: Some(TypeRef::named(b)),
            properties: Vec::new(),
            empty: false,
            source: src(),
        }),
        responses: response
            .map(|r| Response {
                status: 200,
                ty: Some(TypeRef::collection_of(r)),
                origin: FactOrigin::Prose,
                source: src(),
            })
            .into_iter()
            .collect(),
        examples: Vec::new(),
        sources: vec![src()],
    }
}

/// Policies reach entity (base), settings (property) and approval (settings' property);
/// assignments reach only entity.
fn model() -> Model {
    Model {
        schema_version: 1,
        operations: vec![
            op(
                Method::Get,
                "/accessPackageAssignmentPolicies",
                None,
                Some("policy"),
            ),
            op(
                Method::Post,
                "/accessPackageAssignmentPolicies/{id}/x",
                Some("settings"),
                None,
            ),
            op(
                Method::Get,
                "/accessPackageAssignments",
                None,
                Some("assignment"),
            ),
            op(
                Method::Get,
                "/users/{id | userPrincipalName}/manager",
                None,
                Some("user"),
            ),
        ],
        types: vec![
            ty("approval", None, &[("stage", "Int32")]),
            ty("assignment", Some("entity"), &[("state", "String")]),
            ty("entity", None, &[("id", "String")]),
            ty("orphan", None, &[]),
            ty(
                "policy",
                Some("entity"),
                &[("settings", "settings"), ("missing", "notInModel")],
            ),
            ty(
                "settings",
                None,
                &[("approval", "approval"), ("loop", "settings")],
            ),
            ty("user", Some("entity"), &[]),
        ],
        ..Model::default()
    }
}

fn config(include: &[&str], exclude: &[&str]) -> Config {
    Config {
        include: include.iter().map(|s| s.to_string()).collect(),
        exclude: exclude.iter().map(|s| s.to_string()).collect(),
        ..Config::default()
    }
}

fn names(m: &Model) -> (Vec<String>, Vec<String>) {
    (
        m.operations.iter().map(|o| o.id.clone()).collect(),
        m.types.iter().map(|t| t.name.clone()).collect(),
    )
}

#[test]
fn empty_include_keeps_everything() {
    let m = model();
    let (ops, types) = names(&filter_model(&m, &Config::default()));
    assert_eq!(ops.len(), 4);
    assert_eq!(types, names(&m).1);
}

#[test]
fn path_prefix_keeps_operations_and_exactly_what_they_reach() {
    let (ops, types) = names(&filter_model(
        &model(),
        &config(&["/ACCESSPACKAGEASSIGNMENTPOLICIES/"], &[]),
    ));
    assert_eq!(
        ops,
        [
            "GET /accessPackageAssignmentPolicies",
            "POST /accessPackageAssignmentPolicies/{id}/x"
        ]
    );
    assert_eq!(types, ["approval", "entity", "policy", "settings"]);
}

#[test]
fn prefix_stops_at_segment_boundaries_and_ignores_parameter_names() {
    let (ops, _) = names(&filter_model(&model(), &config(&["/accessPackage"], &[])));
    assert!(ops.is_empty(), "{ops:?}");
    let (ops, types) = names(&filter_model(
        &model(),
        &config(&["/users/{user-id}/manager"], &[]),
    ));
    assert_eq!(ops, ["GET /users/{id | userPrincipalName}/manager"]);
    assert_eq!(types, ["entity", "user"]);
}

#[test]
fn ids_and_type_names_select_too() {
    let (ops, types) = names(&filter_model(
        &model(),
        &config(&["get /accessPackageAssignments", "Orphan"], &[]),
    ));
    assert_eq!(ops, ["GET /accessPackageAssignments"]);
    assert_eq!(types, ["assignment", "entity", "orphan"]);
}

#[test]
fn exclude_wins_and_cuts_reach() {
    let (ops, types) = names(&filter_model(
        &model(),
        &config(
            &["/accessPackageAssignmentPolicies"],
            &["settings", "POST /accessPackageAssignmentPolicies/{id}/x"],
        ),
    ));
    assert_eq!(ops, ["GET /accessPackageAssignmentPolicies"]);
    // `settings` is excluded, so neither it nor `approval` (reached only through it) is kept.
    assert_eq!(types, ["entity", "policy"]);
    let (ops, types) = names(&filter_model(&model(), &config(&[], &["/users", "orphan"])));
    assert_eq!(ops.len(), 3);
    assert!(
        !types.contains(&"orphan".to_string()) && types.contains(&"user".to_string()),
        "{types:?}"
    );
}

#[test]
fn unmatched_include_keeps_nothing_but_pages_and_diagnostics() {
    let m = model();
    let out = filter_model(&m, &config(&["/nothing"], &[]));
    assert!(out.operations.is_empty() && out.types.is_empty());
    assert_eq!(out.schema_version, m.schema_version);
}
