//! App-wide context: the plan store and its health, shared by every screen.
//! The rest is one concern per file: toasts, the storage banner, downloads,
//! clocks and ids, preferences.

pub mod clock;
pub mod downloads;
pub mod preferences;
pub mod store_health;
pub mod toasts;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::storage::prefs::Prefs;
use crate::storage::{PlanStore, StorageError};
use store_health::StoreHealth;
use toasts::Toast;

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
        preferences::apply_text_size(ctx);
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
            clock::sleep_ms(20).await;
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
}

pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}
