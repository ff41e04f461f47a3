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
use crate::ui::context::language::ui_language;
use crate::ui::context::{use_app, AppContext};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

/// The screens of a case's earlier meetings.
pub enum CaseScreen {
    /// `/plan/:id/changes`.
    Changes,
    /// `/plan/:id/meeting/:n`.
    PastMeeting,
}

crate::lazy_screen!(
    /// One of the [`CaseScreen`]s (one part of the split planner, `ui::lazy`).
    pub fn case_screen(which: CaseScreen) {
        match which {
            CaseScreen::Changes => view! { <changes::SinceLastMeeting/> }.into_any(),
            CaseScreen::PastMeeting => view! { <past::PastMeeting/> }.into_any(),
        }
    }
);

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

/// The plan of the route's `:id`, loaded with [`load_latest`] (`None` while
/// it loads), for the read-only screens.
pub fn route_plan() -> RwSignal<Option<Result<Plan, String>>> {
    let ctx = use_app();
    let language = ui_language();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let loaded = RwSignal::new(None);
    Effect::new(move |_| {
        let id = id.get();
        loaded.set(None);
        spawn_local(async move {
            loaded.try_set(Some(load_latest(ctx, &id, language).await));
        });
    });
    loaded
}

/// What a read-only screen shows when its plan or meeting can't be opened.
pub fn cant_open(message: String) -> AnyView {
    let language = ui_language();
    let base = crate::ui::base_path();
    view! {
        <h1 id=past::MEETING_TITLE tabindex="-1">{EditorText::get(language).cant_open}</h1>
        <p>{message}</p>
        <p><a href=format!("{base}/")>{MeetingsText::get(language).back_to_plans}</a></p>
    }
    .into_any()
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
