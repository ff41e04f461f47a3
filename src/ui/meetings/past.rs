//! Route `/plan/:id/meeting/:n`: an earlier meeting of a case, read-only and
//! printable. The plan is drawn by the caseworker's printout (a document,
//! no fields), under a banner saying which meeting it is and that it is how
//! the plan stood then.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::{cant_open, date_or_none, route_plan};
use crate::domain::history;
use crate::domain::i18n::common::Common;
use crate::domain::i18n::family::PrintText;
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::editor::EditorText;
use crate::domain::i18n::shell::meetings::MeetingsText;
use crate::domain::library::PlanSummary;
use crate::domain::Plan;
use crate::ui::context::language::ui_language;
use crate::ui::print::caseworker::CaseworkerPlan;
use crate::ui::print::{page_title, PageHeader};

/// The heading of the read-only screens (`tabindex=-1`): focus comes here.
pub const MEETING_TITLE: &str = "meeting-title";

#[component]
pub fn PastMeeting() -> impl IntoView {
    let language = ui_language();
    let t = MeetingsText::get(language);
    let editor_text = EditorText::get(language);
    let params = use_params_map();
    let number = Memo::new(move |_| {
        params
            .read()
            .get("n")
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0)
    });
    let loaded = route_plan();
    view! {
        <main id="main" tabindex="-1" class="page past-meeting">
            {move || match loaded.get() {
                None => view! { <p class="loading" role="status">{editor_text.opening}</p> }.into_any(),
                Some(Err(message)) => cant_open(message),
                Some(Ok(plan)) => {
                    let n = number.get();
                    match history::past_meeting(&plan, n) {
                        None => cant_open(fill(t.no_such_meeting, &[("n", &n.to_string())])),
                        Some(past) => past_view(&plan, past.clone(), n).into_any(),
                    }
                }
            }}
        </main>
    }
}

fn past_view(plan: &Plan, past: Plan, n: usize) -> impl IntoView {
    let language = ui_language();
    let t = MeetingsText::get(language);
    let base = crate::ui::base_path();
    let total = plan.history.len() + 1;
    let title = PlanSummary::title_of_in(&past.family_name, language).to_string();
    let banner = fill(
        t.read_only_banner,
        &[
            ("n", &n.to_string()),
            ("m", &total.to_string()),
            ("kind", past.meeting.kind.label_in(language)),
            ("date", &date_or_none(past.meeting.date, language)),
        ],
    );
    let page = page_title(
        &past.family_name,
        past.meeting.date,
        PrintText::get(language).caseworkers_plan,
        language,
    );
    view! {
        <nav class="back-links no-print">
            <a href=format!("{base}/")>{t.back_to_plans}</a>
            <a href=format!("{base}/plan/{}/welcome", plan.id)>{t.back_to_plan}</a>
        </nav>
        <h1 id=MEETING_TITLE tabindex="-1" class="no-print">{fill(t.past_title, &[("n", &n.to_string()), ("title", &title)])}</h1>
        <p class="read-only-banner" id="read-only-banner">{banner}</p>
        <div class="print-toolbar no-print">
            <button type="button" class="button primary" id="print-now" on:click=move |_| { let _ = window().print(); }>{Common::get(language).print}</button>
        </div>
        <PageHeader title=page language=language/>
        <CaseworkerPlan plan=past/>
    }
}
