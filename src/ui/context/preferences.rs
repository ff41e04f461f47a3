//! Preferences kept in localStorage: extra-large type for a big room.

use leptos::prelude::*;

use super::{use_app, AppContext};
use crate::domain::i18n::shell::app::AppText;
use crate::storage::prefs::Prefs;

/// Keep the page's type size in step with the preference, and save changes.
pub(super) fn apply_text_size(ctx: AppContext) {
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
}

/// Switch extra-large type on and off (for projecting in a big room).
#[component]
pub fn TextSizeToggle() -> impl IntoView {
    let ctx = use_app();
    let t = AppText::get(super::language::ui_language());
    view! {
        <button type="button" class="button small ghost text-size" aria-pressed=move || ctx.projector_text.get().to_string()
            on:click=move |_| ctx.projector_text.update(|on| *on = !*on)>
            {t.larger_text}
        </button>
    }
}
