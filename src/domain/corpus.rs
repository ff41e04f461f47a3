//! Import of the neutral plan layout used by `shared/corpus/*.json` (the way
//! facilitators write during a meeting: people named in words, dates in words).
//!
//! Names are matched to team members by first name, full name, or title-stripped
//! name ("Dr. Shah" → "Dr. Priya Shah"); what can't be matched is kept as
//! "someone else" text, so nothing written in the room is lost.

use chrono::NaiveDate;
use serde::Deserialize;

use super::plan::*;

/// The bundled example plan (a copy of the shared reference corpus).
pub const EXAMPLE_PLAN_JSON: &str = include_str!("../../tests/fixtures/corpus/typical.json");

#[derive(Deserialize, Default)]
#[serde(default)]
struct Doc {
    family: String,
    meeting: DocMeeting,
    children: Vec<DocChild>,
    team: Vec<DocMember>,
    strengths: Vec<DocStrength>,
    worries: Vec<DocWorry>,
    goals: Vec<DocGoal>,
    crisis_plan: DocCrisis,
    child_voice: Vec<DocVoice>,
    closure_criteria: DocClosure,
    permanency: Permanency,
    next_meeting: DocNext,
    agreement: String,
    /// The plan's language ("en", "es"); English when absent.
    language: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocMeeting {
    kind: String,
    date: String,
    place: String,
    facilitator: String,
    purpose: String,
    ground_rules: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocChild {
    name: String,
    age: Option<u8>,
    living_with: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocMember {
    name: String,
    relation: String,
    kind: String,
    attending: bool,
    reluctance: String,
    support_given: String,
    contact: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocStrength {
    who: String,
    text: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocWorry {
    text: String,
    safety: bool,
    scale: std::collections::BTreeMap<String, u8>,
    disagreement: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocGoal {
    domain: String,
    outcome: String,
    goal: String,
    tasks: Vec<DocTask>,
    services: Vec<DocService>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocTask {
    who: String,
    what: String,
    when: String,
    checks: String,
    #[serde(rename = "where")]
    place: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocService {
    provider: String,
    service: String,
    frequency: String,
    intensity: String,
    location: String,
    duration: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocCrisis {
    worst_case: String,
    warning_signs: Vec<String>,
    prevent: Vec<String>,
    respond: Vec<DocStep>,
    contacts: Vec<DocContact>,
    plan_b: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocStep {
    who: String,
    what: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocContact {
    name: String,
    why: String,
    phone: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocVoice {
    child: String,
    story: String,
    wished_ending: String,
    worries: String,
    good_things: String,
    dreams: String,
    own_words: String,
    #[serde(alias = "his_goals", alias = "her_goals", alias = "their_goals")]
    own_goals: String,
    safety_plan: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocClosure {
    protective_provisions: Vec<String>,
    behavioral_patterns: Vec<String>,
    relapse_and_crisis: Vec<String>,
    sustainable_supports: Vec<String>,
    legal_and_court: Vec<String>,
    measures_and_schedules: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DocNext {
    date: String,
    place: String,
    who: String,
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

fn role_from_relation(relation: &str, kind: &str) -> Role {
    // "step-father", "step father" and "stepfather" are one word here.
    let r = relation
        .to_lowercase()
        .replace("step-", "step")
        .replace("step ", "step");
    let words: Vec<String> = r
        .split(|c: char| !c.is_alphanumeric())
        .map(fold_accents)
        .collect();
    let has = |w: &str| words.iter().any(|t| t == w);
    let any = |ws: &[&str]| ws.iter().any(|w| has(w));
    // English and Spanish words for each role (a plan written in Spanish
    // names relations in Spanish: "madre", "padrastro", "madrina").
    if any(&["stepmother", "stepmom", "madrastra"]) {
        Role::Stepmother
    } else if any(&["stepfather", "stepdad", "padrastro"]) {
        Role::Stepfather
    } else if any(&["godmother", "godfather", "godparent", "madrina", "padrino"]) {
        Role::Godparent
    } else if any(&[
        "grandmother",
        "grandfather",
        "grandma",
        "grandpa",
        "grandparent",
        "abuela",
        "abuelo",
    ]) {
        Role::Grandparent
    } else if any(&["boyfriend", "girlfriend", "novio", "novia"]) {
        // (not "partner" alone: a "parent partner" is often an agency's peer mentor)
        Role::PartnerOfParent
    } else if any(&["crianza", "acogida"]) {
        // "madre de crianza", "padre de acogida": a foster parent, not a parent.
        Role::FosterParent
    } else if any(&["mother", "mom", "madre", "mama"]) {
        Role::Mother
    } else if any(&["father", "dad", "padre", "papa"]) {
        Role::Father
    } else if any(&["caseworker", "social", "trabajadora", "trabajador"]) {
        Role::Caseworker
    } else if any(&[
        "pastor",
        "church",
        "faith",
        "priest",
        "imam",
        "iglesia",
        "sacerdote",
    ]) {
        Role::Faith
    } else if any(&["teacher", "school", "maestra", "maestro", "escuela"]) {
        Role::School
    } else if any(&["foster", "caring", "cuida"]) {
        Role::FosterParent
    } else if any(&["aunt", "uncle", "cousin", "tia", "tio", "prima", "primo"]) {
        Role::Relative
    } else if any(&[
        "neighbor",
        "neighbour",
        "friend",
        "vecina",
        "vecino",
        "amiga",
        "amigo",
    ]) {
        Role::Friend
    } else if any(&["tribal", "tribe"]) {
        Role::TribalRepresentative
    } else if any(&[
        "counselor",
        "counsellor",
        "therapist",
        "provider",
        "consejera",
        "consejero",
        "terapeuta",
        "proveedor",
        "proveedora",
    ]) || kind == "formal"
    {
        Role::ServiceProvider
    } else {
        Role::Other
    }
}

/// A word without its Spanish accents ("mamá" → "mama", "tía" → "tia").
fn fold_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

const TITLES: [&str; 6] = ["dr.", "ms.", "mr.", "mrs.", "pastor", "aunt"];

fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c == ',' || c == '\'')
                .to_lowercase()
        })
        .filter(|w| !TITLES.contains(&w.as_str()))
        .collect()
}

/// Find the team member a written name refers to.
fn match_member(plan: &Plan, written: &str) -> Option<ItemId> {
    let words = name_words(written);
    if words.is_empty() {
        return None;
    }
    let lower = written.trim().to_lowercase();
    // Exact full name first, then a written name whose words all appear in the member's name.
    plan.team
        .iter()
        .find(|m| m.name.to_lowercase() == lower)
        .or_else(|| {
            plan.team.iter().find(|m| {
                let member_words = name_words(&m.name);
                words.iter().all(|w| member_words.contains(w))
            })
        })
        .map(|m| m.id)
}

/// Split "Elena and Marcus" ("Elena y Marcus") into matched members and leftover words.
fn match_people(plan: &Plan, written: &str) -> (Vec<ItemId>, String) {
    let parts: Vec<&str> = written
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" y "))
        .map(str::trim)
        .collect();
    let ids: Vec<Option<ItemId>> = parts.iter().map(|p| match_member(plan, p)).collect();
    if !parts.is_empty() && ids.iter().all(Option::is_some) {
        (ids.into_iter().flatten().collect(), String::new())
    } else {
        (Vec::new(), written.trim().to_string())
    }
}

fn text_items(plan: &mut Plan, texts: &[String]) -> Vec<TextItem> {
    texts.iter().map(|t| plan.text_item(t)).collect()
}

/// Build a plan from a document in the neutral corpus layout.
pub fn import(json: &str, id: &str, now_ms: i64) -> Result<Plan, String> {
    let doc: Doc = serde_json::from_str(json).map_err(|e| format!("not a plan document: {e}"))?;
    let mut plan = Plan::new(id, doc.family.clone(), now_ms);
    plan.meeting.ground_rules.clear();
    plan.language = crate::domain::i18n::language_from_key(doc.language.trim()).unwrap_or_default();

    plan.meeting.kind = match doc.meeting.kind.as_str() {
        "follow_up" | "follow-up" | "followup" => MeetingKind::FollowUp,
        "crisis" => MeetingKind::Crisis,
        "transition" | "discharge" | "transition_discharge" => MeetingKind::TransitionDischarge,
        _ => MeetingKind::Initial,
    };
    plan.meeting.date = parse_date(&doc.meeting.date);
    plan.meeting.place = doc.meeting.place;
    plan.meeting.facilitator = doc.meeting.facilitator;
    plan.meeting.purpose = doc.meeting.purpose;
    plan.meeting.ground_rules = text_items(&mut plan, &doc.meeting.ground_rules);

    for c in doc.children {
        let id = plan.alloc_id();
        plan.children.push(Child {
            id,
            name: c.name,
            age: c.age,
            living_with: c.living_with,
            ..Child::default()
        });
    }

    for m in doc.team {
        let id = plan.alloc_id();
        let role = role_from_relation(&m.relation, &m.kind);
        let support = SupportKind::from_key(&m.kind).unwrap_or_else(|| role.usual_support());
        plan.team.push(TeamMember {
            id,
            name: m.name,
            role,
            relation: m.relation,
            support,
            attending: m.attending,
            contact: m.contact,
            reluctance: m.reluctance,
            helped: m.support_given,
            ..TeamMember::default()
        });
    }

    for s in doc.strengths {
        let id = plan.alloc_id();
        let whose = match_member(&plan, &s.who)
            .map(Whose::Person)
            .unwrap_or(Whose::Family);
        let past_success = {
            let t = s.text.to_lowercase();
            [
                " for two years",
                "in the past",
                " before",
                " durante dos años",
                "en el pasado",
                " antes",
            ]
            .iter()
            .any(|phrase| t.contains(phrase))
        };
        plan.strengths.push(Strength {
            id,
            whose,
            text: s.text,
            past_success,
            private: false,
        });
    }

    for w in doc.worries {
        let id = plan.alloc_id();
        let scale = w
            .scale
            .iter()
            .filter_map(|(name, score)| {
                match_member(&plan, name).map(|member| ScaleAnswer {
                    member,
                    score: (*score).min(Worry::SCALE_MAX),
                })
            })
            .collect();
        plan.worries.push(Worry {
            id,
            text: w.text,
            safety: w.safety,
            disagreement: w.disagreement,
            scale,
            private: false,
        });
    }

    for g in doc.goals {
        let id = plan.alloc_id();
        let domain = match g.domain.as_str() {
            "child" => Domain::Child,
            "family" => Domain::Family,
            "environment" => Domain::Environment,
            _ => Domain::ParentCaregiver,
        };
        let mut goal = Goal {
            id,
            domain,
            outcome: g.outcome,
            statement: g.goal,
            ..Goal::default()
        };
        for t in g.tasks {
            let id = plan.alloc_id();
            let (who, who_other) = match_people(&plan, &t.who);
            let checker = match_member(&plan, &t.checks);
            let checker_other = if checker.is_some() {
                String::new()
            } else {
                t.checks.clone()
            };
            goal.tasks.push(Task {
                id,
                who,
                who_other,
                what: t.what,
                place: t.place,
                by_when: parse_date(&t.when),
                when_text: if parse_date(&t.when).is_some() {
                    String::new()
                } else {
                    t.when
                },
                checker,
                checker_other,
                ..Task::default()
            });
        }
        for s in g.services {
            let id = plan.alloc_id();
            goal.services.push(Service {
                id,
                provider: s.provider,
                service: s.service,
                frequency: s.frequency,
                intensity: s.intensity,
                location: s.location,
                duration: s.duration,
                ..Service::default()
            });
        }
        plan.goals.push(goal);
    }

    let c = doc.crisis_plan;
    plan.crisis.worst_case = c.worst_case;
    plan.crisis.warning_signs = text_items(&mut plan, &c.warning_signs);
    plan.crisis.prevent = text_items(&mut plan, &c.prevent);
    for step in c.respond {
        let id = plan.alloc_id();
        let who = match_member(&plan, &step.who);
        let who_other = if who.is_some() {
            String::new()
        } else {
            step.who
        };
        plan.crisis.respond.push(CrisisStep {
            id,
            who,
            who_other,
            what: step.what,
            private: false,
        });
    }
    for contact in c.contacts {
        let id = plan.alloc_id();
        let member = plan
            .team
            .iter()
            .find(|m| m.name == contact.name)
            .map(|m| m.id);
        plan.crisis.contacts.push(Contact {
            id,
            member,
            name: contact.name,
            phone: contact.phone,
            why: contact.why,
            private: false,
        });
    }
    plan.crisis.plan_b = c.plan_b;

    for v in doc.child_voice {
        let Some(child) = plan.children.iter_mut().find(|c| c.name == v.child) else {
            continue;
        };
        let voice = &mut child.voice;
        voice.story = v.story;
        voice.wished_ending = v.wished_ending;
        voice.boxes[0].words = v.worries;
        voice.boxes[1].words = v.good_things;
        voice.boxes[2].words = v.dreams;
        voice.own_words = v.own_words;
        voice.own_goals = v.own_goals;
        voice.safety_plan = v.safety_plan;
    }

    let cl = doc.closure_criteria;
    let groups = [
        (
            ClosureCategory::ProtectiveProvisions,
            cl.protective_provisions,
        ),
        (ClosureCategory::BehaviouralPatterns, cl.behavioral_patterns),
        (ClosureCategory::RelapseAndCrisis, cl.relapse_and_crisis),
        (
            ClosureCategory::SustainableSupports,
            cl.sustainable_supports,
        ),
        (ClosureCategory::LegalAndCourt, cl.legal_and_court),
        (
            ClosureCategory::MeasuresAndSchedules,
            cl.measures_and_schedules,
        ),
    ];
    for (category, texts) in groups {
        for text in texts {
            let id = plan.alloc_id();
            plan.closure.push(ClosureCriterion {
                id,
                category,
                text,
                met: false,
                private: false,
            });
        }
    }
    plan.permanency = doc.permanency;
    plan.next_meeting = NextMeeting {
        date: parse_date(&doc.next_meeting.date),
        time: String::new(),
        place: doc.next_meeting.place,
        who: doc.next_meeting.who,
    };
    plan.agreements.family_words = doc.agreement;
    Ok(plan)
}
