//! Generation from a `build.rs`, so a crate can keep only the docs (or a
//! config) under version control and get the bindings at build time, the way
//! bindgen and progenitor are used:
//!
//! ```no_run
//! // build.rs (graphdoc-gen as a build-dependency)
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     graphdoc::Builder::new()
//!         .input("docs")
//!         .config("graphdoc.yaml")
//!         .metadata("v1.0-csdl.xml") // optional: the service CSDL, as `--metadata`
//!         .types_only(true)
//!         .generate()?;
//!     Ok(())
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs
//! pub mod models {
//!     include!(concat!(env!("OUT_DIR"), "/models.rs"));
//! }
//! ```
//!
//! What is written: every `src/*.rs` file of the generated crate except the
//! crate root `lib.rs` (a template with `mod` declarations, which `include!`
//! cannot use), as `OUT_DIR/<name>.rs`: with `types_only`, exactly `models.rs`;
//! otherwise the client's modules too (`client.rs`, `error.rs`,
//! `operations.rs`), each to be included in a module of its own name at the
//! crate root, since they refer to each other as `crate::<name>`. Module-level
//! docs (`//!`) and inner attributes are stripped, because `include!` does not
//! accept them. `models.rs` refers to nothing but `::serde`, `::serde_json` and
//! `::chrono` (features `serde`), which the including crate must depend on.
//! Files are only rewritten when their contents change, so an unchanged
//! generation does not force a recompile; nothing else in `OUT_DIR` is touched.
//! The generated tests (`tests/*.rs`) and manifest are not written.

use crate::config::{self, Config, ConfigError};
use crate::emit::{self, EmitError, EmitOptions, Templates};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Settings for one generation from a build script. Every setter takes and
/// returns the builder, so a build script is one expression.
#[derive(Debug, Clone)]
pub struct Builder {
    inputs: Vec<PathBuf>,
    out_dir: Option<PathBuf>,
    templates: Option<PathBuf>,
    config: Option<PathBuf>,
    types_only: Option<bool>,
    package_name: Option<String>,
    metadata: Option<PathBuf>,
    non_nullable: Option<crate::emit::NonNullable>,
    emit_rerun_if_changed: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

/// What a generation did, for build scripts that want to report or check it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// Every file the generation produced in the output folder, whether
    /// rewritten or already up to date, sorted.
    pub files: Vec<PathBuf>,
    /// The files (and input folders) whose change should rerun the build
    /// script, in the order they were printed as `cargo:rerun-if-changed`.
    pub watched: Vec<PathBuf>,
}

/// Why a build-time generation failed. It is returned, never panicked, so a
/// build script decides how to report it.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// No `.input(..)` was given: there would be nothing to generate from.
    #[error("graphdoc::Builder: no input pages given (call .input(path))")]
    NoInputs,
    /// No `.out_dir(..)` and no `OUT_DIR` variable (not running under Cargo).
    #[error("graphdoc::Builder: no output folder (call .out_dir(path), or run from a build script where OUT_DIR is set)")]
    NoOutDir,
    /// The config file could not be read or parsed.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The metadata file could not be read or parsed.
    #[error(transparent)]
    Metadata(#[from] crate::metadata::MetadataError),
    /// The input pages could not be found or listed.
    #[error(transparent)]
    Input(#[from] crate::Error),
    /// Generation failed (templates, derives, renames, package name).
    #[error(transparent)]
    Emit(#[from] EmitError),
    /// A generated file could not be written.
    #[error("{}: {source}", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The `cargo:` lines could not be written.
    #[error("cannot write cargo instructions: {0}")]
    CargoOutput(#[source] std::io::Error),
}

impl Builder {
    /// A builder with no inputs, the output in `OUT_DIR`, built-in templates,
    /// no config file, and `cargo:rerun-if-changed` lines on.
    pub fn new() -> Builder {
        Builder {
            inputs: Vec::new(),
            out_dir: None,
            templates: None,
            config: None,
            types_only: None,
            package_name: None,
            metadata: None,
            non_nullable: None,
            emit_rerun_if_changed: true,
        }
    }

    /// Adds a page or a folder of pages (read recursively for `*.md`, `*.txt`). Repeatable.
    pub fn input(mut self, path: impl Into<PathBuf>) -> Builder {
        self.inputs.push(path.into());
        self
    }

    /// Where to write the module files; default: the `OUT_DIR` Cargo gives build scripts.
    pub fn out_dir(mut self, path: impl Into<PathBuf>) -> Builder {
        self.out_dir = Some(path.into());
        self
    }

    /// A folder of templates replacing the built-in ones (as `graphdoc generate --templates`).
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.templates = Some(dir.into());
        self
    }

    /// A config file (`graphdoc.yaml` format). Unlike the CLI, the builder
    /// reads none by default, so a build never depends on a stray file.
    pub fn config(mut self, file: impl Into<PathBuf>) -> Builder {
        self.config = Some(file.into());
        self
    }

    /// Generate only the model types; overrides the config's `types-only`.
    pub fn types_only(mut self, types_only: bool) -> Builder {
        self.types_only = Some(types_only);
        self
    }

    /// The service's CSDL metadata (as `--metadata`): types, nullability, base
    /// types and enum members come from it; overrides the config's `metadata`.
    pub fn metadata(mut self, file: impl Into<PathBuf>) -> Builder {
        self.metadata = Some(file.into());
        self
    }

    /// How metadata-non-nullable properties are typed; overrides the config's `non-nullable`.
    pub fn non_nullable(mut self, how: crate::emit::NonNullable) -> Builder {
        self.non_nullable = Some(how);
        self
    }

    /// The package name the generated code is checked against; overrides the config's.
    pub fn package_name(mut self, name: impl Into<String>) -> Builder {
        self.package_name = Some(name.into());
        self
    }

    /// Whether to print `cargo:rerun-if-changed` for every input page,
    /// template and the config (default true). Turn it off when the caller
    /// prints its own, since any such line replaces Cargo's default of
    /// rerunning on every package change.
    pub fn emit_rerun_if_changed(mut self, on: bool) -> Builder {
        self.emit_rerun_if_changed = on;
        self
    }

    /// Generates, writes the module files, and prints the `cargo:` lines on stdout.
    pub fn generate(&self) -> Result<Generated, BuildError> {
        self.generate_to(&mut std::io::stdout().lock())
    }

    /// Like [`Builder::generate`], with the `cargo:` lines written to `cargo`
    /// (so tests and wrappers can capture them).
    pub fn generate_to(&self, cargo: &mut dyn Write) -> Result<Generated, BuildError> {
        if self.inputs.is_empty() {
            return Err(BuildError::NoInputs);
        }
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(BuildError::NoOutDir)?,
        };
        let pages = crate::input::collect(&self.inputs)?;
        let config = match &self.config {
            Some(path) => Config::load(path)?,
            None => Config::default(),
        };
        let metadata = self.metadata.clone().or_else(|| config.metadata.clone());
        let mut watched = self.watched(&pages, metadata.as_deref())?;
        if self.emit_rerun_if_changed {
            for path in &watched {
                writeln!(cargo, "cargo:rerun-if-changed={}", path.display())
                    .map_err(BuildError::CargoOutput)?;
            }
        }
        let options = self.options(&config)?;
        let csdl = metadata
            .as_deref()
            .map(crate::metadata::csdl::load)
            .transpose()?;
        let mut model = crate::build_model(&pages)?;
        // Include files the pages' facts came from (permissions tables) are
        // known only once the pages are read.
        let mut includes: Vec<PathBuf> = model
            .pages
            .iter()
            .flat_map(|p| p.includes.iter().map(|f| PathBuf::from(&**f)))
            .collect();
        includes.sort();
        includes.dedup();
        if self.emit_rerun_if_changed {
            for path in &includes {
                writeln!(cargo, "cargo:rerun-if-changed={}", path.display())
                    .map_err(BuildError::CargoOutput)?;
            }
        }
        watched.extend(includes);
        if let Some(csdl) = &csdl {
            model = crate::metadata::apply(model, csdl);
        }
        let model = config::filter_model(&model, &config);
        let krate = emit::generate(&model, &options)?;
        let files = write_modules(&out_dir, &krate)?;
        Ok(Generated { files, watched })
    }

    /// Config first, then the builder's own settings, which win.
    fn options(&self, config: &Config) -> Result<EmitOptions, BuildError> {
        let mut options = EmitOptions::default();
        config.apply(&mut options);
        // The including crate's manifest is the user's: the area features would not exist there.
        options.area_features = false;
        if let Some(name) = &self.package_name {
            options.package_name = name.clone();
        }
        if let Some(types_only) = self.types_only {
            options.types_only = types_only;
        }
        if let Some(how) = self.non_nullable {
            options.non_nullable = how;
        }
        if let Some(dir) = &self.templates {
            options.templates = Templates::load(dir)?;
        }
        Ok(options)
    }

    /// The config, the metadata file, every template file, each input folder
    /// (so a new page reruns the build) and every page (the include files
    /// pages read are added once the pages are read).
    fn watched(
        &self,
        pages: &[PathBuf],
        metadata: Option<&Path>,
    ) -> Result<Vec<PathBuf>, BuildError> {
        let mut watched: Vec<PathBuf> = self.config.iter().cloned().collect();
        watched.extend(metadata.map(Path::to_path_buf));
        if let Some(dir) = &self.templates {
            watched.extend(files_in(dir)?);
        }
        watched.extend(self.inputs.iter().filter(|p| p.is_dir()).cloned());
        watched.extend(pages.iter().cloned());
        Ok(watched)
    }
}

/// The files directly in `dir`, sorted. A missing folder is left for
/// `Templates::load` to report.
fn files_in(dir: &Path) -> Result<Vec<PathBuf>, BuildError> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|source| BuildError::Write {
                path: dir.to_path_buf(),
                source,
            })?
            .path();
        if path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Writes each `src/*.rs` module but `lib.rs` into `out_dir`, ready for `include!`.
fn write_modules(out_dir: &Path, krate: &emit::GeneratedCrate) -> Result<Vec<PathBuf>, BuildError> {
    let mut written = Vec::new();
    for file in &krate.files {
        let Ok(rel) = file.path.strip_prefix("src") else {
            continue;
        };
        if rel == Path::new("lib.rs") || rel.extension() != Some(std::ffi::OsStr::new("rs")) {
            continue;
        }
        let dest = out_dir.join(rel);
        let contents = includable(&file.contents);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|source| BuildError::Write {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        if std::fs::read_to_string(&dest).ok().as_deref() != Some(contents) {
            std::fs::write(&dest, contents).map_err(|source| BuildError::Write {
                path: dest.clone(),
                source,
            })?;
        }
        written.push(dest);
    }
    written.sort();
    Ok(written)
}

/// The file without its leading inner docs and attributes (`//!`, `#![..]`)
/// and the blank lines among them, which `include!` rejects. The generator
/// prints each inner attribute on one line, so this never cuts one in half.
pub fn includable(contents: &str) -> &str {
    let mut rest = contents;
    loop {
        let (line, after) = match rest.split_once('\n') {
            Some((line, after)) => (line, after),
            None => (rest, ""),
        };
        let trimmed = line.trim();
        let inner = trimmed.is_empty()
            || trimmed.starts_with("//!")
            || (trimmed.starts_with("#![") && trimmed.ends_with(']'));
        if !inner || rest.is_empty() {
            return rest;
        }
        rest = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn includable_strips_only_the_leading_inner_items() {
        let text = "//! Docs.\n//!\n#![allow(dead_code)]\n\n/// Item docs.\npub struct A;\n//! not leading\n";
        assert_eq!(
            includable(text),
            "/// Item docs.\npub struct A;\n//! not leading\n"
        );
        assert_eq!(includable("pub struct A;\n"), "pub struct A;\n");
        assert_eq!(includable("//! only\n"), "");
        assert_eq!(includable(""), "");
    }

    #[test]
    fn missing_inputs_and_out_dir_are_errors_not_panics() {
        let mut sink = Vec::new();
        assert!(matches!(
            Builder::new().out_dir("/tmp").generate_to(&mut sink),
            Err(BuildError::NoInputs)
        ));
        let err = Builder::new()
            .input("/no/such/pages")
            .out_dir("/tmp")
            .generate_to(&mut sink)
            .unwrap_err();
        assert!(
            matches!(err, BuildError::Input(crate::Error::MissingInput(_))),
            "{err}"
        );
        assert!(sink.is_empty());
    }
}
