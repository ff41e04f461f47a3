//! Step 9: agreements and next steps — the whole plan on one screen, who
//! agreed (P1), "how can we help?" (O6), the next meeting (D2), the overall
//! reading level (P4) and +/Δ about the meeting itself.

use leptos::prelude::*;

use crate::domain::readability;
use crate::domain::{ItemId, Whose};
use crate::field;
use crate::ui::editor_state::use_editor;
use crate::ui::steps::lists::TextItemList;
use crate::ui::widgets::{DateField, Prompt, TextField};

#[component]
pub fn AgreementsStep() -> impl IntoView {
    let plan = use_editor().plan;
    view! {
        <PlanSummaryView/>
        <h2>"Who agrees to this plan"</h2>
        <Agreed/>
        <TextField label="In the family's words" binding=field!(plan, agreements.family_words) multiline=true id="family-words"/>
        <Prompt>"How can we (the caseworker and providers) help you most?"</Prompt>
        <TextField label="How we can help" binding=field!(plan, agreements.how_we_can_help) multiline=true meter=true id="how-we-help"/>
        <h2>"Next meeting"</h2>
        <div class="grid two">
            <DateField label="Date" binding=field!(plan, next_meeting.date) id="next-date"/>
            <TextField label="Time" binding=field!(plan, next_meeting.time) id="next-time"/>
            <TextField label="Place" binding=field!(plan, next_meeting.place) id="next-place"/>
            <TextField label="Who comes" binding=field!(plan, next_meeting.who) id="next-who"/>
        </div>
        <h2>"About this meeting"</h2>
        <div class="grid two">
            <TextItemList label="+ What went well" item_name="thing that went well" list=|p| &p.review.went_well list_mut=|p| &mut p.review.went_well/>
            <TextItemList label="Δ What to change next time" item_name="thing to change" list=|p| &p.review.change list_mut=|p| &mut p.review.change/>
        </div>
    }
}

#[component]
fn Agreed() -> impl IntoView {
    let plan = use_editor().plan;
    let members = use_editor().team;
    let toggle = move |id: ItemId, on: bool| {
        plan.update(|p| {
            p.agreements.agreed_by.retain(|m| *m != id);
            if on {
                p.agreements.agreed_by.push(id);
            }
        })
    };
    // Keyed rows with a reactive `checked`: ticking one box keeps focus on it.
    view! {
        <fieldset class="agreed">
            <legend>"Tick everyone who agrees"</legend>
            <For each=move || members.get() key=|m| m.clone() let:member>
                {
                    let (id, name) = member;
                    view! {
                        <label class="check">
                            <input type="checkbox"
                                prop:checked=move || plan.with(|p| p.agreements.agreed_by.contains(&id))
                                on:change=move |ev| toggle(id, event_target_checked(&ev))/>
                            <span>{name}</span>
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}

/// The whole plan on one screen, with the overall reading level.
#[component]
pub fn PlanSummaryView() -> impl IntoView {
    let plan = use_editor().plan;
    let overall = Memo::new(move |_| {
        plan.with(|p| {
            let english = p.language == crate::domain::Language::English;
            let aim = if english {
                "aim for grade 6 to 8"
            } else {
                "aim for 60 or more"
            };
            readability::meter(&p.readable_texts(), p.language).map(|m| (m, aim, english))
        })
    });
    view! {
        <section class="summary" aria-label="The plan on one page">
            <div class="row">
                <h2>"Our plan on one page"</h2>
                <a class="button small ghost" href=move || format!("{}/plan/{}/print", crate::ui::base_path(), plan.with(|p| p.id.clone()))
                    on:click=|_| crate::ui::widgets::focus_later("step-title".into())>"Print the caseworker's plan"</a>
                <a class="button small ghost" href=move || format!("{}/plan/{}/print-family", crate::ui::base_path(), plan.with(|p| p.id.clone()))
                    on:click=|_| crate::ui::widgets::focus_later("step-title".into())>"Print the family's plan"</a>
            </div>
            {move || overall.get().map(|(m, aim, english)| view! {
                <p class="overall-reading" data-grade=english.then(|| format!("{:.1}", m.value))
                    data-ease=(!english).then(|| format!("{:.1}", m.value))>
                    "Reading level of the whole plan: " {m.label} " (" {aim} ")"
                </p>
            })}
            <p class="hint">"Items marked “not shared” stay with the caseworker: they are not in the family's link or printout."</p>
            {move || plan.with(|p| {
                let goals: Vec<(Line, Vec<Line>)> = p.goals.iter().map(|g| {
                    let tasks = g.tasks.iter().map(|t| {
                        let who: Vec<&str> = t.who.iter().map(|w| p.member_name(*w)).collect();
                        let who = if who.is_empty() { t.who_other.clone() } else { who.join(" and ") };
                        let when = t.by_when.map(crate::domain::dates::format_date).unwrap_or_else(|| t.when_text.clone());
                        (format!("{who}: {} — {when}", t.what), g.private || p.task_withheld(t))
                    }).collect();
                    ((if g.statement.trim().is_empty() { g.outcome.clone() } else { g.statement.clone() }, g.private), tasks)
                }).collect();
                let strengths: Vec<Line> = p.strengths.iter().map(|s| {
                    let text = match s.whose {
                        Whose::Family => s.text.clone(),
                        Whose::Person(id) => format!("{}: {}", p.member_name(id), s.text),
                    };
                    (text, p.strength_withheld(s))
                }).collect();
                let worries: Vec<Line> = p.worries.iter().map(|w| (w.text.clone(), w.private)).collect();
                let team: Vec<Line> = p.team.iter().map(|m| (m.display_name().to_string(), m.private)).collect();
                view! {
                    <dl class="summary-list">
                        <dt>"Why we met"</dt><dd>{p.meeting.purpose.clone()}</dd>
                        <dt>"Our team"</dt><dd><ul class="inline-list">{team.into_iter().map(line).collect_view()}</ul></dd>
                        <dt>"What's working well"</dt><dd><ul>{strengths.into_iter().map(line).collect_view()}</ul></dd>
                        <dt>"What we are worried about"</dt><dd><ul>{worries.into_iter().map(line).collect_view()}</ul></dd>
                        <dt>"What needs to happen"</dt>
                        <dd><ol>{goals.into_iter().map(|((goal, private), tasks)| view! {
                            <li class:is-private=private>{goal}{private.then(not_shared)}<ul>{tasks.into_iter().map(line).collect_view()}</ul></li>
                        }).collect_view()}</ol></dd>
                        <dt>"If things go wrong"</dt><dd>{p.crisis.worst_case.clone()}</dd>
                    </dl>
                }
            })}
        </section>
    }
}

/// A summary line and whether it is private.
type Line = (String, bool);

fn line((text, private): Line) -> impl IntoView {
    view! { <li class:is-private=private>{text}{private.then(not_shared)}</li> }
}

/// The mark on anything that stays with the caseworker.
pub fn not_shared() -> impl IntoView {
    view! { " " <span class="not-shared">"not shared"</span> }
}
