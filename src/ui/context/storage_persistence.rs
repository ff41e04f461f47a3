//! Persistent storage (`navigator.storage`): without it, a browser short of
//! space may clear the plans. Whether the plans are kept for good is checked
//! at start-up and shown on the home screen, with a reminder to keep a backup
//! or a link; the browser is asked to keep them when the user makes a plan or
//! saves one to the phone (some browsers ask the user, so never unprompted).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use super::{use_app, AppContext};
use crate::domain::i18n::shell::app::AppText;

fn storage() -> Option<web_sys::StorageManager> {
    web_sys::window().map(|w| w.navigator().storage())
}

async fn answer(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the plans are already kept for good (asks nothing).
pub async fn check(ctx: AppContext) {
    if let Some(storage) = storage() {
        let kept = answer(storage.persisted()).await.unwrap_or(false);
        ctx.persisted.set(Some(kept));
    }
}

/// Ask the browser to keep the plans (after a user action), once per page.
pub fn ask(ctx: AppContext) {
    if ctx.persisted.get_untracked() == Some(true) {
        return;
    }
    spawn_local(async move {
        if let Some(storage) = storage() {
            let kept = answer(storage.persist()).await.unwrap_or(false);
            ctx.persisted.set(Some(kept));
        }
    });
}

/// One line on the home screen: whether the plans are kept for good.
#[component]
pub fn PersistenceNote() -> impl IntoView {
    let ctx = use_app();
    let t = AppText::get(super::language::ui_language());
    move || match ctx.persisted.get() {
        Some(true) => view! {
            <p class="hint persistence" data-persisted="yes">
                {t.kept_for_good}
            </p>
        }
        .into_any(),
        Some(false) => view! {
            <p class="hint persistence" data-persisted="no">
                {t.may_clear}
            </p>
        }
        .into_any(),
        None => ().into_any(),
    }
}
