//! How closely a type's name is named for a property: the words of
//! camel-case names, singular and plural, and the tiers by which an enum
//! counts as named for `owner.key` (the rules of [`naming_tier`]).

use crate::model::typeref::bare_name;

/// Whether `name` is property `key` with words in front that are not the
/// owner's (`printerLocation` for `event.location`): a type named for the
/// property of other types, not of this one. A plain `identitySet` for
/// `createdBy` is named for no owner.
pub(super) fn named_for_other_owners(name: &str, owner: &str, key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    let prefixed = [key.as_str(), &singular(&key)]
        .iter()
        .any(|k| word_suffix_at(bare_name(name), k).is_some());
    prefixed && naming_tier(name, owner, &key).is_none_or(|tier| tier == ANY_PREFIX_TIER)
}

/// The most words of the owner's name that, before the property's, name an
/// enum no page read documents (see `TypeTable::unread_enum_named_for`):
/// Graph's longest type names have about six.
pub(super) const MAX_OWNER_WORDS: usize = 6;

/// The [`naming_tier`] of an enum whose name ends with the property's after
/// words none of which is the owner's: named for the property, but maybe for
/// another owner's (`mobileAppPublishingState` for `printJobStatus.state`).
pub(super) const ANY_PREFIX_TIER: u8 = 4;

/// The fewest words of an enum's name that, ending a property's name, name
/// the property's enum (see [`ends_key`]).
pub(super) const MIN_KEY_ENDING_WORDS: usize = 2;

/// Where `word` (lower-case) ends `name` as a whole camel-case word after at
/// least one other (`Location` in `printerLocation`: 7), compared without
/// case; `None` when it does not (`allocation`, or `location` itself).
pub(super) fn word_suffix_at(name: &str, word: &str) -> Option<usize> {
    let start = name.len().checked_sub(word.len()).filter(|&s| s > 0)?;
    (name.is_char_boundary(start)
        && name[start..].eq_ignore_ascii_case(word)
        && name[start..].starts_with(|c: char| c.is_ascii_uppercase()))
    .then_some(start)
}

/// How closely `enum_name` is named for property `key` of type `owner`, if it
/// is at all, closest first:
///
/// 0. the property's name (`dayOfWeek`; `daysOfWeek` → `dayOfWeek`), or that
///    name and `Type` (`inferenceClassification` → `inferenceClassificationType`);
/// 1. the property's name ending it at a word boundary, after a first word
///    that is a word of the owner's name (`call.direction` → `callDirection`,
///    `commsOperation.status` → `operationStatus`);
/// 2. the same after words any of which is the owner's
///    (`emailFileAssessmentRequest.contentType` → `threatAssessmentContentType`);
/// 3. the last words of the property's name (see [`ends_key`]:
///    `recurrencePattern.firstDayOfWeek` → `dayOfWeek`), or all of them and
///    words of the owner's in any order (see [`words_of_owner_and_key`]:
///    `mediaContentRatingJapan.movieRating` → `ratingJapanMoviesType`);
/// 4. ([`ANY_PREFIX_TIER`]) the property's name ending it after words none
///    of which is the owner's (`shiftItem.theme` → `scheduleEntityTheme`):
///    [`TypeTable::enum_of`](super::super::TypeTable::enum_of) takes such an enum only when the values are
///    members of no other, and it names no type for other owners (see
///    [`named_for_other_owners`]).
///
/// A collection's
/// name counts singular too (`flaggedReasons` → `managedAppFlaggedReason`).
/// An enum of another sub-namespace than the owner's is not named for it
/// (`externalConnectors.externalItemContentType` is not `itemBody`'s).
pub(super) fn naming_tier(enum_name: &str, owner: &str, key: &str) -> Option<u8> {
    let namespace = |n: &str| n.rsplit_once('.').map(|(ns, _)| ns.to_string());
    if let Some(ns) = namespace(enum_name) {
        if namespace(owner).as_deref() != Some(ns.as_str()) {
            return None;
        }
    }
    let (enum_name, owner) = (bare_name(enum_name), bare_name(owner));
    let key_lower = key.to_ascii_lowercase();
    let single = singular(&key_lower);
    let owner_words: Vec<String> = camel_words(owner).map(|w| w.to_ascii_lowercase()).collect();
    let own = every_word_singular(key);
    let whole = every_word_singular(enum_name);
    if whole == own || whole == format!("{own}type") {
        return Some(0);
    }
    [&key_lower, &single]
        .iter()
        .filter_map(|k| {
            let start = word_suffix_at(enum_name, k)?;
            let mut words = camel_words(&enum_name[..start]).map(str::to_ascii_lowercase);
            if words.next().is_some_and(|w| owner_words.contains(&w)) {
                Some(1)
            } else if words.any(|w| owner_words.contains(&w)) {
                Some(2)
            } else {
                Some(ANY_PREFIX_TIER)
            }
        })
        .chain(ends_key(enum_name, key).then_some(3))
        .chain(words_of_owner_and_key(enum_name, &owner_words, key).then_some(3))
        .min()
}

/// Whether the enum's name (without a last `Type`) holds every word of the
/// property's name and otherwise only words of the owner's, in any order,
/// compared without number (see [`same_word`]): `mediaContentRatingJapan.movieRating`
/// → `ratingJapanMoviesType`.
pub(super) fn words_of_owner_and_key(enum_name: &str, owner_words: &[String], key: &str) -> bool {
    let lower =
        |name: &str| -> Vec<String> { camel_words(name).map(str::to_ascii_lowercase).collect() };
    let mut words = lower(enum_name);
    // Longer names are no enum's (Graph's longest has 10 words), and each
    // word is compared with every word of the owner's and the key's.
    if words.len() > MAX_ENUM_NAME_WORDS {
        return false;
    }
    if words.len() > 1 && words.last().is_some_and(|w| w == "type") {
        words.pop();
    }
    let key = lower(key);
    let has = |list: &[String], w: &str| list.iter().any(|x| same_word(x, w));
    key.iter().all(|k| has(&words, k)) && words.iter().all(|w| has(&key, w) || has(owner_words, w))
}

/// The most words an enum's name has for [`words_of_owner_and_key`] to
/// read it.
pub(super) const MAX_ENUM_NAME_WORDS: usize = 16;

/// Whether two lower-case words are one word in either number: `status`
/// and `status`, `policies` and `policy`, `movies` and `movie` (whose
/// [`singular`] is no `movie`).
pub(super) fn same_word(a: &str, b: &str) -> bool {
    a == b
        || singular(a) == singular(b)
        || a.strip_suffix('s') == Some(b)
        || b.strip_suffix('s') == Some(a)
}

/// Whether the enum's name (without a last `Type`) is the last words of the
/// property's name, at least [`MIN_KEY_ENDING_WORDS`] of them, each compared
/// singular: `firstDayOfWeek` → `dayOfWeek`, `allowedOnlineMeetingProviders`
/// → `onlineMeetingProviderType`. One word (`status`) names too many.
pub(super) fn ends_key(enum_name: &str, key: &str) -> bool {
    let mut stem = singular_words(enum_name);
    if stem.len() > MIN_KEY_ENDING_WORDS && stem.last().is_some_and(|w| w == "type") {
        stem.pop();
    }
    let key = singular_words(key);
    stem.len() >= MIN_KEY_ENDING_WORDS && key.len() > stem.len() && key.ends_with(&stem)
}

/// `daysOfWeek` → `dayofweek`: each word of a camel-case name singular,
/// lower-cased, for comparing names that differ only in number.
pub(super) fn every_word_singular(name: &str) -> String {
    singular_words(name).concat()
}

/// The words of a camel-case name, each lower-cased and singular
/// (`daysOfWeek` → `day`, `of`, `week`).
pub fn singular_words(name: &str) -> Vec<String> {
    camel_words(name)
        .map(|w| singular(&w.to_ascii_lowercase()))
        .collect()
}

/// The words of a camel-case name (`win32LobAppMsi` → `win32`, `Lob`, `App`, `Msi`).
pub(super) fn camel_words(name: &str) -> impl Iterator<Item = &str> {
    let mut starts: Vec<usize> = name
        .char_indices()
        .filter(|&(i, c)| i == 0 || c.is_ascii_uppercase())
        .map(|(i, _)| i)
        .collect();
    starts.push(name.len());
    let words: Vec<&str> = starts.windows(2).map(|w| &name[w[0]..w[1]]).collect();
    words.into_iter()
}

/// `policies` → `policy`, `statuses` → `status`, `addresses` → `address`,
/// `mentions` → `mention`; a word not ending in `s` (or in `ss`) is itself.
/// For matching type names, which are singular, to collection names.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return format!("{stem}y");
    }
    if word.ends_with("sses") || word.ends_with("uses") || word.ends_with("xes") {
        return word[..word.len() - 2].to_string();
    }
    // `status`, `address`, `analysis`: singular already.
    if ["us", "ss", "is"].iter().any(|end| word.ends_with(end)) {
        return word.to_string();
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() => stem.to_string(),
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        assert_eq!(singular("mentions"), "mention");
        assert_eq!(singular("statuses"), "status");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("policies"), "policy");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("address"), "address");
        assert_eq!(singular("file"), "file");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("bonus"), "bonus");
    }

    fn naming_tier_some(enum_name: &str, owner: &str, key: &str) -> bool {
        naming_tier(enum_name, owner, key).is_some()
    }

    #[test]
    fn enums_named_for_a_property() {
        assert!(naming_tier_some("callDirection", "call", "direction"));
        assert_eq!(
            naming_tier(
                "ratingJapanMoviesType",
                "mediaContentRatingJapan",
                "movieRating"
            ),
            Some(3)
        );
        assert!(!naming_tier_some(
            "ratingJapanTelevisionType",
            "mediaContentRatingJapan",
            "tvRating"
        ));
        assert!(naming_tier_some(
            "chatMessageType",
            "chatMessage",
            "messageType"
        ));
        assert!(naming_tier_some(
            "operationStatus",
            "commsOperation",
            "status"
        ));
        assert!(naming_tier_some("dayOfWeek", "workingHours", "daysOfWeek"));
        assert!(naming_tier_some(
            "managedAppFlaggedReason",
            "managedAppRegistration",
            "flaggedReasons"
        ));
        // Named for the property alone, after words not the owner's.
        assert_eq!(
            naming_tier("mobileAppPublishingState", "printJobStatus", "state"),
            Some(ANY_PREFIX_TIER)
        );
        assert!(!naming_tier_some(
            "identityUserFlowAttributeDataType",
            "identity",
            "id"
        ));
        assert!(!naming_tier_some(
            "provisioningStatusErrorCategory",
            "servicePlanInfo",
            "provisioningStatus"
        ));
        assert!(!naming_tier_some(
            "externalConnectors.externalItemContentType",
            "itemBody",
            "contentType"
        ));
        assert!(!naming_tier_some(
            "teamVisibilityType",
            "group",
            "visibility"
        ));
        assert_eq!(
            naming_tier("scheduleEntityTheme", "shiftItem", "theme"),
            Some(ANY_PREFIX_TIER)
        );
        assert!(naming_tier_some(
            "inferenceClassificationType",
            "message",
            "inferenceClassification"
        ));
        assert!(naming_tier_some(
            "threatAssessmentContentType",
            "emailFileAssessmentRequest",
            "contentType"
        ));
        assert_eq!(
            naming_tier("onenoteUserRole", "notebook", "userRole"),
            Some(ANY_PREFIX_TIER)
        );
        // The enum's name ends the property's (give or take `Type`).
        assert_eq!(
            naming_tier("dayOfWeek", "recurrencePattern", "firstDayOfWeek"),
            Some(3)
        );
        assert!(naming_tier_some(
            "onlineMeetingProviderType",
            "calendar",
            "allowedOnlineMeetingProviders"
        ));
        // One word names too many; a word must end the name whole.
        assert!(!naming_tier_some(
            "status",
            "iosUpdateDeviceStatus",
            "complianceStatus"
        ));
        assert!(!naming_tier_some(
            "weekIndex",
            "recurrencePattern",
            "dayOfWeekIndex2"
        ));
        // `Type` is dropped only from names it leaves two words of.
        assert!(!naming_tier_some("keyType", "x", "publicKey"));
        assert!(naming_tier_some(
            "callRecords.modality",
            "callRecords.session",
            "modalities"
        ));
    }

    #[test]
    fn words_ending_a_name() {
        assert_eq!(word_suffix_at("printerLocation", "location"), Some(7));
        assert_eq!(word_suffix_at("allocation", "location"), None);
        assert_eq!(word_suffix_at("location", "location"), None);
        assert_eq!(word_suffix_at("x", "location"), None);
        assert_eq!(word_suffix_at("caféLocation", "location"), Some(5));
    }

    #[test]
    fn types_named_for_other_owners() {
        assert!(named_for_other_owners(
            "printerLocation",
            "event",
            "location"
        ));
        assert!(named_for_other_owners(
            "conversationMember",
            "deviceRole",
            "members"
        ));
        // Named for this owner, or for no owner at all.
        assert!(!named_for_other_owners(
            "printerLocation",
            "printerShare",
            "location"
        ));
        assert!(!named_for_other_owners("identitySet", "list", "createdBy"));
        assert!(!named_for_other_owners("location", "event", "location"));
        // `Location` must start a word: `allocation` is not named for it.
        assert!(!named_for_other_owners("allocation", "event", "location"));
    }
}
