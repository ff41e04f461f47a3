//! One service linked to a goal (D7, K1): a line (provider, service, how
//! often, start, referral) that opens into its editor.

use leptos::prelude::*;

use crate::domain::i18n::fill;
use crate::domain::i18n::steps::goals::{service_summary, service_title, GoalsText};
use crate::domain::{ItemId, Plan, Service};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::goals::expandable::{delete_row, ExpandableRow};
use crate::ui::widgets::{DateField, MemberSelect, PrivateToggle, TextField};

fn service(p: &Plan, goal: ItemId, id: ItemId) -> Option<&Service> {
    p.goals
        .iter()
        .find(|g| g.id == goal)?
        .services
        .iter()
        .find(|s| s.id == id)
}

#[component]
pub fn ServiceRow(goal: ItemId, id: ItemId, #[prop(into)] number: Signal<usize>) -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let language = ui_language();
    let t = GoalsText::get(language);
    let title = Memo::new(move |_| {
        plan.with_item(id, |p| {
            service(p, goal, id)
                .map(|s: &Service| service_title(s, language))
                .unwrap_or_default()
        })
    });
    let summary = Memo::new(move |_| {
        plan.with_item(id, |p| {
            service(p, goal, id)
                .map(|s| service_summary(s, language))
                .unwrap_or_default()
        })
    });
    // Marked as the family's copy decides: the service or its goal private.
    let private = Memo::new(move |_| {
        let goal_private = plan.with_item(goal, |p| {
            p.goals
                .iter()
                .find(|g| g.id == goal)
                .is_some_and(|g| g.private)
        });
        goal_private || plan.with_item(id, |p| service(p, goal, id).is_some_and(|s| s.private))
    });
    view! {
        <li class="service compact" class:is-private=move || private.get()>
            <ExpandableRow id=id kind="service" name=Signal::derive(move || fill(t.service_name, &[("n", &number.get().to_string())]))
                title=title summary=summary private=private first_field=format!("service-{id}-provider")>
                <div class="service-editor">
                    <div class="grid three">
                        <TextField label=t.provider binding=field!(plan, goals[goal].services[id].provider) id=format!("service-{id}-provider")/>
                        <TextField label=t.service binding=field!(plan, goals[goal].services[id].service)/>
                        <TextField label=t.how_often binding=field!(plan, goals[goal].services[id].frequency) placeholder=t.how_often_placeholder/>
                        <TextField label=t.intensity binding=field!(plan, goals[goal].services[id].intensity) placeholder=t.intensity_placeholder/>
                        <TextField label=t.place binding=field!(plan, goals[goal].services[id].location)/>
                        <TextField label=t.duration binding=field!(plan, goals[goal].services[id].duration)/>
                        <DateField label=t.referral_sent binding=field!(plan, goals[goal].services[id].referral_date)/>
                        <DateField label=t.starts binding=field!(plan, goals[goal].services[id].start)/>
                        <MemberSelect label=t.suggested_by team=editor.team binding=field!(plan, goals[goal].services[id].suggested_by) none_label=t.not_recorded/>
                    </div>
                    <div class="grid two">
                        <TextField label=t.need binding=field!(plan, goals[goal].services[id].need) multiline=true meter=true hint=t.need_hint id=format!("service-{id}-need")/>
                        <TextField label=t.barriers binding=field!(plan, goals[goal].services[id].barriers) multiline=true placeholder=t.barriers_placeholder id=format!("service-{id}-barriers")/>
                    </div>
                    <div class="row">
                        <PrivateToggle binding=field!(plan, goals[goal].services[id].private)/>
                        <button type="button" class="button small ghost" aria-label=move || fill(t.delete_service_label, &[("n", &number.get().to_string())]) on:click=move |_| delete_row(editor, id, t.service_deleted, move |p| {
                        if let Some(g) = p.goals.iter_mut().find(|g| g.id == goal) { g.services.retain(|s| s.id != id); }
                    })>{t.delete_service}</button>
                    </div>
                    <crate::ui::print::referrals::ReferralLink id=id/>
                </div>
            </ExpandableRow>
        </li>
    }
}
