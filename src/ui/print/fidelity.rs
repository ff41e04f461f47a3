//! `/plan/:id/fidelity`: the fidelity checklist for supervision (O1–O7,
//! D1–D9), drawn from the plan open in the editor and its earlier meetings
//! (`domain::fidelity::checklist` on today's date). Each measure with its
//! status in words, the evidence found and what is missing; then what the
//! tool cannot judge. In the interface language; printable.

use leptos::prelude::*;

use super::{page_title, PageHeader};
use crate::domain::dates::format_date_in;
use crate::domain::fidelity::{checklist, tally, FidelityItem, Status};
use crate::domain::i18n::common::Common;
use crate::domain::i18n::shell::fidelity::{
    evidence_text, measure, status_text, EvidenceText, FidelityText,
};
use crate::domain::i18n::{count, fill};
use crate::domain::{Language, Plan};
use crate::ui::context::clock::today;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;

/// The fidelity checklist page: a toolbar, then the document.
#[component]
pub fn FidelityChecklist() -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = FidelityText::get(language);
    view! {
        <div class="print-toolbar no-print">
            <p>{t.note}</p>
            <button type="button" class="button primary" id="print-now" on:click=move |_| { let _ = window().print(); }>{Common::get(language).print}</button>
        </div>
        {move || plan.with(|p| document(p, language))}
    }
}

/// The checklist of `plan` on today's date, as a document.
fn document(plan: &Plan, language: Language) -> impl IntoView {
    let t = FidelityText::get(language);
    let on = today();
    let items = checklist(plan, on);
    let (met, not_yet, not_due, cannot) = tally(&items);
    let summary = fill(
        t.summary,
        &[
            ("met", &met.to_string()),
            ("total", &items.len().to_string()),
            ("not_yet", &not_yet.to_string()),
            ("not_due", &not_due.to_string()),
            ("cannot", &cannot.to_string()),
        ],
    );
    let e = EvidenceText::get(language);
    let held = plan.history.len() + 1;
    let as_of = fill(
        t.as_of,
        &[
            ("date", &format_date_in(on, language)),
            (
                "meetings",
                count(held, e.meetings_one, e.meetings).trim_end_matches('.'),
            ),
        ],
    );
    let title = page_title(&plan.family_name, plan.meeting.date, t.whose, language);
    let running_title = title.clone();
    let (observation, documentation): (Vec<_>, Vec<_>) =
        items.iter().partition(|i| i.id.starts_with('O'));
    let cannot_judge: Vec<AnyView> = items
        .iter()
        .filter(|i| i.status == Status::CannotJudge)
        .map(|i| view! { <li>{format!("{} — {}", i.id, measure(i.id, language))}</li> }.into_any())
        .collect();
    view! {
        <PageHeader title=running_title language=language/>
        <article class="print-doc fidelity-doc" id="fidelity-checklist">
            <header class="print-header">
                <h1>{title}</h1>
                <p id="fidelity-summary">{summary}</p>
                <p>{as_of}</p>
            </header>
            {section("fidelity-observation", t.observation, &observation, language)}
            {section("fidelity-documentation", t.documentation, &documentation, language)}
            <section class="print-section" id="fidelity-cannot" aria-labelledby="fidelity-cannot-heading">
                <h2 id="fidelity-cannot-heading">{t.cannot_heading}</h2>
                <p>{t.cannot_intro}</p>
                <ul class="print-list">
                    {cannot_judge}
                    <li>{t.interview}</li>
                </ul>
            </section>
        </article>
    }
}

/// One group of measures (observation or documentation).
fn section(
    id: &'static str,
    heading: &'static str,
    items: &[&FidelityItem],
    language: Language,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let items = items
        .iter()
        .map(|i| measure_item(i, language))
        .collect_view();
    view! {
        <section class="print-section" id=id aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            <ol class="fidelity-list">{items}</ol>
        </section>
    }
}

/// One measure: its id and wording, its status in words, the evidence and
/// what is missing.
fn measure_item(item: &FidelityItem, language: Language) -> impl IntoView {
    let t = FidelityText::get(language);
    let lines = |list: &[crate::domain::fidelity::Evidence], none: &'static str| {
        if list.is_empty() {
            view! { <p class="fidelity-none">{none}</p> }.into_any()
        } else {
            let lines = list
                .iter()
                .map(|e| view! { <li>{evidence_text(e, language)}</li> })
                .collect_view();
            view! { <ul class="print-list">{lines}</ul> }.into_any()
        }
    };
    let id = item.id;
    view! {
        <li class="fidelity-item" id=format!("fidelity-{}", id.to_ascii_lowercase()) data-status=item.status.key()>
            <h3>{format!("{id} — {}", measure(id, language))}</h3>
            <p class="fidelity-status"><strong>{t.col_status}": "</strong>{status_text(item.status, language)}</p>
            <h4>{t.col_evidence}</h4>
            {lines(&item.evidence, t.no_evidence)}
            <h4>{t.col_missing}</h4>
            {lines(&item.missing, t.nothing_missing)}
        </li>
    }
}
