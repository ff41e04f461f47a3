//! App-wide context: the plan store, its health, and short messages (toasts).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::envelope;
use crate::storage::prefs::Prefs;
use crate::storage::{PlanStore, StorageError};

/// Whether plans are being kept.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreHealth {
    Opening,
    Ready,
    /// IndexedDB could not be opened or a save failed: the message says why.
    Failing(String),
}

/// A short message with an optional undo.
#[derive(Clone)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    pub undo: Option<Callback<()>>,
}

/// Shared by every screen.
#[derive(Clone, Copy)]
pub struct AppContext {
    store: StoredValue<Option<PlanStore>, LocalStorage>,
    pub health: RwSignal<StoreHealth>,
    pub toasts: RwSignal<Vec<Toast>>,
    /// Extra-large type for a big room (a preference kept in localStorage).
    pub projector_text: RwSignal<bool>,
    next_toast: StoredValue<u64>,
}

impl AppContext {
    /// Open the store in the background; fall back to memory with a banner.
    pub fn start() -> AppContext {
        let ctx = AppContext {
            store: StoredValue::new_local(None),
            health: RwSignal::new(StoreHealth::Opening),
            toasts: RwSignal::new(Vec::new()),
            projector_text: RwSignal::new(Prefs::load().projector_text),
            next_toast: StoredValue::new(0),
        };
        Effect::new(move |_| {
            let on = ctx.projector_text.get();
            if let Some(root) = document().document_element() {
                let _ = root.class_list().toggle_with_force("projector", on);
            }
            let mut prefs = Prefs::load();
            if prefs.projector_text != on {
                prefs.projector_text = on;
                prefs.save();
            }
        });
        spawn_local(async move {
            let waiting = move || {
                ctx.health.set(StoreHealth::Failing(
                    "Another tab has an older version of the planner open. Close or reload that tab to finish updating; your plans are safe.".into(),
                ))
            };
            match PlanStore::open(waiting).await {
                Ok(store) => {
                    // Once per start, before any screen reads: phone copies kept
                    // among the plans by earlier versions move to "Shared with me".
                    let moved = store.move_phone_copies().await;
                    ctx.store.set_value(Some(store));
                    ctx.health.set(StoreHealth::Ready);
                    if let Err(e) = moved {
                        ctx.report(&e);
                    }
                }
                Err(e) => {
                    ctx.store.set_value(Some(PlanStore::memory()));
                    ctx.health.set(StoreHealth::Failing(e.to_string()));
                }
            }
        });
        ctx
    }

    /// The store once it is open (`None` while opening).
    pub fn store(&self) -> Option<PlanStore> {
        self.store.get_value()
    }

    /// Wait until the store is open, then return it.
    pub async fn ready_store(&self) -> PlanStore {
        loop {
            if let Some(store) = self.store.get_value() {
                return store;
            }
            gloo_timers_sleep(20).await;
        }
    }

    /// Report a failed save; the banner offers a backup download.
    pub fn report(&self, error: &StorageError) {
        self.health.set(StoreHealth::Failing(error.to_string()));
    }

    /// Clear a failure after a later save worked (only when IndexedDB is in use).
    pub fn recovered(&self) {
        if self
            .store
            .with_value(|s| s.as_ref().is_some_and(PlanStore::is_persistent))
        {
            self.health.set(StoreHealth::Ready);
        }
    }

    /// Show a message for a few seconds, with an optional undo button.
    pub fn toast(&self, text: impl Into<String>, undo: Option<Callback<()>>) {
        let id = self.next_toast.get_value() + 1;
        self.next_toast.set_value(id);
        let toasts = self.toasts;
        toasts.update(|t| {
            t.push(Toast {
                id,
                text: text.into(),
                undo,
            })
        });
        set_timeout(
            move || toasts.update(|t| t.retain(|x| x.id != id)),
            std::time::Duration::from_secs(8),
        );
    }
}

/// Sleep without blocking the page.
pub async fn gloo_timers_sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// Milliseconds since the epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Now as an ISO 8601 date-time (UTC).
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Today's local date.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// A fresh random id for a plan.
pub fn new_plan_id() -> String {
    let a = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let b = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{:08x}{:08x}", a, b)
}

/// Offer a text file for download.
pub fn download(filename: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        let _ = document.body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Download every plan in this browser (or in memory) as one backup file.
pub fn download_backup_of_all(ctx: AppContext) {
    spawn_local(async move {
        let store = ctx.ready_store().await;
        match store.load_all().await {
            Ok((plans, skipped)) => {
                let stamp = now_iso();
                let text = envelope::backup_to_json(&plans, &stamp);
                download(
                    &format!("ftm-plans-{}.json", &stamp[..10.min(stamp.len())]),
                    "application/json",
                    &text,
                );
                if skipped > 0 {
                    ctx.toast(
                        format!("{skipped} plan(s) could not be read and are not in the backup."),
                        None,
                    );
                }
            }
            Err(e) => ctx.toast(format!("Could not read the plans: {e}"), None),
        }
    });
}

/// Switch extra-large type on and off (for projecting in a big room).
#[component]
pub fn TextSizeToggle() -> impl IntoView {
    let ctx = use_app();
    view! {
        <button class="button small ghost text-size" aria-pressed=move || ctx.projector_text.get().to_string()
            on:click=move |_| ctx.projector_text.update(|on| *on = !*on)>
            "Larger text"
        </button>
    }
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

/// Short messages at the bottom of the screen.
#[component]
pub fn Toasts() -> impl IntoView {
    let ctx = use_app();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For each=move || ctx.toasts.get() key=|t| t.id let:toast>
                <div class="toast">
                    <span>{toast.text.clone()}</span>
                    {toast.undo.map(|undo| {
                        let id = toast.id;
                        view! {
                            <button class="button small" on:click=move |_| {
                                undo.run(());
                                ctx.toasts.update(|t| t.retain(|x| x.id != id));
                            }>"Undo"</button>
                        }
                    })}
                </div>
            </For>
        </div>
    }
}
