//! `/plan/:id/referrals`: one referral sheet per provider (K2, D7), drawn
//! from the plan open in the editor by `domain::referral`, nothing private.
//!
//! Each sheet can be printed alone ("Print this referral": the other sheets
//! get `no-print` until the browser is done printing) or all together, each
//! on a page of its own. What a sheet still lacks is shown to the caseworker
//! on screen only, with a link to the Goals step. In the interface language.

use std::time::Duration;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{page_title, PageHeader};
use crate::domain::dates::format_date_in;
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::referral::ReferralText;
use crate::domain::referral::{
    needing_provider, referrals, sheet_of, Referral, ReferralField, ReferredService,
};
use crate::domain::{ItemId, Language, Step};
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::widgets::focus_later;

/// The id of a sheet's section (the link's `#fragment`) and of its heading.
fn sheet_anchor(sheet: ItemId) -> String {
    format!("referral-{sheet}")
}

fn heading_id(sheet: ItemId) -> String {
    format!("referral-{sheet}-title")
}

/// The referral sheets page.
#[component]
pub fn ReferralSheets() -> impl IntoView {
    let plan = use_editor().plan;
    let ui = ui_language();
    let t = ReferralText::get(ui);
    // The one sheet printed alone, or `None` for all of them.
    let only = RwSignal::new(None::<ItemId>);
    let after = window_event_listener(leptos::ev::afterprint, move |_| only.set(None));
    // A print not started here (Ctrl+P, the browser's menu) prints every
    // sheet, even where a browser never said the last one ended.
    let ours = StoredValue::new(false);
    let before = window_event_listener(leptos::ev::beforeprint, move |_| {
        if !ours.get_value() {
            only.set(None);
        }
        ours.set_value(false);
    });
    on_cleanup(move || {
        after.remove();
        before.remove();
    });
    let print = move |which: Option<ItemId>| {
        only.set(which);
        // Print once the other sheets are hidden.
        set_timeout(
            move || {
                ours.set_value(true);
                let _ = window().print();
            },
            Duration::from_millis(30),
        );
    };
    // Opened for one provider (the service editor's link): its heading.
    let hash = window().location().hash().unwrap_or_default();
    if let Some(sheet) = hash.strip_prefix("#referral-") {
        focus_later(format!("referral-{sheet}-title"));
    }
    view! {
        <div class="print-toolbar no-print">
            <p>{t.note}</p>
            <button type="button" class="button primary" id="print-all-referrals" on:click=move |_| print(None)>{t.print_all}</button>
        </div>
        {move || plan.with(|p| {
            let sheets = referrals(p);
            let apart = needing_provider(p);
            let goals_href = format!("{}/plan/{}/{}", crate::ui::base_path(), p.id, Step::Goals.slug());
            view! {
                <PageHeader title=page_title(&p.family_name, p.meeting.date, t.whose, ui) language=ui/>
                <article class="print-doc referral-doc">
                    {sheets.is_empty().then(|| view! { <p class="no-print referral-none">{t.none_yet}</p> })}
                    {needs_provider(apart, &goals_href, ui)}
                    {sheets.into_iter().enumerate().map(|(i, sheet)| {
                        sheet_view(sheet, i, only, print, &goals_href, ui)
                    }).collect_view()}
                </article>
            }
        })}
    }
}

/// The services no sheet can be made for yet (on screen only).
fn needs_provider(
    services: Vec<ReferredService>,
    goals_href: &str,
    ui: Language,
) -> Option<AnyView> {
    let t = ReferralText::get(ui);
    (!services.is_empty()).then(|| {
        view! {
            <section class="referral-apart no-print" aria-labelledby="referral-apart-title">
                <h2 id="referral-apart-title">{t.needs_provider_heading}</h2>
                <p>{t.needs_provider_note}</p>
                <ul>{services.into_iter().map(|s| view! { <li>{service_name(&s, ui)}</li> }).collect_view()}</ul>
                {goals_link(goals_href, ui)}
            </section>
        }
        .into_any()
    })
}

fn goals_link(goals_href: &str, ui: Language) -> impl IntoView {
    view! {
        <a href=goals_href.to_string() on:click=|_| focus_later("step-title".into())>
            {ReferralText::get(ui).complete_on_goals}
        </a>
    }
}

fn service_name(s: &ReferredService, ui: Language) -> String {
    match s.service.as_str() {
        "" => ReferralText::get(ui).unnamed_service.to_string(),
        name => name.to_string(),
    }
}

/// One labelled value; nothing when the value is empty.
fn row(label: &'static str, value: &str) -> Option<AnyView> {
    (!value.is_empty()).then(|| {
        let value = value.to_string();
        view! { <dt>{label}</dt><dd>{value}</dd> }.into_any()
    })
}

fn date_row(label: &'static str, date: Option<NaiveDate>, ui: Language) -> Option<AnyView> {
    date.and_then(|d| row(label, &format_date_in(d, ui)))
}

/// One provider's sheet.
fn sheet_view(
    sheet: Referral,
    index: usize,
    only: RwSignal<Option<ItemId>>,
    print: impl Fn(Option<ItemId>) + Copy + 'static,
    goals_href: &str,
    ui: Language,
) -> AnyView {
    let t = ReferralText::get(ui);
    let id = sheet.id;
    let class = move || {
        let mut class = String::from("referral-sheet");
        match only.get() {
            Some(one) if one != id => class.push_str(" no-print"),
            // Printed together, each sheet starts a page.
            None if index > 0 => class.push_str(" referral-break"),
            _ => {}
        }
        class
    };
    let heading = fill(t.sheet_heading, &[("provider", &sheet.provider)]);
    let print_label = fill(t.print_this_label, &[("provider", &sheet.provider)]);
    let children = sheet
        .children
        .iter()
        .map(|c| match c.age {
            Some(age) => fill(
                t.child_age,
                &[("name", &c.first_name), ("age", &age.to_string())],
            ),
            None => c.first_name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let (cw_name, cw_contact) = sheet
        .caseworker
        .as_ref()
        .map(|c| (c.name.clone(), c.contact.clone()))
        .unwrap_or_default();
    let missing = missing_view(&sheet, goals_href, ui);
    let report = match sheet.next_meeting {
        Some(d) => fill(t.report_by, &[("date", &format_date_in(d, ui))]),
        None => t.report.to_string(),
    };
    view! {
        <section class=class id=sheet_anchor(id) aria-labelledby=heading_id(id) data-provider=sheet.provider.clone()>
            <div class="referral-head">
                <h2 id=heading_id(id) tabindex="-1">{heading}</h2>
                <button type="button" class="button small no-print print-this-referral" aria-label=print_label
                    on:click=move |_| print(Some(id))>{t.print_this}</button>
            </div>
            {missing}
            <dl class="print-fields">
                {row(t.family, &sheet.family_name)}
                {row(t.language, sheet.language.name_in(ui))}
                {row(t.children, &children)}
                {row(t.caseworker, &cw_name)}
                {row(t.caseworker_contact, &cw_contact)}
            </dl>
            {sheet.services.iter().map(|s| view! {
                <div class="print-block referral-service" data-service=s.id>
                    <h3>{service_name(s, ui)}</h3>
                    <dl class="print-fields">
                        {row(t.need, &s.need)}
                        {row(t.goal, &s.goal_statement)}
                        {row(t.outcome, &s.goal_outcome)}
                        {row(t.frequency, &s.frequency)}
                        {row(t.intensity, &s.intensity)}
                        {row(t.location, &s.location)}
                        {row(t.duration, &s.duration)}
                        {date_row(t.starts, s.start, ui)}
                        {date_row(t.referral_sent, s.referral_date, ui)}
                        {row(t.barriers, &s.barriers)}
                    </dl>
                </div>
            }).collect_view()}
            <p class="referral-report">{report}</p>
        </section>
    }
    .into_any()
}

/// What the sheet's services still lack (on screen only), or nothing.
fn missing_view(sheet: &Referral, goals_href: &str, ui: Language) -> Option<AnyView> {
    let t = ReferralText::get(ui);
    let lines: Vec<String> = sheet
        .services
        .iter()
        .filter(|s| !s.missing.is_empty())
        .map(|s| {
            let fields: Vec<&str> = s
                .missing
                .iter()
                .map(|f: &ReferralField| f.label_in(ui))
                .collect();
            format!("{}: {}", service_name(s, ui), fields.join(", "))
        })
        .collect();
    (!lines.is_empty()).then(|| {
        view! {
            <div class="referral-missing no-print" role="note">
                <p class="referral-missing-title">{t.missing_heading}</p>
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                {goals_link(goals_href, ui)}
            </div>
        }
        .into_any()
    })
}

/// The service editor's link to its provider's sheet (focused on arrival);
/// to the page's top when the service has no sheet (private, no provider).
#[component]
pub fn ReferralLink(id: ItemId) -> impl IntoView {
    let plan = use_editor().plan;
    let t = ReferralText::get(ui_language());
    let sheet = Memo::new(move |_| plan.with(|p| sheet_of(p, id)));
    let href = move || {
        let path = plan.with(|p| {
            format!(
                "{}/plan/{}/{}",
                crate::ui::base_path(),
                p.id,
                super::pages::Printout::REFERRALS_SLUG
            )
        });
        match sheet.get() {
            Some(s) => format!("{path}#{}", sheet_anchor(s)),
            None => path,
        }
    };
    view! {
        <a class="button small ghost referral-link" id=format!("service-{id}-referral") href=href
            on:click=move |_| focus_later(sheet.get_untracked().map(heading_id).unwrap_or_else(|| "step-title".into()))>
            {t.open_sheet}
        </a>
    }
}
