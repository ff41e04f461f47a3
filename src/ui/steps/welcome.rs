//! Step 1: welcome and purpose (meeting kind, date, place, facilitator, purpose,
//! ground rules, and the line the room sees: "this is your plan"); folded
//! away for the caseworker, the timeframes panel and the case's events (P7).

use leptos::prelude::*;

use crate::domain::i18n::steps::timeframes::TimeframesText;
use crate::domain::i18n::steps::welcome::WelcomeText;
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::TextItemList;
use crate::ui::steps::referral::ReferralReminder;
use crate::ui::widgets::{ChoiceField, DateField, Prompt, TextField};

// Declared here (not in `steps/mod.rs`, which this change leaves alone);
// the files are `steps/events.rs` and `steps/timeframes.rs`.
#[path = "events.rs"]
pub mod events;
#[path = "timeframes.rs"]
pub mod timeframes;

#[component]
pub fn WelcomeStep() -> impl IntoView {
    let plan = use_editor().plan;
    let t = WelcomeText::get(ui_language());
    view! {
        <p class="room-line">{t.room_line}</p>
        <div class="grid two">
            <TextField label=t.family binding=field!(plan, family_name) id="family-name"
                placeholder=t.family_placeholder/>
            <ChoiceField label=t.meeting_kind binding=field!(plan, meeting.kind)/>
            <ChoiceField label=t.family_language binding=field!(plan, language)/>
            <DateField label=t.date binding=field!(plan, meeting.date) id="meeting-date"/>
            <TextField label=t.place binding=field!(plan, meeting.place) id="meeting-place"/>
            <TextField label=t.facilitator binding=field!(plan, meeting.facilitator) id="meeting-facilitator"/>
            <DateField label=t.placement_date binding=field!(plan, meeting.placement_date) id="placement-date"/>
        </div>
        <ReferralReminder/>
        // Folded, as the editor may be on the room's screen.
        <details class="caseworker-note case-timeframes" id="case-timeframes">
            <summary>{TimeframesText::get(ui_language()).summary}</summary>
            <timeframes::TimeframesPanel/>
            <events::CaseEvents/>
        </details>
        <Prompt>{t.why_prompt}</Prompt>
        <TextField label=t.purpose binding=field!(plan, meeting.purpose) multiline=true meter=true id="meeting-purpose"
            placeholder=t.purpose_placeholder/>
        <Prompt>{t.rules_prompt}</Prompt>
        <TextItemList label=t.rules id="ground-rule" words=t.rule_words()
            list=|p| &p.meeting.ground_rules list_mut=|p| &mut p.meeting.ground_rules/>
    }
}
