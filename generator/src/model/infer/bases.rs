//! Base types a type cannot have.
//!
//! Pages state base types in prose ("Inherits from [entity](entity.md)") and
//! in request-body descriptions ("Inherited from …"), and prose can say
//! anything: a type inheriting from itself, from `String`, from an enum, or
//! two pages naming each other. OData allows none of these, and every stage
//! after the model walks base chains (inherited properties, example checks,
//! the emitter's field lists), so such a statement is settled once, here,
//! before examples are read against the types: the type is read without
//! that base, and an `invalid-base-type` warning says why, at the statement.
//! The model's JSON therefore never holds a chain that loops.

use super::TypeTable;
use crate::diagnostics::{Code, Diagnostic};
use crate::model::typeref::is_primitive_name;
use crate::source::SourceRef;

/// Why a stated base type was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Invalid {
    /// The type names itself.
    Itself,
    /// A primitive (`String`, `Edm.Int32`) is no structured type.
    Primitive,
    /// An enum has no base type.
    EnumDerived,
    /// A structure cannot extend an enum.
    EnumBase,
    /// The base's own chain leads back to the type.
    Cycle,
}

impl Invalid {
    fn reason(self) -> &'static str {
        match self {
            Invalid::Itself => "a type cannot inherit from itself",
            Invalid::Primitive => "a primitive type cannot be a base type",
            Invalid::EnumDerived => "an enum type has no base type",
            Invalid::EnumBase => "an enum type cannot be a base type",
            Invalid::Cycle => "its base types lead back to it (an inheritance cycle)",
        }
    }
}

impl TypeTable {
    /// States `base` as the base type of `name` at `source`, unless a base
    /// was stated first (the first statement wins, as for every fact the
    /// tables give). Returns whether it was taken.
    pub fn state_base(&mut self, name: &str, base: &str, source: &SourceRef) -> bool {
        self.base_taken_by(name, base, source).is_some()
    }

    /// The slot of `name` when it takes `base` (it had none), for
    /// [`TypeTable::state_base`] and [`TypeTable::infer_base`].
    fn base_taken_by(&mut self, name: &str, base: &str, source: &SourceRef) -> Option<usize> {
        let i = self.entry_index(name, super::Spelling::Stated, source)?;
        let slot = &mut self.slots[i];
        if slot.def.base_type.is_some() {
            return None;
        }
        slot.def.base_type = Some(base.to_string());
        slot.base_source = Some(source.clone());
        Some(i)
    }

    /// States `base` as the base type that the pages show `name` to have
    /// (no page saying so; see `TypeDef::base_type_inferred`), unless a base
    /// was stated. Returns whether it was taken.
    pub fn infer_base(&mut self, name: &str, base: &str, source: &SourceRef) -> bool {
        let taken = self.base_taken_by(name, base, source);
        if let Some(i) = taken {
            self.slots[i].def.base_type_inferred = true;
        }
        taken.is_some()
    }

    /// Drops every stated base type that a type cannot have (see the module
    /// docs), with a warning each. Call once the tables are in (enum members
    /// known) and before examples are read. Cycles are cut where a walk of
    /// the types in name order first closes them, so the same pages give the
    /// same cut on every machine.
    pub fn settle_bases(&mut self) {
        let mut order: Vec<usize> = (0..self.slots.len()).collect();
        order.sort_by(|&a, &b| self.slots[a].key.cmp(&self.slots[b].key));
        // Bases no type can have, whatever the other types state.
        for &i in &order {
            let Some(base) = self.slots[i].def.base_type.as_deref() else {
                continue;
            };
            let invalid = if is_primitive_name(base) {
                Some(Invalid::Primitive)
            } else {
                match self.base_slot(i) {
                    Some(b) if b == i => Some(Invalid::Itself),
                    _ if !self.slots[i].def.members.is_empty() => Some(Invalid::EnumDerived),
                    Some(b) if !self.slots[b].def.members.is_empty() => Some(Invalid::EnumBase),
                    _ => None,
                }
            };
            if let Some(why) = invalid {
                self.drop_base(i, why);
            }
        }
        // Cycles: 0 unvisited, 1 on the walk in progress, 2 done.
        let mut state = vec![0u8; self.slots.len()];
        for &start in &order {
            let mut path = Vec::new();
            let mut at = Some(start);
            while let Some(i) = at.filter(|&i| state[i] == 0) {
                state[i] = 1;
                path.push(i);
                at = self.base_slot(i);
                if at.is_some_and(|b| state[b] == 1) {
                    // `i`'s base is on this walk: its statement closes the cycle.
                    self.drop_base(i, Invalid::Cycle);
                    at = None;
                }
            }
            for i in path {
                state[i] = 2;
            }
        }
    }

    /// The slot of `i`'s base type, when the table has it.
    fn base_slot(&self, i: usize) -> Option<usize> {
        let base = self.slots[i].def.base_type.as_deref()?;
        self.index.get(base.to_ascii_lowercase().as_str()).copied()
    }

    fn drop_base(&mut self, i: usize, why: Invalid) {
        let slot = &mut self.slots[i];
        let Some(base) = slot.def.base_type.take() else {
            return;
        };
        slot.def.base_type_inferred = false;
        // `state_base` is the table's only way to a base type, and it
        // records where.
        if let Some(source) = slot.base_source.take() {
            self.diagnostics.push(Diagnostic::at(
                Code::InvalidBaseType,
                &source,
                format!(
                    "`{}` is read without its stated base type `{base}`: {}",
                    slot.def.name,
                    why.reason()
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::infer::Spelling;
    use crate::model::EnumMember;

    fn at(line: u32) -> SourceRef {
        SourceRef::new(&"resources/x.md".into(), line)
    }

    fn table(bases: &[(&str, &str)]) -> TypeTable {
        let mut t = TypeTable::default();
        for (line, (name, base)) in bases.iter().enumerate() {
            t.entry(name, Spelling::ResourcePage, &at(1))
                .unwrap()
                .documented = true;
            t.state_base(name, base, &at(line as u32 + 10));
        }
        t
    }

    fn bases(t: TypeTable) -> (Vec<(String, Option<String>)>, Vec<String>) {
        let (types, diagnostics) = t.into_types();
        let bases = types.into_iter().map(|d| (d.name, d.base_type)).collect();
        let notes = diagnostics
            .into_iter()
            .filter(|d| d.code == Code::InvalidBaseType)
            .map(|d| format!("{}: {}", d.source.line, d.message))
            .collect();
        (bases, notes)
    }

    #[test]
    fn the_first_statement_wins() {
        let mut t = table(&[("child", "parent")]);
        assert!(!t.state_base("child", "other", &at(99)));
        t.settle_bases();
        let (bases, notes) = bases(t);
        assert!(bases.contains(&("child".into(), Some("parent".into()))));
        assert!(notes.is_empty(), "{notes:?}");
    }

    #[test]
    fn a_cycle_is_cut_once_where_name_order_closes_it() {
        let mut t = table(&[("b", "c"), ("c", "a"), ("a", "b"), ("d", "a")]);
        t.settle_bases();
        let (bases, notes) = bases(t);
        // The walk from `a` (first by name) goes a → b → c and c's base `a`
        // closes the cycle: c's statement (line 11) is the one dropped.
        assert_eq!(
            bases,
            vec![
                ("a".into(), Some("b".into())),
                ("b".into(), Some("c".into())),
                ("c".into(), None),
                ("d".into(), Some("a".into())),
            ]
        );
        assert_eq!(
            notes,
            ["11: `c` is read without its stated base type `a`: its base types lead back to it (an inheritance cycle)"]
        );
    }

    #[test]
    fn self_primitive_and_enum_bases_are_dropped() {
        let mut t = table(&[
            ("me", "Me"),
            ("text", "String"),
            ("shape", "color"),
            ("color", "entity"),
            ("entity", "entity2"),
        ]);
        t.entry("color", Spelling::ResourcePage, &at(1))
            .unwrap()
            .members
            .push(EnumMember {
                name: "red".into(),
                value: None,
                description: None,
                source: at(3),
                provenance: Default::default(),
            });
        t.settle_bases();
        let (bases, notes) = bases(t);
        for (name, base) in &bases {
            let kept = ["entity"].contains(&name.as_str());
            assert_eq!(base.is_some(), kept, "{name}: {base:?}");
        }
        assert_eq!(notes.len(), 4, "{notes:?}");
        assert!(notes
            .iter()
            .any(|n| n.starts_with("10: ") && n.contains("itself")));
        assert!(notes
            .iter()
            .any(|n| n.starts_with("11: ") && n.contains("primitive")));
        assert!(notes
            .iter()
            .any(|n| n.starts_with("12: ") && n.contains("cannot be a base")));
        assert!(notes
            .iter()
            .any(|n| n.starts_with("13: ") && n.contains("has no base")));
    }

    #[test]
    fn pages_naming_each_other_as_base_give_a_chain_that_ends() {
        use crate::model::{model_of_pages, resource_page};
        let model = model_of_pages(&[
            (
                "resources/alpha.md",
                resource_page("alpha", Some("beta"), &[("a", "String")]),
            ),
            (
                "resources/beta.md",
                resource_page("beta", Some("alpha"), &[("b", "String")]),
            ),
            (
                "resources/gamma.md",
                resource_page("gamma", Some("gamma"), &[("c", "String")]),
            ),
        ]);
        let base = |n: &str| {
            let t = model.types.iter().find(|t| t.name == n).unwrap();
            t.base_type.clone()
        };
        assert_eq!(base("alpha").as_deref(), Some("beta"));
        assert_eq!(base("beta"), None);
        assert_eq!(base("gamma"), None);
        let notes: Vec<String> = model
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::InvalidBaseType)
            .map(|d| {
                format!(
                    "{}:{}",
                    d.source.file.rsplit('/').next().unwrap(),
                    d.source.line
                )
            })
            .collect();
        // Each at its page's "Inherits from" sentence (line 8 of `resource_page`).
        assert_eq!(notes, ["beta.md:8", "gamma.md:8"]);
    }

    #[test]
    fn bases_stated_in_other_words_or_only_by_rows() {
        use crate::model::{model_of_pages, resource_page};
        let phrased = |name: &str, sentence: &str| {
            resource_page(name, None, &[("name", "String")]).replace(
                "## Properties",
                &format!("Represents a {name}.\n\n{sentence}\n\n## Properties"),
            )
        };
        let model = model_of_pages(&[
            (
                "resources/room.md",
                phrased("room", "Derived from [place](place.md)."),
            ),
            (
                "resources/educationlinkresource.md",
                phrased(
                    "educationLinkResource",
                    "A subclass of [educationResource](educationresource.md).",
                ),
            ),
            (
                "resources/countrynamedlocation.md",
                // Rows of the table whose descriptions say where they come from.
                resource_page("countryNamedLocation", None, &[])
                    + "| id | String | Identifier. Inherited from [entity](entity.md). |\n"
                    + "| displayName | String | Name. Inherited from [namedLocation](namedlocation.md). |\n",
            ),
            (
                "resources/place.md",
                phrased("place", "Languages are derived from ISO 639-1."),
            ),
        ]);
        let base = |n: &str| {
            let t = model.types.iter().find(|t| t.name == n).unwrap();
            (t.base_type.clone(), t.description.clone())
        };
        assert_eq!(base("room").0.as_deref(), Some("place"));
        // The sentence stating the base is not the description.
        assert_eq!(base("room").1.as_deref(), Some("Represents a room."));
        assert_eq!(
            base("educationLinkResource").0.as_deref(),
            Some("educationResource")
        );
        assert_eq!(
            base("countryNamedLocation").0.as_deref(),
            Some("namedLocation")
        );
        assert_eq!(base("place").0, None);
    }
}
