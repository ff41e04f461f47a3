//! Import a backup file: validate, preview what will be added, and never
//! overwrite a plan already in this browser (a clash is added as a copy).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::i18n::common::Common;
use crate::domain::i18n::shell::library::ImportText;
use crate::domain::i18n::{count as count_text, fill};
use crate::domain::library;
use crate::domain::Plan;
use crate::ui::context::clock::new_plan_id;
use crate::ui::context::language::ui_language;
use crate::ui::context::use_app;
use crate::ui::plan_io;

#[derive(Clone)]
struct Pending {
    plans: Vec<(Plan, bool)>,
    /// The file was not UTF-8 and was read as Western (Windows-1252).
    western: bool,
}

#[component]
pub fn ImportButton(on_done: Callback<()>) -> impl IntoView {
    let ctx = use_app();
    let language = ui_language();
    let t = ImportText::get(language);
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
                    error.set(Some(t.could_not_read.into()));
                    return;
                }
            };
            let (text, western) = crate::domain::text::decode_file_text(&bytes);
            match plan_io::read_backup(text, language).await {
                Ok(plans) if plans.is_empty() => error.set(Some(t.no_plans.into())),
                Ok(plans) => {
                    let store = ctx.ready_store().await;
                    // Without the list of plans here we can't promise not to
                    // replace one, so stop rather than guess.
                    let existing: Vec<String> = match store.list().await {
                        Ok(list) => list.into_iter().map(|s| s.id).collect(),
                        Err(e) => {
                            error.set(Some(fill(
                                t.nothing_added,
                                &[("error", &e.message_in(language))],
                            )));
                            return;
                        }
                    };
                    let plans = library::prepare_import_in(plans, &existing, new_plan_id, language);
                    error.set(None);
                    pending.set(Some(Pending { plans, western }));
                }
                Err(message) => error.set(Some(message)),
            }
        });
    };
    let confirm = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        spawn_local(async move {
            let added = p.plans.len();
            for (plan, _) in p.plans {
                if let Err(e) = plan_io::save(ctx, plan).await {
                    ctx.report(&e);
                    return;
                }
            }
            ctx.toast(count_text(added, t.added_one, t.added_other), None);
            on_done.run(());
        });
    };
    view! {
        <div class="import">
            <label class="button ghost file-button" for="import-file">{t.add_from_file}</label>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_file/>
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {move || pending.get().map(|p| view! {
                <div class="import-preview" role="dialog" aria-label=t.preview_label>
                    {p.western.then(|| view! {
                        <p class="warning" role="note">{t.western}</p>
                    })}
                    <p>{count_text(p.plans.len(), t.holds_one, t.holds_other)}</p>
                    <ul>
                        {p.plans.iter().map(|(plan, clash)| view! {
                            <li>
                                {fill(t.plan_line, &[
                                    ("name", &plan.family_name),
                                    ("children", &plan.children.len().to_string()),
                                    ("goals", &plan.goals.len().to_string()),
                                ])}
                                {clash.then_some(t.clash)}
                            </li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button primary" on:click=confirm>{t.add_these}</button>
                    <button type="button" class="button" on:click=move |_| pending.set(None)>{Common::get(language).cancel}</button>
                </div>
            })}
        </div>
    }
}
