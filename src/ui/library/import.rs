//! Import a backup file: validate, preview what will be added, and never
//! overwrite a plan already in this browser (a clash is added as a copy).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::Plan;
use crate::domain::{envelope, library};
use crate::ui::context::clock::new_plan_id;
use crate::ui::context::use_app;

#[derive(Clone)]
struct Pending {
    plans: Vec<(Plan, bool)>,
    /// The file was not UTF-8 and was read as Western (Windows-1252).
    western: bool,
}

#[component]
pub fn ImportButton(on_done: Callback<()>) -> impl IntoView {
    let ctx = use_app();
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let on_file = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    error.set(Some("That file could not be read.".into()));
                    return;
                }
            };
            let (text, western) = crate::domain::text::decode_file_text(&bytes);
            match envelope::backup_from_json(&text) {
                Ok(plans) if plans.is_empty() => {
                    error.set(Some("That backup holds no plans.".into()))
                }
                Ok(plans) => {
                    let store = ctx.ready_store().await;
                    // Without the list of plans here we can't promise not to
                    // replace one, so stop rather than guess.
                    let existing: Vec<String> = match store.list().await {
                        Ok(list) => list.into_iter().map(|s| s.id).collect(),
                        Err(e) => {
                            error.set(Some(format!("Nothing was added: {e}")));
                            return;
                        }
                    };
                    let plans = library::prepare_import(plans, &existing, new_plan_id);
                    error.set(None);
                    pending.set(Some(Pending { plans, western }));
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    let confirm = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        spawn_local(async move {
            let store = ctx.ready_store().await;
            let count = p.plans.len();
            for (plan, _) in p.plans {
                if let Err(e) = store.save(&plan).await {
                    ctx.report(&e);
                    return;
                }
            }
            ctx.toast(
                format!("Added {count} plan{}", if count == 1 { "" } else { "s" }),
                None,
            );
            on_done.run(());
        });
    };
    view! {
        <div class="import">
            <label class="button ghost file-button" for="import-file">"Add plans from a backup file"</label>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_file/>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || pending.get().map(|p| view! {
                <div class="import-preview" role="dialog" aria-label="Plans to add">
                    {p.western.then(|| view! {
                        <p class="warning" role="note">"This file was not saved as UTF-8, so it was read as Western (Windows-1252) text. Check that names with accents (é, ñ) look right before adding."</p>
                    })}
                    <p>{format!("This backup holds {} plan{}:", p.plans.len(), if p.plans.len() == 1 { "" } else { "s" })}</p>
                    <ul>
                        {p.plans.iter().map(|(plan, clash)| view! {
                            <li>
                                {format!("{} — {} children, {} goals", plan.family_name, plan.children.len(), plan.goals.len())}
                                {clash.then(|| " (already here: it will be added as a separate copy, nothing is replaced)")}
                            </li>
                        }).collect_view()}
                    </ul>
                    <button class="button primary" on:click=confirm>"Add these plans"</button>
                    <button class="button" on:click=move |_| pending.set(None)>"Cancel"</button>
                </div>
            })}
        </div>
    }
}
