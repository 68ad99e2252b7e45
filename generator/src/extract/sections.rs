//! Which section each block belongs to, from the heading tree.
//!
//! A block belongs to the innermost enclosing heading that a rule recognises,
//! except that everything under an `Example` heading stays an example (its
//! `### Request` / `### Response` subheadings must not open the page's
//! Request/Response sections). Tab markers are not headings (see `blocks.rs`),
//! so tab groups never cut a section short.

use super::blocks::{Block, BlockKind};
use super::rules::{self, SectionKind};

/// The section of every block, index for index.
pub fn classify(blocks: &[Block]) -> Vec<SectionKind> {
    classify_with_headings(blocks)
        .into_iter()
        .map(|(section, _)| section)
        .collect()
}

/// The section of every block and, for a heading, the kind the heading
/// itself opens ([`rules::section_of`] of its text; `Other` for other
/// blocks), index for index: headings are classified once per page.
pub fn classify_with_headings(blocks: &[Block]) -> Vec<(SectionKind, SectionKind)> {
    let mut stack: Vec<(u8, SectionKind)> = Vec::new();
    blocks
        .iter()
        .map(|block| {
            let mut own = SectionKind::Other;
            if let BlockKind::Heading { level, text } = &block.kind {
                while stack.last().is_some_and(|(l, _)| *l >= *level) {
                    stack.pop();
                }
                own = rules::section_of(&text.text);
                stack.push((*level, own));
            }
            (current(&stack), own)
        })
        .collect()
}

fn current(stack: &[(u8, SectionKind)]) -> SectionKind {
    if stack.iter().any(|(_, k)| *k == SectionKind::Examples) {
        return SectionKind::Examples;
    }
    stack
        .iter()
        .rev()
        .map(|(_, k)| *k)
        .find(|k| *k != SectionKind::Other)
        .unwrap_or(SectionKind::Other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::blocks::markdown_blocks;
    use crate::source::LineIndex;

    #[test]
    fn example_subheadings_stay_examples() {
        let text = "# T\n## Response\nIf successful, 200.\n## Examples\n### Request\nx\n### Response\ny\n## Properties\nz\n";
        let blocks = markdown_blocks(text, 0, &LineIndex::new(text));
        let kinds = classify(&blocks);
        let para = |t: &str| {
            blocks
                .iter()
                .position(|b| matches!(&b.kind, BlockKind::Paragraph(i) if i.text == t))
                .unwrap()
        };
        assert_eq!(kinds[para("If successful, 200.")], SectionKind::Response);
        assert_eq!(kinds[para("x")], SectionKind::Examples);
        assert_eq!(kinds[para("y")], SectionKind::Examples);
        assert_eq!(kinds[para("z")], SectionKind::Properties);
    }
}
