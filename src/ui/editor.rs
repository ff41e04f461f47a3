//! One plan open in the meeting: loads it, autosaves every edit within half a
//! second, and walks the room through the steps (progress bar, Next/Back,
//! keyboard shortcuts, undo of the last deletion).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use crate::domain::i18n::fill;
use crate::domain::i18n::shell::editor::EditorText;
use crate::domain::{envelope, MeetingKind, Plan};
use crate::ui::autosave::recovery;
use crate::ui::context::downloads::download;
use crate::ui::context::language::ui_language;
use crate::ui::context::{use_app, AppContext};
use crate::ui::editor_state::{use_editor, EditorContext, SaveStatus};
use crate::ui::page_swap::PageSwap;
use crate::ui::plan_state::ROOT;
use crate::ui::present::Presenter;
use crate::ui::print::pages::{PrintPage, Printout};
use crate::ui::share::ShareScreen;
use crate::ui::steps::{self, Step};

/// The URL slug of the share page, after the nine steps.
pub const SHARE_SLUG: &str = "share";

/// How far along the progress bar is (1 to the flow's length; sharing
/// counts as done). A step outside the flow (a deep link) counts as the first.
fn progress(step: Step, kind: MeetingKind, sharing: bool) -> usize {
    if sharing {
        Step::flow(kind).len()
    } else {
        step.index_in(kind) + 1
    }
}

/// Route `/plan/:id/:step`: load the plan, then show the step.
#[component]
pub fn PlanEditor() -> impl IntoView {
    let ctx = use_app();
    let language = ui_language();
    let t = EditorText::get(language);
    let params = use_params_map();
    let plan_id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let loaded: RwSignal<Option<Result<(Plan, u64), String>>> = RwSignal::new(None);
    Effect::new(move |_| {
        let id = plan_id.get();
        loaded.set(None);
        spawn_local(async move {
            // A deep link's plan was read as the page loaded (storage::early).
            if let Some(stored) = crate::storage::early::take(&id).await {
                loaded.set(Some(Ok(recover(ctx, stored).await)));
                return;
            }
            let store = ctx.ready_store().await;
            let result = match store.load_revision(&id).await {
                Ok(Some(stored)) => Ok(recover(ctx, stored).await),
                Ok(None) => Err(t.no_plan_here.to_string()),
                Err(e) => Err(e.message_in(language)),
            };
            loaded.set(Some(result));
        });
    });
    view! {
        {move || match loaded.get() {
            None => view! { <main id="main" tabindex="-1" class="page narrow"><p class="loading" role="status">{t.opening}</p></main> }.into_any(),
            Some(Err(message)) => view! {
                <main id="main" tabindex="-1" class="page narrow">
                    <h1>{t.cant_open}</h1>
                    <p>{message}</p>
                    <p><a href=format!("{}/", crate::ui::base_path())>{crate::domain::i18n::common::Common::get(language).go_to_plans}</a></p>
                </main>
            }.into_any(),
            Some(Ok((plan, revision))) => view! { <EditorShell plan=plan revision=revision/> }.into_any(),
        }}
    }
}

/// The plan to open: edits left unsaved when the page last closed (the
/// recovery copy) win over the stored plan when they were based on it. When
/// the stored plan is newer (saved since by another tab), the unsaved edits
/// are kept as a separate plan rather than written over it.
async fn recover(ctx: AppContext, (stored, revision): (Plan, u64)) -> (Plan, u64) {
    let Some((newer, base)) = recovery::take(&stored.id) else {
        return (stored, revision);
    };
    // Another tab has this plan open: the copy is its pending save, not
    // something a closed page left behind.
    if crate::ui::tabs::open_elsewhere(&stored.id).await {
        return (stored, revision);
    }
    // Written before the page closed, after all (only the time differs).
    let same = Plan {
        updated_ms: stored.updated_ms,
        ..newer.clone()
    } == stored;
    if same {
        recovery::clear(&stored.id);
        return (stored, revision);
    }
    let store = ctx.ready_store().await;
    let based_on_stored = base.is_none_or(|b| b == revision);
    // The app works in memory (the plan was read as the page loaded, then the
    // store could not be opened): nothing written now would outlast the page,
    // so the recovery copy stays, and the editor starts from it.
    if !store.is_persistent() {
        return (if based_on_stored { newer } else { stored }, revision);
    }
    if based_on_stored {
        return match store.save_if(&newer, revision).await {
            Ok(saved) => {
                recovery::clear(&stored.id);
                (newer, saved)
            }
            // Not written yet: the editor saves it with the next edit, and the
            // recovery copy stays until then.
            Err(_) => (newer, revision),
        };
    }
    let t = EditorText::get(ctx.language());
    let mut copy = newer;
    copy.id = crate::ui::context::clock::new_plan_id();
    copy.family_name = fill(t.unsaved_edits_name, &[("name", copy.family_name.trim())]);
    if store.save(&copy).await.is_ok() {
        recovery::clear(&stored.id);
        ctx.toast(
            fill(t.kept_separately, &[("name", &copy.family_name)]),
            None,
        );
    }
    (stored, revision)
}

#[component]
fn EditorShell(plan: Plan, revision: u64) -> impl IntoView {
    let ctx = use_app();
    let interface = ui_language();
    let t = EditorText::get(interface);
    let editor = EditorContext::new(plan, revision, ctx);
    provide_context(editor);
    crate::ui::autosave::start(editor, ctx);
    // The backup (the storage banner's, the library's) reads and writes every
    // plan from a part of its own in the split build: fetched now, while the
    // connection is there.
    leptos::task::spawn_local(crate::ui::plan_io::warm());
    let plan = editor.plan;
    let presenter = Presenter::new();
    provide_context(presenter);
    // The meters grade the plan's texts in the family's language.
    let language = Memo::new(move |_| plan.with_item(ROOT, |p| p.language));
    provide_context(crate::ui::widgets::TextLanguage(language.into()));

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
    let on_wall =
        Signal::derive(move || (!sharing.get() && printing.get().is_none()).then(|| step.get()));
    // The step as the wall shows it, for presentation mode and the audience
    // window alike: built once per change, and only while one of them reads it.
    let wall = Memo::new(move |_| {
        on_wall
            .get()
            .map(|s| plan.with(|p| crate::domain::wall::wall_step(p, s)))
    });
    crate::ui::present::facilitator::serve(editor, presenter, wall);
    // Presentation mode is for the steps; sharing and printing have their own pages.
    Effect::new(move |_| {
        if on_wall.get().is_none() && presenter.on.get_untracked() {
            presenter.on.set(false);
        }
    });
    let presenting = Memo::new(move |_| presenter.on.get() && on_wall.get().is_some());
    let navigate = use_navigate();
    let plan_id = plan.get_untracked().id;
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
    // Alt+P presentation mode on and off (Escape leaves it), Ctrl+Z (outside a
    // text field) undoes the last deletion.
    let go_keys = go.clone();
    let kind = Memo::new(move |_| plan.with_item(ROOT, |p| p.meeting.kind));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let current = step.get_untracked();
        let flow_kind = kind.get_untracked();
        if ev.alt_key() && !ev.ctrl_key() && ev.code() == "KeyP" {
            if on_wall.get_untracked().is_some() {
                ev.prevent_default();
                presenter.toggle();
            }
        } else if ev.key() == "Escape"
            && !ev.default_prevented()
            && presenting.get_untracked()
            && presenter.editing.get_untracked().is_none()
            && !in_text_field(&ev)
        {
            ev.prevent_default();
            presenter.toggle();
        } else if ev.alt_key() && !ev.ctrl_key() {
            // By key position (`code`), so Option+. works on a Mac keyboard too.
            let after_steps = sharing.get_untracked() || printing.get_untracked().is_some();
            let target = match (ev.code().as_str(), after_steps) {
                ("PageUp" | "Comma", true) => Some(Some(last_step(flow_kind))),
                (_, true) => None,
                ("PageDown" | "Period", false) => Some(next_step(current, flow_kind)),
                ("PageUp" | "Comma", false) => previous_step(current, flow_kind).map(Some),
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
            ctx.toast(t.deletion_undone, None);
        }
    });
    on_cleanup(move || keys.remove());

    let title = Memo::new(move |_| {
        plan.with_item(ROOT, |p| {
            crate::domain::library::PlanSummary::title_of_in(&p.family_name, interface).to_string()
        })
    });
    view! {
        {move || if presenting.get() {
            view! { <crate::ui::present::Presentation step=step wall=wall go=go.clone()/> }.into_any()
        } else {
            view! { <EditorLayout step=step sharing=sharing printing=printing title=title go=go.clone()/> }.into_any()
        }}
    }
}

/// What the editor's page shows below the step title.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    Print(Printout),
    Share,
    Step(Step),
}

/// The editor as the facilitator's laptop shows it: top bar, step bar, the
/// step, Back and Next.
#[component]
fn EditorLayout<G>(
    step: Memo<Step>,
    sharing: Memo<bool>,
    printing: Memo<Option<Printout>>,
    title: Memo<String>,
    go: G,
) -> impl IntoView
where
    G: Fn(Option<Step>) + Clone + Send + Sync + 'static,
{
    let editor = use_editor();
    let language = ui_language();
    let t = EditorText::get(language);
    let plan = editor.plan;
    let presenter = crate::ui::present::use_presenter();
    let plan_id = plan.with_untracked(|p| p.id.clone());
    let base = crate::ui::base_path();
    // The flow follows the meeting's kind at once (Welcome step's choice).
    let kind = Memo::new(move |_| plan.with_item(ROOT, |p| p.meeting.kind));
    let after_steps = move || sharing.get() || printing.get().is_some();
    let page = Memo::new(move |_| match printing.get() {
        Some(which) => Page::Print(which),
        None if sharing.get() => Page::Share,
        None => Page::Step(step.get()),
    });
    let nav_plan_id = plan_id.clone();
    let go_prev = go.clone();
    let go_next = go.clone();
    let go_nav = go.clone();
    view! {
        <div class="editor">
            <header class="topbar">
                <a class="home-link" href=format!("{}/", base)
                    on:click=|_| crate::ui::widgets::focus_when_shown(crate::ui::library::LIBRARY_TITLE)>{t.all_plans}</a>
                <span class="family-title">{title}</span>
                <SaveIndicator/>
                <crate::ui::context::preferences::TextSizeToggle/>
                <Show when=move || !sharing.get() && printing.get().is_none()>
                    <button type="button" class="button small ghost" id="present-open" aria-keyshortcuts="Alt+P"
                        on:click=move |_| presenter.toggle()>{t.present}</button>
                </Show>
                <crate::ui::present::AudienceButton/>
                <a class="button small share-top" href=format!("{}/plan/{}/{}", base, plan_id, SHARE_SLUG)
                    on:click={ let go = go.clone(); move |ev| { ev.prevent_default(); go(None); } }>{t.share_with_family}</a>
                <button type="button" class="button small ghost" on:click=move |_| {
                    let p = plan.get_untracked();
                    let stamp = crate::ui::context::clock::now_iso();
                    download(&format!("{}.plan.json", crate::domain::text::slug(&p.family_name)), "application/json", &envelope::backup_to_json(&[p], &stamp));
                }>{t.download_backup}</button>
            </header>
            <ConflictBanner/>
            <nav class="steps-nav" aria-label=t.steps_nav>
                <div class="progress" role="progressbar" aria-label=t.progress
                    aria-valuemin="1" aria-valuemax=move || Step::flow(kind.get()).len().to_string()
                    aria-valuenow=move || progress(step.get(), kind.get(), after_steps()).to_string()>
                    <div class="progress-fill" style=move || format!("width: {}%", progress(step.get(), kind.get(), after_steps()) * 100 / Step::flow(kind.get()).len())></div>
                </div>
                <ol>
                    {move || Step::flow(kind.get()).iter().enumerate().map(|(i, &s)| {
                        let go = go_nav.clone();
                        let plan_id = nav_plan_id.clone();
                        view! {
                            <li>
                                <a href=format!("{}/plan/{}/{}", base, plan_id, s.slug())
                                    class=move || if step.get() == s && !after_steps() { "step-link current" } else { "step-link" }
                                    aria-current=move || (step.get() == s && !after_steps()).then_some("step")
                                    on:click=move |ev| { ev.prevent_default(); go(Some(s)); }>
                                    <span class="step-number">{i + 1}</span>
                                    <span class="step-name">{s.short_title_in(language)}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </nav>
            <main id="main" tabindex="-1" class="page step-page">
                <p class="step-count no-print">{move || if after_steps() {
                    t.after_meeting.to_string()
                } else if !step.get().in_flow(kind.get()) {
                    // A deep link to a step this kind of meeting does not have.
                    t.outside_flow.to_string()
                } else {
                    fill(t.step_of, &[("n", &(step.get().index_in(kind.get()) + 1).to_string()), ("total", &Step::flow(kind.get()).len().to_string())])
                }}</p>
                <h1 id="step-title" tabindex="-1" class=move || printing.get().map(|_| "no-print")>{move || match printing.get() {
                    Some(Printout::Caseworker) => t.print_caseworker_title,
                    Some(Printout::Family) => t.print_family_title,
                    Some(other) => other.title_in(language),
                    None if sharing.get() => t.share_title,
                    None => step.get().title_in(language),
                }}</h1>
                <PageSwap page=page render=|page| match page {
                    Page::Print(which) => view! { <PrintPage which=which/> }.into_any(),
                    Page::Share => view! { <ShareScreen/> }.into_any(),
                    Page::Step(step) => steps::render(step),
                }/>
                <div class="step-footer">
                    {move || {
                        let prev = if after_steps() { Some(last_step(kind.get())) } else { previous_step(step.get(), kind.get()) };
                        prev.map(|prev| {
                            let go = go_prev.clone();
                            view! { <button type="button" class="button ghost" on:click=move |_| go(Some(prev))>{fill(t.back_to, &[("step", prev.short_title_in(language))])}</button> }
                        })
                    }}
                    {move || (!sharing.get() && printing.get().is_none()).then(|| {
                        let go = go_next.clone();
                        match next_step(step.get(), kind.get()) {
                            Some(next) => view! { <button type="button" class="button primary" id="next-step" on:click=move |_| go(Some(next))>{fill(t.next_to, &[("step", next.short_title_in(language))])}</button> }.into_any(),
                            None => view! { <button type="button" class="button primary" id="next-step" on:click=move |_| go(None)>{t.next_share}</button> }.into_any(),
                        }
                    })}
                </div>
                <p class="shortcuts-hint">{t.shortcuts}</p>
            </main>
        </div>
    }
}

/// The step after `step` in the flow of `kind`. From a step outside the flow
/// (a deep link), the flow's first step after it in meeting order.
pub(crate) fn next_step(step: Step, kind: MeetingKind) -> Option<Step> {
    if step.in_flow(kind) {
        return step.next_in(kind);
    }
    Step::ALL
        .iter()
        .skip_while(|s| **s != step)
        .find(|s| s.in_flow(kind))
        .copied()
}

/// The step before `step` in the flow of `kind` (from a step outside the
/// flow, the flow's last step before it in meeting order).
pub(crate) fn previous_step(step: Step, kind: MeetingKind) -> Option<Step> {
    if step.in_flow(kind) {
        return step.previous_in(kind);
    }
    Step::ALL
        .iter()
        .rev()
        .skip_while(|s| **s != step)
        .find(|s| s.in_flow(kind))
        .copied()
}

/// The last step of the flow (the one before sharing).
fn last_step(kind: MeetingKind) -> Step {
    Step::flow(kind).last().copied().unwrap_or(Step::Agreements)
}

fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false)
}

/// "Saved" / "Saving…" / "Not saved".
#[component]
pub(crate) fn SaveIndicator() -> impl IntoView {
    let editor = use_editor();
    let ctx = use_app();
    let t = EditorText::get(ui_language());
    view! {
        <span class="save-status" role="status" aria-live="polite" data-status=move || match editor.status.get() {
            SaveStatus::Saved => "saved",
            SaveStatus::Saving => "saving",
            SaveStatus::NotSaved(_) => "not-saved",
            SaveStatus::Conflict => "conflict",
        }>
            {move || match editor.status.get() {
                SaveStatus::Saved if ctx.store().is_some_and(|s| !s.is_persistent()) => t.kept_until_closed,
                SaveStatus::Saved => t.saved,
                SaveStatus::Saving => t.saving,
                SaveStatus::NotSaved(_) => t.not_saved,
                SaveStatus::Conflict => t.changed_elsewhere,
            }}
        </span>
    }
}

/// Shown when another tab or window saved this plan while edits here were
/// unsaved: nothing here was written over it, and the user chooses.
#[component]
pub(crate) fn ConflictBanner() -> impl IntoView {
    let editor = use_editor();
    let ctx = use_app();
    let t = EditorText::get(ui_language());
    let navigate = use_navigate();
    let open_copy = move |id: String| {
        navigate(&format!("/plan/{id}/welcome"), NavigateOptions::default());
    };
    view! {
        <Show when=move || editor.status.get() == SaveStatus::Conflict>
            <div class="banner banner-warning" role="alert" id="conflict-banner">
                <p>
                    <strong>{t.conflict_title}</strong>
                    {t.conflict_body}
                </p>
                <button type="button" class="button primary" id="conflict-load" on:click=move |_| {
                    crate::ui::autosave::load_newer(editor, ctx, true);
                    crate::ui::widgets::focus_later("step-title".into());
                }>{t.open_newer}</button>
                <button type="button" class="button" id="conflict-copy" on:click={
                    let open_copy = open_copy.clone();
                    move |_| {
                        let open_copy = open_copy.clone();
                        crate::ui::autosave::keep_mine_as_copy(editor, ctx, move |id| {
                            open_copy(id);
                            crate::ui::widgets::focus_later("step-title".into());
                        });
                    }
                }>{t.keep_mine}</button>
            </div>
        </Show>
    }
}
