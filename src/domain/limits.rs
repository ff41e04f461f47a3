//! How big a plan may grow: items per list, items in all, characters per text.
//!
//! The limits are far above real plans (the large benchmark plan, months into a
//! case, has 30 team members, 40 goals and 300 tasks: about 500 items, and its
//! longest text is under 2,000 characters). They are enforced the same way
//! everywhere a plan comes in: typing (a text box holds at most
//! [`MAX_TEXT_CHARS`], "Add" stops at [`MAX_LIST_ITEMS`]), importing a backup
//! ([`check_value`]), reading a link (the link reader stops at the same
//! numbers) and writing a link (the share page refuses what the reader would).

use serde_json::Value;

use super::i18n::fill;
use super::i18n::shell::errors::ErrorText;
use super::Language;

/// Items in any one list (team members, goals, one goal's tasks, ...).
pub const MAX_LIST_ITEMS: usize = 500;
/// Items in all the lists of one plan together.
pub const MAX_ITEMS_TOTAL: usize = 5_000;
/// Characters in any one text.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// What went over a limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LimitError {
    /// One list (named by its field, e.g. `goals`) has too many items.
    List { name: String, items: usize },
    /// All lists together have too many items.
    Total(usize),
    /// One text (named by its field) is too long.
    Text { name: String, chars: usize },
}

impl LimitError {
    /// The message in `language` (`Display` gives the English one).
    pub fn message_in(&self, language: Language) -> String {
        let t = ErrorText::get(language);
        match self {
            LimitError::List { name, items } => fill(
                t.limit_list,
                &[
                    ("name", &words(name)),
                    ("items", &items.to_string()),
                    ("max", &MAX_LIST_ITEMS.to_string()),
                ],
            ),
            LimitError::Total(items) => fill(
                t.limit_total,
                &[
                    ("items", &items.to_string()),
                    ("max", &MAX_ITEMS_TOTAL.to_string()),
                ],
            ),
            LimitError::Text { name, chars } => fill(
                t.limit_text,
                &[
                    ("name", &words(name)),
                    ("chars", &chars.to_string()),
                    ("max", &MAX_TEXT_CHARS.to_string()),
                ],
            ),
        }
    }
}

impl std::fmt::Display for LimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Language::English))
    }
}

impl std::error::Error for LimitError {}

fn words(field: &str) -> String {
    field.replace('_', " ")
}

/// Check a plan (or any part of one) read as JSON against the limits.
/// Each earlier meeting of a case (`history`) is a plan of its own: it is
/// held to the same limits, counted on its own.
pub fn check_value(value: &Value) -> Result<(), LimitError> {
    let mut total = 0;
    match value {
        Value::Object(fields) => fields.iter().try_for_each(|(k, v)| match (k.as_str(), v) {
            ("history", Value::Array(meetings)) => {
                check_list(k, meetings.len(), &mut 0)?;
                meetings.iter().try_for_each(check_value)
            }
            _ => walk(v, k, &mut total),
        }),
        _ => walk(value, "plan", &mut total),
    }
}

fn walk(value: &Value, name: &str, total: &mut usize) -> Result<(), LimitError> {
    match value {
        Value::String(s) => check_text(name, s),
        Value::Array(items) => {
            check_list(name, items.len(), total)?;
            items.iter().try_for_each(|v| walk(v, name, total))
        }
        Value::Object(fields) => fields.iter().try_for_each(|(k, v)| walk(v, k, total)),
        _ => Ok(()),
    }
}

/// Count a list of `items` into `total`, refusing either limit.
pub fn check_list(name: &str, items: usize, total: &mut usize) -> Result<(), LimitError> {
    if items > MAX_LIST_ITEMS {
        return Err(LimitError::List {
            name: name.to_string(),
            items,
        });
    }
    *total += items;
    if *total > MAX_ITEMS_TOTAL {
        return Err(LimitError::Total(*total));
    }
    Ok(())
}

/// Refuse a text over [`MAX_TEXT_CHARS`].
pub fn check_text(name: &str, text: &str) -> Result<(), LimitError> {
    // Bytes bound characters from above: count only when it could matter.
    if text.len() > MAX_TEXT_CHARS {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(LimitError::Text {
                name: name.to_string(),
                chars,
            });
        }
    }
    Ok(())
}

/// Check a plan's current meeting (after an item was added while typing;
/// its earlier meetings cannot change).
pub fn check_plan(plan: &super::Plan) -> Result<(), LimitError> {
    if plan.history.is_empty() {
        return check_value(&super::envelope::plan_value(plan));
    }
    check_value(&super::envelope::plan_value(&plan.without_history()))
}
