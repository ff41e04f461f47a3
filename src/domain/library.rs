//! The plan library (home screen) logic: summaries, search and ordering.

use serde::{Deserialize, Serialize};

use super::i18n::shell::library::{AgoText, LibraryText};
use super::i18n::{count, fill};
use super::plan::Plan;
use super::Language;

/// What the library lists for each plan, without loading the whole plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanSummary {
    pub id: String,
    pub family_name: String,
    pub child_names: Vec<String>,
    pub updated_ms: i64,
    /// When the team meets next (D2), if set.
    pub next_meeting: Option<chrono::NaiveDate>,
    /// The case's meetings, oldest first, the current one last (empty in
    /// summaries stored before issue 12: one meeting).
    pub meetings: Vec<super::history::MeetingEntry>,
    /// The case's timeframes (P2, P6, monthly review, P7), for "due next".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<super::timeframes::Deadline>,
}

impl PlanSummary {
    pub fn of(plan: &Plan) -> PlanSummary {
        PlanSummary {
            id: plan.id.clone(),
            family_name: plan.family_name.clone(),
            child_names: plan
                .children
                .iter()
                .map(|c| c.name.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect(),
            updated_ms: plan.updated_ms,
            next_meeting: plan.next_meeting.date,
            meetings: super::history::meetings(plan),
            deadlines: super::timeframes::deadlines(plan),
        }
    }

    /// The family name to show, never empty.
    pub fn title(&self) -> &str {
        Self::title_of(&self.family_name)
    }

    /// The family name to show, never empty ("Untitled family" in `language`).
    pub fn title_in(&self, language: Language) -> &str {
        Self::title_of_in(&self.family_name, language)
    }

    /// The title a plan with this family name shows, never empty.
    pub fn title_of(family_name: &str) -> &str {
        Self::title_of_in(family_name, Language::English)
    }

    /// The title a plan with this family name shows in `language`, never empty.
    pub fn title_of_in(family_name: &str, language: Language) -> &str {
        let name = family_name.trim();
        if name.is_empty() {
            LibraryText::get(language).untitled
        } else {
            name
        }
    }

    /// True when every word of the query appears in the family or a child's name.
    pub fn matches(&self, query: &str) -> bool {
        let hay = format!("{} {}", self.family_name, self.child_names.join(" ")).to_lowercase();
        query
            .split_whitespace()
            .all(|word| hay.contains(&word.to_lowercase()))
    }
}

/// The summaries matching `query`, most recently edited first.
pub fn search(summaries: &[PlanSummary], query: &str) -> Vec<PlanSummary> {
    let mut found: Vec<PlanSummary> = summaries
        .iter()
        .filter(|s| s.matches(query))
        .cloned()
        .collect();
    found.sort_by(|a, b| {
        b.updated_ms
            .cmp(&a.updated_ms)
            .then_with(|| a.id.cmp(&b.id))
    });
    found
}

/// `found` (from [`search`]) by what is due first: overdue first, then the
/// soonest due, then cases with nothing due; ties keep their order.
pub fn sort_by_due(found: &mut [PlanSummary], today: chrono::NaiveDate) {
    found.sort_by_cached_key(|s| super::timeframes::due_order(&s.deadlines, today));
}

/// A copy of a plan under a new id and name ("Rivera family (copy)").
pub fn duplicate(plan: &Plan, new_id: &str, now_ms: i64) -> Plan {
    duplicate_in(plan, new_id, now_ms, Language::English)
}

/// [`duplicate`], its name marked in `language` ("Rivera family (copia)").
pub fn duplicate_in(plan: &Plan, new_id: &str, now_ms: i64, language: Language) -> Plan {
    let mut copy = plan.clone();
    copy.id = new_id.to_string();
    copy.family_name = copy_name(&plan.family_name, language);
    copy.created_ms = now_ms;
    copy.updated_ms = now_ms;
    copy
}

/// The Rivera family example plan (the shared reference corpus in our own
/// stored format, so the app doesn't ship the corpus importer), under a new id.
pub fn example_plan(id: &str, now_ms: i64) -> Plan {
    let mut plan = super::envelope::plan_from_json(EXAMPLE_PLAN)
        .expect("the bundled example plan is valid (checked by a native test)");
    plan.id = id.to_string();
    plan.created_ms = now_ms;
    plan.updated_ms = now_ms;
    plan
}

/// Written by `cargo run --example write_example_plan`.
pub const EXAMPLE_PLAN: &str = include_str!("example-plan.json");

/// A plan's name marked as a copy in `language`: "Rivera family (copy)".
pub fn copy_name(family_name: &str, language: Language) -> String {
    fill(
        LibraryText::get(language).copy_name,
        &[("name", family_name.trim())],
    )
}

/// How long ago, in words, for the library list.
pub fn edited_ago(updated_ms: i64, now_ms: i64) -> String {
    edited_ago_in(updated_ms, now_ms, Language::English)
}

/// How long ago, in words in `language` ("5 minutes ago", "hace 5 minutos").
pub fn edited_ago_in(updated_ms: i64, now_ms: i64, language: Language) -> String {
    let t = AgoText::get(language);
    let minutes = ((now_ms - updated_ms).max(0) / 60_000) as usize;
    match minutes {
        0 => t.just_now.into(),
        1..=59 => count(minutes, t.minute, t.minutes),
        60..=1439 => count(minutes / 60, t.hour, t.hours),
        1440..=2879 => t.yesterday.into(),
        _ => count(minutes / 1440, t.days, t.days),
    }
}

/// True for an id this app would make and can put in an address
/// (`/plan/<id>/…`): 1 to 64 letters, digits, `-` or `_`. Anything else (`/`,
/// `?`, `#`, `..`, spaces) would make a plan that is listed but can't be opened.
pub fn is_safe_plan_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Plans from a backup file, made safe to add: a plan whose id is already in
/// this browser, repeats an earlier plan of the same file, is empty or is not
/// a [safe id](is_safe_plan_id) gets a fresh id (and "(imported)" after its
/// name, when it clashed), so importing never replaces anything and every
/// plan can be opened. Returns each plan with whether it was renamed.
pub fn prepare_import(
    plans: Vec<Plan>,
    existing: &[String],
    fresh_id: impl FnMut() -> String,
) -> Vec<(Plan, bool)> {
    prepare_import_in(plans, existing, fresh_id, Language::English)
}

/// [`prepare_import`], a clashing plan's name marked in `language`.
pub fn prepare_import_in(
    plans: Vec<Plan>,
    existing: &[String],
    mut fresh_id: impl FnMut() -> String,
    language: Language,
) -> Vec<(Plan, bool)> {
    let mut taken: Vec<String> = existing.to_vec();
    plans
        .into_iter()
        .map(|mut plan| {
            let clash = taken.contains(&plan.id);
            // "shared-…" ids were phone copies in version 1: an imported one is
            // a plan the user chose to bring back, so it gets an id of its own.
            if clash || !is_safe_plan_id(&plan.id) || plan.id.starts_with("shared-") {
                plan.id = fresh_id();
            }
            if clash {
                plan.family_name = fill(
                    LibraryText::get(language).imported_name,
                    &[("name", plan.family_name.trim())],
                );
            }
            taken.push(plan.id.clone());
            (plan, clash)
        })
        .collect()
}
