//! The types reflect makes at run time (`SliceOf`, `ArrayOf`, `MapOf`,
//! `ChanOf`, `FuncOf`, `StructOf`, `PointerTo`): the program's descriptor of
//! the type when it has one (`runtime::typelinks`), else one made here, once,
//! with the size, alignment, layout and flags the compiler gives such a type.
//! Package reflect checks the arguments and spells the type's name (Go code,
//! with Go's panics); this is what only the runtime can do.
//!
//! A made type has no methods (Go's makers give none, but for `StructOf`'s
//! promoted ones, which reflect refuses) and no code of its own: reflect calls
//! through a func type's descriptor, which the compiler fills only for the
//! program's func types.

use minigo_runtime::abi::{
    FieldDesc, GoSlice, GoString, Kind, TypeDesc, G, TFLAG_COMPARABLE, TFLAG_DIRECT_IFACE, TFLAG_EQ_CAN_PANIC, TFLAG_KEY_UPDATE, TFLAG_POINTERS, TFLAG_SCAN,
};
use minigo_runtime::typelinks::{find_or_make, FieldShape, Shape};

/// What reflect asks for (internal/rt's TypeSpec; the natives' test
/// `type_spec_offsets_match_rt_go` checks the layout).
#[repr(C)]
pub struct TypeSpec {
    pub kind: u8,
    pub name: GoString,
    pub elem: *const TypeDesc,
    pub key: *const TypeDesc,
    /// An array's length; a channel's direction; 1 for a variadic func.
    pub len: usize,
    /// A func's parameters, then its results (`*const TypeDesc`s).
    pub types: GoSlice,
    pub num_in: usize,
    /// A struct's fields (`FieldSpec`s).
    pub fields: GoSlice,
}

/// A struct field reflect asks for (internal/rt's FieldSpec).
#[repr(C)]
pub struct FieldSpec {
    pub name: GoString,
    pub typ: *const TypeDesc,
    pub tag: GoString,
    pub embedded: bool,
    pub exported: bool,
}

/// The flags every type has of kinds whose values are one pointer-shaped
/// word (pointers, maps, channels, funcs).
const WORD: u8 = TFLAG_DIRECT_IFACE | TFLAG_POINTERS | TFLAG_SCAN;

/// A copy of Go string `s` that lives forever (a descriptor's name outlives
/// the string reflect passed).
fn keep(s: &GoString) -> GoString {
    // SAFETY: reflect passes valid strings.
    keep_bytes(unsafe { s.as_bytes() })
}

fn keep_bytes(b: &[u8]) -> GoString {
    let b: &'static [u8] = Box::leak(b.to_vec().into_boxed_slice());
    GoString { ptr: b.as_ptr(), len: b.len() }
}

fn addr(t: &TypeDesc) -> usize {
    t as *const TypeDesc as usize
}

/// `*elem`'s descriptor: the program's, or one made here.
pub fn pointer_to(elem: &'static TypeDesc) -> &'static TypeDesc {
    if !elem.ptr_to_this.is_null() {
        // SAFETY: a descriptor's links are descriptors.
        return unsafe { &*elem.ptr_to_this };
    }
    find_or_make(Shape::Pointer(addr(elem)), || {
        // SAFETY: a descriptor's name is a string that lives as long as it.
        let name = keep_bytes(&[&b"*"[..], unsafe { elem.name.as_bytes() }].concat());
        TypeDesc { name, elem, ..TypeDesc::bare(8, Kind::Pointer, WORD | TFLAG_COMPARABLE) }
    })
}

/// `[]elem`'s descriptor: the program's, or one made here.
pub fn slice_of(elem: &'static TypeDesc) -> &'static TypeDesc {
    find_or_make(Shape::Slice(addr(elem)), || {
        // SAFETY: as in `pointer_to`.
        let name = keep_bytes(&[&b"[]"[..], unsafe { elem.name.as_bytes() }].concat());
        TypeDesc { name, elem, ..TypeDesc::bare(24, Kind::Slice, TFLAG_POINTERS | TFLAG_SCAN) }
    })
}

/// The flags a value of `parts` laid out together inherits from them: any
/// part's pointers and hazards, comparable if all parts are.
fn inherited<'a>(parts: impl IntoIterator<Item = &'a TypeDesc>) -> u8 {
    let any = TFLAG_POINTERS | TFLAG_SCAN | TFLAG_KEY_UPDATE | TFLAG_EQ_CAN_PANIC;
    parts.into_iter().fold(TFLAG_COMPARABLE, |f, p| (f | p.flags & any) & (p.flags | !TFLAG_COMPARABLE))
}

fn round_up(n: usize, align: usize) -> usize {
    n.div_ceil(align) * align
}

/// `MakeType(spec *TypeSpec) Type`: the descriptor of the type `spec`
/// describes (its components are descriptors, checked by reflect).
pub extern "C" fn make_type(_g: *mut G, spec: usize) -> usize {
    // SAFETY: reflect passes a TypeSpec whose descriptors are descriptors and
    // whose slices hold what the fields say.
    let spec = unsafe { &*(spec as *const TypeSpec) };
    let (elem, key) = unsafe { (spec.elem.as_ref(), spec.key.as_ref()) };
    let t = match Kind::from_u8(spec.kind) {
        Kind::Slice => slice_of(elem.expect("an element")),
        Kind::Array => {
            let (e, n) = (elem.expect("an element"), spec.len);
            find_or_make(Shape::Array { elem: addr(e), len: n }, || {
                let mut flags = inherited([e]);
                if n == 0 {
                    flags &= !(TFLAG_POINTERS | TFLAG_SCAN);
                }
                if n == 1 && e.direct_iface() {
                    flags |= TFLAG_DIRECT_IFACE;
                }
                TypeDesc { name: keep(&spec.name), elem: e, len: n, align: e.align, ..TypeDesc::bare(e.size * n, Kind::Array, flags) }
            })
        }
        Kind::Chan => {
            let e = elem.expect("an element");
            let dir = spec.len as u16;
            find_or_make(Shape::Chan { dir, elem: addr(e) }, || TypeDesc {
                name: keep(&spec.name),
                elem: e,
                dir,
                ..TypeDesc::bare(8, Kind::Chan, WORD | TFLAG_COMPARABLE)
            })
        }
        Kind::Map => {
            let (k, e) = (key.expect("a key"), elem.expect("an element"));
            find_or_make(Shape::Map { key: addr(k), elem: addr(e) }, || TypeDesc {
                name: keep(&spec.name),
                key: k,
                elem: e,
                ..TypeDesc::bare(8, Kind::Map, WORD)
            })
        }
        Kind::Func => {
            // SAFETY: `types` holds descriptor pointers.
            let types: &[*const TypeDesc] = unsafe { spec.types.as_slice() };
            let (params, results) = types.split_at(spec.num_in);
            let variadic = spec.len != 0;
            let shape = Shape::Func { params: params.iter().map(|&p| p as usize).collect(), results: results.iter().map(|&p| p as usize).collect(), variadic };
            find_or_make(shape, || {
                let keep_list = |l: &[*const TypeDesc]| Box::leak(l.to_vec().into_boxed_slice()).as_ptr();
                TypeDesc {
                    name: keep(&spec.name),
                    params: keep_list(params),
                    nparams: params.len(),
                    results: keep_list(results),
                    nresults: results.len(),
                    dir: variadic as u16,
                    ..TypeDesc::bare(8, Kind::Func, WORD)
                }
            })
        }
        Kind::Struct => {
            // SAFETY: `fields` holds FieldSpecs.
            let fields: &[FieldSpec] = unsafe { spec.fields.as_slice() };
            // SAFETY: reflect passes valid strings and descriptors.
            let shape = fields
                .iter()
                .map(|f| FieldShape {
                    name: unsafe { f.name.as_bytes() }.into(),
                    typ: f.typ as usize,
                    tag: unsafe { f.tag.as_bytes() }.into(),
                    embedded: f.embedded,
                })
                .collect();
            find_or_make(Shape::Struct(shape), || struct_of(keep(&spec.name), fields))
        }
        k => unreachable!("reflect makes no {k:?} type"),
    };
    addr(t)
}

/// A struct type of `fields`, laid out as Go lays out structs.
fn struct_of(name: GoString, fields: &[FieldSpec]) -> TypeDesc {
    // SAFETY: reflect passes descriptors.
    let types: Vec<&TypeDesc> = fields.iter().map(|f| unsafe { &*f.typ }).collect();
    let (mut size, mut align, mut last_zero) = (0, 1, 0);
    let descs: Vec<FieldDesc> = fields
        .iter()
        .zip(&types)
        .map(|(f, t)| {
            let offset = round_up(size, t.align as usize);
            size = offset + t.size;
            align = align.max(t.align as usize);
            if t.size == 0 {
                last_zero = size;
            }
            FieldDesc { name: keep(&f.name), typ: f.typ, offset, flags: f.embedded as usize | (f.exported as usize) << 1, tag: keep(&f.tag) }
        })
        .collect();
    // a struct ending in a zero-size field gets a byte of padding, so that
    // the field's address is not the next object's (as in Go)
    if size > 0 && last_zero == size {
        size += 1;
    }
    let mut flags = inherited(types.iter().copied());
    if types.len() == 1 && types[0].direct_iface() {
        flags |= TFLAG_DIRECT_IFACE;
    }
    let descs = Box::leak(descs.into_boxed_slice());
    TypeDesc { name, fields: descs.as_ptr(), nfields: descs.len(), align: align as u32, ..TypeDesc::bare(round_up(size, align), Kind::Struct, flags) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    #[test]
    fn type_spec_offsets_match_rt_go() {
        let konst = super::super::rt_go_const;
        assert_eq!(konst("specName"), offset_of!(TypeSpec, name));
        assert_eq!(konst("specElem"), offset_of!(TypeSpec, elem));
        assert_eq!(konst("specLen"), offset_of!(TypeSpec, len));
        assert_eq!(konst("specTypes"), offset_of!(TypeSpec, types));
        assert_eq!(konst("specFields"), offset_of!(TypeSpec, fields));
        assert_eq!(konst("specSize"), size_of::<TypeSpec>());
        assert_eq!(konst("fieldSpecSize"), size_of::<FieldSpec>());
        assert_eq!(konst("fieldSpecEmbedded"), offset_of!(FieldSpec, embedded));
    }
}
