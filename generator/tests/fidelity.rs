//! Extraction fidelity on the whole v1.0 corpus, measured against the
//! service's CSDL metadata. The floors sit about one point under the figures
//! measured when they were set, so a regression in extraction fails here;
//! raise them when extraction improves.

use graphdoc::metadata::{csdl, fidelity, Ratio};
use std::path::PathBuf;

/// (figure, floor in percent). Measured when set: 94.0, 94.5, 99.3, 99.1;
/// base agreement 64.1 when added (60.9 before bases stated as "Derived
/// from", "a subclass of", … and by "Inherited from" rows were read), 88.9
/// once types their pages show to be entity types inherit from `entity`.
const FLOORS: [(&str, f64); 5] = [
    ("type coverage", 93.0),
    ("property recall", 93.5),
    ("property precision", 98.2),
    ("type agreement", 98.5),
    ("base agreement", 87.9),
];

fn corpus() -> Option<(PathBuf, PathBuf)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let docs = root.join("graph-docs/v1.0");
    let csdl = root.join("graph-metadata/v1.0-csdl.xml");
    if docs.is_dir() && csdl.is_file() {
        Some((docs, csdl))
    } else {
        println!(
            "skipped: corpus {} or metadata {} is absent",
            docs.display(),
            csdl.display()
        );
        None
    }
}

#[test]
fn fidelity_stays_above_its_floors() {
    let Some((docs, csdl_path)) = corpus() else {
        return;
    };
    let model = graphdoc::build_model(&[docs]).expect("corpus model builds");
    let metadata = csdl::load(&csdl_path).expect("metadata parses");
    let f = fidelity::compare(&model, &metadata);
    let figures: [Ratio; 5] = [
        f.type_coverage,
        f.property_recall,
        f.property_precision,
        f.type_agreement,
        f.base_agreement,
    ];
    let mut failures = Vec::new();
    for ((name, floor), figure) in FLOORS.iter().zip(figures) {
        println!("{name:<20} {figure}  (floor {floor:.1}%)");
        if figure.percent() < *floor {
            failures.push(format!("{name} {figure} fell below {floor:.1}%"));
        }
    }
    for (title, list) in [
        ("missing types", &f.missing_types),
        ("missing properties", &f.missing_properties),
        ("extra properties", &f.extra_properties),
        ("type disagreements", &f.type_disagreements),
        ("base disagreements", &f.base_disagreements),
    ] {
        println!(
            "{title}: {} (e.g. {})",
            list.len(),
            list.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}

/// Floors for each half of the corpus read alone (see
/// `graphdoc::metadata::fidelity::half_of`): the rules must hold up on pages
/// whose neighbours are missing, as on pages outside the corpus. Measured
/// when set: precision 98.9 / 98.7, agreement 95.3 / 95.7 (93.6 / 93.2
/// before examples were read against the documented types, 94.8 / 95.5
/// before types no page read documents were taken from the tables' consensus);
/// agreement 96.0 / 96.1 when raised to 95.8, after placeholders and unread
/// types named by the tables; 96.4 / 96.6 when raised to 96.1, after derived
/// values read as their declared base and primitives agreed by the tables.
const HALF_FLOORS: [(&str, f64); 2] = [("property precision", 98.0), ("type agreement", 96.1)];

#[test]
fn each_half_alone_stays_above_its_floors() {
    let Some((docs, csdl_path)) = corpus() else {
        return;
    };
    let metadata = csdl::load(&csdl_path).expect("metadata parses");
    let files = graphdoc::input::collect(std::slice::from_ref(&docs)).expect("corpus lists");
    let mut failures = Vec::new();
    for half in 0..2u8 {
        let pages: Vec<PathBuf> = files
            .iter()
            .filter(|f| fidelity::is_in_half(&docs, f, half))
            .cloned()
            .collect();
        assert!(
            pages.len() > files.len() / 3,
            "half {half} has {} pages",
            pages.len()
        );
        let model = graphdoc::build_model(&pages).expect("half model builds");
        let f = fidelity::compare(&model, &metadata);
        for ((name, floor), figure) in HALF_FLOORS
            .iter()
            .zip([f.property_precision, f.type_agreement])
        {
            println!("half {half}: {name:<20} {figure}  (floor {floor:.1}%)");
            if figure.percent() < *floor {
                failures.push(format!(
                    "half {half}: {name} {figure} fell below {floor:.1}%"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}
