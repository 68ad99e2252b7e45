//! The rules of [`super`] on whole pages: models built from resource and
//! API pages, read against what their tables document.

use crate::model::{model_of_pages, property_type as ty, resource_page as resource, TypeRef};

fn enumeration(name: &str, members: &[&str]) -> String {
    let rows: String = members
        .iter()
        .map(|m| format!("| {m} | What. |\n"))
        .collect();
    format!("---\ndoc_type: enumPageType\n---\n# {name} enum type\n\nNamespace: microsoft.graph\n\n## Members\n\n| Member | Description |\n|:--|:--|\n{rows}")
}

/// An API page whose response example is `body`, a `call` no page documents.
fn get_call(body: &str) -> String {
    get_page("call", body)
}

/// An API page whose response example is `body`, a `name`.
fn get_page(name: &str, body: &str) -> String {
    let f = "```";
    format!("---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n\n{f}http\nGET /{name}s/{{id}}\n{f}\n\n## Response\n\nReturns a [{name}](../resources/{name}.md) object.\n\n## Example\n\n### Response\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n{f}http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n{f}\n")
}

#[test]
fn example_values_are_read_against_documented_types() {
    const ID: &str = "[identity](identity.md)";
    const SET: &str = "[identitySet](identityset.md)";
    // (name, base, property rows) of each resource page.
    type Resource<'a> = (&'a str, Option<&'a str>, &'a [(&'a str, &'a str)]);
    let resources: &[Resource] = &[
        (
            "itemBody",
            None,
            &[("content", "String"), ("contentType", "String")],
        ),
        ("identitySet", None, &[("user", ID), ("application", ID)]),
        (
            "identity",
            None,
            &[("id", "String"), ("displayName", "String")],
        ),
        ("mediaConfig", None, &[("blob", "String")]),
        (
            "serviceHostedMediaConfig",
            Some("mediaConfig"),
            &[("preFetchMedia", "String")],
        ),
        (
            "preview",
            None,
            &[
                ("content", "String"),
                ("contentType", "String"),
                ("name", "String"),
            ],
        ),
        ("meetingInfo", None, &[("allowed", "Boolean")]),
        ("organizerMeetingInfo", None, &[("organizer", "String")]),
        (
            "androidConfig",
            Some("deviceConfiguration"),
            &[("apps", "String")],
        ),
        ("note", None, &[("author", SET)]),
        ("post", None, &[("author", SET)]),
        ("recipient", None, &[("emailAddress", "String")]),
        ("initiator", None, &[("user", ID), ("app", "String")]),
        (
            "comment",
            None,
            &[
                ("id", "String"),
                ("content", "String"),
                ("contentType", "String"),
            ],
        ),
    ];
    let enums: &[(&str, &[&str])] = &[
        ("callDirection", &["incoming", "outgoing"]),
        ("callState", &["established", "incoming"]),
        ("mobileAppState", &["established"]),
    ];
    let mut pages: Vec<(String, String)> = resources
        .iter()
        .map(|(name, base, rows)| (*name, resource(name, *base, rows)))
        .chain(
            enums
                .iter()
                .map(|(name, members)| (*name, enumeration(name, members))),
        )
        .map(|(name, text)| (format!("resources/{}.md", name.to_ascii_lowercase()), text))
        .collect();
    pages.extend([
        (
            "api/call-get.md".to_string(),
            get_call(
                r##"{
  "direction": "incoming",
  "state": "String",
  "itemBody": {"content": "x", "contentType": "text"},
  "body": {"content": "x", "contentType": "text"},
  "sender": {"emailAddress": "a@b.c"},
  "by": {"user": {"id": "1"}},
  "author": {"user": {"id": "1"}},
  "meetingInfo": {"@odata.type": "#microsoft.graph.organizerMeetingInfo", "organizer": "x"},
  "deviceConfigurations": [{"@odata.type": "#microsoft.graph.androidConfig", "apps": "x"}],
  "createdBy": {"user": {"id": "1"}, "application": {"id": "2"}},
  "owner": {"id": "1", "displayName": "x"},
  "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig"},
  "window": "PT1H",
  "when": "when-value"
}"##,
            ),
        ),
        (
            "api/call-list.md".to_string(),
            get_call(
                r##"{"state": "established", "when": "2020-01-01T00:00:00Z", "direction": "Duration"}"##,
            ),
        ),
    ]);
    let model = model_of_pages(&pages);
    // A member of the one enum named for the property.
    assert_eq!(ty(&model, "call", "direction").name, "callDirection");
    // A placeholder first, then a member: the later example types it.
    // `mobileAppState` has the member too, but is not named for a call.
    assert_eq!(ty(&model, "call", "state").name, "callState");
    // Named by the property, and its keys fit.
    assert_eq!(ty(&model, "call", "itemBody").name, "itemBody");
    // Named by nothing, but only one type has this shape.
    assert_eq!(ty(&model, "call", "createdBy").name, "identitySet");
    // All of an `itemBody`, part of a `preview`: the tightest fit. Not the
    // `comment` entity: an entity's value shows its `id`.
    assert_eq!(ty(&model, "call", "body").name, "itemBody");
    // One key fills a type only if that is all the type has.
    assert_eq!(ty(&model, "call", "sender").name, "recipient");
    assert_eq!(ty(&model, "call", "by"), TypeRef::untyped());
    // What the tables call `author` everywhere they state it, and it fits.
    assert_eq!(ty(&model, "call", "author").name, "identitySet");
    // Only `id` and `displayName`: fits too much to say.
    assert_eq!(ty(&model, "call", "owner"), TypeRef::untyped());
    // A derived value on a property named for its base.
    assert_eq!(ty(&model, "call", "mediaConfig").name, "mediaConfig");
    // No page says `organizerMeetingInfo` inherits, but `meetingInfo` is
    // documented and ends its name.
    assert_eq!(ty(&model, "call", "meetingInfo").name, "meetingInfo");
    // The base no page here documents, named by the derived type's page.
    assert_eq!(
        ty(&model, "call", "deviceConfigurations"),
        TypeRef::collection_of("deviceConfiguration")
    );
    assert_eq!(ty(&model, "call", "window").name, "Duration");
    // A string first, a date-time later: the first still has to read.
    assert_eq!(ty(&model, "call", "when").name, "String");
}

#[test]
fn types_no_page_documents_are_taken_from_what_several_tables_agree_on() {
    // `dateTimeTimeZone`, `operationStatus` and `conversationMember` have
    // no page here (as when their pages are not among those read).
    const WHEN: &str = "[dateTimeTimeZone](datetimetimezone.md)";
    let relationships = |name: &str| {
        format!(
            "{}\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| members | [conversationMember](conversationmember.md) collection | Who. |\n",
            resource(name, None, &[("id", "String")])
        )
    };
    let model = model_of_pages(&[
        (
            "resources/event.md",
            resource(
                "event",
                None,
                &[("start", WHEN), ("status", "operationStatus")],
            ),
        ),
        (
            "resources/task.md",
            resource(
                "task",
                None,
                &[("start", WHEN), ("status", "operationStatus")],
            ),
        ),
        (
            "resources/shift.md",
            resource(
                "shift",
                None,
                &[("end", WHEN), ("due", "[reminderTime](remindertime.md)")],
            ),
        ),
        // `printerLocation` is the printers' `location`, not the call's.
        (
            "resources/printer.md",
            resource(
                "printer",
                None,
                &[("location", "[printerLocation](printerlocation.md)")],
            ),
        ),
        (
            "resources/printershare.md",
            resource(
                "printerShare",
                None,
                &[("location", "[printerLocation](printerlocation.md)")],
            ),
        ),
        ("resources/team.md", relationships("team")),
        ("resources/chat.md", relationships("chat")),
        (
            "api/call-get.md",
            get_call(
                r#"{
  "start": {"dateTime": "2020-01-01T00:00:00", "timeZone": "UTC"},
  "end": {"dateTime": "2020-01-01T00:00:00", "timeZone": "UTC"},
  "due": {"at": "2020-01-01T00:00:00", "zone": "UTC"},
  "status": "running",
  "location": {"displayName": "Room 1"},
  "members": ["1", "2"]
}"#,
            ),
        ),
    ]);
    // Two tables say `start` is a `dateTimeTimeZone`: an object is one.
    assert_eq!(ty(&model, "call", "start").name, "dateTimeTimeZone");
    // One table is not enough when the type's shape cannot be checked;
    // `end` has the keys `start` just showed for its type.
    assert_eq!(ty(&model, "call", "due"), TypeRef::untyped());
    assert_eq!(ty(&model, "call", "end").name, "dateTimeTimeZone");
    assert_eq!(ty(&model, "call", "location"), TypeRef::untyped());
    // A string is a member of a type no table states as a relationship.
    assert_eq!(ty(&model, "call", "status").name, "operationStatus");
    // Relationships hold entities: strings are not members of them.
    assert_eq!(
        ty(&model, "call", "members"),
        TypeRef::collection_of("String")
    );
}

#[test]
fn objects_named_for_an_unread_type_the_tables_agree_on() {
    // No page documents `workingHours` or `chatInfo`.
    let model = model_of_pages(&[
        (
            "resources/shift.md",
            resource(
                "shift",
                None,
                &[
                    ("workingHours", "[workingHours](workinghours.md)"),
                    ("info", "[chatInfo](chatinfo.md)"),
                ],
            ),
        ),
        (
            "api/call-get.md",
            get_call(
                r#"{
  "workingHours": {"daysOfWeek": ["monday"], "startTime": "08:00:00.0000000"},
  "chatInfo": {"threadId": "19:meeting"}
}"#,
            ),
        ),
    ]);
    // Named by the key, and the one table stating `workingHours` agrees.
    assert_eq!(ty(&model, "call", "workingHours").name, "workingHours");
    assert_eq!(ty(&model, "workingHours", "startTime").name, "TimeOfDay");
    // Named by the key, but no table states a `chatInfo` property.
    assert_eq!(ty(&model, "call", "chatInfo"), TypeRef::untyped());
}

#[test]
fn objects_with_the_keys_examples_showed_for_one_unread_type_are_that_type() {
    // No page documents `dateTimeTimeZone`, `physicalAddress` or
    // `physicalOfficeAddress`; the shift's examples (read first) show
    // their keys.
    let model = model_of_pages(&[
        (
            "resources/shift.md",
            resource(
                "shift",
                None,
                &[
                    ("start", "[dateTimeTimeZone](datetimetimezone.md)"),
                    ("home", "[physicalAddress](physicaladdress.md)"),
                    (
                        "office",
                        "[physicalOfficeAddress](physicalofficeaddress.md)",
                    ),
                    ("owner", "[identity](identity.md)"),
                ],
            ),
        ),
        (
            "api/a-shift-get.md",
            get_page(
                "shift",
                r#"{
  "start": {"dateTime": "2021-01-01T08:00:00", "timeZone": "UTC"},
  "home": {"street": "1 Main St", "city": "Redmond"},
  "office": {"street": "2 Main St", "city": "Redmond", "officeLocation": "B2"},
  "owner": {"id": "1", "displayName": "Ann"}
}"#,
            ),
        ),
        (
            "api/call-get.md",
            get_call(
                r#"{
  "due": {"dateTime": "2021-01-02T08:00:00", "timeZone": "Pacific Standard Time"},
  "addresses": [{"street": "3 Main St"}, {"city": "Seattle"}],
  "site": {"street": "4 Main St", "city": "Bellevue", "officeLocation": "C1"},
  "venue": {"street": "5 Main St", "floor": 3},
  "late": {"dateTime": 5, "timeZone": "UTC"},
  "caller": {"id": "2", "displayName": "Bo"}
}"#,
            ),
        ),
    ]);
    assert_eq!(ty(&model, "call", "due").name, "dateTimeTimeZone");
    // Across a list's items; of two types that fit, the one the keys fill.
    assert_eq!(
        ty(&model, "call", "addresses"),
        TypeRef::collection_of("physicalAddress")
    );
    assert_eq!(ty(&model, "call", "site").name, "physicalOfficeAddress");
    // A key no example showed for the type, a value of another kind, or
    // only keys every type has: no type.
    assert_eq!(ty(&model, "call", "venue"), TypeRef::untyped());
    assert_eq!(ty(&model, "call", "late"), TypeRef::untyped());
    assert_eq!(ty(&model, "call", "caller"), TypeRef::untyped());
}

#[test]
fn null_keys_a_named_type_lacks_contradict_nothing() {
    let model = model_of_pages(&[
        (
            "resources/identityset.md",
            resource(
                "identitySet",
                None,
                &[
                    ("user", "[identity](identity.md)"),
                    ("application", "[identity](identity.md)"),
                ],
            ),
        ),
        (
            "resources/shift.md",
            resource(
                "shift",
                None,
                &[
                    ("lastModifiedBy", "[identitySet](identityset.md)"),
                    ("createdBy", "[identitySet](identityset.md)"),
                ],
            ),
        ),
        (
            "api/call-get.md",
            get_call(
                r#"{
  "lastModifiedBy": {"application": null, "conversation": null, "user": {"id": "1"}},
  "createdBy": {"conversation": {"id": "2"}, "user": {"id": "1"}},
  "editor": {"application": null, "conversation": null, "user": {"id": "1"}}
}"#,
            ),
        ),
    ]);
    // Named by the tables' word for `lastModifiedBy`; a key with a value
    // is still one the type must have.
    assert_eq!(ty(&model, "call", "lastModifiedBy").name, "identitySet");
    assert_eq!(ty(&model, "call", "createdBy"), TypeRef::untyped());
    // The shape alone (nothing names the type) must have every key.
    assert_eq!(ty(&model, "call", "editor"), TypeRef::untyped());
}

#[test]
fn keys_that_many_unread_types_show_name_none_of_them() {
    // One documented owner states a property of each of many unread
    // types; its example shows the same keys for each: too common to
    // tell, and too many to check each.
    let n = super::shapes::MAX_UNREAD_CANDIDATES + 1;
    let links: Vec<(String, String)> = (0..n)
        .map(|i| (format!("p{i}"), format!("[thing{i}](thing{i}.md)")))
        .collect();
    let rows: Vec<(&str, &str)> = links
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    // `thing0` is the one the keys would fill.
    let shown: Vec<String> = (0..n)
        .map(|i| {
            let up = if i == 0 { "" } else { ", \"up\": 0" };
            format!("\"p{i}\": {{\"left\": 1, \"right\": 2{up}}}")
        })
        .collect();
    let model = model_of_pages(&[
        ("resources/shift.md", resource("shift", None, &rows)),
        (
            "api/a-shift-get.md",
            get_page("shift", &format!("{{{}}}", shown.join(", "))),
        ),
        (
            "api/call-get.md",
            get_call(r#"{"pair": {"left": 3, "right": 4}}"#),
        ),
    ]);
    assert_eq!(ty(&model, "thing0", "left").name, "Int32");
    assert_eq!(ty(&model, "call", "pair"), TypeRef::untyped());
}

#[test]
fn placeholders_fit_the_type_they_name_and_unread_types_any_string() {
    let model = model_of_pages(&[
        (
            "resources/networkconnection.md",
            resource(
                "networkConnection",
                None,
                &[
                    ("applicationName", "String"),
                    ("processId", "Int32"),
                    ("ports", "Int32 collection"),
                    (
                        "protocol",
                        "[securityNetworkProtocol](securitynetworkprotocol.md)",
                    ),
                    ("direction", "[connectionDirection](connectiondirection.md)"),
                ],
            ),
        ),
        (
            "resources/connectiondirection.md",
            enumeration("connectionDirection", &["inbound", "outbound"]),
        ),
        (
            "api/call-get.md",
            get_call(
                r#"{
  "connections": [{"applicationName": "String", "processId": "Int32", "direction": "String", "ports": ["Int32"]}],
  "others": [{"applicationName": "String", "processId": "Boolean"}],
  "unreadDirections": [{"applicationName": "app", "protocol": "tcp", "processId": 7}],
  "keyNamed": [{"applicationName": "applicationName-value", "processId": "processId-VALUE"}]
}"#,
            ),
        ),
    ]);
    assert_eq!(
        ty(&model, "call", "connections"),
        TypeRef::collection_of("networkConnection")
    );
    // `direction` of a type no page read documents: any string may be one.
    assert_eq!(
        ty(&model, "call", "unreadDirections"),
        TypeRef::collection_of("networkConnection")
    );
    // `"<property>-value"` stands for a value of the property's type.
    assert_eq!(
        ty(&model, "call", "keyNamed"),
        TypeRef::collection_of("networkConnection")
    );
    // `"Boolean"` names another type than `processId`'s: no fit.
    assert_eq!(
        ty(&model, "call", "others"),
        TypeRef::collection_of("Untyped")
    );
}

#[test]
fn derived_values_first_seen_hold_the_base_named_or_agreed_for_the_property() {
    // No page says `androidMobileAppIdentifier` or `iosMobileAppIdentifier`
    // inherits from `mobileAppIdentifier`; their objects are read after
    // their properties are typed (no entry for them yet).
    let model = model_of_pages(&[
        (
            "resources/mobileappidentifier.md",
            resource("mobileAppIdentifier", None, &[("id", "String")]),
        ),
        (
            "resources/managedappregistration.md",
            resource(
                "managedAppRegistration",
                None,
                &[(
                    "appIdentifier",
                    "[mobileAppIdentifier](mobileappidentifier.md)",
                )],
            ),
        ),
        (
            "api/call-get.md",
            get_call(
                r##"{
  "mobileAppIdentifier": {"@odata.type": "#microsoft.graph.androidMobileAppIdentifier", "packageId": "a"},
  "appIdentifier": {"@odata.type": "#microsoft.graph.iosMobileAppIdentifier", "bundleId": "b"},
  "other": {"@odata.type": "#microsoft.graph.iosMobileAppIdentifier", "bundleId": "c"}
}"##,
            ),
        ),
    ]);
    // Named like the property.
    assert_eq!(
        ty(&model, "call", "mobileAppIdentifier").name,
        "mobileAppIdentifier"
    );
    // The type the tables give `appIdentifier`.
    assert_eq!(
        ty(&model, "call", "appIdentifier").name,
        "mobileAppIdentifier"
    );
    // Nothing names a base for `other`.
    assert_eq!(ty(&model, "call", "other").name, "iosMobileAppIdentifier");
}

#[test]
fn derived_values_on_properties_named_for_no_base_hold_the_most_general_base() {
    // (name, base) of each resource page; `unreadAppBase` has none here.
    let types: &[(&str, Option<&str>)] = &[
        ("entity", None),
        ("accessReviewScope", None),
        ("accessReviewQueryScope", Some("accessReviewScope")),
        ("mobileApp", Some("entity")),
        ("mobileLobApp", Some("mobileApp")),
        ("iosLobApp", Some("mobileLobApp")),
        ("windowsStoreApp", Some("unreadAppBase")),
        ("directoryObject", Some("entity")),
    ];
    let mut pages: Vec<(String, String)> = types
        .iter()
        .map(|(name, base)| {
            (
                format!("resources/{}.md", name.to_ascii_lowercase()),
                resource(name, *base, &[("id", "String")]),
            )
        })
        .collect();
    pages.push((
        "api/call-get.md".into(),
        get_call(
            r##"{
  "reviewed": {"@odata.type": "#microsoft.graph.accessReviewQueryScope", "id": "a"},
  "installed": [{"@odata.type": "#microsoft.graph.iosLobApp", "id": "b"}],
  "store": {"@odata.type": "#microsoft.graph.windowsStoreApp", "id": "c"},
  "owner": {"@odata.type": "#microsoft.graph.directoryObject", "id": "d"}
}"##,
        ),
    ));
    let model = model_of_pages(&pages);
    // No property name here names a base (`scope` would name `accessReviewScope`).
    assert_eq!(ty(&model, "call", "reviewed").name, "accessReviewScope");
    // The most general base, not the nearest; `entity`, every entity's root, is none.
    assert_eq!(
        ty(&model, "call", "installed"),
        TypeRef::collection_of("mobileApp")
    );
    // A base no page read still names the type the property holds.
    assert_eq!(ty(&model, "call", "store").name, "unreadAppBase");
    // A type whose only base is the root is its own.
    assert_eq!(ty(&model, "call", "owner").name, "directoryObject");
}

#[test]
fn values_read_as_the_primitive_the_tables_agree_on() {
    let model = model_of_pages(&[
        (
            "resources/drive.md",
            resource(
                "drive",
                None,
                &[
                    ("size", "Int64"),
                    ("skuId", "Guid"),
                    ("ownerId", "Guid"),
                    ("ratio", "Double"),
                    ("replyUris", "String collection"),
                    ("aliases", "String collection"),
                ],
            ),
        ),
        (
            "resources/site.md",
            resource("site", None, &[("replyUris", "String collection")]),
        ),
        (
            "api/call-get.md",
            get_call(
                r#"{
  "size": 5,
  "skuId": "0e2d6d10-7d3e-4f2b-9b1c-3c9d3a8e2f11",
  "ownerId": "not a guid",
  "ratio": 3,
  "replyUris": [],
  "aliases": []
}"#,
            ),
        ),
    ]);
    // A whole number as the wider number, a GUID-shaped string as a `Guid`.
    assert_eq!(ty(&model, "call", "size").name, "Int64");
    assert_eq!(ty(&model, "call", "ratio").name, "Double");
    assert_eq!(ty(&model, "call", "skuId").name, "Guid");
    // A value the agreed primitive cannot hold keeps its kind.
    assert_eq!(ty(&model, "call", "ownerId").name, "String");
    // `[]` shows nothing to check: two tables must say it.
    assert_eq!(
        ty(&model, "call", "replyUris"),
        TypeRef::collection_of("String")
    );
    assert_eq!(
        ty(&model, "call", "aliases"),
        TypeRef::collection_of("Untyped")
    );
}

#[test]
fn strings_named_for_an_unread_type_by_the_owner_and_property() {
    // `callState` and `callRoute` have no page here; one table names each.
    let model = model_of_pages(&[
        (
            "resources/calllog.md",
            format!(
                "{}\n## Relationships\n\n| Relationship | Type | Description |\n|:--|:--|:--|\n| lastRoute | [callRoute](callroute.md) | Where. |\n",
                resource("callLog", None, &[("lastState", "[callState](callstate.md)")])
            ),
        ),
        (
            "api/call-get.md",
            get_call(r#"{"state": "established", "route": "direct", "direction": "incoming"}"#),
        ),
    ]);
    assert_eq!(ty(&model, "call", "state").name, "callState");
    // A type a table relates to is an entity, no enum.
    assert_eq!(ty(&model, "call", "route").name, "String");
    // No type of the name is known at all.
    assert_eq!(ty(&model, "call", "direction").name, "String");
    // A hostile owner name of thousands of words is read in linear time.
    let hostile_name = format!("x{}", "aB".repeat(20_000));
    let hostile = model_of_pages(&[(
        "api/call-get.md",
        get_call(r#"{"state": "on", "mode": "off"}"#)
            .replace(
                "microsoft.graph.call",
                &format!("microsoft.graph.{hostile_name}"),
            )
            .replace("[call]", &format!("[{hostile_name}]")),
    )]);
    let owner = hostile
        .types
        .iter()
        .find(|t| t.name == hostile_name)
        .unwrap();
    assert_eq!(owner.properties.len(), 2);
    // So are an enum's and an owner's names of thousands of words each
    // (each of the enum's words is the owner's last).
    let mut owner_words = vec!["q".to_string(); 20_000];
    owner_words.push("ab".into());
    assert!(!super::naming::words_of_owner_and_key(
        &format!("x{}", "Ab".repeat(20_000)),
        &owner_words,
        "x"
    ));
}

#[test]
fn enums_named_for_the_property_alone_need_values_no_other_enum_has() {
    let enums: &[(&str, &[&str])] = &[
        ("scheduleEntityTheme", &["blue", "green"]),
        ("printJobProcessingState", &["idle", "processing"]),
        ("deviceManagementPartnerTenantState", &["idle", "enabled"]),
    ];
    let mut pages: Vec<(String, String)> = enums
        .iter()
        .map(|(name, members)| {
            (
                format!("resources/{}.md", name.to_ascii_lowercase()),
                enumeration(name, members),
            )
        })
        .collect();
    pages.push((
        "api/call-get.md".into(),
        get_call(r#"{"theme": "blue", "state": "idle", "status": "processing"}"#),
    ));
    let model = model_of_pages(&pages);
    // Only one enum has `blue`, and it is named for `theme`.
    assert_eq!(ty(&model, "call", "theme").name, "scheduleEntityTheme");
    // Two enums named for `state` have `idle`: neither is the call's.
    assert_eq!(ty(&model, "call", "state").name, "String");
    // The one enum with `processing` is named for no `status`.
    assert_eq!(ty(&model, "call", "status").name, "String");
}

#[test]
fn empty_lists_and_values_of_types_whose_base_is_unread() {
    let model = model_of_pages(&[
        (
            "resources/recipient.md",
            resource("recipient", None, &[("emailAddress", "String")]),
        ),
        (
            "resources/message.md",
            resource(
                "message",
                None,
                &[("bccRecipients", "[recipient](recipient.md) collection")],
            ),
        ),
        (
            "resources/event.md",
            resource(
                "event",
                None,
                &[("instances", "[event](event.md) collection")],
            ),
        ),
        // `scheduleEntity` has no page here.
        (
            "resources/shiftitem.md",
            resource(
                "shiftItem",
                Some("scheduleEntity"),
                &[("displayName", "String"), ("notes", "String")],
            ),
        ),
        (
            "api/call-get.md",
            get_call(
                r#"{
  "bccRecipients": [],
  "instances": [],
  "sharedShift": {"displayName": "Day", "notes": "Inventory."}
}"#,
            ),
        ),
    ]);
    // `[]` shows nothing to check: one table's word is taken only for a
    // type the property's name ends with.
    assert_eq!(
        ty(&model, "call", "bccRecipients"),
        TypeRef::collection_of("recipient")
    );
    assert_eq!(
        ty(&model, "call", "instances"),
        TypeRef::collection_of("Untyped")
    );
    // The one documented type with this shape; its unread base has none.
    assert_eq!(ty(&model, "call", "sharedShift").name, "shiftItem");
}

#[test]
fn objects_with_thousands_of_keys_are_read() {
    // Its keys are gathered through a set: a list scan made this example
    // quadratic (1.3 s for these 20,000 keys in a debug build, a hundred
    // times that for the 200,000 a page under the 4 MB limit can hold).
    let keys: Vec<String> = (0..20_000)
        .map(|i| format!("\"k{i}\": {{\"a{i}\": 1}}"))
        .collect();
    let body = format!("{{\"blob\": {{{}}}}}", keys.join(", "));
    let model = model_of_pages(&[
        (
            "resources/identity.md",
            resource("identity", None, &[("id", "String")]),
        ),
        ("api/call-get.md", get_call(&body)),
    ]);
    assert_eq!(ty(&model, "call", "blob"), TypeRef::untyped());
    // As many keys on the type itself, one per line: each is found by
    // name, not by a scan of the type's growing list or of the lines.
    let body = format!("{{\n{}\n}}", keys.join(",\n"));
    let model = model_of_pages(&[("api/call-get.md", get_call(&body))]);
    let call = model.types.iter().find(|t| t.name == "call").unwrap();
    assert_eq!(call.properties.len(), 20_000);
    let last = call.properties.iter().find(|p| p.name == "k19999").unwrap();
    assert_eq!(last.ty, TypeRef::untyped());
}

/// `"groupTypes": []` says nothing of the elements: the first example with
/// some types the list. A list whose elements were shown stays as they said
/// (untyped objects are no strings).
#[test]
fn an_empty_list_is_typed_by_a_later_example_with_elements() {
    let model = model_of_pages(&[
        (
            "api/a.md",
            get_page(
                "group",
                r#"{"id": "1", "groupTypes": [], "tags": [{"a": 1}]}"#,
            ),
        ),
        (
            "api/b.md",
            get_page("group", r#"{"id": "2", "groupTypes": []}"#),
        ),
        (
            "api/c.md",
            get_page(
                "group",
                r#"{"id": "3", "groupTypes": ["Unified"], "tags": ["x"]}"#,
            ),
        ),
    ]);
    assert_eq!(
        ty(&model, "group", "groupTypes"),
        TypeRef::collection_of("String")
    );
    let tags = ty(&model, "group", "tags");
    assert!(tags.collection && tags.name == "Untyped", "{tags:?}");
    let p = model.types.iter().find(|t| t.name == "group").unwrap();
    let groups = p
        .properties
        .iter()
        .find(|p| p.name == "groupTypes")
        .unwrap();
    assert!(groups.file.ends_with("c.md"), "{}", groups.file);
}

/// Request bodies without a table take their properties from the request
/// examples: an empty list there too waits for one with elements.
#[test]
fn a_request_body_list_is_typed_by_the_first_example_with_elements() {
    let f = "```";
    let request = |body: &str| {
        format!("### Request\n\n<!-- {{ \"blockType\": \"request\" }} -->\n{f}http\nPOST /groups\nContent-type: application/json\n\n{body}\n{f}\n\n")
    };
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Create group\n\n## HTTP request\n\n{f}http\nPOST /groups\n{f}\n\n## Request body\n\nIn the request body, supply a JSON representation of the group.\n\n## Examples\n\n{}{}",
        request(r#"{"displayName": "a", "groupTypes": []}"#),
        request(r#"{"displayName": "b", "groupTypes": ["Unified"]}"#),
    );
    let model = model_of_pages(&[("api/group-post.md", page)]);
    let body = model.operations[0].request_body.as_ref().unwrap();
    let groups = body
        .properties
        .iter()
        .find(|p| p.name == "groupTypes")
        .unwrap();
    assert_eq!(groups.ty, TypeRef::collection_of("String"));
    assert_eq!(body.properties.len(), 2);
}
