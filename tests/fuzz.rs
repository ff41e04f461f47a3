//! A short deterministic fuzz run of the share-link reader and the JSON
//! import (the long run with figures: `cargo run --release --example fuzz`).
//! Every case must finish without a panic, within a time limit, and keep the
//! round-trip properties (see `tests/fuzz_cases/mod.rs`).

#[path = "fuzz_cases/mod.rs"]
mod fuzz_cases;

use std::time::Duration;

use fuzz_cases::{generate, run_guarded, Limits, Seeds, Stats, Target};

const SEED: u64 = 0x46_544D_2046_555A; // "FTM FUZ"
/// Generous for a debug build; the release run holds cases to 1 s.
const SLOW: Duration = Duration::from_secs(5);

fn run(cases: &[(Target, u64)]) -> Stats {
    let seeds = Seeds::new(Limits::QUICK);
    let mut stats = Stats::new(SLOW);
    for &(target, n) in cases {
        for index in 0..n {
            let input = generate(&seeds, Limits::QUICK, SEED, target, index);
            let label = format!("{} case #{index}", target.name());
            let result = run_guarded(&input, Limits::QUICK, &label);
            stats.record(target, index, &input, &result);
        }
    }
    stats
}

fn check(stats: &Stats) {
    let mut report = format!("{}\n{}", stats.report(false), stats.findings(SEED));
    if let Some(first) = stats.panics.first() {
        let small = fuzz_cases::shrink(&first.input, Limits::QUICK, 1_000);
        report += &format!(
            "first panic, shrunk ({} → {} B):\n  {}\n",
            first.input.size(),
            small.size(),
            fuzz_cases::clip(&small.describe(), 4_000)
        );
    }
    println!("{report}");
    assert_eq!(stats.panic_count, 0, "panics:\n{report}");
    assert_eq!(stats.slow_count, 0, "cases over {SLOW:?}:\n{report}");
    assert_eq!(stats.violation_count, 0, "broken properties:\n{report}");
}

#[test]
fn links_never_panic() {
    let stats = run(&[
        (Target::LinkText, 1_000),
        (Target::LinkBody, 1_200),
        (Target::Sealed, 800),
    ]);
    assert_eq!(stats.cases(), 3_000);
    check(&stats);
}

#[test]
fn json_imports_never_panic() {
    let stats = run(&[(Target::Json, 1_000)]);
    assert_eq!(stats.cases(), 1_000);
    check(&stats);
}
