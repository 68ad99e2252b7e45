//! The service's own metadata (OData CSDL), read so the model extracted from
//! the docs can be measured against it. Nothing here feeds code generation:
//! the docs stay the source, the metadata is the yardstick.
//!
//! ```no_run
//! use graphdoc::metadata::{csdl, fidelity};
//! let model = graphdoc::build_model(&["docs/v1.0".into()]).unwrap();
//! let csdl = csdl::load("v1.0-csdl.xml".as_ref()).unwrap();
//! let figures = fidelity::compare(&model, &csdl);
//! println!("type coverage {}", figures.type_coverage);
//! ```

pub mod csdl;
pub mod fidelity;

pub use csdl::{Csdl, CsdlKind, CsdlProperty, CsdlType};
pub use fidelity::{compare, Fidelity, Ratio};

use std::path::PathBuf;

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
