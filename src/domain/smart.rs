//! Live SMART hints for a goal statement (C1: Specific, Measurable, Achievable,
//! Realistic, Time-limited, stated as the positive behaviour that will result;
//! B6: behavioural change, not "seat time" in a class).
//!
//! Rule-based and forgiving: an empty hint list means "SMART enough", not a
//! proof. A frequency ("weekly", "each week", "every Friday") is a measure,
//! not a deadline; a deadline is a date ("by Feb 28", "12/15"), a span from
//! now ("within 30 days", "in 3 months", "over the next 90 days") or a named
//! time ("by summer", "this week", "by the next meeting").

use super::dates::month_of;
use super::i18n::steps::smart::SmartText;
use super::Language;

/// Something a goal statement could say more clearly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SmartHint {
    NoDate,
    NoMeasure,
    Negative,
    SeatTime,
    TooVague,
    TooLong,
}

impl SmartHint {
    pub const ALL: [SmartHint; 6] = [
        SmartHint::NoDate,
        SmartHint::NoMeasure,
        SmartHint::Negative,
        SmartHint::SeatTime,
        SmartHint::TooVague,
        SmartHint::TooLong,
    ];

    /// The hint in plain words for the room (English).
    pub fn message(&self) -> &'static str {
        self.message_in(Language::English)
    }

    /// The hint in plain words for the room, in `language`.
    pub fn message_in(&self, language: Language) -> &'static str {
        let t = SmartText::get(language);
        match self {
            SmartHint::NoDate => t.no_date,
            SmartHint::NoMeasure => t.no_measure,
            SmartHint::Negative => t.negative,
            SmartHint::SeatTime => t.seat_time,
            SmartHint::TooVague => t.too_vague,
            SmartHint::TooLong => t.too_long,
        }
    }
}

/// Words longer than this make a goal too long to hold in mind.
pub const MAX_GOAL_WORDS: usize = 40;

/// Lowercase words with surrounding punctuation removed; inner `/`, `-`, `'`,
/// `%` and `.` kept ("12/15", "two-bedroom", "won't", "95%").
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"'))
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric() && c != '%')
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

const NUMBER_WORDS: [&str; 28] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety",
    "hundred", "once", "twice", "half", "both", "zero", "dozen", "several",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const SEASONS: [&str; 8] = [
    "summer",
    "spring",
    "fall",
    "autumn",
    "winter",
    "christmas",
    "thanksgiving",
    "easter",
];

const UNITS: [&str; 8] = [
    "day", "days", "week", "weeks", "month", "months", "year", "years",
];

fn is_number(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || w.split('-').any(|p| NUMBER_WORDS.contains(&p))
}

fn is_day_number(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty()
        && digits.len() <= 2
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_numeric_date(w: &str) -> bool {
    if w == "24/7" {
        return false;
    }
    let slash: Vec<&str> = w.split('/').collect();
    let dash: Vec<&str> = w.split('-').collect();
    let all_digits = |ps: &[&str]| {
        ps.iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    };
    (slash.len() >= 2 && slash.len() <= 3 && all_digits(&slash) && slash[0].len() <= 2)
        || (dash.len() == 3 && all_digits(&dash) && dash[0].len() == 4)
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit())
}

/// Words allowed between "by" and a named time: "by the next team meeting".
const FILLERS: [&str; 15] = [
    "the",
    "our",
    "his",
    "her",
    "their",
    "next",
    "first",
    "team",
    "court",
    "family",
    "start",
    "end",
    "beginning",
    "of",
    "new",
];

/// Marks the words that state a deadline; returns whether there is one.
fn find_deadline(ws: &[String], used: &mut [bool]) -> bool {
    let mut found = false;
    let at = |i: usize| ws.get(i).map(String::as_str).unwrap_or("");
    for i in 0..ws.len() {
        let w = at(i);
        let prev = if i > 0 { at(i - 1) } else { "" };
        let time_prep = matches!(
            prev,
            "by" | "before" | "until" | "till" | "in" | "from" | "starting" | "of" | "end"
        );
        let mark = |from: usize, to: usize, used: &mut [bool]| {
            for u in used.iter_mut().take(to + 1).skip(from) {
                *u = true;
            }
        };
        // "Feb 28", "February 28th", "28 Feb", "by March", "by the end of May"
        if month_of(w).is_some() {
            if is_day_number(at(i + 1)) {
                found = true;
                mark(i, i + 1, used);
                if is_year(at(i + 2)) {
                    mark(i + 2, i + 2, used);
                }
                continue;
            }
            if i > 0 && is_day_number(prev) {
                found = true;
                mark(i - 1, i, used);
                continue;
            }
            if time_prep {
                found = true;
                mark(i, i, used);
                continue;
            }
        }
        if is_numeric_date(w) {
            found = true;
            mark(i, i, used);
            continue;
        }
        if is_year(w) && matches!(prev, "by" | "before" | "until" | "in" | "of") {
            found = true;
            mark(i, i, used);
            continue;
        }
        match w {
            "today" | "tonight" | "tomorrow" => {
                found = true;
                mark(i, i, used);
                continue;
            }
            // "this week", "next month", "by the end of the month"
            "week" | "month" | "year" | "weekend" | "semester" | "term"
                if matches!(prev, "this" | "next" | "the")
                    && !matches!(at(i.wrapping_sub(2)), "each" | "every" | "a" | "per") =>
            {
                found = true;
                mark(i.saturating_sub(1), i, used);
                continue;
            }
            // "by Friday", "this Friday", "on Friday" (not "Fridays", "every Friday")
            _ if WEEKDAYS.contains(&w)
                && matches!(prev, "by" | "before" | "until" | "this" | "next" | "on") =>
            {
                found = true;
                mark(i, i, used);
                continue;
            }
            // "by summer", "before Christmas"
            _ if SEASONS.contains(&w) => {
                let prep = matches!(prev, "by" | "before" | "until" | "this" | "next" | "in")
                    || (matches!(prev, "the")
                        && matches!(
                            at(i.wrapping_sub(2)),
                            "by" | "before" | "until" | "of" | "in"
                        ));
                if prep {
                    found = true;
                    mark(i, i, used);
                    continue;
                }
            }
            // "by the next meeting", "before the court hearing", "by the start of school"
            "meeting" | "hearing" | "review" | "date" | "school" | "birthday" | "holidays" => {
                let mut j = i;
                let mut anchored = false;
                while j > 0 && FILLERS.contains(&at(j - 1)) {
                    anchored |= matches!(at(j - 1), "next" | "start" | "end" | "beginning");
                    j -= 1;
                }
                let prep = j > 0 && matches!(at(j - 1), "by" | "before" | "until");
                let school_ok = w != "school" || anchored || (j == i && at(j - 1) == "before");
                if prep && school_ok {
                    found = true;
                    mark(i, i, used);
                    continue;
                }
            }
            _ => {}
        }
        // "within 30 days", "in 3 months", "within a month", "over the next 90 days"
        if UNITS.contains(&w) {
            let mut j = i;
            if j > 0 && (is_number(at(j - 1)) || matches!(at(j - 1), "a" | "an" | "few" | "couple"))
            {
                j -= 1;
            }
            while j > 0 && matches!(at(j - 1), "next" | "the" | "few" | "a" | "couple" | "of") {
                j -= 1;
            }
            if j > 0 && j < i && matches!(at(j - 1), "within" | "in" | "over" | "after") {
                found = true;
                mark(j - 1, i, used);
            }
        }
    }
    found
}

/// Words and phrases that make a statement measurable.
const MEASURE_WORDS: [&str; 34] = [
    "weekly",
    "daily",
    "monthly",
    "nightly",
    "every",
    "each",
    "all",
    "always",
    "percent",
    "%",
    "times",
    "per",
    "test",
    "tests",
    "tested",
    "testing",
    "screens",
    "confirmed",
    "verified",
    "documented",
    "signed",
    "attendance",
    "record",
    "log",
    "certificate",
    "report",
    "least",
    "most",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "weekends",
];

fn has_measure(ws: &[String], used: &[bool]) -> bool {
    ws.iter().enumerate().any(|(i, w)| {
        !used[i]
            && (is_number(w)
                || w.ends_with('%')
                || MEASURE_WORDS.contains(&w.as_str())
                || w == "saturdays"
                || w == "sundays")
    })
}

const MODALS: [&str; 14] = [
    "will", "would", "can", "shall", "should", "must", "is", "are", "am", "do", "does", "did",
    "to", "be",
];

const NEGATIVE_CONTRACTIONS: [&str; 9] = [
    "won't",
    "can't",
    "cannot",
    "don't",
    "doesn't",
    "isn't",
    "aren't",
    "wouldn't",
    "shouldn't",
];

const NEGATIVE_VERBS: [&str; 10] = [
    "stop", "quit", "avoid", "refrain", "cease", "never", "not", "no", "nothing", "nobody",
];

/// True if a verb phrase is negated: "will not drink", "won't", "will no longer
/// see", "will stop drinking", "will never", "will be no violence", or a
/// statement that opens with one ("No drinking at home", "Stop yelling").
fn is_negative(ws: &[String]) -> bool {
    if ws.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "no" | "stop" | "never" | "quit" | "avoid" | "don't" | "not"
        )
    }) {
        return true;
    }
    ws.iter().enumerate().any(|(i, w)| {
        if NEGATIVE_CONTRACTIONS.contains(&w.as_str()) {
            return true;
        }
        if !MODALS.contains(&w.as_str()) || (w == "to" && i == 0) {
            return false;
        }
        let next = ws.get(i + 1).map(String::as_str).unwrap_or("");
        // "will be no violence", "will have no contact"
        let after = ws.get(i + 2).map(String::as_str).unwrap_or("");
        if matches!(next, "be" | "have") && matches!(after, "no" | "not" | "never") {
            return true;
        }
        // "will not only …" is not a negation
        if next == "not" && after == "only" {
            return false;
        }
        match w.as_str() {
            // "to stop", "to avoid" are negative only as the goal's verb
            "to" | "be" => matches!(next, "stop" | "quit" | "avoid" | "refrain"),
            _ => NEGATIVE_VERBS.contains(&next),
        }
    })
}

const SEAT_VERBS: [&str; 14] = [
    "attend",
    "attends",
    "attending",
    "complete",
    "completes",
    "completing",
    "finish",
    "finishes",
    "enroll",
    "enrol",
    "participate",
    "comply",
    "cooperate",
    "engage",
];

const SEAT_OBJECTS: [&str; 20] = [
    "class",
    "classes",
    "program",
    "programs",
    "programme",
    "course",
    "courses",
    "group",
    "groups",
    "session",
    "sessions",
    "counseling",
    "counselling",
    "therapy",
    "treatment",
    "services",
    "workshop",
    "training",
    "meetings",
    "evaluation",
];

/// Words that show a behaviour or outcome beyond attending.
const OUTCOME_WORDS: [&str; 39] = [
    "show",
    "shows",
    "showing",
    "demonstrate",
    "demonstrates",
    "use",
    "uses",
    "using",
    "practice",
    "practise",
    "stay",
    "stays",
    "remain",
    "keep",
    "keeps",
    "maintain",
    "sober",
    "sobriety",
    "safe",
    "safely",
    "calm",
    "calmly",
    "manage",
    "handle",
    "respond",
    "protect",
    "provide",
    "able",
    "explain",
    "describe",
    "apply",
    "live",
    "lives",
    "feed",
    "supervise",
    "pay",
    "tell",
    "talk",
    "seen",
];

fn is_seat_time(ws: &[String]) -> bool {
    let seat = ws.iter().enumerate().any(|(i, w)| {
        let go = w == "go" || w == "goes" || w == "going";
        let verb =
            SEAT_VERBS.contains(&w.as_str()) || (go && ws.get(i + 1).is_some_and(|n| n == "to"));
        verb && ws[i + 1..]
            .iter()
            .take(6)
            .any(|o| SEAT_OBJECTS.contains(&o.as_str()))
    });
    seat && !ws.iter().any(|w| OUTCOME_WORDS.contains(&w.as_str()))
}

const VAGUE_WORDS: [&str; 20] = [
    "better",
    "improve",
    "improved",
    "improves",
    "appropriate",
    "appropriately",
    "adequate",
    "adequately",
    "things",
    "stuff",
    "okay",
    "ok",
    "good",
    "try",
    "address",
    "work",
    "progress",
    "issues",
    "needed",
    "properly",
];

/// Hints for a goal statement, in [`SmartHint::ALL`] order; empty means SMART
/// enough. `tasks_have_dates` lets the goal's tasks supply the "when"; then
/// [`SmartHint::NoDate`] is not given. A blank statement gets
/// [`SmartHint::TooVague`] only.
pub fn smart_hints(statement: &str, tasks_have_dates: bool) -> Vec<SmartHint> {
    let ws = words(statement);
    if ws.is_empty() {
        return vec![SmartHint::TooVague];
    }
    let mut used = vec![false; ws.len()];
    let dated = find_deadline(&ws, &mut used);
    let measured = has_measure(&ws, &used);
    let vague = ws.len() < 4 || (!measured && ws.iter().any(|w| VAGUE_WORDS.contains(&w.as_str())));
    let sentences = statement
        .split(['.', '!', '?', '\n'])
        .filter(|s| s.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .count();

    let mut hints = Vec::new();
    if !dated && !tasks_have_dates {
        hints.push(SmartHint::NoDate);
    }
    if !measured {
        hints.push(SmartHint::NoMeasure);
    }
    if is_negative(&ws) {
        hints.push(SmartHint::Negative);
    }
    if is_seat_time(&ws) {
        hints.push(SmartHint::SeatTime);
    }
    if vague {
        hints.push(SmartHint::TooVague);
    }
    if ws.len() > MAX_GOAL_WORDS || sentences > 2 {
        hints.push(SmartHint::TooLong);
    }
    hints
}

/// What a task is missing, as short prompts: what, who, when, who checks (English).
pub fn task_hints(
    what: &str,
    has_who: bool,
    has_date_or_when: bool,
    has_checker: bool,
) -> Vec<&'static str> {
    task_hints_in(
        what,
        has_who,
        has_date_or_when,
        has_checker,
        Language::English,
    )
}

/// [`task_hints`] in `language`.
pub fn task_hints_in(
    what: &str,
    has_who: bool,
    has_date_or_when: bool,
    has_checker: bool,
    language: Language,
) -> Vec<&'static str> {
    let t = SmartText::get(language);
    let mut hints = Vec::new();
    if what.trim().is_empty() {
        hints.push(t.task_what);
    }
    if !has_who {
        hints.push(t.task_who);
    }
    if !has_date_or_when {
        hints.push(t.task_when);
    }
    if !has_checker {
        hints.push(t.task_checker);
    }
    hints
}
