//! Field-name-free binary form of a plan: a list of bytes in document order,
//! each in one of two streams, `structure` (varints, flags, lengths, enum
//! indexes, dates as day numbers) or `text` (strings, each ended by a 0 byte),
//! and tagged with its field so the coder can use the field as context.
//!
//! Written through serde in declaration order (like postcard), so the layout
//! follows `plan.rs`; a change of the plan model needs a new codec version.
//! Dates are recognised because chrono serializes `NaiveDate` with
//! `collect_str` and deserializes it with `deserialize_str`, while `String`
//! uses `serialize_str` / `deserialize_string`.

use std::fmt::{self, Display};

use chrono::{Datelike, NaiveDate};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

use crate::domain::limits;

/// Day numbers count from this date (the planner's era), zig-zag encoded.
const DAY_ZERO: i32 = 739_252; // 2025-01-01 as days from CE

#[derive(Debug)]
pub struct WireError(pub String);

impl Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for WireError {}
impl ser::Error for WireError {
    fn custom<T: Display>(msg: T) -> Self {
        WireError(msg.to_string())
    }
}
impl de::Error for WireError {
    fn custom<T: Display>(msg: T) -> Self {
        WireError(msg.to_string())
    }
}

type Res<T> = Result<T, WireError>;

fn err<T>(msg: &str) -> Res<T> {
    Err(WireError(msg.to_string()))
}

/// Which stream a byte belongs to.
pub const STRUCTURE: u8 = 2;
pub const TEXT: u8 = 1;

/// One byte of the serialized plan with its stream and field tag (the
/// hash of struct name and field name), the context the coder models it in.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub stream: u8,
    pub tag: u32,
    pub byte: u8,
}

/// The field tag of `field` in struct `name`.
pub fn field_tag(name: &str, field: &str) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for &b in name.as_bytes().iter().chain(b"/").chain(field.as_bytes()) {
        h = (h ^ b as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// Field-specific transforms, shared by both directions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Special {
    None,
    /// Item ids: stored as the difference from the previous id.
    Id,
    /// `private` flags are always false after `without_private` (except the child's voice).
    Private,
    CreatedMs,
    /// Stored as the difference from `created_ms`.
    UpdatedMs,
    /// Not in the stream: the plan's language travels before it (it picks
    /// the primer); the reader gives the default and the codec sets it.
    Outside,
}

fn special(name: &str, field: &str) -> Special {
    match field {
        "id" if name != "Plan" => Special::Id,
        "private" if name != "ChildVoice" => Special::Private,
        "created_ms" => Special::CreatedMs,
        "updated_ms" => Special::UpdatedMs,
        "language" if name == "SharedPlan" => Special::Outside,
        _ => Special::None,
    }
}

/// The serializer: a list of tokens.
#[derive(Default)]
pub struct Streams {
    pub tokens: Vec<Token>,
    tag: u32,
    names: Vec<&'static str>,
    special: Option<Special>,
    last_id: i64,
    created: i64,
}

pub fn to_tokens<T: Serialize>(value: &T) -> Res<Vec<Token>> {
    let mut s = Streams::default();
    value.serialize(&mut s)?;
    Ok(s.tokens)
}

/// Where the deserializer takes its bytes from (the arithmetic decoder).
pub trait Source {
    fn byte(&mut self, stream: u8, tag: u32) -> Res<u8>;
}

pub fn from_source<'de, T: serde::Deserialize<'de>, S: Source>(src: &mut S) -> Res<T> {
    let mut d = WireDe {
        src,
        tag: 0,
        last_id: 0,
        created: 0,
        items: 0,
    };
    T::deserialize(&mut d)
}

pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

impl Streams {
    fn push(&mut self, stream: u8, byte: u8) {
        self.tokens.push(Token {
            stream,
            tag: self.tag,
            byte,
        });
    }
    fn varint(&mut self, v: u64) {
        let mut buf = Vec::new();
        put_varint(&mut buf, v);
        for b in buf {
            self.push(STRUCTURE, b);
        }
    }
    fn put_str(&mut self, s: &str) {
        for &b in s.as_bytes() {
            match b {
                0 => {
                    self.push(TEXT, 1);
                    self.push(TEXT, 1)
                }
                1 => {
                    self.push(TEXT, 1);
                    self.push(TEXT, 2)
                }
                _ => self.push(TEXT, b),
            }
        }
        self.push(TEXT, 0);
    }
    fn number(&mut self, v: i64) -> Res<()> {
        match self.special.take().unwrap_or(Special::None) {
            Special::Id => {
                let d = v - self.last_id;
                self.last_id = v;
                self.varint(zigzag(d));
            }
            Special::CreatedMs => {
                self.created = v;
                self.varint(zigzag(v));
            }
            Special::UpdatedMs => self.varint(zigzag(v.wrapping_sub(self.created))),
            Special::Private => return err("private item in a share link"),
            Special::None | Special::Outside => self.varint(zigzag(v)),
        }
        Ok(())
    }
    fn unsigned(&mut self, v: u64) -> Res<()> {
        match self.special {
            Some(Special::None) | None => {
                self.special = None;
                self.varint(v);
                Ok(())
            }
            _ => self.number(i64::try_from(v).map_err(|_| WireError("number too large".into()))?),
        }
    }
}

macro_rules! unsupported {
    ($($f:ident($($t:ty),*)),*) => {$(
        fn $f(self, $(_: $t),*) -> Res<()> { err("unsupported type") }
    )*};
}

impl ser::Serializer for &mut Streams {
    type Ok = ();
    type Error = WireError;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Res<()> {
        if self.special.take() == Some(Special::Private) {
            return if v {
                err("private item in a share link")
            } else {
                Ok(())
            };
        }
        self.push(STRUCTURE, v as u8);
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Res<()> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i16(self, v: i16) -> Res<()> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i32(self, v: i32) -> Res<()> {
        self.serialize_i64(v as i64)
    }
    fn serialize_i64(self, v: i64) -> Res<()> {
        self.number(v)
    }
    fn serialize_u8(self, v: u8) -> Res<()> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u16(self, v: u16) -> Res<()> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u32(self, v: u32) -> Res<()> {
        self.serialize_u64(v as u64)
    }
    fn serialize_u64(self, v: u64) -> Res<()> {
        self.unsigned(v)
    }
    unsupported!(
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_bytes(&[u8])
    );
    fn serialize_char(self, v: char) -> Res<()> {
        self.put_str(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Res<()> {
        self.put_str(v);
        Ok(())
    }
    /// Only chrono's dates come here: stored as a day number.
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Res<()> {
        let text = value.to_string();
        let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map_err(|_| WireError("unexpected collect_str".into()))?;
        let days = date.num_days_from_ce() - DAY_ZERO;
        self.varint(zigzag(days as i64));
        Ok(())
    }
    fn serialize_none(self) -> Res<()> {
        self.push(STRUCTURE, 0);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Res<()> {
        self.push(STRUCTURE, 1);
        value.serialize(self)
    }
    fn serialize_unit(self) -> Res<()> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res<()> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, idx: u32, _: &'static str) -> Res<()> {
        self.serialize_u32(idx)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> Res<()> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        idx: u32,
        _: &'static str,
        v: &T,
    ) -> Res<()> {
        self.serialize_u32(idx)?;
        v.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Res<Self> {
        match len {
            Some(n) => {
                self.varint(n as u64);
                Ok(self)
            }
            None => err("sequence without length"),
        }
    }
    fn serialize_tuple(self, _: usize) -> Res<Self> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Res<Self> {
        Ok(self)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        idx: u32,
        _: &'static str,
        _: usize,
    ) -> Res<Self> {
        self.serialize_u32(idx)?;
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Res<Self> {
        self.serialize_seq(len)
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Res<Self> {
        self.names.push(name);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        idx: u32,
        _: &'static str,
        _: usize,
    ) -> Res<Self> {
        self.serialize_u32(idx)?;
        Ok(self)
    }
}

macro_rules! compound {
    ($tr:ident, $f:ident $(, $key:ident)?) => {
        impl ser::$tr for &mut Streams {
            type Ok = ();
            type Error = WireError;
            fn $f<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? v: &T) -> Res<()> {
                $(let _ = $key;)?
                v.serialize(&mut **self)
            }
            fn end(self) -> Res<()> {
                Ok(())
            }
        }
    };
}
compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStructVariant, serialize_field, key);

impl ser::SerializeStruct for &mut Streams {
    type Ok = ();
    type Error = WireError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> Res<()> {
        let name = self.names.last().copied().unwrap_or("");
        if matches!(special(name, key), Special::Outside) {
            return Ok(());
        }
        let outer = self.tag;
        self.tag = field_tag(name, key);
        self.special = match special(name, key) {
            Special::None => None,
            sp => Some(sp),
        };
        v.serialize(&mut **self)?;
        self.special = None;
        self.tag = outer;
        Ok(())
    }
    /// A field left out by `skip_serializing_if` is read back in order all the
    /// same, so write the zero byte its default takes (`None`, an empty list,
    /// `false`, 0). Only for such fields: a skipped `String` would not read back.
    fn skip_field(&mut self, key: &'static str) -> Res<()> {
        let name = self.names.last().copied().unwrap_or("");
        let outer = self.tag;
        self.tag = field_tag(name, key);
        self.push(STRUCTURE, 0);
        self.tag = outer;
        Ok(())
    }
    fn end(self) -> Res<()> {
        self.names.pop();
        Ok(())
    }
}

impl ser::SerializeMap for &mut Streams {
    type Ok = ();
    type Error = WireError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Res<()> {
        k.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Res<()> {
        v.serialize(&mut **self)
    }
    fn end(self) -> Res<()> {
        Ok(())
    }
}

struct WireDe<'a, S: Source> {
    src: &'a mut S,
    tag: u32,
    last_id: i64,
    created: i64,
    /// Items read so far in all lists (see [`crate::domain::limits`]).
    items: usize,
}

impl<S: Source> WireDe<'_, S> {
    fn byte(&mut self) -> Res<u8> {
        self.src.byte(STRUCTURE, self.tag)
    }
    fn varint(&mut self) -> Res<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        err("varint too long")
    }
    fn signed(&mut self) -> Res<i64> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
    fn string(&mut self) -> Res<String> {
        let mut out = Vec::new();
        loop {
            match self.src.byte(TEXT, self.tag)? {
                0 => break,
                1 => match self.src.byte(TEXT, self.tag)? {
                    1 => out.push(0),
                    2 => out.push(1),
                    _ => return err("bad escape"),
                },
                b => out.push(b),
            }
            // Four bytes at most per character: stop a runaway text early.
            if out.len() > 4 * limits::MAX_TEXT_CHARS {
                return err("text too long");
            }
        }
        let text = String::from_utf8(out).map_err(|_| WireError("text is not UTF-8".into()))?;
        limits::check_text("text", &text).map_err(|e| WireError(e.to_string()))?;
        Ok(text)
    }
    /// A list's length, within the same limits as typing and importing.
    fn len(&mut self) -> Res<usize> {
        let n = self.varint()?;
        let n = usize::try_from(n).map_err(|_| WireError("length too large".into()))?;
        limits::check_list("list", n, &mut self.items).map_err(|e| WireError(e.to_string()))?;
        Ok(n)
    }
}

macro_rules! de_int {
    ($($f:ident $t:ty => $visit:ident, $read:ident;)*) => {$(
        fn $f<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
            let x = self.$read()?;
            let x = <$t>::try_from(x).map_err(|_| WireError("number out of range".into()))?;
            v.$visit(x)
        }
    )*};
}

impl<'de, S: Source> de::Deserializer<'de> for &mut WireDe<'_, S> {
    type Error = WireError;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Res<V::Value> {
        err("self-describing input is not supported")
    }
    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        match self.byte()? {
            0 => v.visit_bool(false),
            1 => v.visit_bool(true),
            _ => err("bad flag"),
        }
    }
    de_int! {
        deserialize_u8 u8 => visit_u8, varint;
        deserialize_u16 u16 => visit_u16, varint;
        deserialize_u32 u32 => visit_u32, varint;
        deserialize_u64 u64 => visit_u64, varint;
        deserialize_i8 i8 => visit_i8, signed;
        deserialize_i16 i16 => visit_i16, signed;
        deserialize_i32 i32 => visit_i32, signed;
        deserialize_i64 i64 => visit_i64, signed;
    }
    fn deserialize_f32<V: Visitor<'de>>(self, _: V) -> Res<V::Value> {
        err("unsupported type")
    }
    fn deserialize_f64<V: Visitor<'de>>(self, _: V) -> Res<V::Value> {
        err("unsupported type")
    }
    fn deserialize_char<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        let s = self.string()?;
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => v.visit_char(c),
            _ => err("bad char"),
        }
    }
    /// Dates (see the module docs).
    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        let days = self.signed()?;
        let days = i32::try_from(days).map_err(|_| WireError("bad date".into()))?;
        let date = DAY_ZERO
            .checked_add(days)
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .ok_or_else(|| WireError("bad date".into()))?;
        v.visit_str(&date.format("%Y-%m-%d").to_string())
    }
    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        v.visit_string(self.string()?)
    }
    fn deserialize_bytes<V: Visitor<'de>>(self, _: V) -> Res<V::Value> {
        err("unsupported type")
    }
    fn deserialize_byte_buf<V: Visitor<'de>>(self, _: V) -> Res<V::Value> {
        err("unsupported type")
    }
    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        match self.byte()? {
            0 => v.visit_none(),
            1 => v.visit_some(self),
            _ => err("bad option tag"),
        }
    }
    fn deserialize_unit<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        v.visit_unit()
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Res<V::Value> {
        v.visit_unit()
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Res<V::Value> {
        v.visit_newtype_struct(self)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        let n = self.len()?;
        v.visit_seq(Seq::plain(self, n))
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, v: V) -> Res<V::Value> {
        v.visit_seq(Seq::plain(self, len))
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        len: usize,
        v: V,
    ) -> Res<V::Value> {
        v.visit_seq(Seq::plain(self, len))
    }
    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Res<V::Value> {
        let n = self.len()?;
        v.visit_map(Seq::plain(self, n))
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Res<V::Value> {
        v.visit_seq(Seq {
            de: self,
            left: fields.len(),
            fields: Some((name, fields)),
            at: 0,
        })
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        v: V,
    ) -> Res<V::Value> {
        v.visit_enum(self)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, _: V) -> Res<V::Value> {
        err("unsupported identifier")
    }
    fn deserialize_ignored_any<V: Visitor<'de>>(self, _: V) -> Res<V::Value> {
        err("unsupported ignored value")
    }
    fn is_human_readable(&self) -> bool {
        false
    }
}

struct Seq<'a, 'b, S: Source> {
    de: &'a mut WireDe<'b, S>,
    left: usize,
    fields: Option<(&'static str, &'static [&'static str])>,
    at: usize,
}

impl<'a, 'b, S: Source> Seq<'a, 'b, S> {
    fn plain(de: &'a mut WireDe<'b, S>, left: usize) -> Self {
        Seq {
            de,
            left,
            fields: None,
            at: 0,
        }
    }
}

impl<'de, S: Source> de::SeqAccess<'de> for Seq<'_, '_, S> {
    type Error = WireError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Res<Option<T::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let Some((name, fields)) = self.fields else {
            return seed.deserialize(&mut *self.de).map(Some);
        };
        let field = fields[self.at];
        self.at += 1;
        let outer = self.de.tag;
        self.de.tag = field_tag(name, field);
        let de = &mut *self.de;
        let out = match special(name, field) {
            Special::None => seed.deserialize(&mut *de),
            Special::Private => seed.deserialize(false.into_deserializer()),
            Special::Outside => seed.deserialize("en".into_deserializer()),
            Special::Id => {
                let id = de
                    .last_id
                    .checked_add(de.signed()?)
                    .ok_or_else(|| WireError("bad id".into()))?;
                de.last_id = id;
                let id = u32::try_from(id).map_err(|_| WireError("bad id".into()))?;
                seed.deserialize(id.into_deserializer())
            }
            Special::CreatedMs => {
                let v = de.signed()?;
                de.created = v;
                seed.deserialize(v.into_deserializer())
            }
            Special::UpdatedMs => {
                let v = de.created.wrapping_add(de.signed()?);
                seed.deserialize(v.into_deserializer())
            }
        };
        self.de.tag = outer;
        out.map(Some)
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.left.min(64))
    }
}

impl<'de, S: Source> de::MapAccess<'de> for Seq<'_, '_, S> {
    type Error = WireError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Res<Option<K::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.de).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Res<V::Value> {
        seed.deserialize(&mut *self.de)
    }
}

impl<'de, S: Source> de::EnumAccess<'de> for &mut WireDe<'_, S> {
    type Error = WireError;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Res<(V::Value, Self)> {
        let idx = self.varint()?;
        let idx = u32::try_from(idx).map_err(|_| WireError("bad variant".into()))?;
        let v = seed.deserialize(IntoDeserializer::<WireError>::into_deserializer(idx))?;
        Ok((v, self))
    }
}

impl<'de, S: Source> de::VariantAccess<'de> for &mut WireDe<'_, S> {
    type Error = WireError;
    fn unit_variant(self) -> Res<()> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Res<T::Value> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, v: V) -> Res<V::Value> {
        v.visit_seq(Seq::plain(self, len))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        v: V,
    ) -> Res<V::Value> {
        v.visit_seq(Seq::plain(self, fields.len()))
    }
}
