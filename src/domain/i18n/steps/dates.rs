//! What a date field says about a typed date ([`crate::domain::dates::DateNote`]):
//! a two-digit year read as 20xx, a year refused, plain warnings.

use crate::domain::dates::{format_date_in, DateNote};
use crate::domain::i18n::fill;
use crate::domain::Language;

crate::catalogue! {
    /// A date field's notes.
    pub struct DatesText {
        read_as: "Read as {date}.", "Se leyó como {date}.";
        refused_kept: "The year {year} can't be right, so the date is still {date}.", "El año {year} no puede ser correcto, así que la fecha sigue siendo {date}.";
        refused_empty: "The year {year} can't be right, so no date was kept. Type the year with four digits.", "El año {year} no puede ser correcto, así que no se guardó la fecha. Escriba el año con cuatro cifras.";
        before_meeting: "Check this: it is before this meeting's date ({date}).", "Revise esto: es antes de la fecha de esta reunión ({date}).";
        past_deadline: "Check this: that date has already passed.", "Revise esto: esa fecha ya pasó.";
        far_away: "Check this: that date is more than 3 years from today.", "Revise esto: esa fecha es dentro de más de 3 años.";
    }
}

/// A note in words: "Read as Tue, Dec 15, 2026."
pub fn note_text(note: DateNote, language: Language) -> String {
    let t = DatesText::get(language);
    match note {
        DateNote::ReadAs(d) => fill(t.read_as, &[("date", &format_date_in(d, language))]),
        DateNote::Refused {
            year,
            kept: Some(kept),
        } => fill(
            t.refused_kept,
            &[
                ("year", &format!("{year:04}")),
                ("date", &format_date_in(kept, language)),
            ],
        ),
        DateNote::Refused { year, kept: None } => {
            fill(t.refused_empty, &[("year", &format!("{year:04}"))])
        }
        DateNote::BeforeMeeting(d) => {
            fill(t.before_meeting, &[("date", &format_date_in(d, language))])
        }
        DateNote::PastDeadline => t.past_deadline.to_string(),
        DateNote::FarAway => t.far_away.to_string(),
    }
}

/// All of a field's notes in one text.
pub fn notes_text(notes: &[DateNote], language: Language) -> String {
    notes
        .iter()
        .map(|n| note_text(*n, language))
        .collect::<Vec<_>>()
        .join(" ")
}
