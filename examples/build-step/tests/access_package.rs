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
