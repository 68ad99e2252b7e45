//! The parts of the generated crate that are not per type (manifest, crate
//! root). Built-in copies are embedded so the binary works anywhere; a user's
//! copy (`--templates DIR`) lets a team change crate docs or dependencies
//! without forking the generator.

use super::EmitError;
use std::path::Path;

/// File name of the manifest template; `{{package_name}}` is replaced.
pub const CARGO_TOML: &str = "Cargo.toml.tmpl";
/// File name of the crate-root template; it must declare `pub mod models;`.
pub const LIB_RS: &str = "lib.rs";
/// File name of the client runtime template (`src/client.rs`).
pub const CLIENT_RS: &str = "client.rs";
/// File name of the client error template (`src/error.rs`).
pub const ERROR_RS: &str = "error.rs";
/// Lines between a line containing this marker and one containing
/// [`CLIENT_END`] belong to the client: dropped with `--types-only`.
pub const CLIENT_BEGIN: &str = "graphdoc:client:begin";
/// Ends a client section.
pub const CLIENT_END: &str = "graphdoc:client:end";
/// The placeholder the manifest template uses for the package name.
pub const PACKAGE_NAME_PLACEHOLDER: &str = "{{package_name}}";
/// The placeholder the manifest template uses for the generated `[features]`
/// table. A template without it gets the table appended, so a user's older
/// template keeps working; one with its own `[features]` table must use it.
pub const FEATURES_PLACEHOLDER: &str = "{{features}}";

/// The non-generated files of the output crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Templates {
    /// `Cargo.toml`, with `{{package_name}}` unreplaced.
    pub cargo_toml: String,
    /// `src/lib.rs`, copied with its client section kept or dropped.
    pub lib_rs: String,
    /// `src/client.rs`: the HTTP runtime the generated operations call.
    pub client_rs: String,
    /// `src/error.rs`: the client's error type.
    pub error_rs: String,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::builtin()
    }
}

impl Templates {
    /// The templates shipped in the repository's `templates/` folder.
    pub fn builtin() -> Templates {
        Templates {
            cargo_toml: include_str!("../../../templates/Cargo.toml.tmpl").to_string(),
            lib_rs: include_str!("../../../templates/lib.rs").to_string(),
            client_rs: include_str!("../../../templates/client.rs").to_string(),
            error_rs: include_str!("../../../templates/error.rs").to_string(),
        }
    }

    /// Reads templates from `dir`; a file the folder lacks falls back to the
    /// built-in one, so a user only copies what they change. Rust templates are
    /// parsed now, so a broken one is reported by name before anything is written.
    pub fn load(dir: &Path) -> Result<Templates, EmitError> {
        if !dir.is_dir() {
            return Err(EmitError::TemplateDir(dir.to_path_buf()));
        }
        let builtin = Templates::builtin();
        let read = |name: &str, fallback: String| -> Result<String, EmitError> {
            let path = dir.join(name);
            if path.exists() {
                std::fs::read_to_string(&path).map_err(|source| EmitError::Io { path, source })
            } else {
                Ok(fallback)
            }
        };
        let templates = Templates {
            cargo_toml: read(CARGO_TOML, builtin.cargo_toml)?,
            lib_rs: read(LIB_RS, builtin.lib_rs)?,
            client_rs: read(CLIENT_RS, builtin.client_rs)?,
            error_rs: read(ERROR_RS, builtin.error_rs)?,
        };
        templates.validate()?;
        Ok(templates)
    }

    /// Checks the Rust templates parse and the crate root declares `models`.
    pub fn validate(&self) -> Result<(), EmitError> {
        for (name, text) in [(CLIENT_RS, &self.client_rs), (ERROR_RS, &self.error_rs)] {
            parse(name, text)?;
        }
        let file = parse(LIB_RS, &self.lib_rs)?;
        let declares_models = file
            .items
            .iter()
            .any(|item| matches!(item, syn::Item::Mod(m) if m.ident == "models"));
        if !declares_models {
            return Err(EmitError::Template {
                name: LIB_RS.to_string(),
                line: None,
                message: "does not declare `pub mod models;`, so the generated types would not be part of the crate".to_string(),
            });
        }
        Ok(())
    }

    /// Checks the crate root declares the modules the client's files fill
    /// (`client`, `error`, `operations`); only needed when generating the client.
    pub fn validate_client(&self) -> Result<(), EmitError> {
        let file = parse(LIB_RS, &self.lib(false))?;
        for module in ["client", "error", "operations"] {
            if !file
                .items
                .iter()
                .any(|item| matches!(item, syn::Item::Mod(x) if x.ident == module))
            {
                return Err(EmitError::Template {
                    name: LIB_RS.to_string(),
                    line: None,
                    message: format!("does not declare `pub mod {module};`, so the client would not be part of the crate (or generate with --types-only)"),
                });
            }
        }
        Ok(())
    }

    /// The manifest with the package name filled in.
    pub fn manifest(&self, package_name: &str, types_only: bool) -> String {
        sections(&self.cargo_toml, types_only).replace(PACKAGE_NAME_PLACEHOLDER, package_name)
    }

    /// The manifest with the package name and the `[features]` table filled in:
    /// at `{{features}}`, else appended. Fails when the template declares its
    /// own `[features]` without the placeholder, since Cargo rejects two tables.
    pub fn manifest_with_features(
        &self,
        package_name: &str,
        types_only: bool,
        features: &str,
    ) -> Result<String, EmitError> {
        let manifest = self.manifest(package_name, types_only);
        if manifest.contains(FEATURES_PLACEHOLDER) {
            return Ok(manifest.replace(FEATURES_PLACEHOLDER, features.trim_end()));
        }
        if manifest.lines().any(|l| l.trim() == "[features]") {
            return Err(EmitError::Template {
                name: CARGO_TOML.to_string(),
                line: None,
                message: format!("declares [features] but not {FEATURES_PLACEHOLDER}, where the generated area features go"),
            });
        }
        let mut out = manifest;
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
        out.push_str(features);
        Ok(out)
    }

    /// The crate root, with or without its client section.
    pub fn lib(&self, types_only: bool) -> String {
        sections(&self.lib_rs, types_only)
    }
}

/// Drops the marker lines, and with `types_only` everything between them.
pub fn sections(text: &str, types_only: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_client = false;
    for line in text.split_inclusive('\n') {
        if line.contains(CLIENT_BEGIN) {
            in_client = true;
        } else if line.contains(CLIENT_END) {
            in_client = false;
        } else if !(in_client && types_only) {
            out.push_str(line);
        }
    }
    out
}

fn parse(name: &str, text: &str) -> Result<syn::File, EmitError> {
    syn::parse_file(text).map_err(|e| EmitError::Template {
        name: name.to_string(),
        line: Some(e.span().start().line),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_templates_are_valid() {
        let t = Templates::builtin();
        t.validate().unwrap();
        assert!(t
            .manifest("my-graph", false)
            .contains("name = \"my-graph\""));
        assert!(t.manifest("my-graph", false).contains("reqwest"));
        assert!(!t.manifest("my-graph", true).contains("reqwest"));
        assert!(!t.lib(true).contains("mod client"));
        assert!(t.lib(false).contains("pub mod operations;"));
        assert!(!t.lib(false).contains(CLIENT_BEGIN));
    }

    #[test]
    fn broken_template_is_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(LIB_RS),
            "//! docs\n\npub mod models;\nfn broken( {\n",
        )
        .unwrap();
        let err = Templates::load(dir.path()).unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("template lib.rs:"), "{text}");
        assert!(
            matches!(err, EmitError::Template { line: Some(l), .. } if l >= 4),
            "{text}"
        );
    }

    #[test]
    fn template_without_models_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(LIB_RS), "//! docs\n").unwrap();
        let err = Templates::load(dir.path()).unwrap_err();
        assert!(err.to_string().contains("pub mod models"), "{err}");
    }

    #[test]
    fn features_fill_the_placeholder_or_are_appended() {
        let table = "[features]\ndefault = []\n";
        let builtin = Templates::builtin()
            .manifest_with_features("x", false, table)
            .unwrap();
        assert!(
            builtin.contains(table) && !builtin.contains(FEATURES_PLACEHOLDER),
            "{builtin}"
        );
        let plain = Templates {
            cargo_toml: "[package]\nname = \"{{package_name}}\"".into(),
            ..Templates::builtin()
        };
        assert_eq!(
            plain.manifest_with_features("x", false, table).unwrap(),
            format!("[package]\nname = \"x\"\n\n{table}")
        );
        let own = Templates {
            cargo_toml: "[package]\n\n[features]\nx = []\n".into(),
            ..Templates::builtin()
        };
        assert!(matches!(
            own.manifest_with_features("x", false, table),
            Err(EmitError::Template { .. })
        ));
    }

    #[test]
    fn missing_files_fall_back_to_builtin() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(CARGO_TOML),
            "[package]\nname = \"{{package_name}}\"\n",
        )
        .unwrap();
        let t = Templates::load(dir.path()).unwrap();
        assert_eq!(t.lib_rs, Templates::builtin().lib_rs);
        assert_eq!(t.manifest("x", false), "[package]\nname = \"x\"\n");
    }
}
