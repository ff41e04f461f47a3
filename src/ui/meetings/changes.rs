//! Route `/plan/:id/changes`: what changed since the last meeting, for the
//! caseworker, grouped by area (team, goals, tasks, services, crisis plan,
//! closure): added, removed or changed (with the words before and after when
//! they changed), and each task's progress (from → to).

use leptos::prelude::*;

use super::past::MEETING_TITLE;
use super::{cant_open, date_or_none, route_plan};
use crate::domain::history::{self, Area, Change, ChangeKind, Changes};
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::editor::EditorText;
use crate::domain::i18n::shell::meetings::MeetingsText;
use crate::domain::{Language, Plan};
use crate::ui::context::language::ui_language;

/// The screen's groups: a heading and the areas under it.
fn groups(t: &'static MeetingsText) -> [(&'static str, &'static str, &'static [Area]); 6] {
    [
        ("team", t.area_team, &[Area::Team]),
        ("goals", t.area_goals, &[Area::Goal]),
        ("tasks", t.area_tasks, &[Area::Task]),
        ("services", t.area_services, &[Area::Service]),
        (
            "crisis",
            t.area_crisis,
            &[
                Area::WarningSign,
                Area::Prevent,
                Area::CrisisStep,
                Area::Contact,
            ],
        ),
        ("closure", t.area_closure, &[Area::Closure]),
    ]
}

#[component]
pub fn SinceLastMeeting() -> impl IntoView {
    let language = ui_language();
    let editor_text = EditorText::get(language);
    let loaded = route_plan();
    view! {
        <main id="main" tabindex="-1" class="page since-last-meeting">
            {move || match loaded.get() {
                None => view! { <p class="loading" role="status">{editor_text.opening}</p> }.into_any(),
                Some(Err(message)) => cant_open(message),
                Some(Ok(plan)) => changes_view(&plan, language).into_any(),
            }}
        </main>
    }
}

fn changes_view(plan: &Plan, language: Language) -> impl IntoView {
    let t = MeetingsText::get(language);
    let base = crate::ui::base_path();
    let nav = view! {
        <nav class="back-links">
            <a href=format!("{base}/")>{t.back_to_plans}</a>
            <a href=format!("{base}/plan/{}/welcome", plan.id)>{t.back_to_plan}</a>
        </nav>
        <h1 id=MEETING_TITLE tabindex="-1">{t.changes_title}</h1>
    };
    let Some(last) = history::last_meeting(plan) else {
        return view! { {nav} <p class="empty" id="changes-none">{t.nothing_to_compare}</p> }
            .into_any();
    };
    let lead = fill(
        t.changes_lead,
        &[
            ("from", &plan.history.len().to_string()),
            ("date", &date_or_none(last.meeting.date, language)),
            ("now", &date_or_none(plan.meeting.date, language)),
        ],
    );
    let changes = history::since_last_meeting(plan);
    if changes.is_empty() {
        return view! { {nav} <p class="lead">{lead}</p> <p class="empty" id="changes-none">{t.no_changes}</p> }
            .into_any();
    }
    let sections = groups(t)
        .into_iter()
        .filter_map(|(key, heading, areas)| area_section(&changes, key, heading, areas, language))
        .collect_view();
    let progress = (!changes.progress.is_empty()).then(|| {
        let items = changes
            .progress
            .iter()
            .map(|p| {
                let what = if p.what.is_empty() { t.untitled_item.to_string() } else { p.what.clone() };
                let line = fill(
                    t.progress_line,
                    &[
                        ("what", &what),
                        ("from", p.from.label_in(language)),
                        ("to", p.to.label_in(language)),
                    ],
                );
                view! { <li>{line}</li> }
            })
            .collect_view();
        view! {
            <section class="changes-area" id="changes-progress" aria-labelledby="changes-progress-title">
                <h2 id="changes-progress-title">{t.task_progress}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    view! { {nav} <p class="lead">{lead}</p> {progress} {sections} }.into_any()
}

fn area_section(
    changes: &Changes,
    key: &'static str,
    heading: &'static str,
    areas: &[Area],
    language: Language,
) -> Option<impl IntoView> {
    let list: Vec<&Change> = changes
        .changes
        .iter()
        .filter(|c| areas.contains(&c.area))
        .collect();
    if list.is_empty() {
        return None;
    }
    let t = MeetingsText::get(language);
    let items = list
        .into_iter()
        .map(|c| {
            let (kind, class) = match c.kind {
                ChangeKind::Added => (t.added, "change added"),
                ChangeKind::Removed => (t.removed, "change removed"),
                ChangeKind::Changed => (t.changed, "change changed"),
            };
            let item_kind = match c.area {
                Area::WarningSign => Some(t.warning_sign),
                Area::Prevent => Some(t.prevent),
                Area::CrisisStep => Some(t.crisis_step),
                Area::Contact => Some(t.contact),
                _ => None,
            };
            let text = if c.text.is_empty() {
                t.untitled_item.to_string()
            } else {
                c.text.clone()
            };
            let words = match &c.before {
                Some(before) => fill(t.before_after, &[("before", before), ("after", &text)]),
                None => text,
            };
            view! {
                <li class=class>
                    <span class="change-kind">{kind}</span>": "
                    {item_kind.map(|k| view! { <span class="change-item-kind">{k}</span>" — " })}
                    <span class="change-words">{words}</span>
                </li>
            }
        })
        .collect_view();
    let title_id = format!("changes-{key}-title");
    let labelled_by = title_id.clone();
    Some(view! {
        <section class="changes-area" id=format!("changes-{key}") aria-labelledby=labelled_by>
            <h2 id=title_id>{heading}</h2>
            <ul>{items}</ul>
        </section>
    })
}
