//! Autosave: every change is written [`SAVE_DELAY`] after typing pauses, and
//! at least every [`MAX_WAIT`] while typing goes on; leaving the editor or the
//! page saves what is pending.
//!
//! - **Nothing lost on a crash**: each save first keeps a synchronous recovery
//!   copy in localStorage (cleared once IndexedDB has the plan), which the
//!   editor picks up when that plan next opens.
//! - **Two tabs**: saves are compare-and-swap on the plan's revision
//!   ([`crate::storage::PlanStore::save_if`]), one at a time per tab. A save
//!   announced by another tab ([`crate::ui::tabs`]) is loaded at once when
//!   nothing is unsaved here; otherwise the save here is refused and the
//!   editor says so ([`SaveStatus::Conflict`]), offering the newer plan or a
//!   separate copy of this tab's version.
//! - **Storage faults**: a failed save keeps the plan in memory
//!   ([`AppContext::keep_unsaved`]) so every backup offered includes it.
//!
//! Typing costs one cheap check per keystroke: the indicator turns to
//! "Saving…" on the first keystroke of a burst only.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::i18n::fill;
use crate::domain::i18n::shell::editor::EditorText;
use crate::domain::{envelope, Plan};
use crate::storage::StorageError;
use crate::ui::context::clock::{new_plan_id, now_ms};
use crate::ui::context::AppContext;
use crate::ui::debounce::{Debounce, Ticket};
use crate::ui::editor_state::{EditorContext, SaveStatus};

/// How long typing may pause before the plan is saved.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);
/// The longest an edit waits to be saved while typing goes on.
pub const MAX_WAIT: Duration = Duration::from_millis(750);

/// What the saves of one open plan share (outlives the editor, so the save
/// made on leaving still knows the revision).
#[derive(Clone, Default)]
pub struct Saver(Arc<Mutex<SaverState>>);

/// The indicator to update when a save is done, and which edit it was for.
type Indicator = Option<(RwSignal<SaveStatus>, Ticket)>;

#[derive(Default)]
struct SaverState {
    /// The stored revision this tab's plan is based on.
    revision: u64,
    /// A save is being written.
    in_flight: bool,
    /// A newer plan to write once the one in flight is done.
    queued: Option<(Plan, String, Indicator)>,
    /// When the current burst of typing began (ms).
    burst_start: Option<f64>,
    /// The next change is a plan loaded from storage, not an edit.
    skip_next: bool,
    /// Refused as stale: nothing more is written until the user chooses (edits
    /// go on being kept in the recovery copy and in memory).
    conflict: bool,
    /// "Keep my version as a separate plan" is being written.
    copying: bool,
}

impl Saver {
    pub fn new(revision: u64) -> Saver {
        Saver(Arc::new(Mutex::new(SaverState {
            revision,
            ..SaverState::default()
        })))
    }

    fn with<R>(&self, f: impl FnOnce(&mut SaverState) -> R) -> R {
        f(&mut self.0.lock().expect("saver lock"))
    }

    pub fn revision(&self) -> u64 {
        self.with(|s| s.revision)
    }

    /// How long to wait before saving an edit made now.
    fn delay(&self) -> Duration {
        let now = js_sys::Date::now();
        let start = self.with(|s| *s.burst_start.get_or_insert(now));
        let left = MAX_WAIT.as_millis() as f64 - (now - start);
        Duration::from_millis(left.clamp(0.0, SAVE_DELAY.as_millis() as f64) as u64)
    }
}

/// Start saving the editor's plan as it changes (for as long as the editor is open).
pub fn start(editor: EditorContext, ctx: AppContext) {
    let plan = editor.plan;
    let status = editor.status;
    let saver = editor.saver();
    let debounce = Debounce::new();
    {
        let saver = saver.clone();
        Effect::new(move |first: Option<()>| {
            plan.track();
            if first.is_none() || saver.with(|s| std::mem::take(&mut s.skip_next)) {
                return;
            }
            if saver.with(|s| s.conflict) {
                // Nothing is written over the newer plan; what is typed here is
                // still kept (recovery copy, memory) until the user chooses.
                let saver = saver.clone();
                debounce.schedule(saver.delay(), move |_| {
                    saver.with(|s| s.burst_start = None);
                    if let Some(snapshot) = plan.try_get_untracked() {
                        keep_conflicting(&saver, &snapshot, ctx);
                    }
                });
                return;
            }
            if status.get_untracked() != SaveStatus::Saving {
                status.set(SaveStatus::Saving);
            }
            let saver = saver.clone();
            debounce.schedule(saver.delay(), move |ticket| {
                saver.with(|s| s.burst_start = None);
                if let Some(snapshot) = plan.try_get_untracked() {
                    save_now(&saver, snapshot, Some((status, ticket)), ctx);
                }
            });
        });
    }
    // Another tab saved this plan: take it when nothing here is unsaved.
    let listener = {
        let saver = saver.clone();
        let id = plan.with_untracked(|p| p.id.clone());
        crate::ui::tabs::listen(id, move |revision| {
            if revision > saver.revision() && is_clean(&saver, status) {
                load_newer(editor, ctx, false);
            }
        })
    };
    // Kept by the editor's owner: dropped (and the channel closed) with the editor.
    StoredValue::new_local(listener);
    // Leaving the page before the delay is up: keep a recovery copy synchronously
    // (IndexedDB is asynchronous and may not finish during unload), then save.
    let flush = {
        let saver = saver.clone();
        window_event_listener(leptos::ev::pagehide, move |_| {
            if status.get_untracked() == SaveStatus::Saved {
                return;
            }
            let snapshot = plan.get_untracked();
            if saver.with(|s| s.conflict) {
                keep_conflicting(&saver, &snapshot, ctx);
            } else {
                save_now(&saver, snapshot, Some((status, debounce.bump())), ctx);
            }
        })
    };
    // Leaving the editor inside the app: save what is pending right away.
    on_cleanup(move || {
        flush.remove();
        if status
            .try_get_untracked()
            .is_some_and(|s| s != SaveStatus::Saved)
        {
            if let Some(snapshot) = plan.try_get_untracked() {
                if saver.with(|s| s.conflict) {
                    keep_conflicting(&saver, &snapshot, ctx);
                } else {
                    save_now(&saver, snapshot, None, ctx);
                }
            }
        }
    });
}

/// Nothing here is waiting to be written.
fn is_clean(saver: &Saver, status: RwSignal<SaveStatus>) -> bool {
    status.try_get_untracked() == Some(SaveStatus::Saved) && !saver.with(|s| s.in_flight)
}

/// Keep this tab's version while it conflicts with a newer stored plan: a
/// recovery copy and the plans in memory (backups add it as a separate plan).
fn keep_conflicting(saver: &Saver, plan: &Plan, ctx: AppContext) {
    recovery::keep(plan, saver.revision());
    ctx.keep_unsaved(plan, true);
}

/// Write the plan now (after the save in flight, if any), updating the
/// indicator (if the editor is still open) and the banner. The indicator says
/// "Saved" only when no newer edit arrived while this one was being written.
fn save_now(saver: &Saver, mut plan: Plan, ticket: Indicator, ctx: AppContext) {
    plan.updated_ms = now_ms();
    // Written once, for the recovery copy and for the store.
    let json = envelope::plan_to_json(&plan);
    recovery::keep_written(&plan.id, saver.revision(), &json);
    let busy = saver.with(|s| {
        if s.in_flight {
            s.queued = Some((plan.clone(), json.clone(), ticket));
        }
        std::mem::replace(&mut s.in_flight, true)
    });
    if busy {
        return;
    }
    let saver = saver.clone();
    spawn_local(async move {
        let (mut plan, mut json, mut ticket) = (plan, json, ticket);
        loop {
            let store = ctx.ready_store().await;
            let expected = saver.revision();
            let result = store.save_if_written(&plan, json, expected).await;
            match result {
                Ok(revision) => {
                    // The recovery copy goes once the newest edit is stored for
                    // good (not when a newer save is queued, nor in memory only).
                    let done = saver.with(|s| {
                        s.revision = revision;
                        s.queued.is_none()
                    });
                    if store.is_persistent() {
                        if done {
                            recovery::clear(&plan.id);
                        }
                        crate::ui::tabs::announce_saved(&plan.id, revision);
                    }
                    ctx.forget_unsaved(&plan.id);
                    if let Some((status, ticket)) = ticket {
                        if ticket.is_current() {
                            status.try_set(SaveStatus::Saved);
                        }
                    }
                    ctx.recovered();
                }
                Err(StorageError::Conflict) => {
                    // Keep this tab's newest version (recovery copy and memory)
                    // until the user chooses; never write over the newer plan.
                    let (latest, indicator) = saver
                        .with(|s| {
                            s.conflict = true;
                            s.queued.take()
                        })
                        .map(|(p, _, t)| (p, t))
                        .unwrap_or((plan.clone(), ticket));
                    keep_conflicting(&saver, &latest, ctx);
                    let shown = indicator.or(ticket);
                    if let Some((status, _)) = shown {
                        status.try_set(SaveStatus::Conflict);
                    }
                }
                Err(e) => {
                    ctx.keep_unsaved(&plan, false);
                    if let Some((status, _)) = ticket {
                        status.try_set(SaveStatus::NotSaved(e.to_string()));
                    }
                    ctx.report(&e);
                }
            }
            let next = saver.with(|s| {
                let next = s.queued.take();
                s.in_flight = next.is_some();
                next
            });
            match next {
                Some((p, j, t)) => (plan, json, ticket) = (p, j, t),
                None => break,
            }
        }
    });
}

/// Replace the editor's plan with the one stored (saved by another tab). With
/// `chosen` (the conflict banner's button) this tab's unsaved edits are
/// dropped, as the banner says; otherwise the plan is taken only if nothing
/// was typed here meanwhile (a save then meets the conflict instead).
pub fn load_newer(editor: EditorContext, ctx: AppContext, chosen: bool) {
    let saver = editor.saver();
    let status = editor.status;
    let id = editor.plan.with_untracked(|p| p.id.clone());
    let language = ctx.language();
    let t = EditorText::get(language);
    spawn_local(async move {
        let store = ctx.ready_store().await;
        let loaded = store.load_revision(&id).await;
        if !chosen && !is_clean(&saver, status) {
            return;
        }
        match loaded {
            Ok(Some((plan, revision))) => {
                saver.with(|s| {
                    s.revision = revision;
                    s.conflict = false;
                    s.skip_next = true;
                });
                recovery::clear(&id);
                ctx.forget_unsaved(&id);
                editor.plan.try_set(plan);
                editor.status.try_set(SaveStatus::Saved);
            }
            Ok(None) => ctx.toast(t.deleted_elsewhere, None),
            Err(e) => ctx.toast(
                fill(
                    t.could_not_load_newer,
                    &[("error", &e.message_in(language))],
                ),
                None,
            ),
        }
    });
}

/// Save this tab's version as a separate plan (a new id, "(copy)" in its
/// name), then open it; the other tab's plan stays as it is.
pub fn keep_mine_as_copy(editor: EditorContext, ctx: AppContext, open: impl Fn(String) + 'static) {
    let saver = editor.saver();
    if saver.with(|s| std::mem::replace(&mut s.copying, true)) {
        return;
    }
    let mut mine = editor.plan.get_untracked();
    let old_id = std::mem::replace(&mut mine.id, new_plan_id());
    let language = ctx.language();
    let t = EditorText::get(language);
    mine.family_name = crate::domain::library::copy_name(&mine.family_name, language);
    spawn_local(async move {
        let store = ctx.ready_store().await;
        let saved = store.save(&mine).await;
        saver.with(|s| s.copying = false);
        match saved {
            Ok(()) => {
                recovery::clear(&old_id);
                ctx.forget_unsaved(&old_id);
                saver.with(|s| s.conflict = false);
                editor.status.try_set(SaveStatus::Saved);
                ctx.toast(fill(t.kept_as, &[("name", &mine.family_name)]), None);
                open(mine.id);
            }
            Err(e) => ctx.toast(
                fill(t.could_not_copy, &[("error", &e.message_in(language))]),
                None,
            ),
        }
    });
}

/// A synchronous recovery copy of edits not yet in IndexedDB, with the
/// revision they were based on.
pub mod recovery {
    use gloo_storage::{LocalStorage, Storage};

    use crate::domain::{envelope, Plan};

    fn key(id: &str) -> String {
        format!("ftm-planner.unsaved.{id}")
    }

    pub fn keep(plan: &Plan, revision: u64) {
        keep_written(&plan.id, revision, &envelope::plan_to_json(plan));
    }

    /// [`keep`] with the plan's stored JSON already written (kept as it is,
    /// not quoted again as a JSON string: [`envelope::recovery_text`]).
    pub fn keep_written(id: &str, revision: u64, json: &str) {
        let _ = LocalStorage::raw().set_item(&key(id), &envelope::recovery_text(revision, json));
    }

    /// The recovery copy of a plan and the revision it was based on (`None`
    /// for copies kept before revisions), if edits were left unsaved.
    pub fn take(id: &str) -> Option<(Plan, Option<u64>)> {
        let text = LocalStorage::raw().get_item(&key(id)).ok()??;
        envelope::read_recovery(&text)
    }

    pub fn clear(id: &str) {
        LocalStorage::delete(key(id));
    }
}
