//! "Shared with me": family plans that a team shared as a link and that were
//! saved on this device ("Save to this phone"). They are not the caseworker's
//! plans: each opens read-only at `/saved/<id>`, and can be removed from the
//! device (with undo).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::dates::format_date_in;
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::library::{LibraryText, SharedWithMeText};
use crate::domain::library::edited_ago_in;
use crate::domain::Language;
use crate::domain::SavedCopy;
use crate::ui::context::clock::now_ms;
use crate::ui::context::language::ui_language;
use crate::ui::context::{use_app, AppContext};
use crate::ui::plan_io;
use crate::ui::widgets::focus_later;

/// The section heading (focused after a removal, so focus never drops).
const HEADING_ID: &str = "shared-with-me";

/// Read the saved copies again; `None` stays only while loading. (A
/// caseworker's library has none: the code that reads them, `plan_io`, is then
/// never loaded.)
pub async fn reload_saved(ctx: AppContext, saved: RwSignal<Option<Vec<SavedCopy>>>) {
    let list = match ctx.ready_store().await.has_saved().await {
        Ok(false) => Ok(Vec::new()),
        Ok(true) => plan_io::list_saved(ctx).await,
        Err(e) => Err(e),
    };
    super::show_list(ctx, saved, list);
}

/// The list of saved copies, under the plan list. Hidden when there are none,
/// except after the last one was removed here (so its Undo and the focus on
/// the heading still have a place).
#[component]
pub fn SharedWithMe(saved: RwSignal<Option<Vec<SavedCopy>>>) -> impl IntoView {
    let any_shown = RwSignal::new(false);
    Effect::new(move |_| {
        if saved.with(|s| s.as_ref().is_some_and(|l| !l.is_empty())) {
            any_shown.set(true);
        }
    });
    let copies = move || saved.get().unwrap_or_default();
    let t = SharedWithMeText::get(ui_language());
    view! {
        <Show when=move || any_shown.get()>
            <section class="shared-with-me" aria-labelledby=HEADING_ID>
                <h2 id=HEADING_ID tabindex="-1">{t.heading}</h2>
                <p class="hint">{t.hint}</p>
                <Show when=move || saved.with(|s| s.as_ref().is_some_and(|l| !l.is_empty()))
                    fallback=move || view! { <p class="empty">{t.none_now}</p> }>
                    <ul class="plan-list saved-list" aria-labelledby=HEADING_ID>
                        <For each=copies key=|c| (c.id.clone(), c.saved_ms) let:copy>
                            <SavedRow copy=copy saved=saved/>
                        </For>
                    </ul>
                </Show>
            </section>
        </Show>
    }
}

/// "3 days ago" for the last week, then "on Tue, Dec 15, 2026" (local date).
fn saved_when(saved_ms: i64, now_ms: i64, language: Language) -> String {
    const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;
    if now_ms - saved_ms < WEEK_MS {
        return edited_ago_in(saved_ms, now_ms, language);
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(saved_ms as f64));
    match chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
    {
        Some(date) => fill(
            SharedWithMeText::get(language).on_date,
            &[("date", &format_date_in(date, language))],
        ),
        None => edited_ago_in(saved_ms, now_ms, language),
    }
}

#[component]
fn SavedRow(copy: SavedCopy, saved: RwSignal<Option<Vec<SavedCopy>>>) -> impl IntoView {
    let ctx = use_app();
    let language = ui_language();
    let t = SharedWithMeText::get(language);
    let confirming = RwSignal::new(false);
    let id = copy.id.clone();
    let title = copy.title_in(language);
    let href = format!("{}/saved/{}", crate::ui::base_path(), id);
    let saved_when = saved_when(copy.saved_ms, now_ms(), language);
    let meeting = copy.plan.meeting.date;
    let next_meeting = copy.plan.next_meeting.date;
    let open_id = format!("saved-open-{id}");
    let remove_id = format!("saved-remove-{id}");
    let yes_id = format!("saved-remove-yes-{id}");
    let row_copy = StoredValue::new(copy);
    let remove = {
        let id = id.clone();
        let title = title.clone();
        let remove_id = remove_id.clone();
        let open_id = open_id.clone();
        move |_| {
            let id = id.clone();
            let title = title.clone();
            let remove_id = remove_id.clone();
            let open_id = open_id.clone();
            confirming.set(false);
            spawn_local(async move {
                // What is stored now (a newer save of the same link may have
                // replaced what is listed), else what the row shows.
                let kept = plan_io::load_saved(ctx, id.clone())
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| row_copy.get_value());
                if let Err(e) = ctx.ready_store().await.delete_saved(&id).await {
                    ctx.report(&e);
                    focus_later(remove_id);
                    return;
                }
                reload_saved(ctx, saved).await;
                focus_later(HEADING_ID.to_string());
                let undo = Callback::new(move |_| {
                    let kept = kept.clone();
                    let open_id = open_id.clone();
                    spawn_local(async move {
                        // Never roll back a copy saved again since.
                        let newer = matches!(
                            plan_io::load_saved(ctx, kept.id.clone()).await,
                            Ok(Some(now)) if now.saved_ms > kept.saved_ms
                        );
                        if !newer {
                            if let Err(e) = plan_io::save_saved(ctx, kept).await {
                                ctx.report(&e);
                                return;
                            }
                        }
                        reload_saved(ctx, saved).await;
                        focus_later(open_id);
                    });
                });
                ctx.toast(fill(t.removed, &[("title", &title)]), Some(undo));
            });
        }
    };
    let ask = {
        let yes_id = yes_id.clone();
        move |_| {
            confirming.set(true);
            focus_later(yes_id.clone());
        }
    };
    let keep = {
        let remove_id = remove_id.clone();
        move |_| {
            confirming.set(false);
            focus_later(remove_id.clone());
        }
    };
    let confirm_text = fill(t.confirm_remove, &[("title", &title)]);
    view! {
        <li class="plan-row saved-row">
            <div class="plan-main">
                <a class="plan-open" id=open_id href=href>{title.clone()}</a>
                <span class="plan-edited">{fill(t.saved, &[("when", &saved_when)])}</span>
                {meeting.map(|d| view! { <span class="plan-meeting">{fill(t.meeting, &[("date", &format_date_in(d, language))])}</span> })}
                {next_meeting.map(|d| view! { <span class="plan-next">{fill(t.next_meeting, &[("date", &format_date_in(d, language))])}</span> })}
            </div>
            <div class="plan-actions">
                <Show when=move || confirming.get() fallback={
                    let remove_id = remove_id.clone();
                    let title = title.clone();
                    let ask = ask.clone();
                    move || view! {
                        <button type="button" class="button small ghost danger" id=remove_id.clone()
                            aria-label=fill(t.remove_label, &[("title", &title)]) on:click=ask.clone()>
                            {t.remove}
                        </button>
                    }
                }>
                    <span class="confirm" role="alert">{confirm_text.clone()}</span>
                    <button type="button" class="button small danger" id=yes_id.clone() on:click=remove.clone()>{t.yes_remove}</button>
                    <button type="button" class="button small" on:click=keep.clone()>{LibraryText::get(language).keep_it}</button>
                </Show>
            </div>
        </li>
    }
}
