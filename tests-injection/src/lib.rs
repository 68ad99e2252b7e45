//! Typed Microsoft Graph models and an async client, generated from the Graph
//! reference docs by graphdoc. Do not edit by hand: change the docs (or
//! graphdoc's templates) and run `graphdoc generate` again; `graphdoc generate
//! --check` tells CI when this crate is stale.
//!
//! Every struct keeps properties it does not declare in
//! `additional_properties`, so a value read from Graph serializes back
//! unchanged. `Client::new(token)` calls the service; `Client::with_base_url`
//! points it anywhere else (a proxy, a national cloud, a test server).

pub mod models;
pub mod client;
pub mod error;
pub mod operations;

pub use client::{Client, Page};
pub use error::Error;
