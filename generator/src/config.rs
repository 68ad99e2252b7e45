//! The project config file (`graphdoc.yaml`): what to generate, kept in the
//! repository next to the docs so `graphdoc generate` and a `build.rs` agree
//! without repeating flags. Keys are kebab-case, like `Cargo.toml`'s:
//!
//! ```yaml
//! package-name: my-graph           # Cargo package name of the generated crate
//! types-only: true                 # no client (a `--types-only` flag still wins)
//! include: ["/identityGovernance/entitlementManagement/accessPackages", "accessPackageCatalog"]
//! exclude: ["DELETE /identityGovernance/entitlementManagement/accessPackages/{id}"]
//! extra-derives: [Eq, "schemars::JsonSchema"]
//! type-renames: { accessPackage: Package }
//! metadata: v1.0-csdl.xml          # service CSDL, relative to this file (as --metadata)
//! non-nullable: optional           # or plain: Nullable="false" primitives as plain values
//! ```
//!
//! Unknown keys are errors, so a misspelt key cannot be silently ignored.
//! `include`/`exclude` are explained in [`filter`].

pub mod filter;

use crate::emit::EmitOptions;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use filter::filter_model;

/// The file `graphdoc generate` reads when no `--config` is given (if it exists).
pub const DEFAULT_FILE: &str = "graphdoc.yaml";

/// What a config file says. Every key is optional; an empty file changes nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Cargo package name of the generated crate (default `graph-bindings`).
    pub package_name: Option<String>,
    /// Operations (by path prefix or id) and types (by name) to generate; empty means everything.
    pub include: Vec<String>,
    /// Operations and types to leave out, even when `include` selects them.
    pub exclude: Vec<String>,
    /// Derives added to every generated struct and enum (`Eq`, `schemars::JsonSchema`).
    pub extra_derives: Vec<String>,
    /// Rust names for docs type names (`accessPackage: Package`).
    pub type_renames: BTreeMap<String, String>,
    /// Generate only the model types, no client. `None` leaves the caller's choice.
    pub types_only: Option<bool>,
    /// The service's CSDL metadata file, as `--metadata` takes it. A relative
    /// path is relative to the config file, so the file means the same from
    /// any working directory (and from `build.rs`).
    pub metadata: Option<PathBuf>,
    /// How properties the metadata declares non-nullable are typed
    /// (`optional`, the default, or `plain`; see [`crate::emit::NonNullable`]).
    pub non_nullable: Option<crate::emit::NonNullable>,
}

/// Why a config file could not be used. Both variants name the file, since a
/// build may read several.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{}: cannot read config: {source}", path.display())]
    Read {
        /// The config file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The file is not valid YAML or has a key or value the config does not allow.
    #[error("{}{}: {message}", path.display(), .line.map(|l| format!(":{l}")).unwrap_or_default())]
    Parse {
        /// The config file.
        path: PathBuf,
        /// 1-based line, as serde_yaml reports it.
        line: Option<usize>,
        /// What serde_yaml said.
        message: String,
    },
}

impl Config {
    /// Reads and parses `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config = Config::parse(&text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            line: e.location().map(|l| l.line()),
            message: e.to_string(),
        })?;
        if let (Some(metadata), Some(dir)) = (&config.metadata, path.parent()) {
            if metadata.is_relative() {
                config.metadata = Some(crate::input::join_lexically(dir, metadata));
            }
        }
        Ok(config)
    }

    /// Parses config text. A file holding nothing (or only comments) is the
    /// default config rather than an error, so `touch graphdoc.yaml` is valid.
    pub fn parse(text: &str) -> Result<Config, serde_yaml::Error> {
        match serde_yaml::from_str::<Option<Config>>(text)? {
            Some(config) => Ok(config),
            None => Ok(Config::default()),
        }
    }

    /// Applies the generation settings to `options`: set values replace the
    /// options' (`package-name`, `types-only`), lists and maps add to them.
    /// Flags applied afterwards override the file.
    pub fn apply(&self, options: &mut EmitOptions) {
        if let Some(name) = &self.package_name {
            options.package_name = name.clone();
        }
        if let Some(types_only) = self.types_only {
            options.types_only = types_only;
        }
        if let Some(how) = self.non_nullable {
            options.non_nullable = how;
        }
        options
            .extra_derives
            .extend(self.extra_derives.iter().cloned());
        options.type_renames.extend(
            self.type_renames
                .iter()
                .map(|(k, v)| (k.clone(), v.clone())),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_parses() {
        let text = "package-name: my-graph\ntypes-only: true\ninclude: [/users, accessPackage]\nexclude: ['GET /me']\nextra-derives: [Eq]\ntype-renames:\n  accessPackage: Package\nnon-nullable: plain\n";
        let c = Config::parse(text).unwrap();
        assert_eq!(c.package_name.as_deref(), Some("my-graph"));
        assert_eq!(c.types_only, Some(true));
        assert_eq!(c.non_nullable, Some(crate::emit::NonNullable::Plain));
        assert_eq!(c.include, ["/users", "accessPackage"]);
        assert_eq!(c.exclude, ["GET /me"]);
        assert_eq!(c.extra_derives, ["Eq"]);
        assert_eq!(
            c.type_renames.get("accessPackage").map(String::as_str),
            Some("Package")
        );
    }

    #[test]
    fn metadata_is_relative_to_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graphdoc.yaml");
        std::fs::write(&path, "metadata: meta/v1.0-csdl.xml\n").unwrap();
        let c = Config::load(&path).unwrap();
        assert_eq!(c.metadata, Some(dir.path().join("meta/v1.0-csdl.xml")));
        std::fs::write(&path, "metadata: /abs/csdl.xml\n").unwrap();
        assert_eq!(
            Config::load(&path).unwrap().metadata,
            Some(PathBuf::from("/abs/csdl.xml"))
        );
    }

    #[test]
    fn relative_metadata_paths_are_joined_without_dot_dot_tangles() {
        let j = |d: &str, p: &str| crate::input::join_lexically(Path::new(d), Path::new(p));
        assert_eq!(j("a/b", "../../x.xml"), PathBuf::from("x.xml"));
        assert_eq!(j("a/b", "../../../x.xml"), PathBuf::from("../x.xml"));
        assert_eq!(j("", "./m/x.xml"), PathBuf::from("m/x.xml"));
        assert_eq!(j("/r/a", "../x.xml"), PathBuf::from("/r/x.xml"));
    }

    #[test]
    fn empty_or_comment_only_file_is_the_default() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
        assert_eq!(Config::parse("# nothing yet\n").unwrap(), Config::default());
    }

    #[test]
    fn unknown_key_names_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graphdoc.yaml");
        std::fs::write(&path, "include: [/users]\nextra_derives: [Eq]\n").unwrap();
        let err = Config::load(&path).unwrap_err();
        assert!(
            matches!(err, ConfigError::Parse { line: Some(2), .. }),
            "{err}"
        );
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("{}:2: ", path.display())),
            "{text}"
        );
        assert!(text.contains("extra_derives"), "{text}");
    }

    #[test]
    fn wrong_type_and_missing_file_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(&path, "types-only: sometimes\n").unwrap();
        assert!(matches!(
            Config::load(&path),
            Err(ConfigError::Parse { line: Some(1), .. })
        ));
        let missing = dir.path().join("missing.yaml");
        let err = Config::load(&missing).unwrap_err();
        assert!(matches!(err, ConfigError::Read { .. }));
        assert!(err.to_string().contains("missing.yaml"), "{err}");
    }

    #[test]
    fn apply_sets_and_extends() {
        let mut options = EmitOptions {
            extra_derives: vec!["Hash".into()],
            ..EmitOptions::default()
        };
        Config::default().apply(&mut options);
        assert_eq!(options.package_name, "graph-bindings");
        assert!(!options.types_only);
        let c = Config {
            package_name: Some("x".into()),
            types_only: Some(true),
            extra_derives: vec!["Eq".into()],
            type_renames: [("a".to_string(), "B".to_string())].into(),
            ..Config::default()
        };
        c.apply(&mut options);
        assert_eq!(options.package_name, "x");
        assert!(options.types_only);
        assert_eq!(options.extra_derives, ["Hash", "Eq"]);
        assert_eq!(options.type_renames.get("a").map(String::as_str), Some("B"));
    }
}
