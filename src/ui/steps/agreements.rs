//! Step 9: agreements and next steps — the whole plan on one screen, who
//! agreed (P1), "how can we help?" (O6), the next meeting (D2), the overall
//! reading level (P4) and +/Δ about the meeting itself.

use leptos::prelude::*;

use crate::domain::dates::format_date_in;
use crate::domain::i18n::shell::{fidelity::FidelityText, referral::ReferralText};
use crate::domain::i18n::{common::Common, steps::agreements::AgreementsText};
use crate::domain::readability;
use crate::domain::{ItemId, Whose};
use crate::field;
use crate::ui::context::language::ui_language;
use crate::ui::debounce::{painted, settled_changes};
use crate::ui::editor_state::use_editor;
use crate::ui::plan_state::ROOT;
use crate::ui::print::pages::Printout;
use crate::ui::steps::lists::TextItemList;
use crate::ui::widgets::{DateField, ItemForm, Prompt, TextField};

#[component]
pub fn AgreementsStep() -> impl IntoView {
    let plan = use_editor().plan;
    let t = AgreementsText::get(ui_language());
    view! {
        <PlanSummaryView/>
        <h2>{t.who_agrees}</h2>
        <Agreed/>
        <TextField label=t.family_words binding=field!(plan, agreements.family_words) multiline=true id="family-words"/>
        <Prompt>{t.help_prompt}</Prompt>
        <TextField label=t.how_help binding=field!(plan, agreements.how_we_can_help) multiline=true meter=true id="how-we-help"/>
        <h2>{t.next_meeting}</h2>
        <div class="grid two"><ItemForm>
            <DateField label=t.date binding=field!(plan, next_meeting.date) id="next-date" check=crate::ui::widgets::DateCheck::NextMeeting(Signal::derive(move || plan.with_untracked(|p| p.meeting.date)))/>
            <TextField label=t.time binding=field!(plan, next_meeting.time) id="next-time"/>
            <TextField label=t.place binding=field!(plan, next_meeting.place) id="next-place"/>
            <TextField label=t.who_comes binding=field!(plan, next_meeting.who) id="next-who"/>
        </ItemForm></div>
        <crate::ui::meetings::start::NextMeetingFromEditor/>
        <h2>{t.about}</h2>
        <div class="grid two">
            <TextItemList label=t.went_well id="thing-that-went-well" words=t.went_well_words() list=|p| &p.review.went_well list_mut=|p| &mut p.review.went_well/>
            <TextItemList label=t.change id="thing-to-change" words=t.change_words() list=|p| &p.review.change list_mut=|p| &mut p.review.change/>
        </div>
    }
}

#[component]
fn Agreed() -> impl IntoView {
    let plan = use_editor().plan;
    let members = use_editor().team;
    let t = AgreementsText::get(ui_language());
    // Who agreed, read once for every box: typing in the step's other fields
    // (the plan's own, like this list) re-runs this, not each box. Every
    // change to `agreed_by` goes through `update` or `try_set`, which tell ROOT.
    let agreed = Memo::new(move |_| plan.with_item(ROOT, |p| p.agreements.agreed_by.clone()));
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
        // One box per team member: a form of their own (see `ItemForm`).
        <ItemForm><fieldset class="agreed">
            <legend>{t.tick_legend}</legend>
            <For each=move || members.get() key=|m| m.clone() let:member>
                {
                    let (id, name) = member;
                    view! {
                        <label class="check">
                            <input type="checkbox"
                                prop:checked=move || agreed.with(|a| a.contains(&id))
                                on:change=move |ev| toggle(id, event_target_checked(&ev))/>
                            <span>{name}</span>
                        </label>
                    }
                }
            </For>
        </fieldset></ItemForm>
    }
}

/// The whole plan on one screen, with the overall reading level. Both repeat
/// the whole plan: they catch up once typing pauses, and the summary is built
/// again only when what it says has changed (typing an agreement leaves it be).
#[component]
pub fn PlanSummaryView() -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = AgreementsText::get(language);
    let changed = settled_changes(move || plan.track());
    // The overall reading reads every text of the plan (a large plan's is a
    // long task on a phone): worked out once the step has painted.
    let painted = painted();
    // What the reading is made of, as a fingerprint: typing an agreement (not
    // one of the plan's readable texts) leaves the reading be.
    let readable = Memo::new(move |_| {
        changed.track();
        plan.with_untracked(|p| {
            use std::hash::{Hash, Hasher};
            let mut hash = std::collections::hash_map::DefaultHasher::new();
            (p.language == crate::domain::Language::English).hash(&mut hash);
            p.readable_texts().hash(&mut hash);
            hash.finish()
        })
    });
    let overall = Memo::new(move |_| {
        readable.track();
        if !painted.get() {
            return None;
        }
        plan.with_untracked(|p| {
            let english = p.language == crate::domain::Language::English;
            let aim = if english { t.aim_grade } else { t.aim_ease };
            readability::meter_in(&p.readable_texts(), p.language, language)
                .map(|m| (m, aim, english))
        })
    });
    let summary = Memo::new(move |_| {
        changed.track();
        plan.with_untracked(|p| Summary::of(p, language))
    });
    let plan_id = plan.with_untracked(|p| p.id.clone());
    let href = move |page: &str| format!("{}/plan/{}/{}", crate::ui::base_path(), plan_id, page);
    view! {
        <section class="summary" aria-label=t.summary_label>
            <div class="row">
                <h2>{t.summary_heading}</h2>
                <a class="button small ghost" href=href("print")
                    on:click=|_| crate::ui::widgets::focus_later("step-title".into())>{t.print_caseworker}</a>
                <a class="button small ghost" href=href("print-family")
                    on:click=|_| crate::ui::widgets::focus_later("step-title".into())>{t.print_family}</a>
                <a class="button small ghost" id="open-referrals" href=href(Printout::REFERRALS_SLUG)
                    on:click=|_| crate::ui::widgets::focus_later("step-title".into())>{ReferralText::get(language).link}</a>
                <a class="button small ghost" id="open-fidelity" href=href(Printout::FIDELITY_SLUG)
                    on:click=|_| crate::ui::widgets::focus_later("step-title".into())>{FidelityText::get(language).link}</a>
            </div>
            // Its line is there from the start (it fills in after the first
            // paint), so nothing below it moves.
            <p class="overall-reading"
                data-grade=move || overall.with(|o| o.as_ref().and_then(|(m, _, english)| english.then(|| format!("{:.1}", m.value))))
                data-ease=move || overall.with(|o| o.as_ref().and_then(|(m, _, english)| (!english).then(|| format!("{:.1}", m.value))))>
                {move || overall.get().map(|(m, aim, _)| view! { {t.overall_reading} {m.label} " (" {aim} ")" })}
            </p>
            <p class="hint">{t.not_shared_hint}</p>
            {move || {
                let Summary { purpose, team, strengths, worries, goals, worst_case } = summary.get();
                view! {
                    <dl class="summary-list">
                        <dt>{t.why_met}</dt><dd>{purpose}</dd>
                        <dt>{t.our_team}</dt><dd><ul class="inline-list">{team.into_iter().map(line).collect_view()}</ul></dd>
                        <dt>{t.working_well}</dt><dd><ul>{strengths.into_iter().map(line).collect_view()}</ul></dd>
                        <dt>{t.worried}</dt><dd><ul>{worries.into_iter().map(line).collect_view()}</ul></dd>
                        <dt>{t.needs_happen}</dt>
                        <dd><ol>{goals.into_iter().map(|((goal, private), tasks)| view! {
                            <li class:is-private=private>{goal}{private.then(not_shared)}<ul>{tasks.into_iter().map(line).collect_view()}</ul></li>
                        }).collect_view()}</ol></dd>
                        <dt>{t.if_wrong}</dt><dd>{worst_case}</dd>
                    </dl>
                }
            }}
        </section>
    }
}

/// What the summary says, in the interface language.
#[derive(Clone, PartialEq)]
struct Summary {
    purpose: String,
    team: Vec<Line>,
    strengths: Vec<Line>,
    worries: Vec<Line>,
    /// Each goal (its statement, or its outcome) with its tasks' lines.
    goals: Vec<(Line, Vec<Line>)>,
    worst_case: String,
}

impl Summary {
    fn of(p: &crate::domain::Plan, language: crate::domain::Language) -> Self {
        let and = Common::get(language).and;
        let goals = p
            .goals
            .iter()
            .map(|g| {
                let tasks = g
                    .tasks
                    .iter()
                    .map(|task| {
                        let who: Vec<&str> = task
                            .who
                            .iter()
                            .map(|w| p.member_name_in(*w, language))
                            .collect();
                        let who = if who.is_empty() {
                            task.who_other.clone()
                        } else {
                            who.join(&format!(" {and} "))
                        };
                        let when = task
                            .by_when
                            .map(|d| format_date_in(d, language))
                            .unwrap_or_else(|| task.when_text.clone());
                        (
                            format!("{who}: {} — {when}", task.what),
                            g.private || p.task_withheld(task),
                        )
                    })
                    .collect();
                (
                    (
                        if g.statement.trim().is_empty() {
                            g.outcome.clone()
                        } else {
                            g.statement.clone()
                        },
                        g.private,
                    ),
                    tasks,
                )
            })
            .collect();
        let strengths = p
            .strengths
            .iter()
            .map(|s| {
                let text = match s.whose {
                    Whose::Family => s.text.clone(),
                    Whose::Person(id) => format!("{}: {}", p.member_name_in(id, language), s.text),
                };
                (text, p.strength_withheld(s))
            })
            .collect();
        Self {
            purpose: p.meeting.purpose.clone(),
            team: p
                .team
                .iter()
                .map(|m| (m.display_name_in(language).to_string(), m.private))
                .collect(),
            strengths,
            worries: p
                .worries
                .iter()
                .map(|w| (w.text.clone(), w.private))
                .collect(),
            goals,
            worst_case: p.crisis.worst_case.clone(),
        }
    }
}

/// A summary line and whether it is private.
type Line = (String, bool);

fn line((text, private): Line) -> impl IntoView {
    view! { <li class:is-private=private>{text}{private.then(not_shared)}</li> }
}

/// The mark on anything that stays with the caseworker.
pub fn not_shared() -> impl IntoView {
    let t = AgreementsText::get(ui_language());
    view! { " " <span class="not-shared">{t.not_shared}</span> }
}
