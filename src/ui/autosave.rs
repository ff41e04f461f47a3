//! Autosave: every change is written within [`SAVE_DELAY`] of the last
//! keystroke; leaving the editor or the page saves what is pending, and a
//! synchronous recovery copy covers a page closed mid-save.
//!
//! Typing costs one cheap check per keystroke: the indicator turns to
//! "Saving…" on the first keystroke of a burst only, and the plan is copied
//! and written once typing pauses.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Plan;
use crate::ui::context::clock::now_ms;
use crate::ui::context::AppContext;
use crate::ui::debounce::{Debounce, Ticket};
use crate::ui::editor_state::{EditorContext, SaveStatus};

/// How long typing may pause before the plan is saved.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Start saving the editor's plan as it changes (for as long as the editor is open).
pub fn start(editor: EditorContext, ctx: AppContext) {
    let plan = editor.plan;
    let status = editor.status;
    let debounce = Debounce::new();
    Effect::new(move |first: Option<()>| {
        plan.track();
        if first.is_none() {
            return;
        }
        if status.get_untracked() != SaveStatus::Saving {
            status.set(SaveStatus::Saving);
        }
        debounce.schedule(SAVE_DELAY, move |ticket| {
            if let Some(snapshot) = plan.try_get_untracked() {
                save_now(snapshot, Some((status, ticket)), ctx);
            }
        });
    });
    // Leaving the page before the delay is up: keep a recovery copy synchronously
    // (IndexedDB is asynchronous and may not finish during unload), then save.
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if status.get_untracked() != SaveStatus::Saved {
            let snapshot = plan.get_untracked();
            recovery::keep(&snapshot);
            save_now(snapshot, Some((status, debounce.bump())), ctx);
        }
    });
    // Leaving the editor inside the app: save what is pending right away.
    on_cleanup(move || {
        flush.remove();
        if status
            .try_get_untracked()
            .is_some_and(|s| s != SaveStatus::Saved)
        {
            if let Some(snapshot) = plan.try_get_untracked() {
                save_now(snapshot, None, ctx);
            }
        }
    });
}

/// Write the plan now, updating the indicator (if the editor is still open) and
/// the banner. The indicator says "Saved" only when no newer edit arrived while
/// this one was being written.
fn save_now(mut plan: Plan, ticket: Option<(RwSignal<SaveStatus>, Ticket)>, ctx: AppContext) {
    plan.updated_ms = now_ms();
    spawn_local(async move {
        let store = ctx.ready_store().await;
        match store.save(&plan).await {
            Ok(()) => {
                recovery::clear(&plan.id);
                if let Some((status, ticket)) = ticket {
                    if ticket.is_current() {
                        status.try_set(SaveStatus::Saved);
                    }
                }
                ctx.recovered();
            }
            Err(e) => {
                if let Some((status, _)) = ticket {
                    status.try_set(SaveStatus::NotSaved(e.to_string()));
                }
                ctx.report(&e);
            }
        }
    });
}

/// A synchronous recovery copy for edits made just before the page closed.
pub mod recovery {
    use gloo_storage::{LocalStorage, Storage};

    use crate::domain::{envelope, Plan};

    fn key(id: &str) -> String {
        format!("ftm-planner.unsaved.{id}")
    }

    pub fn keep(plan: &Plan) {
        let _ = LocalStorage::set(key(&plan.id), envelope::plan_to_json(plan));
    }

    /// The recovery copy of a plan, if the last session closed before saving.
    pub fn take(id: &str) -> Option<Plan> {
        let text: String = LocalStorage::get(key(id)).ok()?;
        envelope::plan_from_json(&text).ok()
    }

    pub fn clear(id: &str) {
        LocalStorage::delete(key(id));
    }
}
