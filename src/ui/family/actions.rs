//! What a family can do with their plan: keep it on this phone, put their
//! tasks and the next meeting in their calendar, print it; a saved copy can be
//! removed again.

use leptos::prelude::*;
use leptos::task::spawn_local;

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

#[component]
pub fn FamilyActions(plan: StoredValue<SharedPlan>, source: Source) -> impl IntoView {
    let ctx = use_app();
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
                        "Replaced the copy on this device with this one. Find it on the planner's home page, under “Shared with me”."
                    } else {
                        "Saved on this device. Find it on the planner's home page, under “Shared with me”."
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
                    ctx.toast("This plan is already saved on this device, as it is. Find it on the planner's home page, under “Shared with me”.", None);
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
        download("family-plan.ics", "text/calendar", &text);
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
                    <button class="button primary" id="save-to-phone" on:click=save_to_phone>
                        {move || if saved.get() { "Saved on this device ✓" } else { "Save to this phone" }}
                    </button>
                    <Show when=move || clash.get().is_some()>
                        <div class="confirm-box" role="alertdialog" id="save-clash" aria-labelledby="save-clash-text">
                            <p id="save-clash-text">"A different copy of this plan is already saved on this device. Replace it with this one, or keep both?"</p>
                            <button class="button primary" id="save-replace" on:click=move |_| {
                                if let Some(copy) = clash.get_untracked() { write(copy, true); }
                            }>"Replace it"</button>
                            <button class="button" id="save-keep-both" on:click=keep_both>"Keep both"</button>
                            <button class="button ghost" on:click=move |_| {
                                clash.set(None);
                                crate::ui::widgets::focus_later("save-to-phone".into());
                            }>"Cancel"</button>
                        </div>
                    </Show>
                }.into_any(),
                Source::Saved(_) => view! { <a class="button ghost" href=home.clone()>"← All plans"</a> }.into_any(),
            }}
            <button class="button" id="add-to-calendar" on:click=add_to_calendar>"Add to calendar"</button>
            <button class="button" id="print-plan" on:click=move |_| { let _ = window().print(); }>"Print"</button>
            {match source {
                Source::Link => None,
                Source::Saved(id) => Some({
                    let id = StoredValue::new(id);
                    view! {
                    <Show when=move || !removed.get() fallback={
                        let home = home.clone();
                        move || view! {
                            <p id="removed-note" tabindex="-1" role="status">"Removed from this device. "<a href=home.clone()>"Go to the planner's home page"</a></p>
                        }
                    }>
                        <Show when=move || confirming.get() fallback=move || view! {
                            <button class="button ghost danger" id="remove-saved" on:click=move |_| {
                                confirming.set(true);
                                crate::ui::widgets::focus_later("remove-saved-yes".into());
                            }>"Remove from this device"</button>
                        }>
                            <span class="confirm" role="alert">"Remove this plan from this device?"</span>
                            <button class="button danger" id="remove-saved-yes" on:click=move |_| remove(id.get_value())>"Yes, remove"</button>
                            <button class="button" on:click=move |_| {
                                confirming.set(false);
                                crate::ui::widgets::focus_later("remove-saved".into());
                            }>"Keep it"</button>
                        </Show>
                    </Show>
                }}),
            }}
        </div>
    }
}
