//! Stage 3: the model's types as a Rust crate (structs and enums with serde
//! derives; no HTTP client). Generation is pure — a model in, an in-memory
//! list of files out — so it can be tested without touching disk; `write`
//! puts the result on disk or compares it with what is there.
//!
//! ```text
//! Model ─▶ resolve (names, inheritance, boxing) ─▶ types / examples (tokens) ─▶ prettyplease ─▶ GeneratedCrate
//! ```

pub mod client;
pub mod client_tests;
pub mod collisions;
pub mod examples;
pub mod features;
pub mod names;
pub mod resolve;
pub mod templates;
pub mod types;
pub mod write;

use crate::model::Model;
use proc_macro2::TokenStream;
use std::path::PathBuf;
pub use templates::Templates;

/// Why code could not be generated or written.
#[derive(Debug, thiserror::Error)]
pub enum EmitError {
    /// A template is not valid (a Rust template that does not parse, or lacks what the crate needs).
    #[error("template {name}{}: {message}", .line.map(|l| format!(":{l}")).unwrap_or_default())]
    Template {
        /// Template file name (`lib.rs`).
        name: String,
        /// 1-based line, when the parser gives one.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// `--templates` does not name a folder.
    #[error("{}: templates folder not found", .0.display())]
    TemplateDir(PathBuf),
    /// The package name cannot be a Cargo package / Rust crate name.
    #[error("invalid package name {0:?}: use ASCII letters, digits, `-` and `_`, not starting with a digit")]
    InvalidPackageName(String),
    /// An `extra_derives` entry is not a path a `#[derive]` can name.
    #[error(
        "invalid extra derive {0:?}: expected a trait path such as `Eq` or `schemars::JsonSchema`"
    )]
    InvalidDerive(String),
    /// A `type_renames` value is not a Rust identifier.
    #[error(
        "invalid rename of type {wire:?} to {rust:?}: expected a Rust identifier such as `Package`"
    )]
    InvalidRename {
        /// The docs' type name (the map's key).
        wire: String,
        /// The name asked for.
        rust: String,
    },
    /// Generated tokens did not parse: a bug in the generator, reported rather than written.
    #[error("internal error: generated {file} does not parse: {message}")]
    Unparsable {
        /// The file being generated.
        file: String,
        /// What syn said.
        message: String,
    },
    /// An example body could not be printed as JSON.
    #[error("cannot print an example as JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// `--out` names something that is not a generated crate; writing would replace it whole.
    #[error("{}: not a generated crate (no src/models.rs) and not empty; refusing to replace it", .0.display())]
    NotGenerated(PathBuf),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
}

/// What to generate. Built by the CLI from flags and the config file, or by
/// a `build.rs` through the builder; `Default` is what `graphdoc generate` does
/// with no options.
#[derive(Debug, Clone)]
pub struct EmitOptions {
    /// Cargo package name of the generated crate (`graph-bindings`).
    pub package_name: String,
    /// The non-generated files.
    pub templates: Templates,
    /// Generate only the model types: no client, no HTTP dependencies, for
    /// users who bring their own HTTP stack.
    pub types_only: bool,
    /// Derives added to every generated struct and enum (`Eq`, `Hash`, `schemars::JsonSchema`…),
    /// as Rust paths.
    pub extra_derives: Vec<String>,
    /// Rust names to use instead of the generated ones, keyed by the docs' type name
    /// (`accessPackage` → `Package`).
    pub type_renames: std::collections::BTreeMap<String, String>,
    /// Gate items on one Cargo feature per API area (see [`features`]), so a
    /// user compiles only the areas they call. Off for code a `build.rs`
    /// includes, whose manifest graphdoc does not write.
    pub area_features: bool,
    /// How a property the service metadata declares `Nullable="false"` is
    /// typed (only with `--metadata`; the docs never say).
    pub non_nullable: NonNullable,
}

/// How to type a property the metadata declares `Nullable="false"`.
///
/// OData's `Nullable="false"` says a value is never `null`, not that it is
/// always sent: a `$select` response leaves it out, and a `POST`/`PATCH` body
/// must be able to leave it out (a `POST` of `"id": ""` is refused). So the
/// default keeps such fields `Option` (absent or a value, never null) and says
/// so in their docs; `Plain` is for read-only consumers who prefer `bool` to
/// `Option<bool>` and accept that an absent value reads (and serializes) as
/// the type's default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum NonNullable {
    /// `Option<T>`, like every other field: absent stays absent on the way back.
    #[default]
    Optional,
    /// A plain `T` for single-valued primitives, `#[serde(default)]`: absent reads as the default.
    Plain,
}

impl Default for EmitOptions {
    fn default() -> Self {
        EmitOptions {
            package_name: "graph-bindings".to_string(),
            templates: Templates::builtin(),
            types_only: false,
            extra_derives: Vec::new(),
            type_renames: std::collections::BTreeMap::new(),
            area_features: true,
            non_nullable: NonNullable::Optional,
        }
    }
}

/// One file of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the crate root (`src/models.rs`).
    pub path: PathBuf,
    /// Full contents.
    pub contents: String,
}

/// The generated crate, in memory, files sorted by path.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GeneratedCrate {
    /// Every file.
    pub files: Vec<GeneratedFile>,
}

impl GeneratedCrate {
    /// The contents of the file at `path`, if generated.
    pub fn file(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.path == std::path::Path::new(path))
            .map(|f| f.contents.as_str())
    }
}

/// Generates the crate for `model`'s types. Deterministic: the same model
/// and options give the same bytes.
pub fn generate(model: &Model, options: &EmitOptions) -> Result<GeneratedCrate, EmitError> {
    options.templates.validate()?;
    let crate_ident = crate_ident(&options.package_name)?;
    let resolved = resolve::Resolved::with_options(model, options)?;
    let types_only = options.types_only;
    let areas = if options.area_features {
        features::Areas::plan(model, &resolved)
    } else {
        features::Areas::ungated()
    };
    let manifest = options.templates.manifest_with_features(
        &options.package_name,
        types_only,
        &areas.features_table(),
    )?;
    let mut files = vec![
        GeneratedFile {
            path: "Cargo.toml".into(),
            contents: manifest,
        },
        GeneratedFile {
            path: "src/lib.rs".into(),
            contents: options.templates.lib(types_only),
        },
        GeneratedFile {
            path: "src/models.rs".into(),
            contents: {
                let (header, items) = types::models_file(&resolved, &areas);
                format_items("src/models.rs", header, items)?
            },
        },
    ];
    if let Some(tokens) = examples::examples_file(model, &resolved, &crate_ident)? {
        files.push(GeneratedFile {
            path: "tests/examples.rs".into(),
            contents: format("tests/examples.rs", tokens)?,
        });
    }
    if !types_only {
        options.templates.validate_client()?;
        let methods = client::plan(model, &resolved);
        let unparsable = |file: &'static str| {
            move |e: syn::Error| EmitError::Unparsable {
                file: file.to_string(),
                message: e.to_string(),
            }
        };
        let operations =
            client::operations_file(&methods, &areas).map_err(unparsable("src/operations.rs"))?;
        let enums: std::collections::BTreeSet<String> = resolved
            .types
            .iter()
            .filter(|t| t.kind == resolve::TypeKind::Enum)
            .map(|t| format!("crate::models::{}", t.ident.as_source()))
            .collect();
        let tests = client_tests::client_tests_file(model, &methods, &crate_ident, &enums)
            .map_err(unparsable("tests/client.rs"))?;
        files.push(GeneratedFile {
            path: "src/client.rs".into(),
            contents: options.templates.client_rs.clone(),
        });
        files.push(GeneratedFile {
            path: "src/error.rs".into(),
            contents: options.templates.error_rs.clone(),
        });
        files.push(GeneratedFile {
            path: "src/operations.rs".into(),
            contents: format("src/operations.rs", operations)?,
        });
        files.push(GeneratedFile {
            path: "tests/client.rs".into(),
            contents: format("tests/client.rs", tests)?,
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(GeneratedCrate { files })
}

/// The crate's name in Rust paths (`graph_bindings`).
fn crate_ident(package_name: &str) -> Result<syn::Ident, EmitError> {
    let valid = package_name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && package_name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let ident = package_name.replace('-', "_");
    match syn::parse_str::<syn::Ident>(&ident) {
        Ok(id) if valid => Ok(id),
        _ => Err(EmitError::InvalidPackageName(package_name.to_string())),
    }
}

/// Pretty-prints tokens as a file, ending with one newline.
fn format(file: &str, tokens: TokenStream) -> Result<String, EmitError> {
    let parsed = syn::parse2::<syn::File>(tokens).map_err(|e| EmitError::Unparsable {
        file: file.to_string(),
        message: e.to_string(),
    })?;
    Ok(space_items(&prettyplease::unparse(&parsed)))
}

/// [`format()`] for a file made of many items, one item (or group) at a time:
/// each is parsed and printed on its own and its tokens dropped before the
/// next is made, so memory stays that of one item rather than the file's.
fn format_items(
    file: &str,
    header: TokenStream,
    items: impl Iterator<Item = TokenStream>,
) -> Result<String, EmitError> {
    let unparse = |tokens: TokenStream| {
        syn::parse2::<syn::File>(tokens)
            .map(|parsed| prettyplease::unparse(&parsed))
            .map_err(|e| EmitError::Unparsable {
                file: file.to_string(),
                message: e.to_string(),
            })
    };
    let mut text = unparse(header)?;
    for item in items {
        text.push_str(&unparse(item)?);
    }
    Ok(space_items(&text))
}

/// Puts a blank line between top-level items, which prettyplease leaves
/// adjacent, so the committed code reads like hand-written code. Only lines
/// at column 0 are considered, and literals never span lines in the output
/// (doc text is one attribute per line, JSON is escaped), so this cannot
/// change what the code means.
fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut prev: Option<&str> = None;
    for line in text.lines() {
        if let Some(p) = prev {
            let item_ended = p == "}" || p.starts_with("//!");
            let starts_item = !line.is_empty()
                && !line.starts_with(' ')
                && !line.starts_with('}')
                && !line.starts_with("//!");
            if item_ended && starts_item {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        prev = Some(line);
    }
    out
}

#[cfg(test)]
mod tests;
