//! The two printouts: the caseworker's plan (everything, private items marked
//! "not shared") and the family's plan (the family projection, drawn by the
//! family view). Both are pages of the editor (`/plan/:id/print`,
//! `/plan/:id/print-family`) with a Print button; the print stylesheet
//! (`style/print.css`) turns them into paper with the family name, the meeting
//! date and page numbers on every page.
//!
//! Also the referral sheets for providers (`referrals.rs`, `/plan/:id/referrals`,
//! built by `domain::referral`, nothing private) and the fidelity checklist
//! (`fidelity.rs`), each with its own toolbar.

pub mod caseworker;
pub mod fidelity;
pub mod pages;
pub mod referrals;

use leptos::prelude::*;

use crate::domain::i18n::family::PrintText;
use crate::domain::i18n::fill;
use crate::domain::Language;

/// A CSS string literal holding `text` (quotes, backslashes, line breaks and
/// `<` escaped).
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' => out.push_str(&format!("\\{:x} ", c as u32)),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A CSS `content` value for `template` ("Page {page} of {pages}"): its
/// words as strings, its placeholders as the page counters.
fn css_counters(template: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}').map(|e| start + e) else {
            break;
        };
        if start > 0 {
            parts.push(css_string(&rest[..start]));
        }
        parts.push(format!("counter({})", &rest[start + 1..end]));
        rest = &rest[end + 1..];
    }
    if !rest.is_empty() {
        parts.push(css_string(rest));
    }
    parts.join(" ")
}

/// What every printed page carries: `title` (the family name and the meeting
/// date) at the top, "Page N of M" (in `language`) at the bottom, on Letter paper.
#[component]
pub fn PageHeader(#[prop(into)] title: String, language: Language) -> impl IntoView {
    let css = format!(
        "@media print {{ @page {{ size: letter; margin: 14mm 13mm 14mm; \
         @top-left {{ content: {}; font: 9pt system-ui, sans-serif; color: #000; }} \
         @bottom-right {{ content: {}; font: 9pt system-ui, sans-serif; color: #000; }} }} }}",
        css_string(&title),
        css_counters(PrintText::get(language).page_n_of_m)
    );
    view! { <style>{css}</style> }
}

/// "Rivera family — family's plan — meeting of Fri, Nov 20, 2026", in `language`.
pub fn page_title(
    family: &str,
    date: Option<chrono::NaiveDate>,
    whose: &str,
    language: Language,
) -> String {
    let t = PrintText::get(language);
    let family = match family.trim() {
        "" => t.family_plan,
        f => f,
    };
    match date {
        Some(d) => fill(
            t.title_with_date,
            &[
                ("family", family),
                ("whose", whose),
                ("date", &crate::domain::dates::format_date_in(d, language)),
            ],
        ),
        None => format!("{family} — {whose}"),
    }
}
