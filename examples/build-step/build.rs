//! Generates the Graph model types from the docs pages at build time, into
//! OUT_DIR/models.rs; Cargo reruns this only when a page changes.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    graphdoc::Builder::new()
        .input("../../docs-input")
        .types_only(true)
        .generate()?;
    Ok(())
}
