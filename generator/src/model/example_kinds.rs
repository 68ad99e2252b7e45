//! The docs' examples read against the finished model's types. Extraction
//! checks each example value against the docs' own tables, primitive by
//! primitive, while the types are still being gathered; what it cannot know
//! then is whether a named type is an enum (a string on the wire) or a
//! structured type (an object). Once the model is whole, and again after
//! `--metadata` has folded in the metadata's property types (which win), each
//! example is walked once more: a `{}` where an enum belongs, a string where an
//! object belongs, or (with the metadata) a value that contradicts the
//! metadata's type, is an `example-type-mismatch` at the example's line, so the
//! example's generated round-trip test is ignored with the reason (a docs bug,
//! not a binding bug) rather than failing. Types the examples gave are checked
//! too: an example read before its value's type was known (`"color": {}`
//! where a later page shows `calendarColor` members) contradicts the others.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::infer::{describe, envelope_value, mismatch, short, PROPERTY_SCAN_LIMIT};
use crate::model::{Example, Model, Property, TypeDef, TypeRef};
use crate::source::SourceRef;
use rayon::prelude::*;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The model's types, indexed for reading example bodies against them: the
/// check below reads each example as its own page's type, and the client
/// tests ask whether a body reads as the type their call returns.
pub struct Reader<'m> {
    types: BTreeMap<&'m str, &'m TypeDef>,
    /// Name indexes of the types with many properties (the first of a name,
    /// as a scan finds).
    large: HashMap<&'m str, HashMap<&'m str, &'m Property>>,
}

impl<'m> Reader<'m> {
    /// Indexes `model`'s types.
    pub fn new(model: &'m Model) -> Reader<'m> {
        let types = model.types.iter().map(|t| (t.name.as_str(), t)).collect();
        let large = model
            .types
            .iter()
            .filter(|t| t.properties.len() > PROPERTY_SCAN_LIMIT)
            .map(|t| {
                let mut by_name = HashMap::new();
                for p in &t.properties {
                    by_name.entry(p.name.as_str()).or_insert(p);
                }
                (t.name.as_str(), by_name)
            })
            .collect();
        Reader { types, large }
    }

    /// The contradictions of `body` (of `example`) read as `ty`, as
    /// diagnostics at the example's lines, skipping lines in `already`.
    fn walk(
        &self,
        example: &Example,
        body: &Value,
        ty: &TypeRef,
        already: &BTreeSet<(&str, u32)>,
    ) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let mut walk = Walk {
            types: &self.types,
            large: &self.large,
            example,
            key_lines: example.key_lines_index(),
            already,
            out: &mut out,
        };
        // The OData envelope wraps collections (and some single objects),
        // except for a type with a `value` property of its own, which the
        // bindings read the body as.
        let own_value = !ty.collection
            && self
                .types
                .get(ty.name.as_str())
                .is_some_and(|def| walk.property(def, "value").is_some());
        let body = match body {
            Value::Object(map) if !own_value => envelope_value(map).unwrap_or(body),
            _ => body,
        };
        walk.body(body, ty);
        out
    }

    /// Whether `body` (of `example`) reads as a `ty` with nothing
    /// contradicting it: what a client test asks of the example it answers
    /// or sends with, since a merged operation may read a page's example as
    /// another type than the one that page (and the check) reads it as.
    pub fn reads(&self, example: &Example, body: &Value, ty: &TypeRef) -> bool {
        self.walk(example, body, ty, &BTreeSet::new()).is_empty()
    }
}

/// Every contradiction between an example value and the type a table or the
/// metadata states for it, skipping places that already have an
/// `example-type-mismatch` (extraction's own, for primitives). Examples of a
/// primitive type are read as their generated tests read them (see
/// `tested_body`): a list of objects answering an `Int32` collection fails
/// its test as surely as a string where an object belongs.
pub fn check(model: &Model) -> Vec<Diagnostic> {
    let reader = Reader::new(model);
    let already: BTreeSet<(&str, u32)> = model
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::ExampleTypeMismatch)
        .map(|d| (&*d.source.file, d.source.line))
        .collect();
    // Examples are independent: walk them on every core; the sort below
    // makes the result independent of scheduling.
    let mut out: Vec<Diagnostic> = model
        .operations
        .par_iter()
        .flat_map_iter(|op| op.examples.iter().map(move |ex| (op, ex)))
        .flat_map_iter(|(op, ex)| {
            let ty = op.example_type_ref(ex);
            match (
                ex.body
                    .as_ref()
                    .zip(ty)
                    .and_then(|(b, t)| tested_body(b, t)),
                ty,
            ) {
                (Some(body), Some(ty)) => reader.walk(ex, body, ty, &already),
                _ => Vec::new(),
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The part of an example body that its generated test reads as `ty`: the
/// body for a structured type or a collection (the walk opens OData's
/// envelope), the value in `{"value": 2}` for one JSON primitive; `None`
/// where no test reads it (a stream's bytes, or a primitive not in its
/// envelope), so nothing there can fail.
fn tested_body<'v>(body: &'v Value, ty: &TypeRef) -> Option<&'v Value> {
    if !ty.is_primitive() {
        return Some(body);
    }
    if !ty.is_json_primitive() {
        return None;
    }
    if ty.collection {
        return Some(body);
    }
    body.get("value")
        .filter(|v| !v.is_array() && !v.is_object())
}

struct Walk<'a> {
    types: &'a BTreeMap<&'a str, &'a TypeDef>,
    /// Name indexes of the types with many properties.
    large: &'a HashMap<&'a str, HashMap<&'a str, &'a Property>>,
    example: &'a Example,
    key_lines: crate::model::KeyLines<'a>,
    already: &'a BTreeSet<(&'a str, u32)>,
    out: &'a mut Vec<Diagnostic>,
}

impl<'a> Walk<'a> {
    fn key_line(&self, key: &str, from: u32) -> u32 {
        self.key_lines.line(key, from)
    }

    /// The whole body as a `ty`: each value at the top (the elements of a
    /// collection) must be of the type's kind (an object for a structured
    /// type, a string for an enum) before its properties are read. Whether a
    /// collection's body is a list is not asked here: a page that shows one
    /// object for a collection (or a list for one) has an `untested-example`
    /// note already.
    fn body(&mut self, body: &Value, ty: &TypeRef) {
        let element = TypeRef {
            collection: false,
            ..ty.clone()
        };
        let items: Vec<&Value> = match body {
            Value::Array(items) if ty.collection => items.iter().collect(),
            // A list for one value, or one value for a list: the shape is
            // wrong, not the kind (`untested-example` says so).
            Value::Array(_) => Vec::new(),
            _ if ty.collection => Vec::new(),
            one => vec![one],
        };
        let line = self.example.body_line;
        let contradicted = items.iter().find_map(|v| self.problem(v, &element));
        match contradicted {
            Some(problem) if !self.already.contains(&(&*self.example.source.file, line)) => {
                self.out.push(Diagnostic::at(
                    Code::ExampleTypeMismatch,
                    &SourceRef::new(&self.example.source.file, line),
                    format!(
                        "example body {} {problem}; the page gives its type as {}",
                        short(body),
                        describe(ty)
                    ),
                ));
            }
            Some(_) => {}
            None => self.value(body, ty, line),
        }
    }

    fn value(&mut self, value: &Value, ty: &TypeRef, line: u32) {
        match value {
            Value::Array(items) if ty.collection => {
                let element = TypeRef {
                    collection: false,
                    ..ty.clone()
                };
                for item in items {
                    self.value(item, &element, line);
                }
            }
            Value::Object(map) if !ty.collection && !ty.is_primitive() => {
                // An `@odata.type` names the derived type the object really
                // is; the bindings still read it as the stated type, so its
                // properties are that type's first, the derived type's after.
                let own = map
                    .get("@odata.type")
                    .and_then(Value::as_str)
                    .and_then(crate::model::typeref::split_qualified)
                    .and_then(|q| self.types.get(q.name.as_str()).copied());
                let stated = self.types.get(ty.name.as_str()).copied();
                if let Some(def) = own.or(stated) {
                    self.object(stated, def, map, line);
                }
            }
            _ => {}
        }
    }

    fn object(
        &mut self,
        stated: Option<&'a TypeDef>,
        def: &'a TypeDef,
        map: &Map<String, Value>,
        line: u32,
    ) {
        // Every key the type has as a property, `@odata.type` included when a
        // table states it: the bindings read each into its field.
        for (key, value) in map {
            let read = stated.and_then(|t| self.property(t, key));
            // The derived type only when it is another (not a second scan).
            let derived = || {
                let other = stated.is_none_or(|t| !std::ptr::eq(t, def));
                other.then(|| self.property(def, key)).flatten()
            };
            let Some(p) = read.or_else(derived) else {
                continue;
            };
            let at = self.key_line(key, line);
            // Whatever stated the type, the bindings hold it: a value that
            // contradicts it fails its round trip. A type examples gave is
            // contradicted by another example only when that one was read
            // before the type was known (`mailboxSettings.timeZone`, a string
            // in one example and an object in another whose owner was not
            // yet typed), and a placeholder (`"datetime-value"`) is no value.
            if let Some(problem) = self.problem(value, &p.ty) {
                if !self.already.contains(&(&*self.example.source.file, at)) {
                    let m = p
                        .metadata
                        .as_ref()
                        .map(|m| format!("{}:{}", m.file, m.line));
                    self.out.push(
                        Diagnostic::at(
                            Code::ExampleTypeMismatch,
                            &SourceRef::new(&self.example.source.file, at),
                            format!(
                                "example value {} for `{}.{key}` {problem}; {}",
                                short(value),
                                def.name,
                                match m {
                                    Some(m) =>
                                        format!("the metadata declares {} ({m})", describe(&p.ty)),
                                    None => format!(
                                        "{} {} ({})",
                                        p.source.says(),
                                        describe(&p.ty),
                                        p.source_ref()
                                    ),
                                }
                            ),
                        )
                        .quoting_after(&format!("\"{key}\""), &short(value)),
                    );
                }
                continue;
            }
            self.value(value, &p.ty, at);
        }
    }

    /// What is wrong with `value` as a `ty`: the primitive rules extraction
    /// uses, plus what only the types tell: an enum is a string, a structured
    /// type an object.
    fn problem(&self, value: &Value, ty: &TypeRef) -> Option<String> {
        if let Some(p) = mismatch(value, ty) {
            return Some(p);
        }
        if ty.is_primitive() || value.is_null() {
            return None;
        }
        let def = self.types.get(ty.name.as_str())?;
        // A type without structure is raw JSON in the bindings: any value fits.
        if def.is_opaque() {
            return None;
        }
        let check = |v: &Value| match (def.members.is_empty(), v) {
            (false, Value::String(_)) | (true, Value::Object(_)) | (_, Value::Null) => None,
            (false, _) => Some(format!("is not a `{}` member (a string)", def.name)),
            (true, _) => Some(format!("is not a `{}` object", def.name)),
        };
        match (ty.collection, value) {
            (true, Value::Array(items)) => items.iter().find_map(check),
            (true, _) => Some("is not an array".into()),
            (false, v) => check(v),
        }
    }

    /// `key` on `def` or along its base types.
    fn property(&self, def: &'a TypeDef, key: &str) -> Option<&'a Property> {
        let mut seen = BTreeSet::new();
        let mut current = Some(def);
        while let Some(t) = current {
            if !seen.insert(t.name.as_str()) {
                break;
            }
            let found = match self.large.get(t.name.as_str()) {
                Some(by_name) => by_name.get(key).copied(),
                None => t.properties.iter().find(|p| p.name == key),
            };
            if found.is_some() {
                return found;
            }
            current = t
                .base_type
                .as_deref()
                .and_then(|b| self.types.get(b).copied());
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use std::path::Path;

    const CSDL: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
<Schema Alias="graph" Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
<EnumType Name="color"><Member Name="red" Value="0" /></EnumType>
<EntityType Name="widget"><Property Name="id" Type="Edm.String" /><Property Name="color" Type="graph.color" /><Property Name="made" Type="Edm.DateTimeOffset" /></EntityType>
</Schema></edmx:DataServices></edmx:Edmx>"#;

    /// The model of a page whose one response example is a `widget` object
    /// with `members` (its lines from the example's line 25 on).
    fn widget_model(members: &str) -> crate::model::Model {
        let dir = tempfile::tempdir().unwrap();
        let fence = "```";
        std::fs::write(
            dir.path().join("widget-get.md"),
            format!("---\ndoc_type: apiPageType\n---\n# Get widget\n\n## HTTP request\n\n{fence}http\nGET /widgets/{{id}}\n{fence}\n\n## Response\n\nIf successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.widget\" }} -->\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\n{members}\n}}\n{fence}\n"),
        )
        .unwrap();
        crate::build_model(&[dir.path().to_path_buf()]).unwrap()
    }

    #[test]
    fn examples_that_contradict_the_metadata_types_are_reported_at_their_line() {
        let model = widget_model(
            r#"  "id": "1",
  "color": {},
  "made": "2019-09-27T01:01:04.566Z""#,
        );
        let csdl = crate::metadata::csdl::parse(CSDL, Path::new("m.xml")).unwrap();
        let model = crate::metadata::apply(model, &csdl);
        let found = crate::diagnostics::coded(&model.diagnostics, Code::ExampleTypeMismatch);
        assert_eq!(
            found,
            [(
                27,
                "example value {} for `widget.color` is not a `color` member (a string); the metadata declares color (m.xml:4)"
            )]
        );
    }

    #[test]
    fn a_placeholder_types_its_property_and_is_reported_as_no_value_of_it() {
        let model = widget_model(
            r#"  "id": "id-value",
  "made": "String (timestamp)",
  "opens": "08:00:00.0000000""#,
        );
        let widget = model.types.iter().find(|t| t.name == "widget").unwrap();
        let types: Vec<(&str, &str)> = widget
            .properties
            .iter()
            .map(|p| (p.name.as_str(), p.ty.name.as_str()))
            .collect();
        assert_eq!(
            types,
            [
                ("id", "String"),
                ("made", "DateTimeOffset"),
                ("opens", "TimeOfDay")
            ]
        );
        let found = crate::diagnostics::coded(&model.diagnostics, Code::ExampleTypeMismatch);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 27);
        assert!(
            found[0].1.starts_with("example value \"String (timestamp)\" for `widget.made` is not an ISO 8601 date-time; the examples give DateTimeOffset ("),
            "{}",
            found[0].1
        );
    }

    /// `calendar.color` is a `calendarColor` by the members one example
    /// shows; another shows `{}`, which no enum reads: reported, so its
    /// round trip is ignored rather than failing, though no table types it.
    #[test]
    fn examples_that_contradict_a_type_other_examples_gave_are_reported() {
        let fence = "```";
        let get = |name: &str, body: &str| {
            format!("---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n\n{fence}http\nGET /{name}\n{fence}\n\n## Response\n\nReturns a [calendar](../resources/calendar.md) object.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.calendar\" }} -->\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n{fence}\n")
        };
        let model = crate::model::model_of_pages(&[
            (
                "resources/calendarcolor.md",
                "---\ndoc_type: enumPageType\n---\n# calendarColor enum type\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| auto | A. |\n| lightBlue | B. |\n".to_string(),
            ),
            ("api/a-get.md", get("a", r#"{"id": "1", "color": "auto"}"#)),
            ("api/b-get.md", get("b", r#"{"id": "2", "color": {}}"#)),
        ]);
        assert_eq!(
            crate::model::property_type(&model, "calendar", "color").name,
            "calendarColor"
        );
        let found = crate::diagnostics::coded(&model.diagnostics, Code::ExampleTypeMismatch);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].1.starts_with("example value {} for `calendar.color` is not a `calendarColor` member (a string); the examples give calendarColor ("),
            "{}",
            found[0].1
        );
    }

    /// Examples of primitives are read as their tests read them: a list of
    /// objects in a collection of `Int32` and a string in `{"value": …}`
    /// for a `Boolean` are reported; `{"value": true}` for a `Boolean` and
    /// a stream's body (`{"value": "base64"}` for `Stream`) are not.
    #[test]
    fn examples_of_primitives_are_read_inside_their_envelope() {
        let fence = "```";
        let get = |name: &str, annotation: &str, body: &str| {
            format!("---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n\n{fence}http\nGET /{name}\n{fence}\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", {annotation} }} -->\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n{fence}\n")
        };
        let model = crate::model::model_of_pages(&[
            (
                "api/counts.md",
                get(
                    "counts",
                    r#""@odata.type": "Edm.Int32", "isCollection": true"#,
                    r#"{"value": [{"id": "1"}]}"#,
                ),
            ),
            (
                "api/flag.md",
                get(
                    "flag",
                    r#""@odata.type": "Edm.Boolean""#,
                    r#"{"value": "yes"}"#,
                ),
            ),
            (
                "api/good.md",
                get(
                    "good",
                    r#""@odata.type": "Edm.Boolean""#,
                    r#"{"value": true}"#,
                ),
            ),
            (
                "api/report.md",
                get(
                    "report",
                    r#""@odata.type": "Edm.Stream""#,
                    r#"{"value": "Z2V0"}"#,
                ),
            ),
        ]);
        let found: Vec<(&str, &str)> = model
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::ExampleTypeMismatch)
            .map(|d| {
                (
                    d.source.file.rsplit('/').next().unwrap(),
                    d.message.as_str(),
                )
            })
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "counts.md");
        assert!(found[0].1.contains("is not a Int32"), "{}", found[0].1);
        assert_eq!(found[1].0, "flag.md");
        assert!(found[1].1.contains("\"yes\""), "{}", found[1].1);
    }

    /// A body of another kind than its type (an object where the page's
    /// type is an enum) is reported at the body's line; so is a value under
    /// a key a table states, `@odata.type` too, when it is not that type.
    #[test]
    fn a_body_or_an_annotation_key_of_another_kind_is_reported() {
        let fence = "```";
        let enum_page = "---\ndoc_type: enumPageType\n---\n# shade enum type\n\n## Members\n\n| Member | Description |\n|:--|:--|\n| dark | D. |\n| light | L. |\n";
        let thing = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | I. |\n| @odata.type | Boolean | Broken. |\n";
        let get = |name: &str, body: &str| {
            format!("---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n\n{fence}http\nGET /{name}s/{{id}}\n{fence}\n\n## Response\n\nReturns a [{name}](../resources/{name}.md) object.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n{fence}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n{fence}\n")
        };
        let model = crate::model::model_of_pages(&[
            ("resources/shade.md", enum_page.to_string()),
            ("resources/thing.md", thing.to_string()),
            ("api/shade-get.md", get("shade", r#"{"id": "1"}"#)),
            (
                "api/thing-get.md",
                get(
                    "thing",
                    r##"{"@odata.type": "#microsoft.graph.thing", "id": "1"}"##,
                ),
            ),
        ]);
        let found = crate::diagnostics::coded(&model.diagnostics, Code::ExampleTypeMismatch);
        let messages: Vec<&str> = found.iter().map(|(_, m)| *m).collect();
        assert!(
            messages.contains(&"example body {\"id\":\"1\"} is not a `shade` member (a string); the page gives its type as shade"),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.starts_with("example value \"#microsoft.graph.thing\" for `thing.@odata.type` is not a Boolean; the table says Boolean")),
            "{messages:?}"
        );
    }
}
