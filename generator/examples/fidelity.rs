//! Measures how faithfully the docs-derived model reproduces the service's
//! metadata, and shows the misses to fix first.
//!
//! ```text
//! cargo run --release -p graphdoc-gen --example fidelity -- [--half 0|1] [DOCS_DIR] [CSDL_FILE] [N]
//! ```
//!
//! Defaults: `../shared/corpus/graph-docs/v1.0`, `../shared/corpus/graph-metadata/v1.0-csdl.xml`
//! (relative to the current directory, i.e. the repository root) and 15 misses of each kind.
//! `--half H` reads only the pages of that half of the folder
//! ([`graphdoc::metadata::fidelity::half_of`]): the figures on pages whose
//! neighbours are missing, as for pages outside the corpus.
//! Lives here rather than in the CLI while the CLI is being reworked.

use anyhow::Context;
use graphdoc::metadata::{csdl, fidelity, Fidelity};
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1).peekable();
    let half: Option<u8> = match args.next_if(|a| a == "--half") {
        Some(_) => Some(
            args.next()
                .and_then(|h| h.parse().ok())
                .filter(|h| *h < 2)
                .context("--half needs 0 or 1")?,
        ),
        None => None,
    };
    let docs = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/corpus/graph-docs/v1.0".into()),
    );
    let csdl_path = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/corpus/graph-metadata/v1.0-csdl.xml".into()),
    );
    let shown = match args.next() {
        Some(n) => n
            .parse()
            .with_context(|| format!("N must be a number, got {n:?}"))?,
        None => 15,
    };
    let mut inputs = vec![docs.clone()];
    if let Some(h) = half {
        inputs = graphdoc::input::collect(&inputs)?
            .into_iter()
            .filter(|f| fidelity::is_in_half(&docs, f, h))
            .collect();
    }
    let model = graphdoc::build_model(&inputs)
        .with_context(|| format!("building the model of {}", docs.display()))?;
    let metadata = csdl::load(&csdl_path)?;
    let figures = fidelity::compare(&model, &metadata);
    let label = match half {
        Some(h) => format!("{} (half {h}: {} pages)", docs.display(), inputs.len()),
        None => docs.display().to_string(),
    };
    print!("{}", report(&figures, &label, &csdl_path, shown));
    Ok(())
}

fn report(f: &Fidelity, docs: &str, csdl: &std::path::Path, shown: usize) -> String {
    let mut out = format!("Fidelity of {docs} against {}\n\n", csdl.display());
    out += &format!("{:<20} {:>7} {:>15}\n", "figure", "percent", "hits/total");
    for (name, r) in [
        ("type coverage", f.type_coverage),
        ("property recall", f.property_recall),
        ("property precision", f.property_precision),
        ("type agreement", f.type_agreement),
        ("base agreement", f.base_agreement),
    ] {
        out += &format!(
            "{:<20} {:>6.1}% {:>15}\n",
            name,
            r.percent(),
            format!("{}/{}", r.hits, r.total)
        );
    }
    for (title, list) in [
        ("missing types", &f.missing_types),
        (
            "types only referenced, never documented",
            &f.undocumented_types,
        ),
        ("missing properties", &f.missing_properties),
        ("extra properties", &f.extra_properties),
        ("type disagreements", &f.type_disagreements),
        ("base disagreements", &f.base_disagreements),
    ] {
        out += &format!(
            "\n{title}: {} (first {})\n",
            list.len(),
            shown.min(list.len())
        );
        for item in list.iter().take(shown) {
            out += &format!("  {item}\n");
        }
    }
    out
}
