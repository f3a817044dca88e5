//! The program's type descriptors by structure (Go's typelinks): what lets
//! reflect's type makers (`SliceOf`, `MapOf`, `StructOf`, `PointerTo`...) give
//! the very descriptor compiled code compares with when the program has the
//! type — the runtime compares types by descriptor address — and make every
//! other type once.
//!
//! The compiler publishes the descriptors of the unnamed composite types of
//! each unit it compiles in a program with package reflect (a program, a REPL
//! input), and a cached image publishes them again (`add`). They are indexed
//! by structure on the first lookup: most programs never make a type.
//!
//! Descriptors made here are leaked: a type lives as long as the program, as
//! a compiled one does, and there is one per distinct type made.

use crate::abi::{Kind, TypeDesc, TFLAG_NAMED};
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// A type's structure, by the addresses of its components' descriptors:
/// two descriptors of one shape describe identical types (components are
/// canonical, since every descriptor a shape names was found or made here or
/// is the program's one of its type).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Shape {
    Pointer(usize),
    Slice(usize),
    Array {
        elem: usize,
        len: usize,
    },
    /// Direction 1 receive, 2 send, 3 both.
    Chan {
        dir: u16,
        elem: usize,
    },
    Map {
        key: usize,
        elem: usize,
    },
    Func {
        params: Box<[usize]>,
        results: Box<[usize]>,
        variadic: bool,
    },
    Struct(Box<[FieldShape]>),
}

/// A struct field as identity sees it. (A field's package, which makes two
/// structs with unexported fields of different packages different types, is
/// not in the descriptors: such structs of one shape would be taken for one.)
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FieldShape {
    pub name: Box<[u8]>,
    pub typ: usize,
    pub tag: Box<[u8]>,
    pub embedded: bool,
}

impl Shape {
    /// The shape of the type `t` describes; None for a named type or one
    /// that is not composite.
    pub fn of(t: &TypeDesc) -> Option<Shape> {
        if t.flags & TFLAG_NAMED != 0 {
            return None;
        }
        let addr = |d: *const TypeDesc| d as usize;
        Some(match t.kind() {
            Kind::Pointer => Shape::Pointer(addr(t.elem)),
            Kind::Slice => Shape::Slice(addr(t.elem)),
            Kind::Array => Shape::Array { elem: addr(t.elem), len: t.len },
            Kind::Chan => Shape::Chan { dir: t.dir, elem: addr(t.elem) },
            Kind::Map => Shape::Map { key: addr(t.key), elem: addr(t.elem) },
            Kind::Func => {
                let list = |p: *const *const TypeDesc, n: usize| -> Box<[usize]> {
                    if n == 0 {
                        return Box::default();
                    }
                    // SAFETY: a func type's descriptor points at `n` descriptor pointers.
                    unsafe { std::slice::from_raw_parts(p, n) }.iter().map(|&d| addr(d)).collect()
                };
                Shape::Func { params: list(t.params, t.nparams), results: list(t.results, t.nresults), variadic: t.dir & 1 != 0 }
            }
            Kind::Struct => Shape::Struct(
                t.fields()
                    .iter()
                    .map(|f| FieldShape {
                        // SAFETY: field names and tags are strings the compiler or `find_or_make`'s caller made.
                        name: unsafe { f.name.as_bytes() }.into(),
                        typ: addr(f.typ),
                        tag: unsafe { f.tag.as_bytes() }.into(),
                        embedded: f.flags & 1 != 0,
                    })
                    .collect(),
            ),
            _ => return None,
        })
    }
}

/// The published descriptors.
#[derive(Default)]
struct Links {
    /// Published and not yet indexed.
    pending: Vec<usize>,
    /// Indexed by shape, with the descriptors made here; the first published
    /// of a shape wins (a REPL input's descriptor of a type an earlier input
    /// had is not the one compiled code of the earlier input compares with).
    by_shape: HashMap<Shape, usize>,
}

static LINKS: LazyLock<Mutex<Links>> = LazyLock::new(Default::default);

fn links() -> std::sync::MutexGuard<'static, Links> {
    LINKS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Publishes the descriptors at `descs`.
///
/// # Safety
/// Each must be the address of a type descriptor that lives as long as the
/// program.
pub unsafe fn add(descs: impl IntoIterator<Item = usize>) {
    links().pending.extend(descs);
}

/// The descriptor of the type of shape `shape`: the program's, or the one
/// `make` makes, the first time a shape is asked for that the program does not
/// have.
pub fn find_or_make(shape: Shape, make: impl FnOnce() -> TypeDesc) -> &'static TypeDesc {
    let mut l = links();
    for d in std::mem::take(&mut l.pending) {
        // SAFETY: `add`'s caller promised descriptors that live forever.
        let t = unsafe { &*(d as *const TypeDesc) };
        if let Some(s) = Shape::of(t) {
            l.by_shape.entry(s).or_insert(d);
        }
    }
    let d = *l.by_shape.entry(shape).or_insert_with(|| Box::leak(Box::new(make())) as *const TypeDesc as usize);
    // SAFETY: published descriptors live forever, and made ones are leaked.
    unsafe { &*(d as *const TypeDesc) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::GoString;

    fn leak(t: TypeDesc) -> &'static TypeDesc {
        Box::leak(Box::new(t))
    }

    #[test]
    fn finds_the_published_descriptor_and_makes_the_others_once() {
        let int = leak(TypeDesc { flags: TFLAG_NAMED, ..TypeDesc::bare(8, Kind::Int, 0) });
        let named_slice = leak(TypeDesc { elem: int, flags: TFLAG_NAMED, ..TypeDesc::bare(24, Kind::Slice, 0) });
        let slice = leak(TypeDesc { elem: int, ..TypeDesc::bare(24, Kind::Slice, 0) });
        // SAFETY: leaked descriptors live forever.
        unsafe { add([named_slice as *const TypeDesc as usize, slice as *const TypeDesc as usize]) };
        let found = find_or_make(Shape::Slice(int as *const TypeDesc as usize), || unreachable!("published"));
        assert!(std::ptr::eq(found, slice), "the unnamed one, not the named one");
        let array = |len| Shape::Array { elem: int as *const TypeDesc as usize, len };
        let made = find_or_make(array(3), || TypeDesc { elem: int, len: 3, name: GoString::EMPTY, ..TypeDesc::bare(24, Kind::Array, 0) });
        let again = find_or_make(array(3), || unreachable!("made before"));
        assert!(std::ptr::eq(made, again));
        assert_eq!(Shape::of(made), Some(array(3)));
    }
}
