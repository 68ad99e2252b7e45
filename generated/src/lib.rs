//! Typed Microsoft Graph models, generated from the Graph reference docs by
//! graphdoc. Do not edit by hand: change the docs (or graphdoc's templates)
//! and run `graphdoc generate` again; `graphdoc generate --check` tells CI
//! when this crate is stale.
//!
//! Every struct keeps properties it does not declare in
//! `additional_properties`, so a value read from Graph serializes back
//! unchanged.

pub mod models;
