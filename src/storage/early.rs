//! The plan a deep link opens, read before the app started.
//!
//! On a `/plan/<id>/…` page, an inline script in `index.html` starts reading
//! that plan's record from IndexedDB as the page is parsed, while the app's
//! wasm downloads and compiles, and leaves a promise of it in
//! `window.ftmEarlyRecord` (`{id, record}`). The editor takes it here instead
//! of waiting for the store to open and then reading. The script only reads
//! (it never creates the database) and answers `null` for anything but a
//! record found (no database, no such plan, an error, no answer in 3 s): then,
//! as for a record that can't be read, the editor reads the plan through
//! [`PlanStore`](super::PlanStore) as before (which says what is wrong).
//! Only the editor's first plan takes it, and only until the store is open
//! ([`discard`]): after that, a plan is read from the store, as it may have
//! changed since (a new meeting started in the library, say). What is read is
//! the same record, turned into a plan the same way; saves still go through
//! the store, which checks the revision as always (a save made by another tab
//! meanwhile is found then, as a conflict).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::plan_of_record_value;
use crate::domain::Plan;

const KEY: &str = "ftmEarlyRecord";

/// The early read is not wanted any more: [`take`] gives it once, to the
/// first plan the page opens (the deep link's, also when the store opened
/// first, as it does while the split planner fetches the editor); a plan
/// opened later is read from the store.
fn discard() {
    let window: JsValue = leptos::prelude::window().into();
    let _ = js_sys::Reflect::delete_property(
        window.unchecked_ref::<js_sys::Object>(),
        &JsValue::from_str(KEY),
    );
}

/// The record of plan `id` read before the app started, taken (a later call
/// gets `None`): `None` when it was not read early (another page, another
/// plan, nothing found, or not readable), so the caller reads it from the store.
pub async fn take(id: &str) -> Option<(Plan, u64)> {
    let window: JsValue = leptos::prelude::window().into();
    let early = js_sys::Reflect::get(&window, &JsValue::from_str(KEY)).ok()?;
    if !early.is_object() {
        return None;
    }
    // Once only: a plan opened later in this page is read from the store.
    discard();
    let early_id = js_sys::Reflect::get(&early, &JsValue::from_str("id")).ok()?;
    if early_id.as_string().as_deref() != Some(id) {
        return None;
    }
    let promise = js_sys::Reflect::get(&early, &JsValue::from_str("record"))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let record = JsFuture::from(promise).await.ok()?;
    if !record.is_object() {
        return None;
    }
    plan_of_record_value(&record).ok()
}
