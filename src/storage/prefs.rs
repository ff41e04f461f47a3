//! Small preferences in localStorage (never plan content).

use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const KEY: &str = "ftm-planner.prefs";

/// Display preferences of this browser.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Extra-large type for projecting in a big room.
    pub projector_text: bool,
    /// Presentation mode's colours (unset: follow the system's light or dark).
    pub wall_theme: Option<crate::domain::wall::Theme>,
    /// Who this device's user said they are in "my tasks", per shared plan id
    /// (item ids are only unique within one plan).
    pub family_member: std::collections::BTreeMap<String, u32>,
    /// The interface language's key ("en", "es"); unset: the browser's language.
    pub interface_language: Option<String>,
}

impl Prefs {
    pub fn load() -> Prefs {
        LocalStorage::get(KEY).unwrap_or_default()
    }

    /// Saving preferences can fail (private mode); they are a convenience only.
    pub fn save(&self) {
        let _ = LocalStorage::set(KEY, self);
    }
}
