//! The app's words in each language: English and Spanish, side by side.
//!
//! Every text the app shows comes from a *catalogue*: a struct with one
//! `&'static str` field per text, written with [`catalogue!`] as
//! `field: "English", "Español";`. A language without a text does not
//! compile, so a missing translation can never show a key. Texts with a
//! number or a name in them use `{name}` placeholders ([`fill`]); the tests
//! (`tests/i18n.rs`) check that both languages use the same placeholders and
//! that no Spanish text is left in English.
//!
//! Which language a text is in:
//! - the **interface language** (the facilitator's choice, remembered on this
//!   device) for the library, the editor, the share page and the caseworker's
//!   printout;
//! - the **plan's language** ([`crate::domain::Language`], `Plan::language`)
//!   for everything the family or the room reads: the family view, the
//!   family's printout, the .ics, presentation mode and the audience window.
//!
//! Why not `leptos_i18n`: its texts live in the Leptos context, so the native
//! core (the .ics, the wall's cards, link errors for the CLI) could not use
//! them without Leptos; and its plural and date formatting brings ICU tables
//! into the wasm, which issue 8 is trying to shrink. A plain struct per area
//! is checked by the compiler just as well and costs only its strings.

pub mod common;
pub mod family;
pub mod history;
pub mod labels;
pub mod shell;
pub mod steps;
pub mod wall;

use super::Language;

/// One catalogue: `pub struct Name { field: "English", "Español"; … }`.
///
/// Generates the struct, its `EN` and `ES` values, `Name::get(language)` and
/// `Name::entries()` (`(field, english, spanish)`, for the tests).
#[macro_export]
macro_rules! catalogue {
    ($(#[$doc:meta])* pub struct $name:ident {
        $( $(#[$fdoc:meta])* $field:ident : $en:expr , $es:expr ; )*
    }) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $name { $( $(#[$fdoc])* pub $field: &'static str, )* }

        impl $name {
            pub const EN: $name = $name { $( $field: $en, )* };
            pub const ES: $name = $name { $( $field: $es, )* };

            /// The texts in `language`.
            pub fn get(language: $crate::domain::Language) -> &'static $name {
                match language {
                    $crate::domain::Language::English => &Self::EN,
                    $crate::domain::Language::Spanish => &Self::ES,
                }
            }

            /// Every text as `(field, English, Spanish)`.
            pub fn entries() -> &'static [(&'static str, &'static str, &'static str)] {
                &[ $( (stringify!($field), $en, $es), )* ]
            }
        }
    };
}

/// `(catalogue name, its entries)` for every catalogue, for the tests.
pub type Entries = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

/// Every catalogue of the app.
pub fn all() -> Vec<Entries> {
    let mut out = Vec::new();
    out.extend(common::all());
    out.extend(labels::all());
    out.extend(family::all());
    out.extend(history::all());
    out.extend(wall::all());
    out.extend(steps::all());
    out.extend(shell::all());
    out
}

/// Put values into a text's `{name}` placeholders:
/// `fill("{n} tasks", &[("n", "3")])` is "3 tasks".
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a text, in order (for the tests).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out.sort_unstable();
    out
}

/// A count with its noun: `count(n, one, other)` fills `{n}` in `one` when
/// `n` is 1 and in `other` otherwise (English and Spanish both pluralise so).
pub fn count(n: usize, one: &str, other: &str) -> String {
    let n_text = n.to_string();
    fill(if n == 1 { one } else { other }, &[("n", &n_text)])
}

/// The language a browser asks for (`navigator.language`, "es-MX"), or English.
pub fn language_from_tag(tag: &str) -> Language {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Language::ALL
        .into_iter()
        .find(|l| l.key() == primary)
        .unwrap_or(Language::English)
}

/// The language whose key is `key` ("en", "es").
pub fn language_from_key(key: &str) -> Option<Language> {
    Language::ALL.into_iter().find(|l| l.key() == key)
}
