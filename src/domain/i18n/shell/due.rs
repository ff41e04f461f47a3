//! The library's line per case: what is overdue and what is due next
//! ([`crate::domain::timeframes::case_due_of`]), and its sort choice.

use chrono::NaiveDate;

use crate::domain::dates::{due_label_in, format_date_in};
use crate::domain::i18n::fill;
use crate::domain::timeframes::{CaseDue, Deadline, Rule};
use crate::domain::Language;

crate::catalogue! {
    /// The library's "due next" line and sort.
    pub struct DueText {
        referral: "service referral", "referencia a servicio";
        plan_made: "plan within 60 days", "plan en 60 días";
        monthly: "monthly review", "revisión mensual";
        update: "plan update", "actualizar el plan";
        overdue: "Overdue: {what}.", "Atrasado: {what}.";
        next: "Next due: {rule}, {date} ({due}).", "Lo próximo: {rule}, {date} ({due}).";
        sort_label: "Sort", "Ordenar";
        sort_edited: "Last edited first", "Lo editado más reciente primero";
        sort_due: "What is due first (overdue first)", "Lo que vence primero (lo atrasado primero)";
    }
}

/// The short name of a rule: "monthly review".
pub fn rule_short(rule: Rule, language: Language) -> &'static str {
    let t = DueText::get(language);
    match rule {
        Rule::Referral => t.referral,
        Rule::PlanMade => t.plan_made,
        Rule::MonthlyReview => t.monthly,
        Rule::Update => t.update,
    }
}

/// "Overdue: monthly review (overdue by 3 days)." and "Next due: plan
/// update, Tue, Dec 15, 2026 (in 5 days)." — none when nothing is due.
pub fn case_due_lines(due: &CaseDue, today: NaiveDate, language: Language) -> Vec<String> {
    let t = DueText::get(language);
    let mut lines = Vec::new();
    if !due.overdue.is_empty() {
        // One entry per rule (several services' referrals are one entry, the earliest).
        let mut seen: Vec<Rule> = Vec::new();
        let items: Vec<String> = due
            .overdue
            .iter()
            .filter(|d| {
                let new = !seen.contains(&d.rule);
                seen.push(d.rule);
                new
            })
            .map(|d: &Deadline| {
                format!(
                    "{} ({})",
                    rule_short(d.rule, language),
                    due_label_in(d.due, today, language)
                )
            })
            .collect();
        lines.push(fill(t.overdue, &[("what", &items.join(", "))]));
    }
    if let Some(d) = &due.next {
        lines.push(fill(
            t.next,
            &[
                ("rule", rule_short(d.rule, language)),
                ("date", &format_date_in(d.due, language)),
                ("due", &due_label_in(d.due, today, language)),
            ],
        ));
    }
    lines
}
