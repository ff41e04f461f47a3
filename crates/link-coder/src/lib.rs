//! A small context-mixing compressor (in the spirit of lpaq1), integer-only so
//! native and wasm32 builds produce the same bits.
//!
//! Each bit is predicted by hashed order-0..6 contexts, two word contexts and a
//! match model; the predictions are mixed by two gated logistic mixers and
//! refined by two APMs, then coded by a 32-bit binary arithmetic coder. The
//! model is primed with the plan language's primer ([`prime`]) before coding, on both sides.
//!
//! A crate of its own so that the release build compiles it for speed
//! (`opt-level = 3` in the root `Cargo.toml`) while the rest of the wasm is
//! compiled for size: a large plan's link is about 600,000 coded bits.

/// log2 of the number of 16-slot buckets in the shared context table.
const BUCKET_BITS: u32 = 17;
/// Hashed contexts (order 0-4, 6, word, word pair, field) + match model.
const N_CTX: usize = 9;
const N_IN: usize = N_CTX + 2; // + match + bias
const MATCH_MIN: usize = 5;
const MATCH_BITS: u32 = 16;

/// Squash: stretch domain (-2047..2047) to a 12-bit probability.
#[inline(always)]
fn squash(d: i32) -> i32 {
    const T: [i32; 33] = [
        1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994,
        3348, 3607, 3785, 3901, 3975, 4024, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
    ];
    if d > 2047 {
        return 4095;
    }
    if d < -2047 {
        return 1;
    }
    let w = d & 127;
    let i = ((d >> 7) + 16) as usize;
    (T[i] * (128 - w) + T[i + 1] * w + 64) >> 7
}

fn stretch_table() -> Box<[i16]> {
    let mut t = vec![0i16; 4096];
    let mut pi = 0usize;
    for x in -2047..=2047 {
        let v = squash(x) as usize;
        for slot in t.iter_mut().take(v + 1).skip(pi) {
            *slot = x as i16;
        }
        pi = v + 1;
    }
    for slot in t.iter_mut().skip(pi) {
        *slot = 2047;
    }
    t.into_boxed_slice()
}

#[inline(always)]
fn hash(a: u32, b: u32) -> u32 {
    let h = a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_mul(0x85EB_CA6B).rotate_left(13);
    h ^ (h >> 15)
}

/// Adaptive 12-bit probability with a 4-bit count, in a u16.
#[inline(always)]
fn update_slot16(slot: &mut u16, bit: u32, limit: u32) {
    let n = (*slot & 15) as u32;
    let p = (*slot >> 4) as i32;
    let target = if bit == 1 { 4095 } else { 0 };
    let delta = div_by_2n_plus_3((target - p) * 2, n);
    let np = (p + delta).clamp(0, 4095) as u16;
    *slot = (np << 4) | (n + 1).min(limit) as u16;
}

/// `num / (2n + 3)` rounded toward zero, as Rust's `/` does, for |num| ≤ 8190
/// and n ≤ 15, by a multiply and a shift (nine of these per bit: a division
/// costs several times as much; `div_by_2n_plus_3_is_division` checks every case).
#[inline(always)]
fn div_by_2n_plus_3(num: i32, n: u32) -> i32 {
    const RECIP: [u32; 16] = {
        let mut r = [0u32; 16];
        let mut n = 0;
        while n < 16 {
            let d = 2 * n as u32 + 3;
            r[n] = (1u32 << 20).div_ceil(d);
            n += 1;
        }
        r
    };
    let q = ((num.unsigned_abs() as u64 * RECIP[n as usize] as u64) >> 20) as i32;
    if num < 0 {
        -q
    } else {
        q
    }
}

const SLOT_INIT: u16 = 2048 << 4;

/// Adaptive probability: high 22 bits probability of a 1, low 10 bits count.
#[inline(always)]
fn update_slot(slot: &mut u32, bit: u32, limit: u32) {
    let n = *slot & 1023;
    let p = (*slot >> 10) as i32;
    let target = (bit << 22) as i32;
    let delta = ((target - p) as i64 * 2 / (2 * n as i64 + 3)) as i32;
    let np = (p + delta).clamp(0, (1 << 22) - 1) as u32;
    *slot = (np << 10) | (n + 1).min(limit);
}

#[derive(Clone)]
struct Apm {
    t: Box<[u16]>,
    idx: usize,
}

impl Apm {
    fn new(n: usize) -> Apm {
        let mut t = vec![0u16; n * 33];
        for i in 0..n {
            for j in 0..33 {
                t[i * 33 + j] = (squash((j as i32 - 16) * 128) * 16) as u16;
            }
        }
        Apm {
            t: t.into_boxed_slice(),
            idx: 0,
        }
    }

    #[inline(always)]
    fn pp(&mut self, st: i32, cx: usize) -> i32 {
        let s = st + 2048;
        let lo = (s >> 7) as usize;
        let w = s & 127;
        self.idx = lo + cx * 33 + if w >= 64 { 1 } else { 0 };
        let a = self.t[lo + cx * 33] as i32;
        let b = self.t[lo + 1 + cx * 33] as i32;
        ((a * (128 - w) + b * w) >> 11).clamp(1, 4095)
    }

    #[inline(always)]
    fn update(&mut self, bit: u32, rate: i32) {
        let g = ((bit << 16) + (bit << rate)) as i32 - (bit as i32) - (bit as i32);
        let v = self.t[self.idx] as i32;
        self.t[self.idx] = (v + ((g - v) >> rate)) as u16;
    }
}

#[derive(Clone)]
struct Mixer {
    w: Box<[i32]>,
    sel: usize,
    pr: i32,
}

impl Mixer {
    fn new(sets: usize) -> Mixer {
        Mixer {
            w: vec![1 << 14; sets * N_IN].into_boxed_slice(),
            sel: 0,
            pr: 2048,
        }
    }

    #[inline(always)]
    fn mix(&mut self, x: &[i32; N_IN], sel: usize) -> i32 {
        self.sel = sel * N_IN;
        let w = &self.w[self.sel..self.sel + N_IN];
        let mut dot = 0i64;
        for (&a, &b) in x.iter().zip(w) {
            dot += a as i64 * b as i64;
        }
        let d = (dot >> 16).clamp(-2047, 2047) as i32;
        self.pr = squash(d);
        d
    }

    #[inline(always)]
    fn update(&mut self, x: &[i32; N_IN], bit: u32, lr: i32) {
        let err = (((bit as i32) << 12) - self.pr) * lr;
        for (w, &xi) in self.w[self.sel..self.sel + N_IN].iter_mut().zip(x) {
            *w += (xi * err + (1 << 13)) >> 14;
        }
    }
}

/// The bit predictor. Encoder and decoder drive it identically.
/// Byte history of one stream; streams are modelled as if uninterrupted.
#[derive(Clone, Copy, Default)]
struct History {
    c4: u32,
    c8: u32,
    word: u32,
    word1: u32,
}

#[derive(Clone)]
pub struct Model {
    t: Box<[u16]>,
    base: [usize; N_CTX],
    saved: [History; 3],
    tag: u32,
    st: Box<[i16]>,
    h: [u32; N_CTX],
    idx: [usize; N_CTX],
    x: [i32; N_IN],
    c0: u32,
    c4: u32,
    c8: u32,
    word: u32,
    word1: u32,
    hist: Vec<u8>,
    mm: Box<[u32]>,
    mm_ptr: usize,
    mm_len: usize,
    mm_sm: Box<[u32]>,
    mm_idx: usize,
    m1: Mixer,
    m2: Mixer,
    a1: Apm,
    a2: Apm,
    pr: i32,
    pr_mix: i32,
    stream: u32,
}

impl Default for Model {
    fn default() -> Model {
        Model::new()
    }
}

impl Model {
    pub fn new() -> Model {
        let mut m = Model {
            t: vec![0u16; 16 << BUCKET_BITS].into_boxed_slice(),
            base: [0; N_CTX],
            st: stretch_table(),
            saved: [History::default(); 3],
            tag: 0,
            h: [0; N_CTX],
            idx: [0; N_CTX],
            x: [0; N_IN],
            c0: 1,
            c4: 0,
            c8: 0,
            word: 0,
            word1: 0,
            hist: Vec::with_capacity(1 << 15),
            mm: vec![0; 1 << MATCH_BITS].into_boxed_slice(),
            mm_ptr: 0,
            mm_len: 0,
            mm_sm: vec![1u32 << 31; 64 * 2].into_boxed_slice(),
            mm_idx: 0,
            m1: Mixer::new(256),
            m2: Mixer::new(32 * 3),
            a1: Apm::new(256),
            a2: Apm::new(1 << 13),
            pr: 2048,
            pr_mix: 2048,
            stream: 0,
        };
        m.begin_byte(0, 0);
        m
    }

    /// Start the next byte, in `stream` (structure / text) and field `tag`.
    pub fn begin_byte(&mut self, stream: u32, tag: u32) {
        let stream = stream.min(2);
        if stream != self.stream {
            self.saved[self.stream as usize] = History {
                c4: self.c4,
                c8: self.c8,
                word: self.word,
                word1: self.word1,
            };
            let h = self.saved[stream as usize];
            (self.c4, self.c8, self.word, self.word1) = (h.c4, h.c8, h.word, h.word1);
            self.stream = stream;
        }
        self.tag = tag;
        self.byte_update();
        self.predict();
    }

    /// Probability (12 bits) that the next bit is 1.
    pub fn p(&self) -> u32 {
        self.pr as u32
    }

    /// The bucket for a context hash: found by its check word, or a reset victim.
    fn bucket(&mut self, h: u32) -> usize {
        let mask = (1usize << BUCKET_BITS) - 1;
        let b0 = (h as usize & mask) * 16;
        let b1 = ((h as usize ^ 1) & mask) * 16;
        let check = ((h >> 16) as u16) | 1;
        if self.t[b0] == check {
            return b0;
        }
        if self.t[b1] == check {
            return b1;
        }
        let pri = |t: &[u16], b: usize| if t[b] == 0 { 0 } else { 1 + (t[b + 1] & 15) };
        let victim = if pri(&self.t, b0) <= pri(&self.t, b1) {
            b0
        } else {
            b1
        };
        self.t[victim] = check;
        for s in &mut self.t[victim + 1..victim + 16] {
            *s = SLOT_INIT;
        }
        victim
    }

    fn byte_update(&mut self) {
        let s = self.stream.wrapping_mul(0x2545_F491);
        let c4 = self.c4;
        // Structure bytes are modelled per field; text mostly by its own history.
        let t = if self.stream == 2 { self.tag } else { 0 };
        self.h[0] = hash(1, s ^ self.tag);
        self.h[1] = hash(2 + (c4 & 0xff), s ^ t);
        self.h[2] = hash(3 + (c4 & 0xffff), s ^ t);
        self.h[3] = hash(4 + (c4 & 0xff_ffff), s);
        self.h[4] = hash(hash(5, c4), s);
        self.h[5] = hash(hash(6, c4), (self.c8 & 0xffff) ^ s);
        self.h[6] = hash(hash(7, self.word), s ^ (c4 & 0xff));
        self.h[7] = hash(hash(8, self.word), self.word1 ^ s);
        self.h[8] = hash(hash(9, self.tag), (c4 & 0xffff) ^ s);
    }

    fn predict(&mut self) {
        let c0 = self.c0;
        let nibble_start = c0 == 1 || (16..32).contains(&c0);
        let node = if c0 < 16 {
            c0
        } else {
            (c0 & ((1 << (c0.ilog2() - 4)) - 1)) | (1 << (c0.ilog2() - 4))
        };
        for i in 0..N_CTX {
            if nibble_start {
                self.base[i] = self.bucket(hash(self.h[i], if c0 == 1 { 0 } else { c0 }));
            }
            let ix = self.base[i] + node as usize;
            self.idx[i] = ix;
            let p = (self.t[ix] >> 4) as usize;
            self.x[i] = self.st[p] as i32;
        }
        // Match model: the bit the longest recent match predicts.
        let mut exp_bit = 0;
        if self.mm_len > 0 && self.stream == 1 {
            let b = self.hist[self.mm_ptr] as u32 + 256;
            let nb = 32 - c0.leading_zeros() - 1; // bits known
            if (b >> (8 - nb)) == c0 {
                exp_bit = (b >> (7 - nb)) & 1;
            } else {
                self.mm_len = 0;
            }
        }
        let len_b = if self.mm_len == 0 || self.stream != 1 {
            0
        } else {
            self.mm_len.min(31)
        };
        self.mm_idx = len_b * 2 + exp_bit as usize;
        let pm = (self.mm_sm[self.mm_idx] >> 20) as usize;
        self.x[N_CTX] = if len_b == 0 { 0 } else { self.st[pm] as i32 };
        self.x[N_CTX + 1] = 256;

        let d1 = self.m1.mix(&self.x, c0 as usize);
        let sel2 = (len_b.min(15) * 2 + exp_bit as usize) * 3 + self.stream.min(2) as usize;
        let d2 = self.m2.mix(&self.x, sel2);
        let d = (d1 + d2) >> 1;
        self.pr_mix = squash(d);
        let c1 = self.c4 & 0xff;
        let p1 = self.a1.pp(d, c0 as usize);
        let p2 = self
            .a2
            .pp(d, (hash(c0, c1 | (self.stream << 8)) >> 19) as usize);
        // One part mixer, three parts APMs.
        self.pr = ((self.pr_mix + (p1 + p2) * 3 / 2 + 2) >> 2).clamp(1, 4095);
    }

    pub fn update(&mut self, bit: u32) {
        for i in 0..N_CTX {
            update_slot16(&mut self.t[self.idx[i]], bit, 15);
        }
        update_slot(&mut self.mm_sm[self.mm_idx], bit, 1023);
        self.m1.update(&self.x, bit, 12);
        self.m2.update(&self.x, bit, 6);
        self.a1.update(bit, 6);
        self.a2.update(bit, 6);

        self.c0 = (self.c0 << 1) | bit;
        if self.c0 >= 256 {
            let c = (self.c0 & 0xff) as u8;
            self.c0 = 1;
            self.byte_done(c);
        } else {
            self.predict();
        }
    }

    fn byte_done(&mut self, c: u8) {
        self.c8 = (self.c8 << 8) | (self.c4 >> 24);
        self.c4 = (self.c4 << 8) | c as u32;
        self.hist.push(c);
        if c.is_ascii_alphabetic() || c >= 128 {
            self.word = hash(self.word, c.to_ascii_lowercase() as u32);
        } else if self.word != 0 {
            self.word1 = self.word;
            self.word = 0;
        }
        if c == 0 {
            self.word1 = 0;
        }
        if self.stream != 1 {
            return;
        }
        // Match model bookkeeping (text only).
        let n = self.hist.len();
        if self.mm_len > 0 {
            self.mm_len += 1;
            self.mm_ptr += 1;
        }
        if n >= MATCH_MIN {
            let mut hh = 0u32;
            for &b in &self.hist[n - MATCH_MIN..] {
                hh = hash(hh, b as u32);
            }
            let slot = (hh >> (32 - MATCH_BITS)) as usize;
            if self.mm_len == 0 {
                let cand = self.mm[slot] as usize;
                if cand > 0 {
                    let mut len = 0;
                    while len < 32
                        && len < cand
                        && self.hist[cand - 1 - len] == self.hist[n - 1 - len]
                    {
                        len += 1;
                    }
                    if len >= MATCH_MIN {
                        self.mm_len = len;
                        self.mm_ptr = cand;
                    }
                }
            }
            self.mm[slot] = n as u32;
        }
        if self.mm_ptr >= n {
            self.mm_len = 0;
        }
    }
}

/// Binary arithmetic coder (carry-less, 32-bit), lpaq style.
pub struct Encoder {
    x1: u32,
    x2: u32,
    pub out: Vec<u8>,
}

impl Default for Encoder {
    fn default() -> Encoder {
        Encoder::new()
    }
}

impl Encoder {
    pub fn new() -> Encoder {
        Encoder {
            x1: 0,
            x2: u32::MAX,
            out: Vec::new(),
        }
    }

    pub fn encode(&mut self, m: &mut Model, bit: u32) {
        let p = m.p();
        let xmid = self.x1 + ((self.x2 - self.x1) >> 12) * p;
        if bit == 1 {
            self.x2 = xmid;
        } else {
            self.x1 = xmid + 1;
        }
        m.update(bit);
        while (self.x1 ^ self.x2) & 0xff00_0000 == 0 {
            self.out.push((self.x2 >> 24) as u8);
            self.x1 <<= 8;
            self.x2 = (self.x2 << 8) | 255;
        }
    }

    pub fn encode_byte(&mut self, m: &mut Model, stream: u32, tag: u32, c: u8) {
        m.begin_byte(stream, tag);
        for i in (0..8).rev() {
            self.encode(m, ((c >> i) & 1) as u32);
        }
    }

    /// Finish; the decoder reads missing bytes as 0xFF, so trailing 0xFF bytes are dropped.
    pub fn finish(mut self) -> Vec<u8> {
        self.out.push((self.x1 >> 24) as u8);
        for _ in 0..3 {
            if self.out.last() == Some(&0xff) {
                self.out.pop();
            }
        }
        self.out
    }
}

pub struct Decoder<'a> {
    x1: u32,
    x2: u32,
    x: u32,
    input: &'a [u8],
    pos: usize,
}

impl<'a> Decoder<'a> {
    pub fn new(input: &'a [u8]) -> Decoder<'a> {
        let mut d = Decoder {
            x1: 0,
            x2: u32::MAX,
            x: 0,
            input,
            pos: 0,
        };
        for _ in 0..4 {
            d.x = (d.x << 8) | d.next_byte();
        }
        d
    }

    fn next_byte(&mut self) -> u32 {
        let b = self.input.get(self.pos).copied().unwrap_or(0xff);
        self.pos += 1;
        b as u32
    }

    /// True when the decoder has read far past the end (a damaged stream).
    pub fn overrun(&self) -> bool {
        self.pos > self.input.len() + 12
    }

    pub fn decode(&mut self, m: &mut Model) -> u32 {
        let p = m.p();
        let xmid = self.x1 + ((self.x2 - self.x1) >> 12) * p;
        let bit = if self.x <= xmid {
            self.x2 = xmid;
            1
        } else {
            self.x1 = xmid + 1;
            0
        };
        m.update(bit);
        while (self.x1 ^ self.x2) & 0xff00_0000 == 0 {
            self.x1 <<= 8;
            self.x2 = (self.x2 << 8) | 255;
            self.x = (self.x << 8) | self.next_byte();
        }
        bit
    }

    pub fn decode_byte(&mut self, m: &mut Model, stream: u32, tag: u32) -> u8 {
        m.begin_byte(stream, tag);
        let mut c = 0u32;
        for _ in 0..8 {
            c = (c << 1) | self.decode(m);
        }
        c as u8
    }
}

/// A model that has read `primer` (the plan language's primer text): encoder
/// and decoder start from the same primed state.
pub fn prime(primer: &str) -> Model {
    let mut m = Model::new();
    for &c in primer.as_bytes() {
        m.begin_byte(1, 0);
        for i in (0..8).rev() {
            m.update(((c >> i) & 1) as u32);
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The link format depends on this division's every result: the fast form
    /// must equal `/` for each numerator and count a slot update can meet.
    #[test]
    fn div_by_2n_plus_3_is_division() {
        for n in 0..16u32 {
            for num in -8190..=8190i32 {
                assert_eq!(
                    div_by_2n_plus_3(num, n),
                    num / (2 * n as i32 + 3),
                    "{num} / (2·{n} + 3)"
                );
            }
        }
    }
}
