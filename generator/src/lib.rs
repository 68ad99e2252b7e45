//! graphdoc: Microsoft Graph reference Markdown in, an inspectable model and
//! typed Rust bindings out.
//!
//! The pipeline, each stage its own module:
//!
//! ```text
//! input::collect ─▶ extract::extract_page (per page) ─▶ model::merge::build ─▶ Model (JSON)
//!                                                                       └─▶ emit::generate ─▶ Rust crate
//! ```
//!
//! ```no_run
//! let model = graphdoc::build_model(&["docs-input".into()]).unwrap();
//! for d in &model.diagnostics {
//!     eprintln!("{d}");
//! }
//! ```
#![warn(missing_docs)]

pub mod builder;
pub mod cli;
pub mod config;
pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod error;
pub mod extract;
pub mod input;
pub mod limits;
pub mod metadata;
pub mod model;
pub mod openapi;
pub mod report;
pub mod source;

pub use builder::Builder;
pub use diagnostics::{Code, Diagnostic, Severity};
pub use error::Error;
pub use model::Model;

/// The global allocator the `graphdoc` binary and the pipeline bench install
/// (`#[global_allocator] static A: graphdoc::Allocator = graphdoc::Allocator;`).
/// The library does not install it itself: a program that links graphdoc
/// keeps its own choice.
pub type Allocator = mimalloc::MiMalloc;

/// The value to install as `#[global_allocator]`; see [`Allocator`].
pub const ALLOCATOR: Allocator = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, the same
/// in mimalloc 2 and 3; `libmimalloc-sys` names no constant for it).
const MI_OPTION_PURGE_DELAY: std::os::raw::c_int = 15;

/// Makes [`Allocator`] keep the memory a run frees for the run's next
/// allocations instead of handing it back to the OS: a run reads, merges and
/// emits in phases that each free what the next allocates again, and memory
/// returned between them comes back as fresh pages the kernel must zero
/// (measured on the v1.0 corpus: `graphdoc generate` 1.77 s → 1.45 s, `check`
/// 0.22 s → 0.19 s, peak memory unchanged). Right for a command that exits
/// when done; a long-lived program that links graphdoc keeps mimalloc's
/// default by not calling this. Call it first thing in `main`.
pub fn tune_allocator() {
    // SAFETY: `mi_option_set` only stores the value; mimalloc reads options
    // under its own synchronisation and allows setting them at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

use rayon::prelude::*;
use std::path::PathBuf;

/// Reads every page under `paths` and merges what they say into one model.
pub fn build_model(paths: &[PathBuf]) -> Result<Model, Error> {
    build_model_with(paths, &limits::Limits::default())
}

/// [`build_model`] within `limits` (page size, table size, JSON depth).
pub fn build_model_with(paths: &[PathBuf], limits: &limits::Limits) -> Result<Model, Error> {
    build_model_observed(paths, limits, &NoProgress)
}

/// Told how far a run has got, so a front end can show progress on large
/// inputs. Called from several threads at once.
pub trait Progress: Sync {
    /// The pages found; called once, before any is read.
    fn start(&self, pages: usize);
    /// One more page read and extracted.
    fn page_done(&self);
    /// All pages read; merging starts.
    fn finish(&self);
}

/// A [`Progress`] that shows nothing (library and non-terminal use).
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: usize) {}
    fn page_done(&self) {}
    fn finish(&self) {}
}

/// [`build_model_with`], reporting each page read to `progress`.
pub fn build_model_observed(
    paths: &[PathBuf],
    limits: &limits::Limits,
    progress: &dyn Progress,
) -> Result<Model, Error> {
    let files = input::collect(paths)?;
    progress.start(files.len());
    // Pages are independent: extract them on every core. `collect` keeps input
    // order, and the merge sorts anyway, so output does not depend on scheduling.
    let pages = files
        .par_iter()
        .map(|f| {
            let page = read_page_with(f, limits);
            progress.page_done();
            page
        })
        .collect();
    progress.finish();
    let mut model = model::merge::build(pages);
    // With every type known, examples are checked for enum-vs-object kinds too.
    let mut kinds = model::example_kinds::check(&model);
    if !kinds.is_empty() {
        model.diagnostics.append(&mut kinds);
        model.diagnostics.sort();
    }
    // The merge reports without the pages' text: find what its diagnostics
    // quote now, reading again only the pages that have such a diagnostic.
    let by_name: std::collections::BTreeMap<std::sync::Arc<str>, &PathBuf> =
        files.iter().map(|f| (input::display_name(f), f)).collect();
    diagnostics::locate_quotes(&mut model.diagnostics, |name| {
        input::read_text_with(by_name.get(name)?, limits).ok()
    });
    Ok(model)
}

/// Reads and extracts one page; an unreadable page yields only a diagnostic.
pub fn read_page(path: &std::path::Path) -> extract::PageFacts {
    read_page_with(path, &limits::Limits::default())
}

/// [`read_page`] within `limits`: a page over a limit yields a
/// `limit-exceeded` diagnostic and is truncated or skipped.
pub fn read_page_with(path: &std::path::Path, limits: &limits::Limits) -> extract::PageFacts {
    let file = input::display_name(path);
    match input::read_text_with(path, limits) {
        Ok(text) => {
            let mut page = extract::page::extract_page_owned(file, text, limits);
            extract::includes::resolve_permissions(&mut page, path, limits);
            page
        }
        Err(problem) => extract::page::unreadable(file, &problem),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_purge_delay_option_is_the_one_tune_allocator_sets() {
        let get = |option| unsafe { libmimalloc_sys::mi_option_get(option) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // mimalloc 3's default (2's is 10): the option is where we think.
            assert!(
                [10, 1000].contains(&get(super::MI_OPTION_PURGE_DELAY)),
                "{}",
                get(super::MI_OPTION_PURGE_DELAY)
            );
        }
        super::tune_allocator();
        assert_eq!(get(super::MI_OPTION_PURGE_DELAY), -1);
    }
}
