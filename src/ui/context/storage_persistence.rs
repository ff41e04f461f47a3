//! Ask the browser to keep the plans (`navigator.storage.persist()`): without
//! it, a browser short of space may clear them. Whether it was granted is
//! shown on the home screen with a reminder to keep a backup or a link.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::{use_app, AppContext};

/// Ask once at start-up (browsers grant it quietly or not at all).
pub async fn ask(ctx: AppContext) {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return;
    };
    let granted = match storage.persist() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    ctx.persisted.set(Some(granted.unwrap_or(false)));
}

/// One line on the home screen: whether the plans are kept for good.
#[component]
pub fn PersistenceNote() -> impl IntoView {
    let ctx = use_app();
    move || {
        match ctx.persisted.get() {
        Some(true) => view! {
            <p class="hint persistence" data-persisted="yes">
                "This browser has agreed to keep your plans until you delete them. A backup is still wise."
            </p>
        }
        .into_any(),
        Some(false) => view! {
            <p class="hint persistence" data-persisted="no">
                "This browser may clear stored plans when the device is short of space. Keep a backup (\"Back up all plans\") or the family's link after each meeting."
            </p>
        }
        .into_any(),
        None => ().into_any(),
    }
    }
}
