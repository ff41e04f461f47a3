//! One plan open in the meeting: loads it, autosaves every edit within half a
//! second, and walks the room through the steps (progress bar, Next/Back,
//! keyboard shortcuts, undo of the last deletion).

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use crate::domain::{envelope, Plan};
use crate::ui::context::{download, now_ms, use_app, AppContext};
use crate::ui::print::pages::{PrintPage, Printout};
use crate::ui::share::ShareScreen;
use crate::ui::steps::{self, Step};

/// How long typing may pause before the plan is saved.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

/// The URL slug of the share page, after the nine steps.
pub const SHARE_SLUG: &str = "share";

/// How far along the progress bar is (1-9; sharing counts as done).
fn progress(step: Step, sharing: bool) -> usize {
    if sharing {
        Step::ALL.len()
    } else {
        step.index() + 1
    }
}

/// The save indicator's states.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    NotSaved(String),
}

/// What the steps share while a plan is open.
#[derive(Clone, Copy)]
pub struct EditorContext {
    pub plan: RwSignal<Plan>,
    pub status: RwSignal<SaveStatus>,
    /// The team's ids and names, computed once for every picker on the page
    /// (it only notifies them when a name or the team itself changes).
    pub team: Memo<Vec<(crate::domain::ItemId, String)>>,
    app: AppContext,
    /// The plan before and after the last deletion: undo is offered only
    /// while the plan is still as the deletion left it, so it never rolls back
    /// later edits.
    undo: StoredValue<Option<(Plan, Plan)>>,
}

impl EditorContext {
    /// Apply a deletion, keeping what it removed for undo (toast + Ctrl+Z).
    pub fn delete_with_undo(&self, message: &str, delete: impl FnOnce(&mut Plan)) {
        let before = self.plan.get_untracked();
        self.plan.update(delete);
        let after = self.plan.get_untracked();
        self.undo.set_value(Some((before, after)));
        let this = *self;
        self.app.toast(
            message,
            Some(Callback::new(move |_| {
                this.undo_deletion();
            })),
        );
    }

    /// Bring back what the last deletion removed, if nothing changed since.
    /// Safe to call after the editor has closed (it then does nothing).
    pub fn undo_deletion(&self) -> bool {
        let Some(Some((before, after))) = self.undo.try_get_value() else {
            return false;
        };
        self.undo.try_set_value(None);
        if self.plan.try_with_untracked(|now| *now == after) != Some(true) {
            self.app.toast(
                "The plan has changed since, so that deletion can't be undone.",
                None,
            );
            return false;
        }
        self.plan.try_set(before);
        true
    }
}

pub fn use_editor() -> EditorContext {
    expect_context::<EditorContext>()
}

/// Route `/plan/:id/:step`: load the plan, then show the step.
#[component]
pub fn PlanEditor() -> impl IntoView {
    let ctx = use_app();
    let params = use_params_map();
    let plan_id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let loaded: RwSignal<Option<Result<Plan, String>>> = RwSignal::new(None);
    Effect::new(move |_| {
        let id = plan_id.get();
        loaded.set(None);
        spawn_local(async move {
            let store = ctx.ready_store().await;
            let result = match store.load(&id).await {
                // Edits typed just before the page closed win over the stored copy.
                Ok(Some(plan)) => match recovery::take(&id) {
                    Some(newer) => {
                        if store.save(&newer).await.is_ok() {
                            recovery::clear(&id);
                        }
                        Ok(newer)
                    }
                    None => Ok(plan),
                },
                Ok(None) => Err("There is no plan here. It may have been deleted, or it was made in another browser.".to_string()),
                Err(e) => Err(e.to_string()),
            };
            loaded.set(Some(result));
        });
    });
    view! {
        {move || match loaded.get() {
            None => view! { <main id="main" tabindex="-1" class="page narrow"><p class="loading" role="status">"Opening the plan…"</p></main> }.into_any(),
            Some(Err(message)) => view! {
                <main id="main" tabindex="-1" class="page narrow">
                    <h1>"We can't open this plan"</h1>
                    <p>{message}</p>
                    <p><a href=format!("{}/", crate::ui::base_path())>"Go to your plans"</a></p>
                </main>
            }.into_any(),
            Some(Ok(plan)) => view! { <EditorShell plan=plan/> }.into_any(),
        }}
    }
}

#[component]
fn EditorShell(plan: Plan) -> impl IntoView {
    let ctx = use_app();
    let plan = RwSignal::new(plan);
    let status = RwSignal::new(SaveStatus::Saved);
    let editor = EditorContext {
        plan,
        status,
        team: crate::ui::widgets::team_names(plan),
        app: ctx,
        undo: StoredValue::new(None),
    };
    provide_context(editor);

    // Autosave: every change is written within SAVE_DELAY of the last keystroke.
    let generation = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        plan.track();
        if first.is_none() {
            return;
        }
        status.set(SaveStatus::Saving);
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        set_timeout(
            move || {
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                if let Some(snapshot) = plan.try_get_untracked() {
                    save_now(snapshot, Some((status, generation, mine)), ctx);
                }
            },
            SAVE_DELAY,
        );
    });
    // Leaving the page before the delay is up: keep a recovery copy synchronously
    // (IndexedDB is asynchronous and may not finish during unload), then save.
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if status.get_untracked() != SaveStatus::Saved {
            let snapshot = plan.get_untracked();
            recovery::keep(&snapshot);
            save_now(
                snapshot,
                Some((status, generation, generation.get_value())),
                ctx,
            );
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

    let params = use_params_map();
    let sharing = Memo::new(move |_| params.read().get("step").as_deref() == Some(SHARE_SLUG));
    let printing = Memo::new(move |_| {
        params
            .read()
            .get("step")
            .and_then(|s| Printout::from_slug(&s))
    });
    let step = Memo::new(move |_| {
        params
            .read()
            .get("step")
            .and_then(|s| Step::from_slug(&s))
            .unwrap_or(Step::Welcome)
    });
    let navigate = use_navigate();
    let plan_id = plan.get_untracked().id;
    let base = crate::ui::base_path();
    let go = {
        let plan_id = plan_id.clone();
        move |to: Option<Step>| {
            let slug = to.map(Step::slug).unwrap_or(SHARE_SLUG);
            navigate(
                &format!("/plan/{}/{}", plan_id, slug),
                NavigateOptions::default(),
            );
            crate::ui::widgets::focus_later("step-title".into());
        }
    };

    // Keyboard: Alt+PageDown / Alt+. next step, Alt+PageUp / Alt+, previous,
    // Ctrl+Z (outside a text field) undoes the last deletion.
    let go_keys = go.clone();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let current = step.get_untracked();
        if ev.alt_key() && !ev.ctrl_key() {
            // By key position (`code`), so Option+. works on a Mac keyboard too.
            let after_steps = sharing.get_untracked() || printing.get_untracked().is_some();
            let target = match (ev.code().as_str(), after_steps) {
                ("PageUp" | "Comma", true) => Some(Some(Step::Agreements)),
                (_, true) => None,
                ("PageDown" | "Period", false) => Some(current.next()),
                ("PageUp" | "Comma", false) => current.previous().map(Some),
                _ => None,
            };
            if let Some(to) = target {
                ev.prevent_default();
                go_keys(to);
            }
        } else if (ev.ctrl_key() || ev.meta_key())
            && ev.key() == "z"
            && !in_text_field(&ev)
            && editor.undo_deletion()
        {
            ev.prevent_default();
            ctx.toast("Deletion undone", None);
        }
    });
    on_cleanup(move || keys.remove());

    let title = move || {
        plan.with(|p| {
            crate::domain::library::PlanSummary::of(p)
                .title()
                .to_string()
        })
    };
    let go_prev = go.clone();
    let go_next = go.clone();
    let go_nav = go.clone();
    view! {
        <div class="editor">
            <header class="topbar">
                <a class="home-link" href=format!("{}/", base)>"← All plans"</a>
                <span class="family-title">{title}</span>
                <SaveIndicator/>
                <crate::ui::context::TextSizeToggle/>
                <a class="button small share-top" href=format!("{}/plan/{}/{}", base, plan_id, SHARE_SLUG)
                    on:click={ let go = go.clone(); move |ev| { ev.prevent_default(); go(None); } }>"Share with the family"</a>
                <button class="button small ghost" on:click=move |_| {
                    let p = plan.get_untracked();
                    let stamp = crate::ui::context::now_iso();
                    download(&format!("{}.plan.json", slug(&p.family_name)), "application/json", &envelope::backup_to_json(&[p], &stamp));
                }>"Download backup"</button>
            </header>
            <nav class="steps-nav" aria-label="Meeting steps">
                <div class="progress" role="progressbar" aria-label="Meeting progress"
                    aria-valuemin="1" aria-valuemax=Step::ALL.len().to_string()
                    aria-valuenow=move || progress(step.get(), sharing.get() || printing.get().is_some()).to_string()>
                    <div class="progress-fill" style=move || format!("width: {}%", progress(step.get(), sharing.get() || printing.get().is_some()) * 100 / Step::ALL.len())></div>
                </div>
                <ol>
                    {Step::ALL.into_iter().map(|s| {
                        let go = go_nav.clone();
                        view! {
                            <li>
                                <a href=format!("{}/plan/{}/{}", base, plan_id, s.slug())
                                    class=move || if step.get() == s && !sharing.get() && printing.get().is_none() { "step-link current" } else { "step-link" }
                                    aria-current=move || (step.get() == s && !sharing.get() && printing.get().is_none()).then_some("step")
                                    on:click=move |ev| { ev.prevent_default(); go(Some(s)); }>
                                    <span class="step-number">{s.index() + 1}</span>
                                    <span class="step-name">{s.short_title()}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </nav>
            <main id="main" tabindex="-1" class="page step-page">
                <p class="step-count no-print">{move || if sharing.get() || printing.get().is_some() { "After the meeting".to_string() } else { format!("Step {} of {}", step.get().index() + 1, Step::ALL.len()) }}</p>
                <h1 id="step-title" tabindex="-1" class=move || printing.get().map(|_| "no-print")>{move || match printing.get() {
                    Some(which) => which.title(),
                    None if sharing.get() => "Share the plan with the family",
                    None => step.get().title(),
                }}</h1>
                {move || match printing.get() {
                    Some(which) => view! { <PrintPage which=which/> }.into_any(),
                    None if sharing.get() => view! { <ShareScreen/> }.into_any(),
                    None => steps::render(step.get()),
                }}
                <div class="step-footer">
                    {move || {
                        let prev = if sharing.get() || printing.get().is_some() { Some(Step::Agreements) } else { step.get().previous() };
                        prev.map(|prev| {
                            let go = go_prev.clone();
                            view! { <button class="button ghost" on:click=move |_| go(Some(prev))>{format!("← Back: {}", prev.short_title())}</button> }
                        })
                    }}
                    {move || (!sharing.get() && printing.get().is_none()).then(|| {
                        let go = go_next.clone();
                        match step.get().next() {
                            Some(next) => view! { <button class="button primary" id="next-step" on:click=move |_| go(Some(next))>{format!("Next: {} →", next.short_title())}</button> }.into_any(),
                            None => view! { <button class="button primary" id="next-step" on:click=move |_| go(None)>"Next: share the plan →"</button> }.into_any(),
                        }
                    })}
                </div>
                <p class="shortcuts-hint">"Keys: Alt+. next step · Alt+, previous step · Enter adds the next item · Ctrl+Z undoes a deletion"</p>
            </main>
        </div>
    }
}

fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false)
}

/// Which save a write belongs to: the indicator says "Saved" only when no
/// newer edit arrived while this one was being written.
type SaveTicket = (RwSignal<SaveStatus>, StoredValue<u64>, u64);

/// Write the plan now, updating the indicator (if the editor is still open) and the banner.
fn save_now(mut plan: Plan, ticket: Option<SaveTicket>, ctx: AppContext) {
    plan.updated_ms = now_ms();
    spawn_local(async move {
        let store = ctx.ready_store().await;
        match store.save(&plan).await {
            Ok(()) => {
                recovery::clear(&plan.id);
                if let Some((status, generation, mine)) = ticket {
                    if generation.try_get_value() == Some(mine) {
                        status.try_set(SaveStatus::Saved);
                    }
                }
                ctx.recovered();
            }
            Err(e) => {
                if let Some((status, _, _)) = ticket {
                    status.try_set(SaveStatus::NotSaved(e.to_string()));
                }
                ctx.report(&e);
            }
        }
    });
}

/// A synchronous recovery copy for edits made just before the page closed.
mod recovery {
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

/// "Saved" / "Saving…" / "Not saved".
#[component]
fn SaveIndicator() -> impl IntoView {
    let editor = use_editor();
    let ctx = use_app();
    view! {
        <span class="save-status" role="status" aria-live="polite" data-status=move || match editor.status.get() {
            SaveStatus::Saved => "saved",
            SaveStatus::Saving => "saving",
            SaveStatus::NotSaved(_) => "not-saved",
        }>
            {move || match editor.status.get() {
                SaveStatus::Saved if ctx.store().is_some_and(|s| !s.is_persistent()) => "Kept until you close this page".to_string(),
                SaveStatus::Saved => "Saved".to_string(),
                SaveStatus::Saving => "Saving…".to_string(),
                SaveStatus::NotSaved(_) => "Not saved".to_string(),
            }}
        </span>
    }
}

/// "Rivera family" → "rivera-family".
pub fn slug(text: &str) -> String {
    let s: String = text
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "plan".into()
    } else {
        s
    }
}
