//! The Review step of follow-up and transition meetings: how the plan went
//! since last time (C3, K4, O5, P3, S3, I3). One concern per file: the goals
//! and their tasks, the services, the monitoring questions, the worry scales
//! across meetings. The successes are a list like the ground rules.

mod goals;
mod monitoring;
mod scales;
mod services;

use leptos::prelude::*;

use crate::domain::i18n::steps::review::ReviewText;
use crate::ui::context::language::ui_language;
use crate::ui::steps::goals::expandable::OpenItem;
use crate::ui::steps::lists::TextItemList;
use crate::ui::widgets::Prompt;

#[component]
pub fn ReviewStep() -> impl IntoView {
    // One task or service open at a time, as on the Goals step.
    provide_context(OpenItem::new());
    let t = ReviewText::get(ui_language());
    view! {
        <Prompt>{t.prompt}</Prompt>
        <TextItemList label=t.successes id="success" words=t.success_words()
            list=|p| &p.progress.successes list_mut=|p| &mut p.progress.successes
            meter=true private_switch=true/>
        <goals::ReviewGoals/>
        <services::ReviewServices/>
        <monitoring::Monitoring/>
        <scales::WorryScales/>
    }
}
