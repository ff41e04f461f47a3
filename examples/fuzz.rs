//! Deterministic fuzzing of the share-link reader and the JSON import.
//!
//! ```text
//! cargo run --release --example fuzz -- [CASES] [SEED]
//! ```
//!
//! CASES (default 100,000) are split 30% link text, 30% link bodies with a
//! valid checksum, 20% passphrase links and unsealed bodies, 20% JSON files
//! (see `tests/fuzz_cases/mod.rs`, shared with `tests/fuzz.rs`). SEED
//! (decimal or 0x-hex) picks another deterministic run; case N of a seed is
//! always the same input.
//!
//! Prints, per target, the cases run, how many were read and refused (by
//! error), the slowest case, the largest plan read and the most memory one
//! case allocated at once; then every panic (with a shrunk input), every case
//! over 1 s and every broken round-trip property. Exits 1 on a panic or a
//! case over 1 s.
//!
//! One case again, with each call's time and the whole input written to a
//! file: `cargo run --release --example fuzz -- case TARGET INDEX [SEED]`
//! (TARGET: link-text, link-body, sealed, json).
//!
//! The release profile aborts on panic, so a panic there ends the run after
//! printing its input; and it does not check arithmetic overflow, so an
//! overflow wraps silently. To count all panics (shrinking the first ones)
//! and catch overflows as the debug build does:
//!
//! ```text
//! CARGO_PROFILE_RELEASE_PANIC=unwind CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true \
//!   cargo run --release --example fuzz
//! ```

#[path = "../tests/fuzz_cases/mod.rs"]
mod fuzz_cases;

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fuzz_cases::{generate, run_guarded, shrink, Limits, Seeds, Stats, Target};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn add(n: usize) {
    let now = CURRENT.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed on to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            add(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const SLOW: Duration = Duration::from_secs(1);
const DEFAULT_SEED: u64 = 0x46_544D_2046_555A; // "FTM FUZ", as tests/fuzz.rs

fn parse_u64(s: &str) -> Option<u64> {
    let s = s.replace('_', "");
    match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    }
}

/// Run case `index` of `target` again and print what each call did.
fn replay(args: &[String]) -> ExitCode {
    let target = args
        .first()
        .and_then(|t| Target::ALL.into_iter().find(|x| x.name() == t));
    let index = args.get(1).and_then(|i| parse_u64(i));
    let seed = match args.get(2) {
        None => Some(DEFAULT_SEED),
        Some(s) => parse_u64(s),
    };
    let (Some(target), Some(index), Some(seed)) = (target, index, seed) else {
        eprintln!("usage: cargo run --release --example fuzz -- case TARGET INDEX [SEED]");
        return ExitCode::from(2);
    };
    let limits = Limits::FULL;
    let seeds = Seeds::new(limits);
    let input = generate(&seeds, limits, seed, target, index);
    let description = input.describe();
    let path = std::env::temp_dir().join(format!("ftm-fuzz-{}-{index}.txt", target.name()));
    let _ = std::fs::write(&path, &description);
    println!(
        "{} case #{index} (seed {seed:#x}), input {} B, written to {}\n{}",
        target.name(),
        input.size(),
        path.display(),
        fuzz_cases::clip(&description, 2_000)
    );
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let result = run_guarded(&input, limits, "replay");
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    println!(
        "{} ms, peak memory {} KB",
        result.elapsed.as_millis(),
        peak.div_ceil(1024)
    );
    match result.outcome {
        Ok(out) => {
            for (func, r) in &out.results {
                println!("  {func}: {r}");
            }
            for (func, d) in &out.times {
                println!("  {:>10.1} ms  {func}", d.as_secs_f64() * 1000.0);
            }
            for v in &out.violations {
                println!("  BROKEN: {v}");
            }
            ExitCode::SUCCESS
        }
        Err(msg) => {
            println!("  PANIC: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "case") {
        return replay(&args[1..]);
    }
    let usage = "usage: cargo run --release --example fuzz -- [CASES] [SEED]";
    let cases = match args.first().map(|a| parse_u64(a)) {
        None => 100_000,
        Some(Some(n)) => n,
        Some(None) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let seed = match args.get(1).map(|a| parse_u64(a)) {
        None => DEFAULT_SEED,
        Some(Some(n)) => n,
        Some(None) => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let limits = Limits::FULL;
    let unwinds = !cfg!(panic = "abort");
    println!(
        "fuzz: {cases} cases, seed {seed:#x}, panics {}",
        if unwinds {
            "caught and counted"
        } else {
            "abort the run (set CARGO_PROFILE_RELEASE_PANIC=unwind to count them)"
        }
    );

    let started = Instant::now();
    let seeds = Seeds::new(limits);
    println!(
        "seeds: {} links, {} bodies, {} documents",
        seeds.links.len() + seeds.big_links.len(),
        seeds.bodies.len() + seeds.big_bodies.len(),
        seeds.json.len()
    );
    let mut stats = Stats::new(SLOW);
    let mut generating = Duration::ZERO;
    for index in 0..cases {
        let target = Target::of_case(index);
        let t = Instant::now();
        let input = generate(&seeds, limits, seed, target, index);
        generating += t.elapsed();
        let label = format!("{} case #{index} (seed {seed:#x})", target.name());
        let base = CURRENT.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let result = run_guarded(&input, limits, &label);
        let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
        stats.record(target, index, &input, &result);
        stats.record_memory(target, index, peak);
        if (index + 1) % 10_000 == 0 {
            eprintln!(
                "  {} cases, {} panics, {:.0} s",
                index + 1,
                stats.panic_count,
                started.elapsed().as_secs_f64()
            );
        }
    }

    println!("\n{}", stats.report(true));
    println!("{}", stats.findings(seed));
    if !stats.panics.is_empty() {
        println!("shrunk panicking inputs:");
        for f in stats.panics.iter().take(3) {
            let small = shrink(&f.input, limits, 3_000);
            println!(
                "  {} case #{}: {} B → {} B\n  {}",
                f.target.name(),
                f.index,
                f.input.size(),
                small.size(),
                fuzz_cases::clip(&small.describe(), 4_000)
            );
        }
    }
    println!(
        "{} cases in {:.1} s ({:.1} s generating)",
        stats.cases(),
        started.elapsed().as_secs_f64(),
        generating.as_secs_f64()
    );
    if stats.panic_count > 0 || stats.slow_count > 0 {
        println!(
            "FAILED: {} panics, {} cases over {} ms",
            stats.panic_count,
            stats.slow_count,
            SLOW.as_millis()
        );
        return ExitCode::FAILURE;
    }
    println!("ok: no panics, no case over {} ms", SLOW.as_millis());
    ExitCode::SUCCESS
}
