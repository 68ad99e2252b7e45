//! The response example of docs-input/001_6af564bee3c101df.md, read into the
//! type generated at build time.

use graphdoc_build_step_example::models::AccessPackage;

const RESPONSE: &str = r#"{
  "id": "56ff43fd-6b05-48df-9634-956a777fce6d",
  "catalogId": "aa2f6514-3232-46e7-a08a-2411ad8d7128",
  "displayName": "sales reps",
  "description": "outside sales representatives",
  "isHidden": false,
  "isRoleScopesVisible": false
}"#;

#[test]
fn the_docs_response_reads_into_the_generated_type() {
    let package: AccessPackage = serde_json::from_str(RESPONSE).unwrap();
    assert_eq!(
        package.id.as_deref(),
        Some("56ff43fd-6b05-48df-9634-956a777fce6d")
    );
    assert_eq!(
        package.catalog_id.as_deref(),
        Some("aa2f6514-3232-46e7-a08a-2411ad8d7128")
    );
    assert_eq!(package.display_name.as_deref(), Some("sales reps"));
    assert_eq!(
        package.description.as_deref(),
        Some("outside sales representatives")
    );
    assert_eq!(package.is_hidden, Some(false));
    assert_eq!(package.is_role_scopes_visible, Some(false));
    assert!(package.additional_properties.is_empty());
}

#[test]
fn it_writes_back_what_it_read() {
    let package: AccessPackage = serde_json::from_str(RESPONSE).unwrap();
    let back: serde_json::Value = serde_json::to_value(&package).unwrap();
    assert_eq!(
        back,
        serde_json::from_str::<serde_json::Value>(RESPONSE).unwrap()
    );
}

#[test]
fn an_explicit_null_is_kept_apart_from_an_absent_member() {
    let package: AccessPackage =
        serde_json::from_str(r#"{"displayName": "sales reps", "description": null}"#).unwrap();
    assert_eq!(package.description, None);
    // Written back as it came: `null`, not left out (a PATCH with it clears the value).
    let back = serde_json::to_string(&package).unwrap();
    assert_eq!(back, r#"{"displayName":"sales reps","description":null}"#);
    // Absent stays absent.
    let absent: AccessPackage = serde_json::from_str(r#"{"displayName": "x"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&absent).unwrap(),
        r#"{"displayName":"x"}"#
    );
}

#[test]
fn a_value_set_after_a_null_is_written_once() {
    let mut package: AccessPackage = serde_json::from_str(r#"{"description": null}"#).unwrap();
    package.description = Some("now set".into());
    assert_eq!(
        serde_json::to_string(&package).unwrap(),
        r#"{"description":"now set"}"#
    );
    // Clearing a value on purpose: a null under the wire name.
    let mut patch = AccessPackage::default();
    patch
        .additional_properties
        .insert("isHidden".into(), serde_json::Value::Null);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r#"{"isHidden":null}"#
    );
}

#[test]
fn a_wrong_member_type_names_the_member() {
    let err = serde_json::from_str::<AccessPackage>(r#"{"isHidden": "no"}"#).unwrap_err();
    assert!(err.to_string().contains("`isHidden`"), "{err}");
}
