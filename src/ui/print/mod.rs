//! The two printouts: the caseworker's plan (everything, private items marked
//! "not shared") and the family's plan (the family projection, drawn by the
//! family view). Both are pages of the editor (`/plan/:id/print`,
//! `/plan/:id/print-family`) with a Print button; the print stylesheet
//! (`style/print.css`) turns them into paper with the family name, the meeting
//! date and page numbers on every page.

pub mod caseworker;
pub mod pages;

use leptos::prelude::*;

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

/// What every printed page carries: `title` (the family name and the meeting
/// date) at the top, "Page N of M" at the bottom, on Letter paper.
#[component]
pub fn PageHeader(#[prop(into)] title: String) -> impl IntoView {
    let css = format!(
        "@media print {{ @page {{ size: letter; margin: 14mm 13mm 14mm; \
         @top-left {{ content: {}; font: 9pt system-ui, sans-serif; color: #000; }} \
         @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font: 9pt system-ui, sans-serif; color: #000; }} }} }}",
        css_string(&title)
    );
    view! { <style>{css}</style> }
}

/// "Rivera family — meeting of Fri, Nov 20, 2026".
pub fn page_title(family: &str, date: Option<chrono::NaiveDate>, whose: &str) -> String {
    let family = match family.trim() {
        "" => "Family plan",
        f => f,
    };
    match date {
        Some(d) => format!(
            "{family} — {whose} — meeting of {}",
            crate::domain::dates::format_date(d)
        ),
        None => format!("{family} — {whose}"),
    }
}
