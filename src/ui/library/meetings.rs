//! A case's meetings on its library row: "Meeting N of M · kind · date", a
//! disclosure listing every meeting (each earlier one opens read-only),
//! "Since last meeting", the fidelity checklist, and "Start the next meeting" (the stored plan is
//! loaded, moved on and saved compare-and-swap, then the editor opens).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::domain::i18n::fill;
use crate::domain::i18n::shell::fidelity::FidelityText;
use crate::domain::i18n::shell::meetings::MeetingsText;
use crate::domain::library::PlanSummary;
use crate::domain::{MeetingKind, Step};
use crate::ui::context::clock::now_ms;
use crate::ui::context::language::ui_language;
use crate::ui::context::use_app;
use crate::ui::meetings::past::MEETING_TITLE;
use crate::ui::meetings::start::StartNextMeeting;
use crate::ui::meetings::{date_or_none, meeting_line};
use crate::ui::print::pages::Printout;
use crate::ui::widgets::focus_when_shown;

/// The line under the family's name and, for a case with earlier meetings,
/// the list of its meetings and "Since last meeting"; the fidelity checklist.
#[component]
pub fn CaseMeetings(summary: PlanSummary) -> impl IntoView {
    let language = ui_language();
    let t = MeetingsText::get(language);
    let total = summary.meetings.len();
    let current = summary.meetings.last()?.clone();
    let base = crate::ui::base_path();
    let title = summary.title_in(language).to_string();
    let id = summary.id.clone();
    let fidelity = FidelityText::get(language);
    let fidelity_label = fill(fidelity.link_label, &[("title", &title)]);
    let list = (total > 1).then(|| {
        let items = summary
            .meetings
            .iter()
            .map(|m| {
                let words = fill(
                    t.meeting_item,
                    &[
                        ("n", &m.number.to_string()),
                        ("kind", m.kind.label_in(language)),
                        ("date", &date_or_none(m.date, language)),
                    ],
                );
                let action = if m.current {
                    view! { <span class="meeting-current">{t.current}</span> }.into_any()
                } else {
                    view! {
                        <a class="button small ghost" id=format!("plan-{id}-meeting-{}", m.number)
                            href=format!("{base}/plan/{id}/meeting/{}", m.number)
                            aria-label=fill(t.open_read_only_label, &[("n", &m.number.to_string()), ("title", &title)])
                            on:click=|_| focus_when_shown(MEETING_TITLE)>{t.open_read_only}</a>
                    }
                    .into_any()
                };
                view! { <li><span>{words}</span>" " {action}</li> }
            })
            .collect_view();
        view! {
            <details class="plan-meetings" id=format!("plan-{id}-meetings")>
                <summary>{fill(t.all_meetings, &[("m", &total.to_string())])}</summary>
                <ol aria-label=fill(t.meetings_label, &[("title", &title)])>{items}</ol>
            </details>
            <a class="plan-changes" id=format!("plan-{id}-changes") href=format!("{base}/plan/{id}/changes")
                aria-label=fill(t.since_last_label, &[("title", &title)])
                on:click=|_| focus_when_shown(MEETING_TITLE)>{t.since_last}</a>
        }
    });
    // A supervisor looks at any case, from its first meeting on.
    let fidelity_link = view! {
        <a class="plan-fidelity" id=format!("plan-{}-fidelity", summary.id)
            href=format!("{base}/plan/{}/{}", summary.id, Printout::FIDELITY_SLUG)
            aria-label=fidelity_label
            on:click=|_| focus_when_shown("step-title")>{fidelity.link}</a>
    };
    Some(view! {
        <span class="plan-meeting">{meeting_line(&current, total, language)}</span>
        {list}
        {fidelity_link}
    })
}

/// "Start the next meeting" for a plan of the library.
#[component]
pub fn StartFromLibrary(summary: PlanSummary) -> impl IntoView {
    let ctx = use_app();
    let language = ui_language();
    let t = MeetingsText::get(language);
    let navigate = use_navigate();
    let id = summary.id.clone();
    let label = fill(t.start_next_label, &[("title", summary.title_in(language))]);
    let on_start = Callback::new(
        move |(kind, date): (MeetingKind, Option<chrono::NaiveDate>)| {
            let id = id.clone();
            let navigate = navigate.clone();
            spawn_local(async move {
                let (mut plan, revision) = match crate::ui::plan_io::load_revision(ctx, id).await {
                    Ok(Some(stored)) => stored,
                    Ok(None) => return,
                    Err(e) => {
                        ctx.report(&e);
                        return;
                    }
                };
                crate::domain::history::start_next_meeting(&mut plan, kind, date, now_ms());
                let (plan_id, meetings) = (plan.id.clone(), plan.history.len() + 1);
                match crate::ui::plan_io::save_if(ctx, plan, revision).await {
                    Ok(saved) => {
                        crate::ui::tabs::announce_saved(&plan_id, saved);
                        ctx.toast(
                            fill(
                                t.started,
                                &[
                                    ("n", &meetings.to_string()),
                                    ("kind", kind.label_in(language)),
                                ],
                            ),
                            None,
                        );
                        let first = Step::flow(kind).first().copied().unwrap_or(Step::Welcome);
                        navigate(
                            &format!("/plan/{plan_id}/{}", first.slug()),
                            NavigateOptions::default(),
                        );
                        focus_when_shown("step-title");
                    }
                    Err(e) => ctx.toast(
                        fill(t.not_started, &[("error", &e.message_in(language))]),
                        None,
                    ),
                }
            });
        },
    );
    view! {
        <div class="plan-start-next">
            <StartNextMeeting id=format!("plan-{}-next", summary.id) default_date=Signal::stored(summary.next_meeting)
                on_start=on_start label=label/>
        </div>
    }
}
