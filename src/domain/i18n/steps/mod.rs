//! Texts of the steps area (the editor's nine meeting steps and their shared
//! widgets), in English and Spanish (see [`super`]). One file per step; the
//! widgets, the reading meter and the SMART hints have their own.
//!
//! The editor is the facilitator's screen: all of this is in the interface
//! language. Functions here that build a sentence (a count, a name) are
//! tested natively in `tests/i18n_steps.rs`.

pub mod aftercare;
pub mod agreements;
pub mod closure;
pub mod crisis;
pub mod dates;
pub mod goals;
pub mod reading;
pub mod review;
pub mod smart;
pub mod strengths;
pub mod team;
pub mod timeframes;
pub mod voice;
pub mod welcome;
pub mod widgets;
pub mod worries;

use super::Entries;

/// Every catalogue of this area (add each new one here).
pub fn all() -> Vec<Entries> {
    vec![
        ("steps::WelcomeText", welcome::WelcomeText::entries()),
        ("steps::TeamText", team::TeamText::entries()),
        ("steps::StrengthsText", strengths::StrengthsText::entries()),
        ("steps::WorriesText", worries::WorriesText::entries()),
        ("steps::GoalsText", goals::GoalsText::entries()),
        ("steps::CrisisText", crisis::CrisisText::entries()),
        ("steps::VoiceText", voice::VoiceText::entries()),
        ("steps::ClosureText", closure::ClosureText::entries()),
        (
            "steps::AgreementsText",
            agreements::AgreementsText::entries(),
        ),
        ("steps::ReviewText", review::ReviewText::entries()),
        ("steps::AftercareText", aftercare::AftercareText::entries()),
        ("steps::WidgetsText", widgets::WidgetsText::entries()),
        ("steps::ReadingText", reading::ReadingText::entries()),
        ("steps::SmartText", smart::SmartText::entries()),
        (
            "steps::TimeframesText",
            timeframes::TimeframesText::entries(),
        ),
        ("steps::DatesText", dates::DatesText::entries()),
    ]
}

/// The words of one editable list of short texts (ground rules, warning
/// signs, …): each item's label, the add button, the delete button's name and
/// the toast after a delete. `{n}` is the item's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemWords {
    /// "Ground rule {n}".
    pub item: &'static str,
    /// "+ Add ground rule".
    pub add: &'static str,
    /// "Delete ground rule {n}".
    pub delete: &'static str,
    /// "Ground rule deleted".
    pub deleted: &'static str,
}
