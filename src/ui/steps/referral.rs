//! Policy P2: the referral deadline after an out-of-home placement.

use leptos::prelude::*;

use crate::domain::i18n::steps::welcome::referral_reminder;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::ROOT;

/// Policy P2: service referrals are due within 30 days of an out-of-home placement.
#[component]
pub fn ReferralReminder() -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let text = move || {
        plan.with_item(ROOT, |p| p.meeting.placement_date)
            .map(|placed| {
                let due = crate::domain::dates::referral_deadline(placed);
                referral_reminder(due, crate::ui::context::clock::today(), language)
            })
    };
    view! { {move || text().map(|t| view! { <p class="policy-note">{t}</p> })} }
}
