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
    let save_to_phone = move |_| {
        let copy = SavedCopy::new(plan.get_value(), now_ms());
        spawn_local(async move {
            let store = ctx.ready_store().await;
            let before = store.load_saved(&copy.id).await.ok().flatten();
            match store.save_saved(&copy).await {
                Ok(()) => {
                    saved.set(true);
                    let text = match before {
                        Some(old) if old.plan != copy.plan => "Updated the copy on this device with this newer plan. Find it on the planner's home page, under “Shared with me”.",
                        Some(_) => "This plan was already saved on this device. Find it on the planner's home page, under “Shared with me”.",
                        None => "Saved on this device. Find it on the planner's home page, under “Shared with me”.",
                    };
                    ctx.toast(text, None);
                }
                Err(e) => ctx.report(&e),
            }
        });
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
