//! App-wide context: the plan store and its health, shared by every screen.
//! The rest is one concern per file: toasts, the storage banner, downloads,
//! clocks and ids, preferences.

pub mod clock;
pub mod downloads;
pub mod language;
pub mod preferences;
pub mod storage_persistence;
pub mod store_health;
pub mod toasts;

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::{Language, Plan};
use crate::storage::prefs::Prefs;
use crate::storage::{PlanStore, StorageError};
use language::UiLanguage;
use store_health::{HealthProblem, StoreHealth};
use toasts::Toast;

/// Shared by every screen.
#[derive(Clone, Copy)]
pub struct AppContext {
    store: StoredValue<Option<PlanStore>, LocalStorage>,
    /// Who waits in [`AppContext::ready_store`]: called once the store is set.
    waiting: StoredValue<Vec<js_sys::Function>, LocalStorage>,
    pub health: RwSignal<StoreHealth>,
    pub toasts: RwSignal<Vec<Toast>>,
    /// Extra-large type for a big room (a preference kept in localStorage).
    pub projector_text: RwSignal<bool>,
    /// Whether the browser promised to keep the plans (`navigator.storage.persist()`).
    pub persisted: RwSignal<Option<bool>>,
    /// Plans whose latest edits could not be written (a failed save, or another
    /// tab saved first): every backup offered includes these versions.
    unsaved: StoredValue<BTreeMap<String, (Plan, bool)>>,
    next_toast: StoredValue<u64>,
    /// The interface language (provided before the app context).
    language: Option<UiLanguage>,
}

/// Work done on the store once it is open, before any screen reads it.
type OnceOpen =
    for<'a> fn(&'a PlanStore) -> Pin<Box<dyn Future<Output = Result<usize, StorageError>> + 'a>>;

/// How long opening IndexedDB may take before the app works in memory and says why.
const OPEN_TIMEOUT_MS: i32 = 5_000;

impl AppContext {
    /// Open the store in the background; fall back to memory with a banner.
    /// Once it is open, phone copies kept among the plans by earlier versions
    /// move to "Shared with me".
    pub fn start() -> AppContext {
        Self::start_with(Some(|store| {
            Box::pin(async move {
                if !store.has_phone_copies().await? {
                    return Ok(0);
                }
                crate::ui::plan_io::move_phone_copies(store.clone()).await
            })
        }))
    }

    /// [`AppContext::start`] for the family's small app: the phone copies of
    /// earlier versions stay where they are until the planner opens (moving
    /// them reads whole plans, code the family's app does not carry).
    pub fn start_for_a_link() -> AppContext {
        Self::start_with(None)
    }

    /// Open the store; `once_open` runs before any screen reads it (but for
    /// the editor's plan read as the page loaded, `storage::early`, which is
    /// never one it moves). (A function
    /// value rather than a flag: the family's app never names the migration, so
    /// none of its code is in that wasm.)
    fn start_with(once_open: Option<OnceOpen>) -> AppContext {
        let ctx = AppContext {
            store: StoredValue::new_local(None),
            waiting: StoredValue::new_local(Vec::new()),
            health: RwSignal::new(StoreHealth::Opening),
            toasts: RwSignal::new(Vec::new()),
            projector_text: RwSignal::new(Prefs::load().projector_text),
            persisted: RwSignal::new(None),
            unsaved: StoredValue::new(BTreeMap::new()),
            next_toast: StoredValue::new(0),
            language: use_context::<UiLanguage>(),
        };
        preferences::apply_text_size(ctx);
        // IndexedDB may never answer (an upgrade blocked by another tab, a
        // browser fault): after a while, work in memory and say so.
        // Set once IndexedDB has answered: what runs after that (moving old
        // phone copies, whose code may still have to be fetched) is not
        // "not answering".
        let answered = std::rc::Rc::new(std::cell::Cell::new(false));
        let answered_in_time = answered.clone();
        spawn_local(async move {
            clock::sleep_ms(OPEN_TIMEOUT_MS).await;
            if !answered_in_time.get() && ctx.store.with_value(Option::is_none) {
                ctx.set_store(PlanStore::memory());
                ctx.health
                    .set(StoreHealth::Failing(HealthProblem::NotAnswering));
            }
        });
        spawn_local(storage_persistence::check(ctx));
        spawn_local(async move {
            let waiting = move || {
                ctx.health
                    .set(StoreHealth::Failing(HealthProblem::OlderTab))
            };
            // The database went away while open: keep working in memory.
            let lost = move || {
                ctx.set_store(PlanStore::memory());
                ctx.health
                    .set(StoreHealth::Failing(HealthProblem::DataDeleted))
            };
            let opened = PlanStore::open(waiting, lost).await;
            answered.set(true);
            if ctx.store.with_value(Option::is_some) {
                // Too late: the app already works in memory (see above).
                if let Ok(store) = opened {
                    store.close();
                }
                return;
            }
            match opened {
                Ok(store) => {
                    // Once per start, before any screen reads (the planner's
                    // `once_open`; the family's app has none): phone copies kept
                    // among the plans by earlier versions move to "Shared with me".
                    let moved = match once_open {
                        Some(once_open) => once_open(&store).await.map(|_| ()),
                        None => Ok(()),
                    };
                    if ctx.store.with_value(Option::is_some) {
                        // The time-out fired meanwhile: the app works in memory now.
                        store.close();
                        return;
                    }
                    ctx.set_store(store);
                    ctx.health.set(StoreHealth::Ready);
                    if let Err(e) = moved {
                        ctx.report(&e);
                    }
                }
                Err(e) => {
                    ctx.set_store(PlanStore::memory());
                    ctx.health
                        .set(StoreHealth::Failing(HealthProblem::Storage(e)));
                }
            }
        });
        ctx
    }

    /// The interface language now (for messages made outside a screen's
    /// build: toasts after a save, a download).
    pub fn language(&self) -> Language {
        self.language
            .map(|l| l.0.get_untracked())
            .unwrap_or_default()
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
            let set = js_sys::Promise::new(&mut |resolve, _| {
                self.waiting.update_value(|w| w.push(resolve));
            });
            let _ = wasm_bindgen_futures::JsFuture::from(set).await;
        }
    }

    /// The store to use from now on; whoever waits for it goes on.
    fn set_store(&self, store: PlanStore) {
        self.store.set_value(Some(store));
        for resolve in self
            .waiting
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    }

    /// Keep a plan whose latest edits are not stored, for backups;
    /// `conflicting` when a newer version is stored (saved by another tab), so
    /// a backup keeps both.
    pub fn keep_unsaved(&self, plan: &Plan, conflicting: bool) {
        self.unsaved.update_value(|m| {
            m.insert(plan.id.clone(), (plan.clone(), conflicting));
        });
    }

    /// The plan's edits are stored now.
    pub fn forget_unsaved(&self, id: &str) {
        if self.unsaved.with_value(|m| m.contains_key(id)) {
            self.unsaved.update_value(|m| {
                m.remove(id);
            });
        }
    }

    /// The plans with edits not stored, and whether a newer version of each
    /// is stored (see [`AppContext::keep_unsaved`]).
    pub fn unsaved_plans(&self) -> Vec<(Plan, bool)> {
        self.unsaved.with_value(|m| m.values().cloned().collect())
    }

    /// Report a failed save; the banner offers a backup download.
    pub fn report(&self, error: &StorageError) {
        // Not a storage fault: a part of the app that could not be loaded
        // (`ui::lazy`) is said in a toast; storage itself is fine.
        if matches!(error, StorageError::NotLoaded) {
            self.toast(error.message_in(self.language()), None);
            return;
        }
        self.health
            .set(StoreHealth::Failing(HealthProblem::Storage(error.clone())));
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
