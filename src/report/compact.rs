/*!
A compact JSON writer for the JSONL lines: the same bytes as `serde_json::to_writer`, written
straight into a `Vec<u8>`, with a string escaper that skips eight bytes at a time.

Why not serde_json: its escaper looks up every byte of every string in a table and hands
each run to the writer through a formatter; a full report line is about three times the size
of its article, and the escaping was the largest cost of rendering it (65 M instructions of
119 M for 400 articles). serde_json cannot be told to skip the scan (the formatter never sees
a string whole, and its writer is not reachable from a wrapping serializer), so this module
is a `serde::Serializer` of its own.

It writes exactly what serde_json's compact serializer writes: numbers go through serde_json's
own `CompactFormatter` (`itoa`, `ryu`; a float that is not finite is `null`), strings are
escaped with serde_json's escape set (`"`, `\\`, and the control characters below 0x20:
`\b \t \n \f \r` by name, the rest as `\u00xx` in lower-case hex; everything else, DEL and
non-ASCII included, is copied), and structs, maps, sequences and enum variants are laid out as
serde_json lays them out. What it does not handle (byte arrays, map keys that are not strings
or integers, serde_json's private raw-value and number tokens) is an [`Unsupported`] error,
and the caller writes that value with serde_json instead: the bytes never depend on which
path wrote them.
*/

use std::fmt;

use serde::ser::{self, Impossible, Serialize};
use serde_json::ser::{CompactFormatter, Formatter};

/// A value this writer leaves to serde_json (or an error the value itself raised).
#[derive(Debug)]
pub struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

fn unsupported(what: &str) -> Unsupported {
    Unsupported(format!("{what} is left to serde_json"))
}

/// Appends `value` as compact JSON to `out`. On an error `out` may hold part of the value:
/// the caller truncates it and writes the value with serde_json.
pub fn write_compact<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
) -> Result<(), Unsupported> {
    value.serialize(&mut Compact { out })
}

/// serde_json's escape of each byte: 0 for none, `u` for `\u00xx`, else the letter after
/// the backslash.
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

const LOW_BYTES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Not zero exactly when a byte of `word` must be escaped: `(x - 0x01…) & !x & 0x80…`
/// flags the zero bytes of `x` (and at most bytes above a real one, where a borrow starts).
/// Control bytes are those below 0x20 (`x - 0x20…` borrows out of them, and `!x` drops
/// bytes of 0x80 and above); quotes and backslashes are the zero bytes of `x ^ 0x22…` and
/// `x ^ 0x5C…`.
#[inline]
fn escape_bits(word: u64) -> u64 {
    let control = word.wrapping_sub(LOW_BYTES * 0x20) & !word;
    let q = word ^ (LOW_BYTES * b'"' as u64);
    let quote = q.wrapping_sub(LOW_BYTES) & !q;
    let s = word ^ (LOW_BYTES * b'\\' as u64);
    let slash = s.wrapping_sub(LOW_BYTES) & !s;
    (control | quote | slash) & HIGH_BITS
}

/// Appends `s` as a JSON string, quotes included, escaped as serde_json escapes it.
///
/// Inlined: a report line is half a million short strings per 400 articles (keys, kinds,
/// terms; 8.6 bytes on average), and a call's own cost was most of the cost of each.
#[inline(always)]
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if needs_escape(bytes) {
        return write_escaped(out, bytes);
    }
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    out.extend_from_slice(bytes);
    out.push(b'"');
}

/// Whether any byte of `bytes` must be escaped, a word at a time. Most strings of a report
/// are short (keys, kinds, terms) and need nothing, so what matters is the cost per string:
/// a string of up to eight bytes is one word (two overlapping loads, the rest filled with a
/// letter), a longer one its whole words plus its last eight bytes.
#[inline(always)]
fn needs_escape(bytes: &[u8]) -> bool {
    const FILL: u64 = LOW_BYTES * b'a' as u64;
    let n = bytes.len();
    let load4 = |at: usize| u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()));
    let load2 = |at: usize| u64::from(u16::from_le_bytes(bytes[at..at + 2].try_into().unwrap()));
    let word = match n {
        0 => return false,
        1 => return ESCAPE[bytes[0] as usize] != 0,
        2..=3 => load2(0) | load2(n - 2) << 16 | FILL << 32,
        4..=7 => load4(0) | load4(n - 4) << 32,
        _ => {
            let load8 = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
            let mut at = 0;
            while at + 8 < n {
                if escape_bits(load8(at)) != 0 {
                    return true;
                }
                at += 8;
            }
            load8(n - 8)
        }
    };
    escape_bits(word) != 0
}

/// `bytes`, at least one of which needs it, quoted and escaped byte by byte: runs with
/// nothing to escape are copied whole.
#[cold]
#[inline(never)]
fn write_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape = ESCAPE[b as usize];
        if escape != 0 {
            out.extend_from_slice(&bytes[run..i]);
            write_escape(out, b, escape);
            run = i + 1;
        }
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

#[inline]
fn write_escape(out: &mut Vec<u8>, byte: u8, escape: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    if escape == b'u' {
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[(byte >> 4) as usize],
            HEX[(byte & 0xF) as usize],
        ]);
    } else {
        out.extend_from_slice(&[b'\\', escape]);
    }
}

struct Compact<'a> {
    out: &'a mut Vec<u8>,
}

impl Compact<'_> {
    /// `{"variant":`, the opening of an externally tagged variant with content.
    fn open_variant(&mut self, variant: &str) {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
    }
}

/// Where a sequence or map is: serde_json writes nothing at the end of one it closed at once
/// (a length of zero given up front).
#[derive(PartialEq)]
enum State {
    Empty,
    First,
    Rest,
}

/// A sequence, map or struct being written; `variant` closes the `{"variant":` around it.
struct Compound<'s, 'a> {
    ser: &'s mut Compact<'a>,
    state: State,
    variant: bool,
}

impl Compound<'_, '_> {
    fn comma(&mut self) {
        if self.state == State::First {
            self.state = State::Rest;
        } else {
            self.ser.out.push(b',');
        }
    }

    fn close(self, bracket: u8) {
        if self.state != State::Empty {
            self.ser.out.push(bracket);
        }
        if self.variant {
            self.ser.out.push(b'}');
        }
    }
}

macro_rules! numbers {
    ($($method:ident $write:ident $ty:ty),* $(,)?) => {
        $(fn $method(self, value: $ty) -> Result<(), Unsupported> {
            CompactFormatter
                .$write(self.out, value)
                .map_err(|e| Unsupported(e.to_string()))
        })*
    };
}

impl<'s, 'a> ser::Serializer for &'s mut Compact<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'s, 'a>;
    type SerializeTuple = Compound<'s, 'a>;
    type SerializeTupleStruct = Compound<'s, 'a>;
    type SerializeTupleVariant = Compound<'s, 'a>;
    type SerializeMap = Compound<'s, 'a>;
    type SerializeStruct = Compound<'s, 'a>;
    type SerializeStructVariant = Compound<'s, 'a>;

    numbers! {
        serialize_i8 write_i8 i8, serialize_i16 write_i16 i16, serialize_i32 write_i32 i32,
        serialize_i64 write_i64 i64, serialize_i128 write_i128 i128,
        serialize_u8 write_u8 u8, serialize_u16 write_u16 u16, serialize_u32 write_u32 u32,
        serialize_u64 write_u64 u64, serialize_u128 write_u128 u128,
    }

    fn serialize_bool(self, value: bool) -> Result<(), Unsupported> {
        self.out
            .extend_from_slice(if value { b"true" } else { b"false" });
        Ok(())
    }

    fn serialize_f32(self, value: f32) -> Result<(), Unsupported> {
        if !value.is_finite() {
            return self.serialize_unit();
        }
        CompactFormatter
            .write_f32(self.out, value)
            .map_err(|e| Unsupported(e.to_string()))
    }

    fn serialize_f64(self, value: f64) -> Result<(), Unsupported> {
        if !value.is_finite() {
            return self.serialize_unit();
        }
        CompactFormatter
            .write_f64(self.out, value)
            .map_err(|e| Unsupported(e.to_string()))
    }

    fn serialize_char(self, value: char) -> Result<(), Unsupported> {
        write_str(self.out, value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, value: &str) -> Result<(), Unsupported> {
        write_str(self.out, value);
        Ok(())
    }

    fn serialize_bytes(self, _value: &[u8]) -> Result<(), Unsupported> {
        Err(unsupported("a byte array"))
    }

    fn serialize_none(self) -> Result<(), Unsupported> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Unsupported> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Unsupported> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'s, 'a>, Unsupported> {
        self.out.push(b'[');
        let state = if len == Some(0) {
            self.out.push(b']');
            State::Empty
        } else {
            State::First
        };
        Ok(Compound {
            ser: self,
            state,
            variant: false,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'s, 'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        self.open_variant(variant);
        let mut seq = self.serialize_seq(Some(len))?;
        seq.variant = true;
        Ok(seq)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'s, 'a>, Unsupported> {
        self.out.push(b'{');
        let state = if len == Some(0) {
            self.out.push(b'}');
            State::Empty
        } else {
            State::First
        };
        Ok(Compound {
            ser: self,
            state,
            variant: false,
        })
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        // serde_json's raw values and arbitrary-precision numbers travel as structs with a
        // private name; they are its business.
        if name.starts_with("$serde_json::private::") {
            return Err(unsupported(name));
        }
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Unsupported> {
        self.open_variant(variant);
        let mut map = self.serialize_map(Some(len))?;
        map.variant = true;
        Ok(map)
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.comma();
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Unsupported> {
        self.close(b']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unsupported> {
        self.comma();
        key.serialize(MapKey { out: self.ser.out })
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.ser.out.push(b':');
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Unsupported> {
        self.close(b'}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        self.comma();
        write_str(self.ser.out, key);
        self.ser.out.push(b':');
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Unsupported> {
        self.close(b'}');
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }

    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeStruct::end(self)
    }
}

/// A map key: strings as they are, integers quoted (as serde_json writes them); any other
/// key is left to serde_json.
struct MapKey<'a> {
    out: &'a mut Vec<u8>,
}

impl MapKey<'_> {
    fn quoted(
        self,
        write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
    ) -> Result<(), Unsupported> {
        self.out.push(b'"');
        write(self.out).map_err(|e| Unsupported(e.to_string()))?;
        self.out.push(b'"');
        Ok(())
    }
}

macro_rules! integer_keys {
    ($($method:ident $write:ident $ty:ty),* $(,)?) => {
        $(fn $method(self, value: $ty) -> Result<(), Unsupported> {
            self.quoted(|out| CompactFormatter.$write(out, value))
        })*
    };
}

macro_rules! refused_keys {
    ($($method:ident $ty:ty),* $(,)?) => {
        $(fn $method(self, _value: $ty) -> Result<(), Unsupported> {
            Err(unsupported("a map key that is not a string or an integer"))
        })*
    };
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Impossible<(), Unsupported>;
    type SerializeTuple = Impossible<(), Unsupported>;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Impossible<(), Unsupported>;
    type SerializeStructVariant = Impossible<(), Unsupported>;

    integer_keys! {
        serialize_i8 write_i8 i8, serialize_i16 write_i16 i16, serialize_i32 write_i32 i32,
        serialize_i64 write_i64 i64, serialize_i128 write_i128 i128,
        serialize_u8 write_u8 u8, serialize_u16 write_u16 u16, serialize_u32 write_u32 u32,
        serialize_u64 write_u64 u64, serialize_u128 write_u128 u128,
    }

    refused_keys! { serialize_bool bool, serialize_f32 f32, serialize_f64 f64, serialize_bytes &[u8] }

    fn serialize_str(self, value: &str) -> Result<(), Unsupported> {
        write_str(self.out, value);
        Ok(())
    }

    fn serialize_char(self, value: char) -> Result<(), Unsupported> {
        write_str(self.out, value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Unsupported> {
        write_str(self.out, variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        value.serialize(self)
    }

    fn serialize_none(self) -> Result<(), Unsupported> {
        Err(unsupported("an optional map key"))
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Unsupported> {
        Err(unsupported("an optional map key"))
    }

    fn serialize_unit(self) -> Result<(), Unsupported> {
        Err(unsupported("a unit map key"))
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Unsupported> {
        Err(unsupported("a unit map key"))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Unsupported> {
        Err(unsupported("a variant map key"))
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        Err(unsupported("a sequence map key"))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(unsupported("a tuple map key"))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(unsupported("a tuple map key"))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(unsupported("a variant map key"))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(unsupported("a map as a map key"))
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        Err(unsupported("a struct map key"))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(unsupported("a variant map key"))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Serialize;

    use super::*;

    fn ours<T: Serialize + ?Sized>(value: &T) -> String {
        let mut out = Vec::new();
        write_compact(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_as_serde_json_does() {
        let every_ascii: String = (0u8..=0x7F).map(char::from).collect();
        for s in [
            "",
            "plain words",
            "\"quoted\" and \\ back",
            "tab\there\nline\r\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "curly ’quotes’ and émigré — 北京 😀",
            "exactly8",
            "seven7\"",
            "0123456789abcdef\\0123456789abcdef\u{1}",
            every_ascii.as_str(),
        ] {
            assert_eq!(ours(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn only_strings_with_something_to_escape_take_the_slow_path() {
        for s in [
            "a",
            "ab",
            "abc",
            "abcd",
            "émigré",
            "exactly8",
            "nine bytes",
            "’quotes’ 北京",
        ] {
            assert!(!needs_escape(s.as_bytes()), "{s:?}");
        }
        for s in [
            "\"",
            "a\\",
            "ab\n",
            "abc\u{1f}",
            "exactly\t",
            "0123456789\u{0}",
        ] {
            assert!(needs_escape(s.as_bytes()), "{s:?}");
        }
    }

    #[derive(Serialize)]
    enum Shape {
        Unit,
        New(u8),
        Tuple(i32, String),
        Struct { a: Option<f64>, b: Vec<u8> },
    }

    #[derive(Serialize)]
    struct Inner {
        #[serde(skip_serializing_if = "Option::is_none")]
        maybe: Option<&'static str>,
        empty: Vec<u32>,
        floats: [f64; 5],
        small: f32,
    }

    #[derive(Serialize)]
    struct Outer {
        #[serde(flatten)]
        inner: Inner,
        shapes: Vec<Shape>,
        by_name: BTreeMap<String, i64>,
        by_number: BTreeMap<u32, bool>,
        empty_map: BTreeMap<String, u8>,
        tuple: (char, bool, ()),
        big: (i128, u128, u64, i64),
    }

    #[test]
    fn lays_out_values_as_serde_json_does() {
        let value = Outer {
            inner: Inner {
                maybe: Some("x"),
                empty: vec![],
                floats: [0.0, -1.5, 1e21, f64::NAN, f64::INFINITY],
                small: 0.1,
            },
            shapes: vec![
                Shape::Unit,
                Shape::New(7),
                Shape::Tuple(-3, "t".into()),
                Shape::Struct {
                    a: None,
                    b: vec![1, 2],
                },
            ],
            by_name: [("k\"ey".to_string(), -9), ("b".to_string(), 0)].into(),
            by_number: [(3, true), (10, false)].into(),
            empty_map: BTreeMap::new(),
            tuple: ('"', false, ()),
            big: (i128::MIN, u128::MAX, u64::MAX, i64::MIN),
        };
        assert_eq!(ours(&value), serde_json::to_string(&value).unwrap());
        let json: serde_json::Value = serde_json::from_str(&ours(&value)).unwrap();
        assert_eq!(ours(&json), serde_json::to_string(&json).unwrap());
    }

    #[test]
    fn leaves_what_it_does_not_write_to_serde_json() {
        let bool_keys: BTreeMap<bool, u8> = [(true, 1)].into();
        assert!(write_compact(&mut Vec::new(), &bool_keys).is_err());
        assert!(write_compact(&mut Vec::new(), serde_bytes_like()).is_err());
    }

    fn serde_bytes_like() -> &'static impl Serialize {
        struct Bytes;
        impl Serialize for Bytes {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(b"ab")
            }
        }
        &Bytes
    }

    proptest! {
        #[test]
        fn any_string_is_written_as_serde_json_writes_it(s in any::<String>()) {
            prop_assert_eq!(ours(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn any_ascii_heavy_string_too(s in "[\\x00-\\x7f\"\\\\]{0,80}") {
            prop_assert_eq!(ours(&s), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn any_numbers_too(i in any::<i64>(), u in any::<u64>(), f in any::<f64>(), g in any::<f32>()) {
            let value = (i, u, f, g);
            prop_assert_eq!(ours(&value), serde_json::to_string(&value).unwrap());
        }
    }
}
