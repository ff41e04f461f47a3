//! The caseworker's printout: the whole plan (facilitator audience).
//!
//! A read-only document in meeting order, one `<section class="print-section">`
//! per step, with the editor's own labels. Empty fields, items and sections are
//! left out. Every private item (and anything about a private person) is
//! printed but marked: the element gets `is-private` and a "Not shared" badge,
//! so the caseworker sees what the family's copy leaves out. Each part of a
//! child's voice says whether the child shared it with the family.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates::{format_date_in, referral_deadline};
use crate::domain::history;
use crate::domain::i18n::fill;
use crate::domain::i18n::labels::VoiceBoxes;
use crate::domain::i18n::shell::caseworker::CaseworkerText;
use crate::domain::{
    Child, ChildVoice, ClosureCategory, ClosureCriterion, Contact, CrisisStep, Goal, Helping,
    HomeSafety, ItemId, Language, Plan, Service, Strength, Task, TeamMember, TextItem, VoicePart,
    VoiceSharing, Whose, Worry,
};
use crate::ui::context::language::ui_language;
use crate::ui::steps::Step;

/// The whole plan as a read-only document; private items are marked "Not shared".
///
/// For one of a case's past meetings (read-only, its own history empty),
/// give the case's `meetings` (`history::meetings` of the current plan) and
/// this meeting's `number` (1 = the first); by default both come from `plan`.
#[component]
pub fn CaseworkerPlan(
    plan: Plan,
    #[prop(optional)] meetings: Option<Vec<history::MeetingEntry>>,
    #[prop(optional)] number: Option<usize>,
) -> impl IntoView {
    let plan = &plan;
    let meetings = meetings.unwrap_or_else(|| history::meetings(plan));
    let number = number.unwrap_or(plan.history.len() + 1);
    view! {
        <article class="print-doc caseworker-doc">
            {header(plan, &meetings, number)}
            {welcome(plan)}
            {team(plan)}
            {review(plan)}
            {strengths(plan)}
            {worries(plan)}
            {goals(plan)}
            {crisis(plan)}
            {voice(plan)}
            {closure(plan)}
            {aftercare(plan)}
            {agreements(plan)}
        </article>
    }
}

// ---------------------------------------------------------------------------
// Small building blocks

/// The printout is in the interface language (read while it is drawn).
fn lang() -> Language {
    ui_language()
}

/// The printout's texts in the interface language.
fn t() -> &'static CaseworkerText {
    CaseworkerText::get(lang())
}

/// The trimmed text, or `None` when there is nothing to print.
fn filled(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// The "Not shared" badge of a private item.
fn badge(private: bool) -> Option<AnyView> {
    private.then(|| view! { <span class="not-shared">{t().not_shared}</span> }.into_any())
}

/// `base`, plus `is-private` for a private item.
fn item_class(base: &str, private: bool) -> String {
    if private {
        format!("{base} is-private")
    } else {
        base.to_owned()
    }
}

/// One labelled value of a definition list.
struct Row {
    label: String,
    value: AnyView,
    caseworker_only: bool,
}

impl Row {
    fn new(label: impl Into<String>, value: AnyView) -> Row {
        Row {
            label: label.into(),
            value,
            caseworker_only: false,
        }
    }

    /// Marks a caseworker-only note (never in the family's copy).
    fn caseworker_only(self) -> Row {
        Row {
            caseworker_only: true,
            ..self
        }
    }
}

fn text_row(label: impl Into<String>, text: &str) -> Option<Row> {
    filled(text).map(|t| Row::new(label, t.into_any()))
}

fn date_row(label: &str, date: Option<NaiveDate>) -> Option<Row> {
    date.map(|d| Row::new(label, format_date_in(d, lang()).into_any()))
}

/// A `<dl>` of the rows that are there; nothing when none is.
fn fields(rows: impl IntoIterator<Item = Option<Row>>) -> Option<AnyView> {
    let rows: Vec<Row> = rows.into_iter().flatten().collect();
    (!rows.is_empty()).then(|| {
        view! {
            <dl class="print-fields">
                {rows.into_iter().map(|row| view! {
                    <dt>
                        {row.label}
                        {row.caseworker_only.then(|| view! { <span class="caseworker-only">{t().caseworker_only}</span> })}
                    </dt>
                    <dd>{row.value}</dd>
                }).collect_view()}
            </dl>
        }
        .into_any()
    })
}

/// An `<h3>` over a block, or nothing when the block is empty.
fn titled(title: &'static str, body: Option<AnyView>) -> Option<AnyView> {
    body.map(|body| {
        view! {
            <div class="print-block">
                <h3>{title}</h3>
                {body}
            </div>
        }
        .into_any()
    })
}

/// A step of the meeting, or nothing when all its parts are empty.
fn section(step: Step, parts: impl IntoIterator<Item = Option<AnyView>>) -> Option<AnyView> {
    let parts: Vec<AnyView> = parts.into_iter().flatten().collect();
    let heading = format!("cw-{}", step.slug());
    let labelled_by = heading.clone();
    (!parts.is_empty()).then(move || {
        view! {
            <section class="print-section" data-step=step.slug() aria-labelledby=labelled_by>
                <h2 id=heading>{step.title_in(lang())}</h2>
                {parts}
            </section>
        }
        .into_any()
    })
}

/// A list of short texts (ground rules, warning signs, …), blank ones left out.
fn text_list(items: &[TextItem]) -> Option<AnyView> {
    let items: Vec<(String, bool)> = items
        .iter()
        .filter_map(|i| filled(&i.text).map(|t| (t, i.private)))
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <ul class="print-list">
                {items.into_iter().map(|(text, private)| view! {
                    <li class=item_class("print-item", private)>{text}{badge(private)}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    })
}

/// A team member's name, with the badge when the person is private.
fn person(plan: &Plan, id: ItemId) -> AnyView {
    let private = plan.is_private_member(id);
    view! {
        <span class=item_class("person", private)>{plan.member_name_in(id, crate::ui::context::language::ui_language()).to_owned()}{badge(private)}</span>
    }
    .into_any()
}

/// Team members and someone not on the team: "Ana, Luis and Grandma".
fn people(plan: &Plan, ids: &[ItemId], other: &str) -> Option<AnyView> {
    let mut names: Vec<AnyView> = ids.iter().map(|id| person(plan, *id)).collect();
    names.extend(filled(other).map(IntoAny::into_any));
    let count = names.len();
    let and = t().and;
    (count > 0).then(|| {
        names
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                let separator = match i {
                    0 => "",
                    _ if i + 1 == count => and,
                    _ => ", ",
                };
                view! { {separator}{name} }
            })
            .collect_view()
            .into_any()
    })
}

fn child_name(child: &Child) -> String {
    filled(&child.name).unwrap_or_else(|| t().no_name_yet.to_owned())
}

// ---------------------------------------------------------------------------
// The header and the nine steps

fn header(plan: &Plan, meetings: &[history::MeetingEntry], number: usize) -> impl IntoView {
    let (t, lang) = (t(), lang());
    let meeting = &plan.meeting;
    let title = match filled(&plan.family_name) {
        Some(family) => fill(t.title_of_family, &[("family", &family)]),
        None => t.title.to_owned(),
    };
    let referrals = meeting.placement_date.map(|placed| {
        let due = format_date_in(referral_deadline(placed), lang);
        Row::new(
            t.referrals_due,
            fill(t.within_30_days, &[("due", &due)]).into_any(),
        )
    });
    let count = meetings.len();
    let meeting_list = (count > 1).then(|| {
        view! {
            <ol class="print-list case-meetings">
                {meetings.iter().map(|m| {
                    let date = m.date.map(|d| format_date_in(d, lang)).unwrap_or_else(|| t.no_date.to_owned());
                    view! {
                        <li>
                            {format!("{} — {date}", m.kind.label_in(lang))}
                            {(m.number == number).then(|| format!(" {}", t.this_meeting))}
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
        .into_any()
    });
    let events: Vec<AnyView> = plan
        .events
        .iter()
        .map(|e| {
            let date = e.date.map(|d| format_date_in(d, lang));
            let note = filled(&e.note);
            view! {
                <li class="print-item">
                    <strong>{e.kind.label_in(lang)}</strong>
                    {date.map(|d| format!(" — {d}"))}
                    {note.map(|n| view! { <br/>{n} })}
                </li>
            }
            .into_any()
        })
        .collect();
    let events = (!events.is_empty())
        .then(|| view! { <ul class="print-list case-events">{events}</ul> }.into_any());
    view! {
        <header class="print-header">
            <h1>{title}</h1>
            {fields([
                (count > 1).then(|| Row::new(
                    t.meeting_n,
                    fill(t.meeting_n_of, &[("n", &number.to_string()), ("count", &count.to_string())]).into_any(),
                )),
                Some(Row::new(t.kind, meeting.kind.label_in(lang).into_any())),
                date_row(t.date, meeting.date),
                text_row(t.place, &meeting.place),
                text_row(t.facilitator, &meeting.facilitator),
                date_row(t.placed_on, meeting.placement_date),
                referrals,
            ])}
            {titled(t.meetings_of_case, meeting_list)}
            {titled(t.events, events)}
            <p class="print-audience">{t.audience}</p>
        </header>
    }
}

/// The review of a follow-up: successes and the monitoring questions (C3, S3).
fn review(plan: &Plan) -> Option<AnyView> {
    let r = &plan.progress;
    let t = t();
    section(
        Step::Review,
        [
            titled(t.successes, text_list(&r.successes)),
            titled(
                t.monitoring,
                fields(
                    [
                        text_row(t.child_safe, &r.child_safe),
                        text_row(t.what_changed, &r.what_changed),
                        text_row(t.outcomes_met, &r.outcomes_met),
                        text_row(t.how_we_know, &r.how_we_know),
                        text_row(t.current_risk, &r.current_risk),
                        text_row(t.protective_capacities, &r.protective_capacities),
                        text_row(t.permanency_change, &r.permanency_change),
                    ]
                    .map(|row| row.map(Row::caseworker_only)),
                ),
            ),
        ],
    )
}

/// The aftercare plan (K6): supports that go on after closure.
fn aftercare(plan: &Plan) -> Option<AnyView> {
    let a = &plan.aftercare;
    let t = t();
    let items: Vec<AnyView> = a
        .items
        .iter()
        .filter(|i| !i.support.trim().is_empty() || !i.who.trim().is_empty())
        .map(|i| {
            view! {
                <li class=item_class("print-item", i.private)>
                    <p class="item-text">{filled(&i.support)}{badge(i.private)}</p>
                    {fields([
                        text_row(t.provided_by, &i.who),
                        date_row(t.starts, i.start),
                    ])}
                </li>
            }
            .into_any()
        })
        .collect();
    section(
        Step::Aftercare,
        [
            fields([date_row(t.closure_date, a.closure_date)]),
            (!items.is_empty()).then(|| view! { <ul class="print-list">{items}</ul> }.into_any()),
        ],
    )
}

fn welcome(plan: &Plan) -> Option<AnyView> {
    let meeting = &plan.meeting;
    section(
        Step::Welcome,
        [
            fields([text_row(t().purpose, &meeting.purpose)]),
            titled(t().ground_rules, text_list(&meeting.ground_rules)),
        ],
    )
}

fn team(plan: &Plan) -> Option<AnyView> {
    let children: Vec<AnyView> = plan
        .children
        .iter()
        .filter(|c| {
            c.age.is_some() || !c.name.trim().is_empty() || !c.living_with.trim().is_empty()
        })
        .map(child_item)
        .collect();
    let members: Vec<AnyView> = plan.team.iter().filter_map(member_item).collect();
    let list = |items: Vec<AnyView>| {
        (!items.is_empty()).then(|| view! { <ul class="print-list">{items}</ul> }.into_any())
    };
    section(
        Step::Team,
        [
            titled(t().the_children, list(children)),
            titled(t().everyone, list(members)),
            fields(
                [text_row(t().father_outreach, &plan.meeting.father_outreach)
                    .map(Row::caseworker_only)],
            ),
        ],
    )
}

fn child_item(child: &Child) -> AnyView {
    view! {
        <li class=item_class("print-item", child.private)>
            <p class="item-title">
                <strong>{child_name(child)}</strong>
                {child.age.map(|age| fill(t().age, &[("age", &age.to_string())]))}
                {badge(child.private)}
            </p>
            {fields([
                text_row(t().living_with, &child.living_with).map(Row::caseworker_only),
                (child.home_safety != HomeSafety::NotAssessed || !child.living_with.trim().is_empty()).then(|| {
                    Row::new(t().home_safety, child.home_safety.label_in(lang()).into_any()).caseworker_only()
                }),
            ])}
        </li>
    }
    .into_any()
}

fn member_item(m: &TeamMember) -> Option<AnyView> {
    let texts = [
        &m.name,
        &m.relation,
        &m.contact,
        &m.helped,
        &m.reluctance,
        &m.reluctance_addressed,
    ];
    if texts.iter().all(|t| t.trim().is_empty()) {
        return None;
    }
    let (t, lang) = (t(), lang());
    let here = if m.attending {
        t.here_today
    } else {
        t.not_here_today
    };
    let summary = [m.role.label_in(lang), m.support.label_in(lang), here].join(" · ");
    Some(
        view! {
            <li class=item_class("print-item", m.private)>
                <p class="item-title"><strong>{m.display_name_in(crate::ui::context::language::ui_language()).to_owned()}</strong>{badge(m.private)}</p>
                <p class="item-meta">{summary}</p>
                {fields([
                    text_row(t.relation, &m.relation),
                    text_row(t.reach, &m.contact),
                    text_row(t.helped, &m.helped),
                    text_row(t.reluctance, &m.reluctance).map(Row::caseworker_only),
                    text_row(t.reluctance_addressed, &m.reluctance_addressed).map(Row::caseworker_only),
                ])}
            </li>
        }
        .into_any(),
    )
}

fn strengths(plan: &Plan) -> Option<AnyView> {
    let items: Vec<AnyView> = plan
        .strengths
        .iter()
        .filter_map(|s| strength_item(plan, s))
        .collect();
    section(
        Step::Strengths,
        [(!items.is_empty()).then(|| view! { <ul class="print-list">{items}</ul> }.into_any())],
    )
}

fn strength_item(plan: &Plan, s: &Strength) -> Option<AnyView> {
    let text = filled(&s.text)?;
    // A private person's strengths leave the family's copy with them.
    let private = plan.strength_withheld(s);
    let whose = match s.whose {
        Whose::Family => t().whole_family.into_any(),
        Whose::Person(id) => person(plan, id),
    };
    Some(
        view! {
            <li class=item_class("print-item", private)>
                <p class="item-text">{text}{badge(s.private)}</p>
                <p class="item-meta">
                    {t().whose_strength} {whose}
                    {s.past_success.then(|| view! { <span class="flag">{t().coped_before}</span> })}
                </p>
            </li>
        }
        .into_any(),
    )
}

fn worries(plan: &Plan) -> Option<AnyView> {
    let items: Vec<AnyView> = plan
        .worries
        .iter()
        .filter_map(|w| worry_item(plan, w))
        .collect();
    section(
        Step::Worries,
        [(!items.is_empty()).then(|| view! { <ol class="print-list">{items}</ol> }.into_any())],
    )
}

fn worry_item(plan: &Plan, w: &Worry) -> Option<AnyView> {
    let text = filled(&w.text);
    if text.is_none() && w.disagreement.trim().is_empty() && w.scale.is_empty() {
        return None;
    }
    Some(
        view! {
            <li class=item_class("print-item", w.private)>
                <p class="item-text">
                    {text}
                    {w.safety.then(|| view! { <span class="flag safety">{t().about_safety}</span> })}
                    {badge(w.private)}
                </p>
                {fields([text_row(t().disagreement, &w.disagreement)])}
                {scale_table(plan, w)}
            </li>
        }
        .into_any(),
    )
}

/// Each participant's 0-10 answer: a real table (who, score).
fn scale_table(plan: &Plan, w: &Worry) -> Option<AnyView> {
    (!w.scale.is_empty()).then(|| {
        view! {
            <table class="scale-table">
                <caption>{t().scale_caption}</caption>
                <thead>
                    <tr><th scope="col">{t().who}</th><th scope="col">{t().score}</th></tr>
                </thead>
                <tbody>
                    {w.scale.iter().map(|answer| view! {
                        <tr>
                            <th scope="row">{person(plan, answer.member)}</th>
                            <td>{answer.score.to_string()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    })
}

fn goals(plan: &Plan) -> Option<AnyView> {
    let items: Vec<AnyView> = plan
        .goals
        .iter()
        .enumerate()
        .filter_map(|(i, g)| goal_item(plan, i + 1, g))
        .collect();
    section(
        Step::Goals,
        [(!items.is_empty()).then(|| view! { <ol class="print-goals">{items}</ol> }.into_any())],
    )
}

fn goal_item(plan: &Plan, number: usize, g: &Goal) -> Option<AnyView> {
    let tasks: Vec<AnyView> = g.tasks.iter().filter_map(|t| task_item(plan, t)).collect();
    let services: Vec<AnyView> = g
        .services
        .iter()
        .filter_map(|s| service_item(plan, s))
        .collect();
    if g.outcome.trim().is_empty()
        && g.statement.trim().is_empty()
        && tasks.is_empty()
        && services.is_empty()
    {
        return None;
    }
    let t = t();
    Some(
        view! {
            <li class=item_class("print-goal", g.private)>
                <h3>{fill(t.goal_n, &[("n", &number.to_string())])}{badge(g.private)}</h3>
                {fields([
                    Some(Row::new(t.area, g.domain.label_in(lang()).into_any())),
                    text_row(t.outcome, &g.outcome),
                    text_row(t.statement, &g.statement),
                    text_row(t.goal_progress, &g.progress).map(Row::caseworker_only),
                    answered_worries(plan, g).map(|w| Row::new(t.answers_worries, w.into_any())),
                    g.suggested_by.map(|id| Row::new(t.suggested_by, person(plan, id))),
                ])}
                {(!tasks.is_empty()).then(|| view! { <h4>{t.tasks}</h4><ol class="print-list">{tasks}</ol> })}
                {(!services.is_empty()).then(|| view! { <h4>{t.services}</h4><ul class="print-list">{services}</ul> })}
            </li>
        }
        .into_any(),
    )
}

fn task_item(plan: &Plan, task: &Task) -> Option<AnyView> {
    let t = task;
    let what = filled(&t.what);
    let who = people(plan, &t.who, &t.who_other);
    let checker = people(plan, t.checker.as_slice(), &t.checker_other);
    let blank = what.is_none()
        && who.is_none()
        && checker.is_none()
        && t.by_when.is_none()
        && t.place.trim().is_empty()
        && t.when_text.trim().is_empty();
    if blank {
        return None;
    }
    let t = self::t();
    Some(
        view! {
            <li class=item_class("print-item", task.private)>
                <p class="item-text">{what}{badge(task.private)}</p>
                {fields([
                    who.map(|who| Row::new(t.who_does_it, who)),
                    text_row(t.where_, &task.place),
                    date_row(t.by_when, task.by_when),
                    text_row(t.when_in_words, &task.when_text),
                    checker.map(|checker| Row::new(t.who_checks, checker)),
                    Some(Row::new(t.progress, task.status.label_in(lang()).into_any())),
                    text_row(t.review_note, &task.review_note).map(Row::caseworker_only),
                    task.suggested_by.map(|id| Row::new(t.suggested_by, person(plan, id))),
                ])}
            </li>
        }
        .into_any(),
    )
}

/// The worries a goal answers (D3), in short: "Elena drinks…; Rent is late".
fn answered_worries(plan: &Plan, g: &Goal) -> Option<String> {
    let words: Vec<String> = plan
        .worries
        .iter()
        .filter(|w| g.worries.contains(&w.id))
        .map(|w| crate::domain::text::shorten(&w.text, 80))
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join("; "))
}

fn service_item(plan: &Plan, s: &Service) -> Option<AnyView> {
    let t = t();
    let rows = [
        text_row(t.provider, &s.provider),
        text_row(t.need, &s.need).map(Row::caseworker_only),
        text_row(t.how_often, &s.frequency),
        text_row(t.how_intense, &s.intensity),
        text_row(t.where_, &s.location),
        text_row(t.how_long, &s.duration),
        date_row(t.referral_sent, s.referral_date),
        date_row(t.starts, s.start),
        text_row(t.known_barriers, &s.barriers).map(Row::caseworker_only),
        s.suggested_by
            .map(|id| Row::new(t.suggested_by, person(plan, id))),
    ];
    let r = &s.review;
    let helping = |label: &str, view: Helping, words: &str| {
        let mut parts: Vec<String> = Vec::new();
        if view != Helping::NotAsked {
            parts.push(view.label_in(lang()).to_owned());
        }
        parts.extend(filled(words));
        (!parts.is_empty()).then(|| Row::new(label, parts.join(" — ").into_any()).caseworker_only())
    };
    let declined = match (r.declined, filled(&r.if_declined)) {
        (true, Some(next)) => Some(Row::new(t.declined, next.into_any())),
        (true, None) => Some(Row::new(t.declined_no_step, "✓".into_any())),
        (false, Some(next)) => Some(Row::new(t.if_declined, next.into_any())),
        (false, None) => None,
    }
    .map(Row::caseworker_only);
    let review = [
        helping(t.family_view, r.family_view, &r.family_words),
        helping(t.provider_view, r.provider_view, &r.provider_words),
        text_row(t.attendance, &r.attendance).map(Row::caseworker_only),
        text_row(t.barriers, &r.barriers).map(Row::caseworker_only),
        declined,
    ];
    let rows = rows.into_iter().chain(review).collect::<Vec<_>>();
    let name = filled(&s.service);
    if name.is_none() && rows.iter().all(Option::is_none) {
        return None;
    }
    Some(
        view! {
            <li class=item_class("print-item", s.private)>
                <p class="item-title">
                    <strong>{name.unwrap_or_else(|| t.service.to_owned())}</strong>
                    {badge(s.private)}
                </p>
                {fields(rows)}
            </li>
        }
        .into_any(),
    )
}

fn crisis(plan: &Plan) -> Option<AnyView> {
    let c = &plan.crisis;
    let respond: Vec<AnyView> = c
        .respond
        .iter()
        .filter_map(|s| respond_item(plan, s))
        .collect();
    let contacts: Vec<AnyView> = c
        .contacts
        .iter()
        .filter_map(|contact| contact_item(plan, contact))
        .collect();
    let t = t();
    section(
        Step::Crisis,
        [
            fields([text_row(t.worst_case, &c.worst_case)]),
            titled(t.warning_signs, text_list(&c.warning_signs)),
            titled(t.prevent, text_list(&c.prevent)),
            titled(
                t.respond,
                (!respond.is_empty())
                    .then(|| view! { <ol class="print-list">{respond}</ol> }.into_any()),
            ),
            titled(
                t.who_to_call,
                (!contacts.is_empty())
                    .then(|| view! { <ul class="print-list">{contacts}</ul> }.into_any()),
            ),
            fields([text_row(t.plan_b, &c.plan_b)]),
        ],
    )
}

fn respond_item(plan: &Plan, s: &CrisisStep) -> Option<AnyView> {
    let what = filled(&s.what);
    let who = people(plan, s.who.as_slice(), &s.who_other);
    if what.is_none() && who.is_none() {
        return None;
    }
    Some(
        view! {
            <li class=item_class("print-item", s.private)>
                <p class="item-text">
                    {who.map(|who| view! { <strong class="who">{who}": "</strong> })}
                    {what.map(|what| view! { <span class="what">{what}</span> })}
                    {badge(s.private)}
                </p>
            </li>
        }
        .into_any(),
    )
}

/// Who to call. As in the family's copy, the contact's own name and phone come
/// first; a linked team member fills in what is left blank.
fn contact_item(plan: &Plan, c: &Contact) -> Option<AnyView> {
    let member = c.member.and_then(|id| plan.member(id));
    let own_name = filled(&c.name);
    let linked = member.filter(|_| own_name.is_some());
    let name = own_name.or_else(|| {
        member.map(|m| {
            m.display_name_in(crate::ui::context::language::ui_language())
                .to_owned()
        })
    });
    let phone = filled(&c.phone).or_else(|| member.and_then(|m| filled(&m.contact)));
    let why = filled(&c.why);
    if name.is_none() && phone.is_none() && why.is_none() {
        return None;
    }
    // Calls to a private person leave the family's copy with them.
    let private = c.private || member.is_some_and(|m| m.private);
    Some(
        view! {
            <li class=item_class("print-item", private)>
                <p class="item-text">
                    {name.map(|name| view! { <strong>{name}</strong> })}
                    {phone.map(|phone| view! { <span class="tel">{phone}</span> })}
                    {badge(private)}
                </p>
                {why.map(|why| view! { <p class="item-meta">{t().why_call} {why}</p> })}
                {linked.map(|m| view! { <p class="item-meta">{t().on_team_as} {m.display_name_in(crate::ui::context::language::ui_language()).to_owned()}</p> })}
            </li>
        }
        .into_any(),
    )
}

fn voice(plan: &Plan) -> Option<AnyView> {
    section(
        Step::Voice,
        plan.children.iter().map(child_voice).collect::<Vec<_>>(),
    )
}

/// The labelled texts of one part of a child's voice (the same texts as
/// [`crate::domain::audience::voice_part_texts`], with the editor's labels).
fn voice_rows(voice: &ChildVoice, part: VoicePart) -> Vec<Row> {
    let t = t();
    let rows = match part {
        VoicePart::Story => vec![
            text_row(t.our_story, &voice.story),
            text_row(t.wished_ending, &voice.wished_ending),
            text_row(t.story_now, &voice.story_now),
            text_row(t.plan_now, &voice.plan_now),
        ],
        VoicePart::Boxes => voice
            .boxes
            .iter()
            .enumerate()
            .map(|(i, b)| {
                // The child's own name for the box, else the usual one.
                let label = match b.label.trim() {
                    "" => VoiceBoxes::default_label(lang(), i),
                    own => own,
                };
                text_row(label, &b.words)
            })
            .collect(),
        VoicePart::OwnWords => vec![
            text_row(t.own_words, &voice.own_words),
            text_row(t.wants_from_plan, &voice.wants_from_plan),
        ],
        VoicePart::Goals => vec![text_row(t.own_goals, &voice.own_goals)],
        VoicePart::SafetyPlan => vec![text_row(t.safety_plan, &voice.safety_plan)],
    };
    rows.into_iter().flatten().collect()
}

fn child_voice(child: &Child) -> Option<AnyView> {
    let voice = &child.voice;
    let t = t();
    let parts: Vec<AnyView> = VoiceSharing::PARTS
        .iter()
        .filter_map(|&(part, _)| {
            let label = t.voice_part(part);
            let rows = voice_rows(voice, part);
            if rows.is_empty() {
                return None;
            }
            let shared = voice.sharing.get(part);
            let (class, status) = if shared {
                ("sharing-status shared", t.shared_with_family)
            } else {
                ("sharing-status only-caseworker", t.only_caseworker)
            };
            Some(
                view! {
                    <div class="voice-part" data-part=part.key()>
                        <h4>{label}</h4>
                        <p class=class>{status}</p>
                        {fields(rows.into_iter().map(Some))}
                    </div>
                }
                .into_any(),
            )
        })
        .collect();
    let sharing_choice =
        fields([text_row(t.sharing_choice, &voice.sharing_choice).map(Row::caseworker_only)]);
    if parts.is_empty() && sharing_choice.is_none() {
        return None;
    }
    let heading = match child.age {
        Some(age) => fill(
            t.name_and_age,
            &[("name", &child_name(child)), ("age", &age.to_string())],
        ),
        None => child_name(child),
    };
    Some(
        view! {
            <div class=item_class("print-child-voice", child.private)>
                <h3>{heading}{badge(child.private)}</h3>
                {parts}
                {sharing_choice}
            </div>
        }
        .into_any(),
    )
}

fn closure(plan: &Plan) -> Option<AnyView> {
    let groups = ClosureCategory::ALL.map(|category| closure_group(plan, category));
    let permanency = &plan.permanency;
    let t = t();
    let home = titled(
        t.safe_home,
        fields([
            text_row(t.permanency_goal, &permanency.goal),
            text_row(t.concurrent, &permanency.concurrent),
        ]),
    );
    section(Step::Closure, groups.into_iter().chain([home]))
}

fn closure_group(plan: &Plan, category: ClosureCategory) -> Option<AnyView> {
    let items: Vec<AnyView> = plan
        .closure
        .iter()
        .filter(|c| c.category == category)
        .filter_map(criterion_item)
        .collect();
    (!items.is_empty()).then(|| {
        view! {
            <div class="print-block closure-group" data-category=category.key()>
                <h3>{category.label_in(lang())}</h3>
                <p class="practice-term">{category.practice_term_in(lang())}</p>
                <ul class="print-list">{items}</ul>
            </div>
        }
        .into_any()
    })
}

fn criterion_item(c: &ClosureCriterion) -> Option<AnyView> {
    let text = filled(&c.text)?;
    let (class, status) = if c.met {
        ("status met", t().done)
    } else {
        ("status not-met", t().not_done)
    };
    Some(
        view! {
            <li class=item_class("print-item", c.private)>
                {text}
                <span class=class>{status}</span>
                {badge(c.private)}
            </li>
        }
        .into_any(),
    )
}

fn agreements(plan: &Plan) -> Option<AnyView> {
    let a = &plan.agreements;
    let next = &plan.next_meeting;
    let agreed = (!a.agreed_by.is_empty()).then(|| {
        view! {
            <ul class="print-list">
                {a.agreed_by.iter().map(|id| view! { <li>{person(plan, *id)}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    });
    let t = t();
    section(
        Step::Agreements,
        [
            titled(t.who_agrees, agreed),
            fields([
                text_row(t.family_words, &a.family_words),
                text_row(t.how_we_can_help, &a.how_we_can_help),
            ]),
            titled(
                t.next_meeting,
                fields([
                    date_row(t.date, next.date),
                    text_row(t.time, &next.time),
                    text_row(t.place, &next.place),
                    text_row(t.who_comes, &next.who),
                ]),
            ),
            titled(t.went_well, text_list(&plan.review.went_well)),
            titled(t.change, text_list(&plan.review.change)),
        ],
    )
}
