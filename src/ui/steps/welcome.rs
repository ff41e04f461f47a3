//! Step 1: welcome and purpose (meeting kind, date, place, facilitator, purpose,
//! ground rules, and the line the room sees: "this is your plan").

use leptos::prelude::*;

use crate::field;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::TextItemList;
use crate::ui::steps::referral::ReferralReminder;
use crate::ui::widgets::{ChoiceField, DateField, Prompt, TextField};

#[component]
pub fn WelcomeStep() -> impl IntoView {
    let plan = use_editor().plan;
    view! {
        <p class="room-line">"We want this to be your plan, not our plan."</p>
        <div class="grid two">
            <TextField label="Family" binding=field!(plan, family_name) id="family-name"
                placeholder="e.g. Rivera family"/>
            <ChoiceField label="Kind of meeting" binding=field!(plan, meeting.kind)/>
            <ChoiceField label="The family's language" binding=field!(plan, language)/>
            <DateField label="Date" binding=field!(plan, meeting.date) id="meeting-date"/>
            <TextField label="Place" binding=field!(plan, meeting.place) id="meeting-place"/>
            <TextField label="Who facilitates" binding=field!(plan, meeting.facilitator) id="meeting-facilitator"/>
            <DateField label="Children placed out of home on (if they are)" binding=field!(plan, meeting.placement_date) id="placement-date"/>
        </div>
        <ReferralReminder/>
        <Prompt>"Why are we here today? Say it in one sentence everyone can agree with."</Prompt>
        <TextField label="Purpose of this meeting" binding=field!(plan, meeting.purpose) multiline=true meter=true id="meeting-purpose"
            placeholder="e.g. Build a plan together so the children can safely come home"/>
        <Prompt>"Ground rules: read them out and ask the group to agree or change them."</Prompt>
        <TextItemList label="Ground rules we agree" item_name="ground rule"
            list=|p| &p.meeting.ground_rules list_mut=|p| &mut p.meeting.ground_rules/>
    }
}
