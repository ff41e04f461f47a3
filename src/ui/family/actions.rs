//! What a family can do with their plan: keep it on this phone, put their
//! tasks and the next meeting in their calendar, print it; a saved copy can be
//! removed again.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::i18n::common::Common;
use crate::domain::i18n::family::{FamilyActionsText, LinkText};
use crate::domain::{ics, SavedCopy, SharedPlan};
use crate::ui::context::clock::now_iso;
use crate::ui::context::clock::now_ms;
use crate::ui::context::downloads::download;
use crate::ui::context::use_app;

/// Where the plan on screen came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// Opened from a link: it can be saved on this device.
    Link,
    /// A copy saved on this device, with its id: it can be removed.
    Saved(String),
}

/// In the plan's language, like the plan above them.
#[component]
pub fn FamilyActions(plan: StoredValue<SharedPlan>, source: Source) -> impl IntoView {
    let ctx = use_app();
    let language = plan.with_value(|p| p.language);
    let t = FamilyActionsText::get(language);
    let common = Common::get(language);
    let go_home = LinkText::get(language).go_home;
    let saved = RwSignal::new(false);
    // A different copy of this plan is already saved here: ask before replacing it.
    let clash: RwSignal<Option<SavedCopy>> = RwSignal::new(None);
    let write = move |copy: SavedCopy, replaced: bool| {
        spawn_local(async move {
            let store = ctx.ready_store().await;
            match store.save_saved(&copy).await {
                Ok(()) => {
                    saved.set(true);
                    clash.set(None);
                    let text = if replaced {
                        t.replaced_toast
                    } else {
                        t.saved_toast
                    };
                    ctx.toast(text, None);
                    crate::ui::widgets::focus_later("save-to-phone".into());
                }
                Err(e) => ctx.report(&e),
            }
        });
    };
    let save_to_phone = move |_| {
        crate::ui::context::storage_persistence::ask(ctx);
        let copy = SavedCopy::new(plan.get_value(), now_ms());
        spawn_local(async move {
            let store = ctx.ready_store().await;
            match store.load_saved(&copy.id).await.ok().flatten() {
                Some(old) if old.plan == copy.plan => {
                    saved.set(true);
                    ctx.toast(t.already_saved_toast, None);
                }
                Some(_) => {
                    clash.set(Some(copy));
                    // The safe choice has focus: Enter never replaces by accident.
                    crate::ui::widgets::focus_later("save-keep-both".into());
                }
                None => write(copy, false),
            }
        });
    };
    let keep_both = move |_| {
        if let Some(mut copy) = clash.get_untracked() {
            copy.id = format!("{}-{}", copy.id, copy.saved_ms);
            write(copy, false);
        }
    };
    let add_to_calendar = move |_| {
        let stamp: String = now_iso()
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == 'T')
            .take(15)
            .collect::<String>()
            + "Z";
        let text = plan.with_value(|p| ics::plan_to_ics(p, super::plan_view::reader(p), &stamp));
        download(t.calendar_file, "text/calendar", &text);
    };
    let confirming = RwSignal::new(false);
    let removed = RwSignal::new(false);
    let remove = move |id: String| {
        confirming.set(false);
        spawn_local(async move {
            let store = ctx.ready_store().await;
            match store.delete_saved(&id).await {
                Ok(()) => {
                    removed.set(true);
                    crate::ui::widgets::focus_later("removed-note".into());
                }
                Err(e) => ctx.report(&e),
            }
        });
    };
    let home = format!("{}/", crate::ui::base_path());
    view! {
        <div class="family-actions no-print">
            {match source.clone() {
                Source::Link => view! {
                    <button type="button" class="button primary" id="save-to-phone" on:click=save_to_phone>
                        {move || if saved.get() { t.saved_on_device } else { t.save_to_phone }}
                    </button>
                    <Show when=move || clash.get().is_some()>
                        <div class="confirm-box" role="alertdialog" id="save-clash" aria-labelledby="save-clash-text">
                            <p id="save-clash-text">{t.clash}</p>
                            <button type="button" class="button primary" id="save-replace" on:click=move |_| {
                                if let Some(copy) = clash.get_untracked() { write(copy, true); }
                            }>{t.replace_it}</button>
                            <button type="button" class="button" id="save-keep-both" on:click=keep_both>{t.keep_both}</button>
                            <button type="button" class="button ghost" on:click=move |_| {
                                clash.set(None);
                                crate::ui::widgets::focus_later("save-to-phone".into());
                            }>{common.cancel}</button>
                        </div>
                    </Show>
                }.into_any(),
                Source::Saved(_) => view! { <a class="button ghost" href=home.clone()>{t.all_plans}</a> }.into_any(),
            }}
            <button type="button" class="button" id="add-to-calendar" on:click=add_to_calendar>{t.add_to_calendar}</button>
            <button type="button" class="button" id="print-plan" on:click=move |_| { let _ = window().print(); }>{common.print}</button>
            {match source {
                Source::Link => None,
                Source::Saved(id) => Some({
                    let id = StoredValue::new(id);
                    view! {
                    <Show when=move || !removed.get() fallback={
                        let home = home.clone();
                        move || view! {
                            <p id="removed-note" tabindex="-1" role="status">{t.removed}<a href=home.clone()>{go_home}</a></p>
                        }
                    }>
                        <Show when=move || confirming.get() fallback=move || view! {
                            <button type="button" class="button ghost danger" id="remove-saved" on:click=move |_| {
                                confirming.set(true);
                                crate::ui::widgets::focus_later("remove-saved-yes".into());
                            }>{t.remove_from_device}</button>
                        }>
                            <span class="confirm" role="alert">{t.remove_confirm}</span>
                            <button type="button" class="button danger" id="remove-saved-yes" on:click=move |_| remove(id.get_value())>{t.yes_remove}</button>
                            <button type="button" class="button" on:click=move |_| {
                                confirming.set(false);
                                crate::ui::widgets::focus_later("remove-saved".into());
                            }>{t.keep_it}</button>
                        </Show>
                    </Show>
                }}),
            }}
        </div>
    }
}
