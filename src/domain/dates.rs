//! Dates as facilitators write them, and the policy deadlines built on them.
//!
//! There is no clock here: callers pass `today` / the reference date.
//!
//! - [`parse_loose_date`] reads "2026-12-15", "12/15", "Dec 15", "By Nov 24",
//!   "Weekly from Dec 3", "Every Friday from Dec 4", "Starting Nov 30", …
//! - [`format_date`] writes "Tue, Dec 15, 2026": the month is a word, so US and
//!   UK readers read it the same way.
//! - [`referral_deadline`] (P2), [`plan_due`] (P6), [`review_due`] (P7).

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

/// How far back a year-less date may lie before it is read as next year's:
/// at a meeting on Nov 20, "Jan 15" is next January but "Oct 30" is last month.
pub const LOOKBACK_DAYS: i64 = 60;

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const MONTH_SHORT: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The month (1-12) a word names: full name, three-letter abbreviation or "Sept".
pub(crate) fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTH_NAMES
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))
        .map(|i| i as u32 + 1)
}

/// A day number such as "15", "15th", "1st", "2nd", "3rd".
fn day_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A four-digit year, or a two-digit one read as 20xx.
fn year_of(word: &str) -> Option<i32> {
    if !word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match word.len() {
        4 => word.parse().ok(),
        2 => word.parse::<i32>().ok().map(|y| 2000 + y),
        _ => None,
    }
}

/// The first occurrence of month/day on or after `reference - LOOKBACK_DAYS`.
fn next_occurrence(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let earliest = reference - Duration::days(LOOKBACK_DAYS);
    (earliest.year()..=earliest.year() + 4)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d >= earliest)
}

fn dated(year: Option<i32>, month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day),
        None => next_occurrence(month, day, reference),
    }
}

/// "2026-12-15", "12/15", "12/15/2026", "12/15/26".
fn numeric_date(token: &str, reference: NaiveDate) -> Option<NaiveDate> {
    if token.contains('-') {
        let parts: Vec<&str> = token.split('-').collect();
        if parts.len() == 3 && parts[0].len() == 4 {
            let y = parts[0].parse().ok()?;
            let m = parts[1].parse().ok()?;
            let d = parts[2].parse().ok()?;
            return NaiveDate::from_ymd_opt(y, m, d);
        }
        return None;
    }
    let parts: Vec<&str> = token.split('/').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    if !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    // "24/7" is a frequency, not a date.
    if parts.len() == 2 && parts[0] == "24" && parts[1] == "7" {
        return None;
    }
    let m: u32 = parts[0].parse().ok()?;
    let d: u32 = parts[1].parse().ok()?;
    if parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let year = match parts.get(2) {
        Some(y) => Some(year_of(y)?),
        None => None,
    };
    dated(year, m, d, reference)
}

/// Splits into words, keeping `/` and `-` inside them (for numeric dates) and
/// dropping surrounding punctuation.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')')
        .map(|t| t.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Reads the first date in a facilitator's words, e.g. "By Nov 24",
/// "Every Friday from Dec 4", "12/15", "2026-12-15", "15 December 2026".
///
/// A date without a year is the first occurrence on or after `reference`
/// minus [`LOOKBACK_DAYS`], so at a meeting on Nov 20 "Jan 15" means next
/// January. "today" and "tomorrow" are read too. Numeric dates are read US
/// style (month first). Returns `None` when no date is written ("Weekly note",
/// "Starting now", "Mon, Wed, Thu 6-8pm").
pub fn parse_loose_date(text: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let toks = tokens(text);
    for (i, tok) in toks.iter().enumerate() {
        let lower = tok.to_ascii_lowercase();
        match lower.as_str() {
            "today" | "tonight" => return Some(reference),
            "tomorrow" => return Some(reference + Duration::days(1)),
            _ => {}
        }
        if tok.contains('/') || tok.contains('-') {
            if let Some(d) = numeric_date(tok, reference) {
                return Some(d);
            }
            continue;
        }
        if let Some(month) = month_of(tok) {
            // "Dec 15", "December 15th, 2026"
            if let Some(day) = toks.get(i + 1).and_then(|t| day_of(t)) {
                let year = toks
                    .get(i + 2)
                    .and_then(|t| year_of(t))
                    .filter(|y| *y >= 1900);
                if let Some(d) = dated(year, month, day, reference) {
                    return Some(d);
                }
            }
            // "15 Dec 2026", "15th of December"
            let before = match i.checked_sub(1).map(|j| toks[j]) {
                Some(w) if w.eq_ignore_ascii_case("of") => i.checked_sub(2).map(|j| toks[j]),
                other => other,
            };
            if let Some(day) = before.and_then(day_of) {
                let year = toks
                    .get(i + 1)
                    .and_then(|t| year_of(t))
                    .filter(|y| *y >= 1900);
                if let Some(d) = dated(year, month, day, reference) {
                    return Some(d);
                }
            }
        }
    }
    None
}

/// "Tue, Dec 15, 2026": weekday, month as a word, day, year.
pub fn format_date(d: NaiveDate) -> String {
    let weekday = match d.weekday() {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    };
    format!(
        "{weekday}, {} {}, {}",
        MONTH_SHORT[d.month0() as usize],
        d.day(),
        d.year()
    )
}

/// A date in `language`: "Tue, Dec 15, 2026" in English, "mar, 15 dic 2026"
/// in Spanish (as browsers write `es` dates).
pub fn format_date_in(d: NaiveDate, language: crate::domain::Language) -> String {
    match language {
        crate::domain::Language::English => format_date(d),
        crate::domain::Language::Spanish => {
            const WEEKDAY_ES: [&str; 7] = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"];
            const MONTH_ES: [&str; 12] = [
                "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
            ];
            format!(
                "{}, {} {} {}",
                WEEKDAY_ES[d.weekday().num_days_from_monday() as usize],
                d.day(),
                MONTH_ES[d.month0() as usize],
                d.year()
            )
        }
    }
}

/// [`due_label`] in `language`: "vence hoy", "atrasado 3 días", "en 5 días".
pub fn due_label_in(due: NaiveDate, today: NaiveDate, language: crate::domain::Language) -> String {
    match language {
        crate::domain::Language::English => due_label(due, today),
        crate::domain::Language::Spanish => match days_until(today, due) {
            0 => "vence hoy".to_string(),
            1 => "vence mañana".to_string(),
            -1 => "atrasado 1 día".to_string(),
            n if n < 0 => format!("atrasado {} días", -n),
            n => format!("en {n} días"),
        },
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_until(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// Service referrals are due within 30 days of the initial out-of-home placement (P2).
pub fn referral_deadline(placement: NaiveDate) -> NaiveDate {
    placement + Duration::days(30)
}

/// The case plan is due within 60 days of removal (P6).
pub fn plan_due(removal: NaiveDate) -> NaiveDate {
    removal + Duration::days(60)
}

/// The plan is reviewed at least every 6 months (P7). Month ends clamp:
/// Aug 31 + 6 months is the last day of February.
pub fn review_due(last_meeting: NaiveDate) -> NaiveDate {
    last_meeting
        .checked_add_months(Months::new(6))
        .unwrap_or(NaiveDate::MAX)
}

/// "overdue by 3 days", "overdue by 1 day", "due today", "due tomorrow", "in 5 days".
pub fn due_label(due: NaiveDate, today: NaiveDate) -> String {
    match days_until(today, due) {
        0 => "due today".to_string(),
        1 => "due tomorrow".to_string(),
        -1 => "overdue by 1 day".to_string(),
        n if n < 0 => format!("overdue by {} days", -n),
        n => format!("in {n} days"),
    }
}

/// The earliest year a typed date may have (after two-digit years are read as 20xx).
pub const MIN_YEAR: i32 = 1900;
/// The latest year a typed date may have.
pub const MAX_YEAR: i32 = 2200;
/// A typed date more than this many years after today gets a warning.
pub const FAR_YEARS: u32 = 3;

/// What a typed date is for, and the dates it is checked against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateContext {
    /// Any date: only the year and "far away" are checked.
    #[default]
    Other,
    /// The next meeting: it should not be before this meeting's date.
    NextMeeting { meeting: Option<NaiveDate> },
    /// A deadline: one already past when typed gets a warning.
    Deadline,
}

/// What a date field tells the person who typed a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateNote {
    /// A year below 100 was read as 20xx: the date kept is this one.
    ReadAs(NaiveDate),
    /// The year can't be right; the previous date (if any) is kept.
    Refused { year: i32, kept: Option<NaiveDate> },
    /// Warning: the next meeting is before this meeting's date.
    BeforeMeeting(NaiveDate),
    /// Warning: a deadline already past.
    PastDeadline,
    /// Warning: more than [`FAR_YEARS`] years from today.
    FarAway,
}

/// A typed date, read: the value to keep and what to tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypedDate {
    pub value: Option<NaiveDate>,
    pub notes: Vec<DateNote>,
}

/// The year, month and day of a date input's value ("2026-12-15", also
/// "0026-12-15" as Chromium stores "12/15/26", and "+275760-01-01").
pub fn split_input_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.trim().trim_start_matches('+').rsplitn(3, '-');
    let d = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let y = parts.next()?;
    if y.is_empty() || !y.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((y.parse().ok()?, m, d))
}

/// The date a date input's value means: a year below 100 read as 20xx
/// (Chromium stores "12/15/26" as the year 0026); `None` when it is empty or
/// not a date.
pub fn input_date(text: &str) -> Option<NaiveDate> {
    let (y, m, d) = split_input_date(text)?;
    let y = if y < 100 { 2000 + y } else { y };
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Reads what was typed into a date input (its value, `yyyy-mm-dd`), never
/// losing data: a year below 100 is read as 20xx and said so; a year outside
/// [`MIN_YEAR`]–[`MAX_YEAR`] is refused and `previous` kept; an empty value
/// clears the date. Warnings (the date is kept): see [`DateContext`], and any
/// date more than [`FAR_YEARS`] years after `today`.
pub fn read_typed_date(
    text: &str,
    previous: Option<NaiveDate>,
    context: DateContext,
    today: NaiveDate,
) -> TypedDate {
    let text = text.trim();
    if text.is_empty() {
        return TypedDate {
            value: None,
            notes: Vec::new(),
        };
    }
    let Some((year, _, _)) = split_input_date(text) else {
        return TypedDate {
            value: previous,
            notes: Vec::new(),
        };
    };
    let read_year = if year < 100 { 2000 + year } else { year };
    if !(MIN_YEAR..=MAX_YEAR).contains(&read_year) {
        return TypedDate {
            value: previous,
            notes: vec![DateNote::Refused {
                year,
                kept: previous,
            }],
        };
    }
    let Some(date) = input_date(text) else {
        return TypedDate {
            value: previous,
            notes: Vec::new(),
        };
    };
    let mut notes = Vec::new();
    if year < 100 {
        notes.push(DateNote::ReadAs(date));
    }
    match context {
        DateContext::NextMeeting {
            meeting: Some(meeting),
        } if date < meeting => notes.push(DateNote::BeforeMeeting(meeting)),
        DateContext::Deadline if date < today => notes.push(DateNote::PastDeadline),
        _ => {}
    }
    let far = today
        .checked_add_months(Months::new(12 * FAR_YEARS))
        .unwrap_or(NaiveDate::MAX);
    if date > far {
        notes.push(DateNote::FarAway);
    }
    TypedDate {
        value: Some(date),
        notes,
    }
}
