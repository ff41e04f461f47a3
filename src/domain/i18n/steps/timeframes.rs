//! The Welcome step's caseworker panel: the timeframes the agency is held to
//! (P2, P6, monthly review, P7; [`crate::domain::timeframes`]) and the case's
//! events that call for an update of the plan (P7).

use chrono::NaiveDate;

use crate::domain::dates::format_date_in;
use crate::domain::i18n::fill;
use crate::domain::timeframes::{Deadline, Rule, Status};
use crate::domain::Language;

crate::catalogue! {
    /// The timeframes panel and the case events list.
    pub struct TimeframesText {
        summary: "Timeframes and case events (for the caseworker)", "Plazos y sucesos del caso (para el trabajador social)";
        heading: "Timeframes the agency is held to", "Plazos que la agencia debe cumplir";
        none: "Add the meeting's date and, if the children are placed out of home, the placement date to see the timeframes.", "Escriba la fecha de la reunión y, si los niños salieron de su casa, la fecha en que salieron, para ver los plazos.";
        list_label: "Timeframes", "Plazos";
        referral_all: "Service referrals within 30 days of placement", "Referencias a servicios en los 30 días después de la salida de casa";
        referral_one: "Referral for {service}, within 30 days of placement", "Referencia para {service}, en los 30 días después de la salida de casa";
        unnamed_service: "a service not yet named", "un servicio sin nombre todavía";
        plan_made: "The plan made with the family within 60 days of removal", "El plan hecho con la familia en los 60 días después de la salida de casa";
        monthly: "A review with the family at least monthly", "Una revisión con la familia por lo menos cada mes";
        update: "The plan updated at least every 6 months", "El plan actualizado por lo menos cada 6 meses";
        update_event: "The plan updated within 30 days of an event: {event} on {date}", "El plan actualizado en los 30 días después de un suceso: {event}, el {date}";
        met: "Met: done on {date}.", "Cumplido: se hizo el {date}.";
        missed_one: "Missed: done 1 day late, on {date}.", "No cumplido: se hizo 1 día tarde, el {date}.";
        missed: "Missed: done {n} days late, on {date}.", "No cumplido: se hizo {n} días tarde, el {date}.";
        due: "Due by {date} (in {n} days).", "Vence el {date} (en {n} días).";
        due_today: "Due soon: today, {date}.", "Vence pronto: hoy, {date}.";
        due_soon_one: "Due soon: by {date} (tomorrow).", "Vence pronto: el {date} (mañana).";
        due_soon: "Due soon: by {date} (in {n} days).", "Vence pronto: el {date} (en {n} días).";
        overdue_one: "Overdue by 1 day: it was due {date}.", "Atrasado 1 día: vencía el {date}.";
        overdue: "Overdue by {n} days: it was due {date}.", "Atrasado {n} días: vencía el {date}.";
        events_heading: "Events that call for an update of the plan", "Sucesos que piden actualizar el plan";
        events_hint: "An absent parent found, a placement change, a treatment completed or a new report: the plan is updated within 30 days. Only the caseworker sees these.", "Se encontró a un padre o madre ausente, cambió el lugar donde vive el niño, terminó un tratamiento o hay un nuevo reporte: el plan se actualiza en los 30 días siguientes. Solo el trabajador social ve esto.";
        event_item: "Event {n}", "Suceso {n}";
        event_kind: "What happened", "Qué pasó";
        event_date: "When", "Cuándo";
        event_note: "Note", "Nota";
        event_add: "+ Add event", "+ Agregar un suceso";
        event_delete: "Delete event {n}", "Borrar el suceso {n}";
        event_deleted: "Event deleted", "Suceso borrado";
    }
}

/// What a deadline is about, in one line: "Referral for Parenting class,
/// within 30 days of placement". `service` is the service's name (P2).
pub fn rule_text(deadline: &Deadline, service: Option<&str>, language: Language) -> String {
    let t = TimeframesText::get(language);
    match deadline.rule {
        Rule::Referral if deadline.item.is_none() => t.referral_all.to_string(),
        Rule::Referral => {
            let name = service
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .unwrap_or(t.unnamed_service);
            fill(t.referral_one, &[("service", name)])
        }
        Rule::PlanMade => t.plan_made.to_string(),
        Rule::MonthlyReview => t.monthly.to_string(),
        Rule::Update => match deadline.event {
            Some((kind, on)) => fill(
                t.update_event,
                &[
                    ("event", kind.label_in(language)),
                    ("date", &format_date_in(on, language)),
                ],
            ),
            None => t.update.to_string(),
        },
    }
}

/// Where a deadline stands, in words (never by colour alone): "Overdue by 3
/// days: it was due Tue, Dec 15, 2026."
pub fn status_text(status: Status, language: Language) -> String {
    let t = TimeframesText::get(language);
    let day = |d: NaiveDate| format_date_in(d, language);
    let n_date = |template: &str, n: i64, d: NaiveDate| {
        fill(template, &[("n", &n.to_string()), ("date", &day(d))])
    };
    match status {
        Status::Met { on } => fill(t.met, &[("date", &day(on))]),
        Status::Missed { on, days_late: 1 } => fill(t.missed_one, &[("date", &day(on))]),
        Status::Missed { on, days_late } => n_date(t.missed, days_late, on),
        Status::Due { due, in_days } => n_date(t.due, in_days, due),
        Status::DueSoon { due, in_days: 0 } => fill(t.due_today, &[("date", &day(due))]),
        Status::DueSoon { due, in_days: 1 } => fill(t.due_soon_one, &[("date", &day(due))]),
        Status::DueSoon { due, in_days } => n_date(t.due_soon, in_days, due),
        Status::Overdue { due, days: 1 } => fill(t.overdue_one, &[("date", &day(due))]),
        Status::Overdue { due, days } => n_date(t.overdue, days, due),
    }
}
