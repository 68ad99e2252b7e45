//! Errors that stop a run. Problems inside pages are not errors but
//! diagnostics: a run only fails when it cannot read what it was asked to.

use std::path::PathBuf;

/// Why a run could not proceed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input path that does not exist.
    #[error("{}: no such file or directory", .0.display())]
    MissingInput(PathBuf),
    /// A folder could not be listed.
    #[error("{}: cannot read directory: {source}", path.display())]
    ReadDir {
        /// The folder.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The inputs held no page.
    #[error("no pages (*.md, *.txt) found in {0}")]
    NoPages(String),
    /// The model could not be written as JSON.
    #[error("cannot serialize the model: {0}")]
    Json(#[from] serde_json::Error),
}
