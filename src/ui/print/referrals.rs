//! `/plan/:id/referrals`: one referral sheet per provider (K2, D7), drawn
//! from the plan open in the editor, nothing private.

use leptos::prelude::*;

use crate::domain::i18n::shell::referral::ReferralText;
use crate::ui::context::language::ui_language;

/// The referral sheets page.
#[component]
pub fn ReferralSheets() -> impl IntoView {
    let t = ReferralText::get(ui_language());
    view! { <p class="no-print">{t.title}</p> }
}
