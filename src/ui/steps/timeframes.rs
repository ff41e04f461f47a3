//! The Welcome step's timeframes panel (caseworker only): each rule the
//! agency is held to (P2, P6, monthly review, P7), its due date and where it
//! stands, in words — overdue says "Overdue by n days", never by colour alone.
//! The rules are in [`crate::domain::timeframes`].

use leptos::prelude::*;

use crate::domain::i18n::steps::timeframes::{rule_text, status_text, TimeframesText};
use crate::domain::timeframes;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;

#[component]
pub fn TimeframesPanel() -> impl IntoView {
    let plan = use_editor().plan;
    let language = ui_language();
    let t = TimeframesText::get(language);
    let rows = Memo::new(move |_| {
        let today = crate::ui::context::clock::today();
        plan.with(|p| {
            timeframes::timeframes(p, today)
                .into_iter()
                .map(|(d, status)| {
                    let service = d.item.and_then(|id| {
                        p.goals
                            .iter()
                            .flat_map(|g| &g.services)
                            .find(|s| s.id == id)
                            .map(|s| s.service.clone())
                    });
                    let practice = d.rule.practice_id();
                    (
                        status.key(),
                        practice,
                        rule_text(&d, service.as_deref(), language),
                        status_text(status, language),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="timeframes" aria-labelledby="timeframes-title">
            <h3 id="timeframes-title">{t.heading}</h3>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="hint">{t.none}</p> }.into_any();
                }
                view! {
                    <ul class="timeframe-list" aria-label=t.list_label>
                        {rows.into_iter().map(|(key, practice, rule, status)| view! {
                            <li class=format!("timeframe {key}") data-status=key data-rule=practice.unwrap_or("monthly")>
                                <span class="timeframe-rule">
                                    {practice.map(|p| view! { <span class="practice-id">{p}</span> " " })}
                                    {rule}
                                </span>
                                " "
                                <span class="timeframe-status">{status}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
