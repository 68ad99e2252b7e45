//! Shows the build-step use of graphdoc: no generated code is committed; the
//! build script turns the docs pages into `OUT_DIR/models.rs` and this crate
//! includes it as its `models` module.

pub mod models {
    //! Microsoft Graph types, generated at build time from `docs-input/`.
    include!(concat!(env!("OUT_DIR"), "/models.rs"));
}

pub use models::AccessPackage;
