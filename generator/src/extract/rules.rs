//! Recognition rules, as data: which heading opens which section, which column
//! names mean name/type/description, how permission rows and status lines are
//! spelled. Extraction code looks things up here instead of testing strings
//! inline, so a new spelling in the docs is one line in this file.

/// What a section of a page is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// `## Permissions`
    Permissions,
    /// `## HTTP request`: the request lines.
    HttpRequest,
    /// `## Path parameters`
    PathParameters,
    /// `## Optional query parameters`
    QueryParameters,
    /// `## Request headers`
    RequestHeaders,
    /// `## Request body`
    RequestBody,
    /// `## Response`: status and type in prose.
    Response,
    /// `## Example(s)` and everything under it.
    Examples,
    /// `## Properties` (resource pages; enum members too).
    Properties,
    /// `## Relationships`
    Relationships,
    /// `## JSON representation`
    JsonRepresentation,
    /// `## Members`, `## Enum values`
    Members,
    /// `## Methods` (resource pages): the operations on the type, each row a
    /// link to its API page and the type it returns.
    Methods,
    /// Anything else.
    Other,
}

/// How a heading is compared with a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// The whole (normalised) heading.
    Exact,
    /// The heading starts with the text.
    Prefix,
    /// The heading ends with the text (`operationError properties`).
    Suffix,
}

/// Headings (lower case, trailing punctuation removed) and the section each opens.
/// First match wins.
pub const SECTION_RULES: &[(&str, Match, SectionKind)] = &[
    ("permissions", Match::Exact, SectionKind::Permissions),
    ("permission", Match::Exact, SectionKind::Permissions),
    ("http request", Match::Prefix, SectionKind::HttpRequest),
    ("http requests", Match::Exact, SectionKind::HttpRequest),
    ("path parameters", Match::Exact, SectionKind::PathParameters),
    ("path parameter", Match::Exact, SectionKind::PathParameters),
    (
        "optional query parameters",
        Match::Exact,
        SectionKind::QueryParameters,
    ),
    (
        "query parameters",
        Match::Exact,
        SectionKind::QueryParameters,
    ),
    (
        "optional query parameter",
        Match::Exact,
        SectionKind::QueryParameters,
    ),
    (
        "function parameters",
        Match::Exact,
        SectionKind::QueryParameters,
    ),
    ("request headers", Match::Exact, SectionKind::RequestHeaders),
    (
        "optional request headers",
        Match::Exact,
        SectionKind::RequestHeaders,
    ),
    ("request header", Match::Exact, SectionKind::RequestHeaders),
    ("request body", Match::Exact, SectionKind::RequestBody),
    ("response", Match::Exact, SectionKind::Response),
    ("responses", Match::Exact, SectionKind::Response),
    ("response body", Match::Exact, SectionKind::Response),
    ("example", Match::Prefix, SectionKind::Examples),
    ("properties", Match::Exact, SectionKind::Properties),
    ("relationships", Match::Exact, SectionKind::Relationships),
    (
        "json representation",
        Match::Exact,
        SectionKind::JsonRepresentation,
    ),
    (" properties", Match::Suffix, SectionKind::Properties),
    (" relationships", Match::Suffix, SectionKind::Relationships),
    ("members", Match::Exact, SectionKind::Members),
    ("methods", Match::Exact, SectionKind::Methods),
    ("enum values", Match::Exact, SectionKind::Members),
    ("values", Match::Exact, SectionKind::Members),
];

/// First words of a Methods-table row whose operation reads a relationship
/// of the type (`List joinedTeams`, `Get photo`): such a row, with its API
/// page's `GET .../{id}/joinedTeams`, documents the relationship
/// `joinedTeams` even where no Relationships table lists it. Other verbs
/// (`Create`, `Add`, `delta`, actions) name operations, not relationships.
pub const RELATIONSHIP_READ_VERBS: &[&str] = &["list", "get"];

/// Statuses whose responses have no body by HTTP's definition (`204 No
/// Content`): a type a sentence names beside one (`returns 204 No Content
/// and updates the [educationClass] object`) is not a body, and a client that
/// expected one would fail to decode the empty response.
pub const BODYLESS_STATUSES: &[u16] = &[204, 205, 304];

/// Keys of an example's `<!-- { "blockType": "response", ... } -->`
/// annotation that name its type, in the order tried: most pages write
/// `@odata.type`, SharePoint's write `@type` (`"@type": "Collection(microsoft.graph.site)"`).
pub const ANNOTATION_TYPE_KEYS: &[&str] = &["@odata.type", "@type"];

/// How an example string that stands for a value of a named type begins:
/// the security pages show an enum value as its type's name
/// (`"feedback": "@odata.type: microsoft.graph.alertFeedback"`).
pub const TYPE_PLACEHOLDER_PREFIX: &str = "@odata.type:";

/// How an example string that stands for a value of a primitive ends: the
/// word before it spells the primitive (`"datetime-value"`, `"date-value"`;
/// `"id-value"` is a string like any other). See
/// [`crate::model::infer::placeholder_primitive`].
pub const PRIMITIVE_PLACEHOLDER_SUFFIX: &str = "-value";

/// Words before a type link in prose that make it a collection ("returns a
/// `200 OK` response code and a collection of [user](...) objects"; "a list
/// of [resourceSpecificPermissionGrant](...) objects"), lower-case.
pub const COLLECTION_PHRASES: &[&str] = &["collection of", "list of", "array of"];

/// What follows a primitive type named without a link in a response
/// sentence ("a `200 OK` response code and a String collection in the
/// response body"): only then is the bare word the body's type, not prose
/// ("a string that describes ..."), lower-case.
pub const BARE_TYPE_TAIL: &str = "in the response body";

/// The verb of [`RELATIONSHIP_READ_VERBS`] that reads a collection, whatever
/// the row's type cell says (`List tabs in chat | [teamsTab](teamstab.md)`).
pub const COLLECTION_READ_VERB: &str = "list";

/// What follows a resource page's file stem in the names of the API pages
/// about that type's own operations (`user.md` → `user-list-joinedteams.md`).
/// A Methods row linking a page named otherwise documents an operation of
/// another type that the page only mentions (`user.md`'s `List tasks` links
/// `todotasklist-list-tasks.md`), so it says nothing about this type's relationships.
pub const OWN_API_PAGE_SEPARATOR: char = '-';

/// Whether the names of a Properties-section table are not property names.
/// Graph's property names are lowerCamelCase (`displayName`), or instance
/// annotations (`@odata.etag`); a table whose every name starts upper-case
/// lists something else: the members of the JSON string a policy's
/// `definition` holds (`Version`, `ApplicationPolicies` under `### Properties
/// of a token issuance policy definition`), the types an extension property
/// may have (`Binary`, `Boolean`), a list item's example columns (`Author`,
/// `Color`). Such a table is not read as the type's properties.
pub fn not_property_names<'a>(mut names: impl Iterator<Item = &'a str>) -> bool {
    let mut any = false;
    let all_upper = names.all(|n| {
        any = true;
        n.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    });
    any && all_upper
}

/// Heading endings that make the heading name an enumeration, the name being
/// the one word before them: `### lifecycleEventType values`, `#### ageGroup
/// values`. The member table under such a heading lists that enum's members,
/// not those of the page's own type (a resource page documents the values of
/// its string properties this way, and `enums.md` pages hold dozens of enums).
pub const ENUM_HEADING_SUFFIXES: &[&str] = &[
    " enumeration values",
    " enum values",
    " values",
    " enumeration",
    " enum",
];

/// The enum a heading names ([`ENUM_HEADING_SUFFIXES`]), as written: a single
/// name-like word (letters, digits, `_`, starting with a letter), with any
/// code or emphasis marks dropped. `None` for every other heading, including
/// the bare `Values` / `Enum values` that head an enum page's own members.
pub fn enum_heading(heading: &str) -> Option<String> {
    // Every suffix ends in `values`, `enum` or `enumeration`: a heading whose
    // last letter (marks and spaces aside) is not `s`, `m` or `n` names none.
    let last = heading
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '`' | '*'))
        .bytes()
        .next_back()?;
    if !matches!(last.to_ascii_lowercase(), b's' | b'm' | b'n') {
        return None;
    }
    let text: String = heading
        .chars()
        .filter(|c| !matches!(c, '`' | '*'))
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = text.to_ascii_lowercase();
    let suffix = ENUM_HEADING_SUFFIXES.iter().find(|s| lower.ends_with(*s))?;
    let name = text[..text.len() - suffix.len()].trim();
    let mut chars = name.chars();
    let name_like = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    // `Enum values` / `Property values` are section titles, not names.
    let generic = matches!(
        name.to_ascii_lowercase().as_str(),
        "enum" | "property" | "possible" | "member" | "the"
    );
    (name_like && !generic).then(|| name.to_string())
}

/// Classifies a heading.
pub fn section_of(heading: &str) -> SectionKind {
    with_normalized(heading, |h| {
        SECTION_RULES
            .iter()
            .find(|(text, m, _)| matches(h, text, *m))
            .map(|(_, _, kind)| *kind)
            .unwrap_or(SectionKind::Other)
    })
}

fn matches(h: &str, text: &str, m: Match) -> bool {
    match m {
        Match::Exact => h == text,
        Match::Prefix => h.starts_with(text),
        Match::Suffix => h.ends_with(text),
    }
}

/// Lower case, single spaces, no trailing `:`/`.`.
pub fn normalize_heading(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .join(" ")
        .trim_end_matches([':', '.'])
        .to_ascii_lowercase()
}

/// Longest heading [`with_normalized`] normalises on the stack.
const NORMALIZED_ON_STACK: usize = 96;

/// Calls `f` with [`normalize_heading`] of `text`, without allocating for
/// text of up to [`NORMALIZED_ON_STACK`] bytes (headings and column headers
/// are classified tens of thousands of times a run).
fn with_normalized<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; NORMALIZED_ON_STACK];
    let mut len = 0;
    for word in text.split_whitespace() {
        let sep = usize::from(len > 0);
        let Some(dest) = buf.get_mut(len..len + sep + word.len()) else {
            return f(&normalize_heading(text));
        };
        if sep == 1 {
            dest[0] = b' ';
        }
        dest[sep..].copy_from_slice(word.as_bytes());
        dest[sep..].make_ascii_lowercase();
        len += sep + word.len();
    }
    while len > 0 && matches!(buf[len - 1], b':' | b'.') {
        len -= 1;
    }
    // Whole words and ASCII spaces: always UTF-8; the fallback is for form's sake.
    match std::str::from_utf8(&buf[..len]) {
        Ok(h) => f(h),
        Err(_) => f(&normalize_heading(text)),
    }
}

/// What a table column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The thing's name (property, parameter, header, member).
    Name,
    /// Its type.
    Type,
    /// Free text.
    Description,
    /// A value (header value, enum member value).
    Value,
    /// A Required/Optional flag.
    Required,
    /// `Permission type`.
    PermissionType,
    /// A scopes column, and how it is ordered or ranked.
    Permissions(PermissionColumn),
    /// A Methods table's operation (a link to its API page).
    Method,
    /// A Methods table's return type.
    ReturnType,
}

/// How a permissions column ranks its scopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PermissionColumn {
    /// `Permissions (from least to most privileged)` (and the unqualified `Permissions`).
    LeastFirst,
    /// `Permissions (from most to least privileged)`: reversed on reading.
    MostFirst,
    /// `Least privileged permissions`.
    Least,
    /// `Higher privileged permissions`.
    Higher,
}

/// Column headers (lower case) and what they hold. Prefix matches come after exact ones.
pub const COLUMN_RULES: &[(&str, Match, Column)] = &[
    ("permission type", Match::Exact, Column::PermissionType),
    ("permission types", Match::Exact, Column::PermissionType),
    (
        "permissions (from most to least privileged)",
        Match::Exact,
        Column::Permissions(PermissionColumn::MostFirst),
    ),
    (
        "least privileged permission",
        Match::Prefix,
        Column::Permissions(PermissionColumn::Least),
    ),
    (
        "higher privileged permission",
        Match::Prefix,
        Column::Permissions(PermissionColumn::Higher),
    ),
    (
        "permissions",
        Match::Prefix,
        Column::Permissions(PermissionColumn::LeastFirst),
    ),
    ("property", Match::Exact, Column::Name),
    ("property name", Match::Exact, Column::Name),
    ("properties", Match::Exact, Column::Name),
    ("name", Match::Exact, Column::Name),
    ("parameter", Match::Exact, Column::Name),
    ("parameter name", Match::Exact, Column::Name),
    ("parameters", Match::Exact, Column::Name),
    ("header", Match::Exact, Column::Name),
    ("header name", Match::Exact, Column::Name),
    ("request header", Match::Exact, Column::Name),
    ("member", Match::Exact, Column::Name),
    ("members", Match::Exact, Column::Name),
    ("relationship", Match::Exact, Column::Name),
    ("type", Match::Exact, Column::Type),
    ("data type", Match::Exact, Column::Type),
    ("property type", Match::Exact, Column::Type),
    ("value type", Match::Exact, Column::Type),
    ("description", Match::Exact, Column::Description),
    ("notes", Match::Exact, Column::Description),
    ("remarks", Match::Exact, Column::Description),
    ("value", Match::Exact, Column::Value),
    ("values", Match::Exact, Column::Value),
    ("method", Match::Exact, Column::Method),
    ("return type", Match::Exact, Column::ReturnType),
    ("required", Match::Prefix, Column::Required),
    ("optional", Match::Prefix, Column::Required),
];

/// Classifies a column header.
pub fn column_of(header: &str) -> Option<Column> {
    with_normalized(header, |h| {
        COLUMN_RULES
            .iter()
            .find(|(text, m, _)| matches(h, text, *m))
            .map(|(_, _, c)| *c)
    })
}

/// The three permission types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PermissionKind {
    /// Delegated (work or school account).
    DelegatedWork,
    /// Delegated (personal Microsoft account).
    DelegatedPersonal,
    /// Application.
    Application,
}

/// Words that must all appear in a permission row label (lower case).
pub const PERMISSION_ROWS: &[(&[&str], PermissionKind)] = &[
    (
        &["delegated", "personal"],
        PermissionKind::DelegatedPersonal,
    ),
    (
        &["delegated", "microsoft account"],
        PermissionKind::DelegatedPersonal,
    ),
    (&["delegated", "work"], PermissionKind::DelegatedWork),
    (&["delegated", "school"], PermissionKind::DelegatedWork),
    (&["delegated"], PermissionKind::DelegatedWork),
    (&["application"], PermissionKind::Application),
];

/// Classifies a permission row label.
pub fn permission_kind(label: &str) -> Option<PermissionKind> {
    PERMISSION_ROWS
        .iter()
        .find(|(words, _)| words.iter().all(|w| contains_ignore_ascii_case(label, w)))
        .map(|(_, k)| *k)
}

/// Whether `text` lower-cased (ASCII letters only) contains `needle`, which
/// is lower-case ASCII; without lower-casing a copy of `text`.
pub fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    needle.is_empty()
        || text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Cell texts (lower case, trailing `.` removed) that mean "not supported".
pub const NOT_SUPPORTED: &[&str] = &[
    "not supported",
    "not applicable",
    "n/a",
    "not supported for personal microsoft accounts",
];

/// Cell texts that mean "nothing listed" (a higher-privileged column with no entry).
pub const NOTHING_LISTED: &[&str] = &["not available", "none", "-", "", "—"];

/// Marks of a placeholder the writer meant to fill in.
pub const PLACEHOLDER_MARKERS: &[&str] = &["todo", "tbd"];

/// Whether text contains a placeholder marker as a word.
pub fn is_placeholder(text: &str) -> bool {
    // Words are runs of ASCII letters and digits (any other byte, UTF-8
    // continuation bytes included, separates them); a marker can only start
    // where its first letter is, which memchr finds fast.
    let b = text.as_bytes();
    let boundary = |i: usize| b.get(i).is_none_or(|c| !c.is_ascii_alphanumeric());
    PLACEHOLDER_MARKERS.iter().any(|m| {
        let m = m.as_bytes();
        let Some(&first) = m.first() else {
            return false;
        };
        memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), b).any(|i| {
            (i == 0 || boundary(i - 1))
                && b.get(i..i + m.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(m))
                && boundary(i + m.len())
        })
    })
}

/// Words in a description cell that say whether a thing is required.
/// Checked in order; the first hit decides.
pub const REQUIREDNESS_WORDS: &[(&str, bool)] = &[("optional", false), ("required", true)];

/// Reads a Required column cell (`Yes`, `No`, `true`, `Required`, `Optional`).
pub fn required_cell(text: &str) -> Option<bool> {
    match text
        .trim()
        .trim_end_matches('.')
        .to_ascii_lowercase()
        .as_str()
    {
        "yes" | "true" | "required" | "y" | "✓" => Some(true),
        "no" | "false" | "optional" | "n" => Some(false),
        _ => None,
    }
}

/// Reads requiredness from a description (`Bearer {token}. Required.`).
pub fn required_in_description(text: &str) -> Option<bool> {
    // Sentences end at `.`, `;`, `(` or `)`; the words are ASCII, so comparing
    // bytes without regard to ASCII case is comparing the lower-cased text.
    // One pass: the first word of REQUIREDNESS_WORDS any sentence has decides.
    let mut best: Option<usize> = None;
    for piece in text
        .as_bytes()
        .split(|b| matches!(b, b'.' | b';' | b'(' | b')'))
    {
        // Cut at ASCII bytes, each piece is whole characters; trimmed as text
        // (Unicode white space, as `str::trim` does).
        let Ok(sentence) = std::str::from_utf8(piece) else {
            continue;
        };
        let s = sentence.trim().as_bytes();
        let limit = best.unwrap_or(REQUIREDNESS_WORDS.len());
        if let Some(i) = REQUIREDNESS_WORDS[..limit]
            .iter()
            .position(|(word, _)| says_word(s, word.as_bytes()))
        {
            best = Some(i);
            if i == 0 {
                break;
            }
        }
    }
    best.map(|i| REQUIREDNESS_WORDS[i].1)
}

/// Whether sentence `s` is `word`, starts with `word ` or ends with ` word`
/// (ASCII case aside; `word` is lower case).
fn says_word(s: &[u8], word: &[u8]) -> bool {
    let n = word.len();
    s.eq_ignore_ascii_case(word)
        || (s.len() > n
            && ((s[n] == b' ' && s[..n].eq_ignore_ascii_case(word))
                || (s[s.len() - n - 1] == b' ' && s[s.len() - n..].eq_ignore_ascii_case(word))))
}

/// HTTP status codes and their reason phrases as the docs write them.
pub const STATUS_REASONS: &[(u16, &str)] = &[
    (200, "OK"),
    (201, "Created"),
    (202, "Accepted"),
    (203, "Non-Authoritative Information"),
    (204, "No Content"),
    (205, "Reset Content"),
    (206, "Partial Content"),
    (207, "Multi-Status"),
    (301, "Moved Permanently"),
    (302, "Found"),
    (303, "See Other"),
    (304, "Not Modified"),
    (307, "Temporary Redirect"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (409, "Conflict"),
    (412, "Precondition Failed"),
    (416, "Requested Range Not Satisfiable"),
    (423, "Locked"),
    (429, "Too Many Requests"),
    (500, "Internal Server Error"),
    (503, "Service Unavailable"),
];

/// Suffixes of resource page titles that are not part of the type name
/// (`user resource type` → `user`).
pub const RESOURCE_TITLE_SUFFIXES: &[&str] = &[
    " resource type",
    " complex type",
    " entity type",
    " enumeration type",
    " enum type",
    " enumeration",
    " enum",
    " resource",
    " object",
    " type",
];

/// Where the link naming the base may stand after a base-type phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseLink {
    /// Right after the phrase (an article or bold markup between them
    /// aside): `Derived from [place](place.md).`
    RightAfter,
    /// Anywhere later in the paragraph, the earliest whole word that is a
    /// type link: `Inherits from base class [identityUserFlow](…)`.
    Later,
}

/// Phrases with which a resource page's paragraph states the type's base
/// type, the base following the phrase (`Derived from [place](place.md).`,
/// `A subclass of [educationResource](educationresource.md).`, `The
/// principalResourceMembershipsScope is a type of [accessReviewScope](…)`),
/// and where its link may be: later in the sentence only for `inherits
/// from`, the phrase the docs' template uses for nothing but base types.
/// Without a link, the word right after the phrase is the base only when
/// it is shaped like a type name (see `extract::resource::stated_base`):
/// these phrases are also ordinary English (`derived from ISO 639-1`,
/// `inherits from base policy type`).
pub const BASE_TYPE_PHRASES: &[(&str, BaseLink)] = &[
    ("inherits from", BaseLink::Later),
    ("derived from", BaseLink::RightAfter),
    ("derives from", BaseLink::RightAfter),
    ("subclass of", BaseLink::RightAfter),
    ("is a type of", BaseLink::RightAfter),
];

/// Words that may stand between a base-type phrase and the base's name.
pub const BASE_TYPE_ARTICLES: &[&str] = &["the", "a", "an"];

/// How a property row's description says the property is its base type's
/// (`Inherited from [entity](entity.md).`): when no paragraph states the
/// page's base type, the type these rows name is it.
pub const INHERITED_PROPERTY_PHRASE: &str = "inherited from";

/// The base type of every entity type, which the docs name as a base like
/// any other: where rows name it and another type, the other is nearer.
pub const ROOT_ENTITY_TYPE: &str = "entity";

/// How the name of a path parameter that is a key ends, separators and case
/// aside (`{chat-id}`, `{meetingId}`, `{id}`): a read page's path ending in
/// a relationship and such a parameter reads one member of a collection.
pub const KEY_PARAMETER_ENDING: &str = "id";

/// The key property of [`ROOT_ENTITY_TYPE`], which every type descending
/// from it inherits: a resource annotation naming it as the type's key
/// (`"keyProperty": "id"`) marks an entity type (see
/// `ResourceFacts::keyed_as_entity`). 358 of the 1,239 v1.0 resource pages
/// say so, every one with `id`.
pub const ENTITY_KEY_PROPERTY: &str = "id";

/// Openings of boilerplate paragraphs that are never a page's description.
pub const BOILERPLATE_PREFIXES: &[&str] = &[
    "one of the following permissions",
    "choose the permission",
    "the following permissions",
    "to learn more",
    "if successful",
    "note",
    "**note",
    "important",
    "[!note",
    "inherits from",
    "derived from",
];

/// Whether a paragraph is boilerplate rather than a description.
pub fn is_boilerplate(text: &str) -> bool {
    // The prefixes are ASCII: no need to lower-case the whole paragraph.
    let text = text.trim().as_bytes();
    BOILERPLATE_PREFIXES.iter().any(|p| {
        text.get(..p.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Primitives the service sends as JSON strings, which a JSON representation
/// spells `"String (…)"` (`"String (timestamp)"`, `"String (ISO 8601 duration)"`).
pub const STRING_HELD_PRIMITIVES: &[&str] = &[
    "DateTimeOffset",
    "Date",
    "TimeOfDay",
    "Duration",
    "Guid",
    "Binary",
];

/// Words that refer back to something named earlier rather than name a type:
/// "a JSON representation of that resource instance" says nothing of which.
pub const REFERRING_WORDS: &[&str] = &[
    "that", "this", "these", "those", "its", "their", "such", "each", "any", "some", "all",
];

/// Phrases in a property's description that introduce the list of values it
/// takes (`Possible values are: low, normal, high.`), lower-cased. A type no
/// page documents that a table types such a property with is an enum of
/// those values; other comma lists in prose (`building, floor, room`) say
/// nothing of what a type is.
pub const VALUE_LIST_MARKERS: &[&str] = &[
    "possible value",
    "supported value",
    "allowed value",
    "valid value",
    "values are",
    "values:",
];

/// Phrases in a request-body section that mean "send nothing".
pub const NO_BODY_PHRASES: &[&str] = &[
    "do not supply a request body",
    "don't supply a request body",
    "do not specify a request body",
    "don't specify a request body",
    "no request body",
    "do not supply a body",
];

#[cfg(test)]
mod enum_heading_tests {
    use super::enum_heading;

    #[test]
    fn a_word_before_values_names_an_enum() {
        assert_eq!(
            enum_heading("lifecycleEventType values").as_deref(),
            Some("lifecycleEventType")
        );
        assert_eq!(
            enum_heading("`ageGroup` values").as_deref(),
            Some("ageGroup")
        );
        assert_eq!(
            enum_heading("riskLevel enum values").as_deref(),
            Some("riskLevel")
        );
        assert_eq!(
            enum_heading("callState enumeration").as_deref(),
            Some("callState")
        );
        for not_one in [
            "Values",
            "Enum values",
            "Property values",
            "Legal age group property definitions",
            "Members",
            "two words values",
            "1st values",
        ] {
            assert_eq!(enum_heading(not_one), None, "{not_one}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_map_to_sections() {
        assert_eq!(section_of("HTTP Request"), SectionKind::HttpRequest);
        assert_eq!(section_of("Request headers"), SectionKind::RequestHeaders);
        assert_eq!(
            section_of("Example 2: Signed-in user request"),
            SectionKind::Examples
        );
        assert_eq!(section_of("Response"), SectionKind::Response);
        assert_eq!(section_of("Request"), SectionKind::Other);
        assert_eq!(
            section_of("operationError Properties"),
            SectionKind::Properties
        );
        assert_eq!(
            section_of("Optional query parameters"),
            SectionKind::QueryParameters
        );
    }

    #[test]
    fn permission_columns_are_ranked() {
        assert_eq!(
            column_of("Permissions (from least to most privileged)"),
            Some(Column::Permissions(PermissionColumn::LeastFirst))
        );
        assert_eq!(
            column_of("Permissions (from most to least privileged)"),
            Some(Column::Permissions(PermissionColumn::MostFirst))
        );
        assert_eq!(
            column_of("Least privileged permissions"),
            Some(Column::Permissions(PermissionColumn::Least))
        );
        assert_eq!(
            column_of("Higher privileged permissions"),
            Some(Column::Permissions(PermissionColumn::Higher))
        );
        assert_eq!(column_of("Permission type"), Some(Column::PermissionType));
    }

    #[test]
    fn permission_rows_are_classified() {
        assert_eq!(
            permission_kind("Delegated (work or school account)"),
            Some(PermissionKind::DelegatedWork)
        );
        assert_eq!(
            permission_kind("Delegated (personal Microsoft account)"),
            Some(PermissionKind::DelegatedPersonal)
        );
        assert_eq!(
            permission_kind("Application"),
            Some(PermissionKind::Application)
        );
        assert_eq!(permission_kind("Other"), None);
    }

    #[test]
    fn requiredness_is_read_from_descriptions() {
        assert_eq!(
            required_in_description("Bearer {token}. Required."),
            Some(true)
        );
        assert_eq!(
            required_in_description("**TODO: Add Description** Optional."),
            Some(false)
        );
        assert_eq!(required_in_description("application/json"), None);
        assert_eq!(required_cell("Yes"), Some(true));
    }

    #[test]
    fn placeholders_are_words() {
        assert!(is_placeholder("**TODO: Determine scopes **"));
        assert!(!is_placeholder("Todos.Read"));
    }

    #[test]
    fn upper_case_name_tables_are_not_properties() {
        assert!(not_property_names(
            ["Version", "ApplicationPolicies"].into_iter()
        ));
        assert!(!not_property_names(["Id", "displayName"].into_iter()));
        assert!(!not_property_names(["@odata.etag"].into_iter()));
        assert!(!not_property_names(std::iter::empty()));
    }
}
