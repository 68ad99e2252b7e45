//! The service's own metadata (OData CSDL). Three uses, each its own module:
//! [`fidelity`] measures the docs-only model against it, [`crosscheck`] turns
//! every disagreement into a diagnostic at the docs' file:line, and
//! [`enrich`] folds its types, nullability, base types and members into the
//! model when the user passes `--metadata` ([`apply`] does both). Without
//! `--metadata` nothing here touches the model: the docs-only path stays whole.
//!
//! ```no_run
//! use graphdoc::metadata::{csdl, fidelity};
//! let model = graphdoc::build_model(&["docs/v1.0".into()]).unwrap();
//! let csdl = csdl::load("v1.0-csdl.xml".as_ref()).unwrap();
//! let figures = fidelity::compare(&model, &csdl);
//! println!("type coverage {}", figures.type_coverage);
//! ```

pub mod crosscheck;
pub mod csdl;
pub mod enrich;
pub mod fidelity;
mod lookup;

pub use csdl::{Csdl, CsdlKind, CsdlProperty, CsdlType};
pub use fidelity::{compare, Fidelity, Ratio};

use crate::Model;
use std::path::PathBuf;

/// What `--metadata` does to a docs model: the cross-check's diagnostics are
/// added (sorted with the others), the metadata's facts folded in, and the
/// examples read again against the types that now win.
pub fn apply(model: Model, csdl: &Csdl) -> Model {
    let mut found = crosscheck::crosscheck(&model, csdl);
    let mut model = enrich::enrich(model, csdl);
    found.append(&mut crate::model::example_kinds::check(&model));
    model.diagnostics.append(&mut found);
    model.diagnostics.sort();
    model
}

/// Why a metadata file could not be read. Kept apart from [`crate::Error`]
/// because metadata is an optional, separate input: a bad file should say
/// which file and where, not stop extraction.
#[derive(Debug, thiserror::Error)]
pub enum MetadataError {
    /// The file could not be read.
    #[error("{}: cannot read metadata: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The file is not well-formed XML.
    #[error("{}:{line}:{column}: invalid CSDL XML: {source}", path.display())]
    Xml {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: u32,
        /// 1-based column of the problem.
        column: u32,
        /// What the XML parser said.
        source: roxmltree::Error,
    },
    /// The XML is well-formed but holds no `microsoft.graph` schema, so every
    /// figure computed from it would be meaningless.
    #[error("{}: no <Schema Namespace=\"microsoft.graph\"> found", path.display())]
    NoGraphSchema {
        /// The file.
        path: PathBuf,
    },
}
