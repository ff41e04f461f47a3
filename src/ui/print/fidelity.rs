//! `/plan/:id/fidelity`: the fidelity checklist for supervision (O1–O7,
//! D1–D9), drawn from the plan open in the editor and its earlier meetings.

use leptos::prelude::*;

use crate::domain::i18n::shell::fidelity::FidelityText;
use crate::ui::context::language::ui_language;

/// The fidelity checklist page.
#[component]
pub fn FidelityChecklist() -> impl IntoView {
    let t = FidelityText::get(ui_language());
    view! { <p class="no-print">{t.title}</p> }
}
