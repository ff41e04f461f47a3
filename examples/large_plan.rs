//! Writes a large, realistic plan as a backup file, for the UI benchmark
//! (`scripts/bench-ui.sh`): a case a few months in, with 30 people on the
//! team, 40 goals, 300 tasks, 60 services, 60 strengths, 40 worries with 0-10
//! scales and crisis lists of 10. Sentences are 8-20 words. Deterministic.
//!
//! `cargo run --example large_plan > /tmp/large-plan.json`
use chrono::NaiveDate;
use ftm_planner::domain::envelope;
use ftm_planner::domain::*;

/// xorshift64*: the same plan every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: [&str; 30] = [
    "Elena", "Marcus", "Rosa", "James", "Tasha", "Dana", "Priya", "Laura", "Carlos", "Maria",
    "Andre", "Keisha", "Luis", "Grace", "Omar", "Hannah", "Tyrone", "Mei", "Samuel", "Ana",
    "Deshawn", "Lucia", "Peter", "Aisha", "Jorge", "Ruth", "Kevin", "Fatima", "Miguel", "Joy",
];
const LAST: [&str; 10] = [
    "Rivera",
    "Delgado",
    "Okafor",
    "Green",
    "Whitfield",
    "Shah",
    "Kim",
    "Lopez",
    "Brown",
    "Nguyen",
];
const SUBJECTS: [&str; 8] = [
    "Elena",
    "Rosa",
    "The family",
    "Marcus",
    "Pastor James",
    "Jordan",
    "Maya's teacher",
    "The caseworker",
];
const VERBS: [&str; 12] = [
    "will call",
    "will visit",
    "will meet with",
    "will drive",
    "will write to",
    "will check in with",
    "will go to",
    "will ask",
    "will help",
    "will practise with",
    "will plan with",
    "will share news with",
];
const OBJECTS: [&str; 12] = [
    "the children's school about the reading plan",
    "the housing office about the two-bedroom application",
    "her sponsor after every group meeting",
    "the counselor to talk about what is working",
    "the team when something gets in the way",
    "Maya about her worries before bedtime",
    "the clinic to book the next appointment",
    "the church about help with back rent",
    "the family support worker about respite care",
    "Jordan's coach about the spring season",
    "the doctor about the new medicine and how it feels",
    "the neighbours who can help on visit nights",
];
const TAILS: [&str; 10] = [
    "every week until the next meeting",
    "and tell Rosa how it went",
    "before the end of the month",
    "so the children know what will happen",
    "and bring the papers to the next meeting",
    "on Tuesday and Saturday afternoons",
    "so everyone knows who to call",
    "and write down what helped",
    "when the bus runs on time",
    "with help from the caseworker if needed",
];

fn sentence(rng: &mut Rng) -> String {
    let mut s = format!(
        "{} {} {}",
        rng.pick(&SUBJECTS),
        rng.pick(&VERBS),
        rng.pick(&OBJECTS)
    );
    let tail = rng.pick(&TAILS);
    if rng.below(3) > 0 && s.split(' ').count() + tail.split(' ').count() <= 20 {
        s.push(' ');
        s.push_str(tail);
    }
    s.push('.');
    s
}

fn date(rng: &mut Rng) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 12, 1).map(|d| d + chrono::Duration::days(rng.below(120) as i64))
}

fn main() {
    let mut rng = Rng(0x5EED_F00D_1234_5678);
    let mut plan = Plan::new("large-plan", "Large family (benchmark)", 1_764_000_000_000);
    plan.meeting.kind = MeetingKind::FollowUp;
    plan.meeting.date = NaiveDate::from_ymd_opt(2026, 11, 20);
    plan.meeting.purpose = sentence(&mut rng);
    for (i, name) in ["Maya", "Jordan", "Lily"].into_iter().enumerate() {
        let id = plan.alloc_id();
        plan.children.push(Child {
            id,
            name: name.into(),
            age: Some([6, 14, 9][i]),
            living_with: "Aunt Rosa, relative placement".into(),
            ..Child::default()
        });
    }
    for i in 0..30 {
        let id = plan.alloc_id();
        let role = Role::ALL[i % Role::ALL.len()];
        plan.team.push(TeamMember {
            id,
            name: format!("{} {}", FIRST[i], LAST[i % LAST.len()]),
            role,
            support: role.usual_support(),
            relation: sentence(&mut rng).chars().take(40).collect(),
            attending: i % 4 != 0,
            contact: format!("555-01{:02}", i),
            helped: sentence(&mut rng),
            ..TeamMember::default()
        });
    }
    let members: Vec<ItemId> = plan.team.iter().map(|m| m.id).collect();
    for _ in 0..60 {
        let id = plan.alloc_id();
        let whose = if rng.below(2) == 0 {
            Whose::Family
        } else {
            Whose::Person(members[rng.below(members.len())])
        };
        plan.strengths.push(Strength {
            id,
            whose,
            text: sentence(&mut rng),
            past_success: rng.below(5) == 0,
            ..Strength::default()
        });
    }
    for _ in 0..40 {
        let id = plan.alloc_id();
        let mut worry = Worry {
            id,
            text: sentence(&mut rng),
            safety: rng.below(3) == 0,
            ..Worry::default()
        };
        for _ in 0..6 {
            let m = members[rng.below(members.len())];
            worry.set_score(m, Some(rng.below(11) as u8));
        }
        plan.worries.push(worry);
    }
    for g in 0..40 {
        let id = plan.alloc_id();
        let mut goal = Goal {
            id,
            domain: Domain::ALL[g % 4],
            outcome: sentence(&mut rng),
            statement: sentence(&mut rng),
            ..Goal::default()
        };
        // 300 tasks over 40 goals: 7 or 8 each.
        for _ in 0..(if g < 20 { 8 } else { 7 }) {
            let id = plan.alloc_id();
            let who = vec![members[rng.below(members.len())]];
            goal.tasks.push(Task {
                id,
                who,
                what: sentence(&mut rng),
                place: rng
                    .pick(&["At home", "County office", "The clinic", "School"])
                    .into(),
                by_when: date(&mut rng),
                checker: Some(members[rng.below(members.len())]),
                status: TaskStatus::ALL[rng.below(4)],
                ..Task::default()
            });
        }
        for _ in 0..(if g < 20 { 2 } else { 1 }) {
            let id = plan.alloc_id();
            goal.services.push(Service {
                id,
                provider: format!("{} Family Services", LAST[rng.below(LAST.len())]),
                service: sentence(&mut rng).chars().take(60).collect(),
                frequency: "Weekly".into(),
                intensity: "One hour".into(),
                location: "Main Street clinic, on bus line 4".into(),
                duration: "12 weeks".into(),
                start: date(&mut rng),
                referral_date: date(&mut rng),
                ..Service::default()
            });
        }
        plan.goals.push(goal);
    }
    for _ in 0..10 {
        let a = plan.text_item(&sentence(&mut rng));
        plan.crisis.warning_signs.push(a);
        let b = plan.text_item(&sentence(&mut rng));
        plan.crisis.prevent.push(b);
        let id = plan.alloc_id();
        plan.crisis.respond.push(CrisisStep {
            id,
            who: Some(members[rng.below(members.len())]),
            what: sentence(&mut rng),
            ..CrisisStep::default()
        });
        let id = plan.alloc_id();
        plan.crisis.contacts.push(Contact {
            id,
            member: Some(members[rng.below(members.len())]),
            why: sentence(&mut rng),
            ..Contact::default()
        });
    }
    plan.crisis.worst_case = sentence(&mut rng);
    plan.crisis.plan_b = sentence(&mut rng);
    plan.next_meeting.date = NaiveDate::from_ymd_opt(2026, 12, 18);
    print!(
        "{}",
        envelope::backup_to_json(&[plan], "2026-11-25T00:00:00.000Z")
    );
}
