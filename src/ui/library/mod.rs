//! The plan library (home screen): create a plan for a family, open, rename,
//! duplicate, delete (with undo), search by family or child name, sorted by
//! last edit; backup of all plans; an example plan to practise with. Under
//! the plans, "Shared with me": family plans saved on this device from a link
//! ([`shared_with_me`]).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::domain::i18n::common::Common;
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::library::LibraryText;
use crate::domain::library::{self, PlanSummary};
use crate::domain::limits::MAX_TEXT_CHARS;
use crate::domain::{Plan, SavedCopy};
use crate::storage::StorageError;
use crate::ui::context::clock::new_plan_id;
use crate::ui::context::clock::now_ms;
use crate::ui::context::downloads::download_backup_of_all;
use crate::ui::context::language::ui_language;
use crate::ui::context::{use_app, AppContext};
use crate::ui::plan_io;
use crate::ui::widgets::{focus_back_or, focus_later, focus_now, focus_when_shown};

pub mod due;
pub mod import;
pub mod meetings;
pub mod shared_with_me;

/// The library's heading (`tabindex=-1`): focus comes here from the editor,
/// and when the last plan of the list is deleted.
pub const LIBRARY_TITLE: &str = "library-title";

/// A plan the library starts: named by the caseworker, or the example plan
/// (read from its bundled text by `plan_io`, with the code that reads plans).
enum NewPlan {
    Named(Box<Plan>),
    Example,
}

#[component]
pub fn Library() -> impl IntoView {
    let ctx = use_app();
    let t = LibraryText::get(ui_language());
    let summaries: RwSignal<Option<Vec<PlanSummary>>> = RwSignal::new(None);
    let query = RwSignal::new(String::new());
    let sort = RwSignal::new(due::Sort::default());
    let new_name = RwSignal::new(String::new());
    let saved: RwSignal<Option<Vec<SavedCopy>>> = RwSignal::new(None);
    let refresh = move || spawn_local(reload(ctx, summaries));
    spawn_local(async move {
        reload(ctx, summaries).await;
        shared_with_me::reload_saved(ctx, saved).await;
    });
    let navigate = use_navigate();
    let create = {
        let navigate = navigate.clone();
        move |new: NewPlan| {
            let navigate = navigate.clone();
            crate::ui::context::storage_persistence::ask(ctx);
            spawn_local(async move {
                let (id, saved) = match new {
                    NewPlan::Named(plan) => (plan.id.clone(), plan_io::save(ctx, *plan).await),
                    NewPlan::Example => {
                        let id = new_plan_id();
                        (id.clone(), plan_io::save_example(ctx, id, now_ms()).await)
                    }
                };
                match saved {
                    Ok(()) => new_name.set(String::new()),
                    // Nothing was stored: stay, with the name still typed.
                    Err(e @ StorageError::NotLoaded) => {
                        ctx.report(&e);
                        return;
                    }
                    Err(e) => ctx.report(&e),
                }
                navigate(&format!("/plan/{id}/welcome"), NavigateOptions::default());
                focus_when_shown("step-title");
            });
        }
    };
    let create_new = {
        let create = create.clone();
        move || {
            let name = new_name.get_untracked().trim().to_string();
            if name.is_empty() {
                focus_later("new-family".into());
                ctx.toast(t.name_first, None);
                return;
            }
            create(NewPlan::Named(Box::new(Plan::new_in(
                new_plan_id(),
                name,
                now_ms(),
                crate::ui::context::language::ui_language(),
            ))));
        }
    };
    let create_example = {
        let create = create.clone();
        move |_| {
            create(NewPlan::Example);
        }
    };
    let shown = Memo::new(move |_| {
        summaries
            .with(|s| s.as_ref().map(|s| library::search(s, &query.get())))
            .map(|mut found| {
                due::apply(sort.get(), &mut found);
                found
            })
    });
    let create_submit = create_new.clone();
    view! {
        <main id="main" tabindex="-1" class="page library">
            <header class="library-head">
                <h1 id=LIBRARY_TITLE tabindex="-1">{t.title}</h1>
                <p class="lead">{t.lead}</p>
                <crate::ui::context::language::LanguagePicker/>
            </header>
            <form class="new-plan" on:submit=move |ev| { ev.prevent_default(); create_submit(); }>
                <div class="field">
                    <label for="new-family">{t.new_plan_label}</label>
                    <input id="new-family" type="text" placeholder=t.new_plan_placeholder maxlength=MAX_TEXT_CHARS
                        prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/>
                </div>
                <button class="button primary" type="submit">{t.start_meeting}</button>
            </form>
            <div class="library-tools">
                <div class="field search">
                    <label for="search">{t.search_label}</label>
                    <input id="search" type="search" prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
                <due::SortPicker sort=sort/>
                <button type="button" class="button ghost" on:click=create_example>{t.example}</button>
                <button type="button" class="button ghost" on:click=move |_| download_backup_of_all(ctx)>{t.back_up_all}</button>
                <crate::ui::context::storage_persistence::PersistenceNote/>
                <import::ImportButton on_done=Callback::new(move |_| refresh())/>
            </div>
            {move || match shown.get() {
                None => view! { <p class="loading" role="status">{t.loading}</p> }.into_any(),
                Some(list) if list.is_empty() => view! {
                    <p class="empty">{move || if query.get().trim().is_empty() {
                        t.empty
                    } else {
                        t.no_match
                    }}</p>
                }.into_any(),
                Some(list) => view! {
                    <ul class="plan-list" aria-label=t.list_label>
                        {list.into_iter().map(|s| view! { <PlanRow summary=s summaries=summaries/> }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            <shared_with_me::SharedWithMe saved=saved/>
        </main>
    }
}

#[component]
fn PlanRow(summary: PlanSummary, summaries: RwSignal<Option<Vec<PlanSummary>>>) -> impl IntoView {
    let ctx = use_app();
    let language = ui_language();
    let t = LibraryText::get(language);
    let common = Common::get(language);
    let renaming = RwSignal::new(false);
    let name = RwSignal::new(summary.family_name.clone());
    let confirming = RwSignal::new(false);
    let id = summary.id.clone();
    let title = summary.title_in(language).to_string();
    let children = summary.child_names.join(", ");
    let href = format!("{}/plan/{}/welcome", crate::ui::base_path(), summary.id);
    let ago = library::edited_ago_in(summary.updated_ms, now_ms(), language);
    // Ids of the row's controls, for focus: the list is drawn again after
    // each change, so focus is put back by id.
    let row_id = format!("plan-{id}");
    let open_id = format!("plan-{id}-open");
    let rename_button = format!("plan-{id}-rename");
    let duplicate_button = format!("plan-{id}-duplicate");
    let delete_button = format!("plan-{id}-delete");
    let yes_button = format!("plan-{id}-delete-yes");
    let rename_id = id.clone();
    let rename_focus = rename_button.clone();
    let save_name = move || {
        let id = rename_id.clone();
        let rename_button = rename_focus.clone();
        let new_name = name.get_untracked().trim().to_string();
        // The field goes: focus its Rename button, now and once the list is drawn again.
        focus_now(&rename_button);
        renaming.set(false);
        if new_name.is_empty() {
            return;
        }
        spawn_local(async move {
            match plan_io::load(ctx, id).await {
                Ok(Some(mut plan)) => {
                    plan.family_name = new_name.clone();
                    plan.updated_ms = now_ms();
                    match plan_io::save(ctx, plan).await {
                        Ok(()) => {
                            reload(ctx, summaries).await;
                            focus_back_or(rename_button, LIBRARY_TITLE);
                        }
                        Err(e) => ctx.report(&e),
                    }
                }
                // Deleted meanwhile (in another tab): the list says so once drawn again.
                Ok(None) => reload(ctx, summaries).await,
                Err(e) => ctx.report(&e),
            }
        });
    };
    let dup_id = id.clone();
    let duplicate_focus = duplicate_button.clone();
    let duplicate = move |_| {
        let id = dup_id.clone();
        let duplicate_button = duplicate_focus.clone();
        spawn_local(async move {
            let plan = match plan_io::load(ctx, id).await {
                Ok(Some(plan)) => plan,
                // Deleted meanwhile (in another tab), or unreadable: nothing to copy.
                Ok(None) | Err(StorageError::Damaged(_)) => return,
                Err(e) => {
                    ctx.report(&e);
                    return;
                }
            };
            let copy = library::duplicate_in(&plan, &new_plan_id(), now_ms(), language);
            let name = copy.family_name.clone();
            match plan_io::save(ctx, copy).await {
                Ok(()) => {
                    ctx.toast(fill(t.copied_as, &[("name", &name)]), None);
                    reload(ctx, summaries).await;
                    focus_back_or(duplicate_button, LIBRARY_TITLE);
                }
                Err(e) => ctx.report(&e),
            }
        });
    };
    let del_id = id.clone();
    let del_title = title.clone();
    let (del_row, del_open) = (row_id.clone(), open_id.clone());
    let delete = move |_| {
        let id = del_id.clone();
        let title = del_title.clone();
        let restored = del_open.clone();
        // Focus goes to the plan listed next (else the one before, else
        // the heading), now and again once the list is drawn again.
        let neighbour = neighbour_link(&del_row);
        match &neighbour {
            Some(link) => focus_now(link),
            None => focus_now(LIBRARY_TITLE),
        };
        confirming.set(false);
        spawn_local(async move {
            let store = ctx.ready_store().await;
            // A plan that can't be read (damaged, or from a newer version) can
            // still be deleted; there is just nothing to bring back.
            let kept = match plan_io::load(ctx, id.clone()).await {
                Ok(plan) => plan,
                // Without the code that reads plans, nothing could be brought
                // back: delete nothing.
                Err(e @ StorageError::NotLoaded) => {
                    ctx.report(&e);
                    return;
                }
                Err(_) => None,
            };
            if let Err(e) = store.delete(&id).await {
                ctx.report(&e);
                return;
            }
            reload(ctx, summaries).await;
            // Unless focus has been put elsewhere meanwhile (the toast's Undo).
            match neighbour {
                Some(link) => focus_back_or(link, LIBRARY_TITLE),
                None => focus_back_or(LIBRARY_TITLE.into(), LIBRARY_TITLE),
            }
            let deleted = fill(t.deleted, &[("title", &title)]);
            let Some(plan) = kept else {
                ctx.toast(deleted, None);
                return;
            };
            let undo = Callback::new(move |_| {
                let plan = plan.clone();
                let restored = restored.clone();
                spawn_local(async move {
                    match plan_io::save(ctx, plan).await {
                        Ok(()) => {
                            reload(ctx, summaries).await;
                            focus_back_or(restored, LIBRARY_TITLE);
                        }
                        Err(e) => ctx.report(&e),
                    }
                });
            });
            ctx.toast(deleted, Some(undo));
        });
    };
    let save_on_enter = save_name.clone();
    let escape_focus = rename_button.clone();
    let input_id = format!("rename-{id}");
    let input_id_focus = input_id.clone();
    let (case_summary, start_summary) = (summary.clone(), summary.clone());
    view! {
        <li class="plan-row" id=row_id>
            <div class="plan-main">
                <Show when=move || renaming.get() fallback={
                    let href = href.clone();
                    let title = title.clone();
                    let children = children.clone();
                    let open_id = open_id.clone();
                    move || view! {
                        <a class="plan-open" id=open_id.clone() href=href.clone()
                            on:click=|_| focus_when_shown("step-title")>{title.clone()}</a>
                        <span class="plan-children">{(!children.is_empty()).then(|| fill(t.children, &[("names", &children)]))}</span>
                    }
                }>
                    <label class="visually-hidden" for=input_id.clone()>{t.new_name_label}</label>
                    <input id=input_id.clone() type="text" maxlength=MAX_TEXT_CHARS prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                        on:keydown={
                            let save = save_on_enter.clone();
                            let escape_focus = escape_focus.clone();
                            move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
                                "Enter" => save(),
                                "Escape" => {
                                    focus_now(&escape_focus);
                                    renaming.set(false);
                                }
                                _ => {}
                            }
                        }/>
                    <button type="button" class="button small" on:click={ let save = save_name.clone(); move |_| save() }>{t.save_name}</button>
                </Show>
                <span class="plan-edited">{fill(t.edited, &[("ago", &ago)])}</span>
                <meetings::CaseMeetings summary=case_summary/>
                <due::DueLine deadlines=summary.deadlines.clone()/>
                {summary.next_meeting.map(|d| {
                    let today = crate::ui::context::clock::today();
                    let class = if d < today { "plan-next overdue" } else { "plan-next" };
                    view! {
                        <span class=class>{fill(t.next_meeting, &[
                            ("date", &crate::domain::dates::format_date_in(d, language)),
                            ("due", &crate::domain::dates::due_label_in(d, today, language)),
                        ])}</span>
                    }
                })}
            </div>
            <div class="plan-actions">
                <button type="button" class="button small ghost" id=rename_button aria-label=fill(t.rename_label, &[("title", summary.title_in(language))]) on:click=move |_| {
                    renaming.set(true);
                    focus_later(input_id_focus.clone());
                }>{t.rename}</button>
                <button type="button" class="button small ghost" id=duplicate_button aria-label=fill(t.duplicate_label, &[("title", summary.title_in(language))]) on:click=duplicate>{t.duplicate}</button>
                <Show when=move || confirming.get() fallback={
                    let label = fill(t.delete_label, &[("title", summary.title_in(language))]);
                    let (delete_button, yes_button) = (delete_button.clone(), yes_button.clone());
                    move || {
                        let yes_button = yes_button.clone();
                        view! {
                            <button type="button" class="button small ghost danger" id=delete_button.clone() aria-label=label.clone() on:click=move |_| {
                                confirming.set(true);
                                focus_later(yes_button.clone());
                            }>{common.delete}</button>
                        }
                    }
                }>
                    <span class="confirm" role="alert">{fill(t.confirm_delete, &[("title", summary.title_in(language))])}</span>
                    <button type="button" class="button small danger" id=yes_button.clone() on:click=delete.clone()>{t.yes_delete}</button>
                    <button type="button" class="button small" on:click={
                        let delete_button = delete_button.clone();
                        move |_| {
                            confirming.set(false);
                            focus_later(delete_button.clone());
                        }
                    }>{t.keep_it}</button>
                </Show>
            </div>
            <meetings::StartFromLibrary summary=start_summary/>
        </li>
    }
}

/// The title link of the plan listed after the row `row_id` (else before it).
fn neighbour_link(row_id: &str) -> Option<String> {
    let row = document().get_element_by_id(row_id)?;
    let other = row
        .next_element_sibling()
        .or_else(|| row.previous_element_sibling())?;
    let link = other.query_selector("a.plan-open").ok()??;
    Some(link.id()).filter(|id| !id.is_empty())
}

async fn reload(ctx: AppContext, summaries: RwSignal<Option<Vec<PlanSummary>>>) {
    thread_local! {
        /// The newest reload: reads of the list can finish out of order (a
        /// rename's right after a duplicate's), and only the newest is shown.
        static NEWEST: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }
    let mine = NEWEST.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let list = ctx.ready_store().await.list().await;
    if NEWEST.with(std::cell::Cell::get) == mine {
        show_list(ctx, summaries, list);
    }
}

/// Show a freshly read list; on failure stop "Loading…" (the banner says what
/// went wrong) and keep any list already shown.
pub(crate) fn show_list<T: Send + Sync + 'static>(
    ctx: AppContext,
    shown: RwSignal<Option<Vec<T>>>,
    list: Result<Vec<T>, crate::storage::StorageError>,
) {
    match list {
        Ok(list) => {
            shown.try_set(Some(list));
        }
        Err(e) => {
            ctx.report(&e);
            shown.try_update(|s| {
                s.get_or_insert_with(Vec::new);
            });
        }
    }
}
