//! The Review step's monitoring questions (003, C3): is the child safe, what
//! changed, which outcomes are accomplished and how we know, the risk now,
//! protective capacities, and whether the permanency goal must change.

use leptos::prelude::*;

use crate::domain::i18n::steps::review::ReviewText;
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::widgets::{ItemForm, TextField};

#[component]
pub fn Monitoring() -> impl IntoView {
    let plan = use_editor().plan;
    let t = ReviewText::get(ui_language());
    view! {
        <section class="review-monitoring" aria-labelledby="review-monitoring-title">
            <h2 id="review-monitoring-title">{t.monitoring}</h2>
            // A form of their own (see `ItemForm`).
            <div class="grid two"><ItemForm>
                <TextField label=t.child_safe binding=field!(plan, progress.child_safe) multiline=true meter=true id="review-child-safe"/>
                <TextField label=t.what_changed binding=field!(plan, progress.what_changed) multiline=true meter=true id="review-what-changed"/>
                <TextField label=t.outcomes_met binding=field!(plan, progress.outcomes_met) multiline=true meter=true id="review-outcomes-met"/>
                <TextField label=t.how_we_know binding=field!(plan, progress.how_we_know) multiline=true meter=true id="review-how-we-know"/>
                <TextField label=t.current_risk binding=field!(plan, progress.current_risk) multiline=true meter=true id="review-current-risk"/>
                <TextField label=t.protective_capacities binding=field!(plan, progress.protective_capacities) multiline=true meter=true id="review-protective-capacities"/>
                <TextField label=t.permanency_change binding=field!(plan, progress.permanency_change) multiline=true meter=true id="review-permanency-change"/>
            </ItemForm></div>
        </section>
    }
}
