//! Texts of the shell area, in English and Spanish (see [`super`]): the
//! library, the editor's frame, the share page, the caseworker's printout,
//! the app's messages (storage, backups) and the errors people see. All of
//! them are in the interface language.

pub mod app;
pub mod caseworker;
pub mod due;
pub mod editor;
pub mod errors;
pub mod fidelity;
pub mod library;
pub mod meetings;
pub mod referral;
pub mod share;

use super::Entries;

/// Every catalogue of this area (add each new one here).
pub fn all() -> Vec<Entries> {
    vec![
        ("shell::LibraryText", library::LibraryText::entries()),
        ("shell::ImportText", library::ImportText::entries()),
        (
            "shell::SharedWithMeText",
            library::SharedWithMeText::entries(),
        ),
        ("shell::AgoText", library::AgoText::entries()),
        ("shell::EditorText", editor::EditorText::entries()),
        ("shell::ShareText", share::ShareText::entries()),
        (
            "shell::CaseworkerText",
            caseworker::CaseworkerText::entries(),
        ),
        ("shell::AppText", app::AppText::entries()),
        ("shell::ErrorText", errors::ErrorText::entries()),
        ("shell::MeetingsText", meetings::MeetingsText::entries()),
        ("shell::DueText", due::DueText::entries()),
        ("shell::ReferralText", referral::ReferralText::entries()),
        ("shell::FidelityText", fidelity::FidelityText::entries()),
        (
            "shell::FidelityMeasures",
            fidelity::FidelityMeasures::entries(),
        ),
        ("shell::EvidenceText", fidelity::EvidenceText::entries()),
    ]
}
