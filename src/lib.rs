//! Family Team Meeting planner.
//!
//! - [`domain`]: the pure core (plan model, envelopes and migrations, share link
//!   codec, readability, SMART hints, dates). No DOM; tested natively.
//! - `storage` (wasm only): plans in IndexedDB, preferences in localStorage,
//!   behind the one narrow [`storage::PlanStore`] interface.
//! - `ui` (wasm only): Leptos components, one folder per meeting step.

pub mod domain;
pub mod paths;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
