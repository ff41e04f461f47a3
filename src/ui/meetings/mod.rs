//! A case's meetings, for the caseworker: starting the next meeting (from the
//! library and from the agreements step, [`start`]), an earlier meeting
//! read-only and printable (`/plan/:id/meeting/:n`, [`past`]) and what changed
//! since the last meeting (`/plan/:id/changes`, [`changes`]).

pub mod changes;
pub mod past;
pub mod start;

use crate::domain::dates::format_date_in;
use crate::domain::history::MeetingEntry;
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::editor::EditorText;
use crate::domain::i18n::shell::meetings::MeetingsText;
use crate::domain::{Language, Plan};
use crate::ui::context::AppContext;

/// The plan as it stands now, to read: edits not yet in IndexedDB (the
/// editor keeps them in the recovery copy while a save is due) win over the
/// stored plan, so a screen opened straight from the editor shows them.
pub async fn load_latest(ctx: AppContext, id: &str, language: Language) -> Result<Plan, String> {
    if let Some((plan, _)) = crate::ui::autosave::recovery::take(id) {
        return Ok(plan);
    }
    let store = ctx.ready_store().await;
    match store.load(id).await {
        Ok(Some(plan)) => Ok(plan),
        Ok(None) => Err(EditorText::get(language).no_plan_here.to_string()),
        Err(e) => Err(e.message_in(language)),
    }
}

/// A meeting's date in `language`, or "no date yet".
pub fn date_or_none(date: Option<chrono::NaiveDate>, language: Language) -> String {
    date.map(|d| format_date_in(d, language))
        .unwrap_or_else(|| MeetingsText::get(language).no_date.to_string())
}

/// "Meeting 2 of 3 · Follow-up meeting · Fri, Dec 18, 2026".
pub fn meeting_line(entry: &MeetingEntry, total: usize, language: Language) -> String {
    fill(
        MeetingsText::get(language).meeting_line,
        &[
            ("n", &entry.number.to_string()),
            ("m", &total.to_string()),
            ("kind", entry.kind.label_in(language)),
            ("date", &date_or_none(entry.date, language)),
        ],
    )
}
