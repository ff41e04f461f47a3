//! Whether plans are being kept, and the banner when they are not.

use leptos::prelude::*;

use super::downloads::download_backup_of_all;
use super::use_app;

/// Whether plans are being kept.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreHealth {
    Opening,
    Ready,
    /// IndexedDB could not be opened or a save failed: the message says why.
    Failing(String),
}

/// The banner shown when plans are not being kept.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let ctx = use_app();
    let message = move || match ctx.health.get() {
        StoreHealth::Failing(msg) => Some(msg),
        _ => None,
    };
    view! {
        <Show when=move || message().is_some()>
            <div class="banner banner-warning" role="alert">
                <p>
                    <strong>"Your plans are not being saved in this browser. "</strong>
                    {move || message().unwrap_or_default()}
                </p>
                <button class="button" on:click=move |_| download_backup_of_all(ctx)>
                    "Download a backup now"
                </button>
            </div>
        </Show>
    }
}
