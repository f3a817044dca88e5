//! Go's sizes and alignments on amd64 (gc's `types.CalcSize`), as far as the
//! checker needs them: gc rejects a type whose size would not fit the address
//! space gc allows (`MAX_WIDTH`), a package variable too large to be a symbol
//! (`MAX_SYMBOL`), and a function whose arguments and results exceed a frame's
//! 1 GB (`MAX_FRAME`). go/types accepts all three; minigo, which would otherwise
//! lay such a type out with wrapped-around sizes and offsets, or fail in
//! Cranelift, rejects them with gc's messages.

use super::check::Checker;
use super::object::{DeclRef, ObjKind, VarKind};
use super::typ::{Basic, Signature, Type, TypeId, TypeTable};
use crate::syntax::ast::FuncDecl;
use crate::syntax::pos::Pos;

/// gc's `MaxWidth` on amd64: no type may be this large.
pub const MAX_WIDTH: u64 = 1 << 50;
/// The largest package-level variable gc's object writer accepts.
pub const MAX_SYMBOL: u64 = 2_000_000_000;

/// The type whose size is out of range: an array larger than `MAX_WIDTH`, or a
/// struct whose fields reach it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TooLarge {
    Array(TypeId),
    Struct(TypeId),
}

impl TypeTable {
    /// Whether the size of `t` depends on a type parameter (go/types'
    /// `hasVarSize`): `unsafe.Sizeof` of such a type is not a constant.
    pub fn has_var_size(&self, t: TypeId) -> bool {
        match self.get(self.underlying(t)) {
            Type::TypeParam(_) => true,
            Type::Array(e, _) => self.has_var_size(*e),
            Type::Struct(fs) => fs.iter().any(|f| self.has_var_size(f.typ)),
            _ => false,
        }
    }

    /// The size and alignment of values of type `t`.
    pub fn size_align(&self, t: TypeId) -> Result<(u64, u64), TooLarge> {
        let u = self.underlying(t);
        Ok(match self.get(u) {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::Int8 | Basic::Uint8 | Basic::UntypedBool => (1, 1),
                Basic::Int16 | Basic::Uint16 => (2, 2),
                Basic::Int32 | Basic::Uint32 | Basic::Float32 | Basic::UntypedRune => (4, 4),
                Basic::Complex64 => (8, 4),
                Basic::Complex128 | Basic::UntypedComplex => (16, 8),
                Basic::String | Basic::UntypedString => (16, 8),
                _ => (8, 8),
            },
            Type::Slice(_) => (24, 8),
            Type::Interface(_) => (16, 8),
            Type::Array(e, n) => {
                let (es, ea) = self.size_align(*e)?;
                if es != 0 && *n > (MAX_WIDTH - 1) / es {
                    return Err(TooLarge::Array(u));
                }
                (es * n, ea)
            }
            Type::Struct(fields) => {
                let (mut off, mut align) = (0u64, 1u64);
                for f in fields.iter() {
                    let (fs, fa) = self.size_align(f.typ)?;
                    off = off.next_multiple_of(fa) + fs;
                    align = align.max(fa);
                    if off >= MAX_WIDTH {
                        return Err(TooLarge::Struct(u));
                    }
                }
                // a final zero-size field gets a byte, so that its address is in the struct
                if fields.last().is_some_and(|f| self.size_align(f.typ).is_ok_and(|(s, _)| s == 0)) {
                    off += 1;
                }
                (off.next_multiple_of(align), align)
            }
            Type::Tuple(_) => (0, 1),
            _ => (8, 8),
        })
    }
}

impl TypeTable {
    /// The offset of field `i` of struct type `t` (whose size is known to fit).
    pub fn field_offset(&self, t: TypeId, i: usize) -> u64 {
        let Type::Struct(fields) = self.get(self.underlying(t)) else { unreachable!("field_offset of a non-struct") };
        let mut off = 0u64;
        for (j, f) in fields.iter().enumerate() {
            let (fs, fa) = self.size_align(f.typ).unwrap_or((0, 1));
            off = off.next_multiple_of(fa);
            if j == i {
                break;
            }
            off += fs;
        }
        off
    }
}

/// What gc sizes once, reporting a type too large at most once: a named type,
/// or a type literal, which is a type of its own where it is spelled (here by
/// the file and line of the declaration: gc drops a repeated error on one line,
/// so its reports tell no more apart).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum SizedAs {
    Named(TypeId),
    Literal(Pos, usize),
}

/// The sizes `check_sizes` computed, by type.
type SizeCache = rustc_hash::FxHashMap<TypeId, Result<(u64, u64), TooLarge>>;

/// gc's limit on a frame (`maxStackSize`), which a function's arguments and
/// results count toward.
const MAX_FRAME: u64 = 1 << 30;

impl Checker<'_> {
    /// Whether a channel type whose elements take 64 KiB or more is reachable
    /// from `t` (gc's limit, which its channel implementation relies on). gc
    /// sizes every type a declaration reaches, through pointers too, and
    /// reports it at each declaration but inside a named type, which it sizes
    /// once (`named_sized`).
    fn big_chan(&self, t: TypeId, named_sized: &mut rustc_hash::FxHashSet<TypeId>) -> bool {
        let types = &self.p.types;
        let t = types.unalias(t);
        let inner: Vec<TypeId> = match types.get(t) {
            Type::Named(_) if !named_sized.insert(t) => return false,
            Type::Named(_) => vec![types.underlying(t)],
            Type::Chan(_, e) if types.size_align(*e).is_ok_and(|(size, _)| size >= 1 << 16) => return true,
            Type::Chan(_, e) | Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) => vec![*e],
            Type::Map(k, v) => vec![*k, *v],
            Type::Struct(fs) => fs.iter().map(|f| f.typ).collect(),
            Type::Func(sig) => sig.params.iter().chain(sig.results.iter()).map(|p| p.typ).collect(),
            _ => vec![],
        };
        inner.into_iter().any(|u| self.big_chan(u, named_sized))
    }

    /// gc's size checks over the objects this package declared (`from` on): each
    /// type and variable, and each function's signature, must have a size that
    /// fits, and a function's arguments and results a frame's 1 GB. gc sizes
    /// each type once, at the first declaration that needs it, and drops a
    /// repeated error on one line; but its types are one per declared name and
    /// per type literal, so that two declarations spelling the same literal each
    /// get the error (see `SizedAs`). Returns the package variables too big for
    /// a symbol, which gc's linker reports (`symbol_errors`).
    pub(super) fn check_sizes(&mut self, from: usize) -> Vec<(Pos, String)> {
        let mut reported = rustc_hash::FxHashSet::default();
        let mut named_sized = rustc_hash::FxHashSet::default();
        let mut symbols = Vec::new();
        // (gc's back end finds these, after everything else it reports)
        let mut frames = Vec::new();
        // variables and signatures share a few types: each is sized once
        let mut sized = SizeCache::default();
        for o in from..self.p.objs.len() {
            let obj = &self.p.objs[o];
            if obj.pkg != Some(self.pkg) {
                continue;
            }
            let (pos, name, typ) = (obj.pos, obj.name.clone(), obj.typ);
            let global = matches!(obj.kind, ObjKind::Var(VarKind::Global));
            // gc sizes parameters with their function, and fields with their struct
            if !matches!(obj.kind, ObjKind::TypeName | ObjKind::Func | ObjKind::Var(VarKind::Local | VarKind::Global)) {
                continue;
            }
            let types: Vec<TypeId> = match self.p.types.get(typ) {
                Type::Func(sig) if matches!(obj.kind, ObjKind::Func) => {
                    if let Some(args) = self.arg_width(obj.recv, sig, &mut sized).filter(|&w| w >= MAX_FRAME) {
                        frames.push((self.func_pos(o), args));
                    }
                    sig.params.iter().chain(sig.results.iter()).map(|p| p.typ).collect()
                }
                _ => vec![typ],
            };
            for t in types {
                if self.big_chan(t, &mut named_sized) {
                    self.error(pos, "channel element type too large (>64kB)");
                }
                match self.size_of(t, &mut sized) {
                    Err(err) if reported.insert((err, self.sized_as(t, pos))) => {
                        let msg = match err {
                            TooLarge::Array(a) => format!("type {} larger than address space", self.type_string(a)),
                            TooLarge::Struct(s) => format!("type {} too large", self.type_string(s)),
                        };
                        self.error(pos, msg);
                    }
                    Ok((size, _)) if global && size > MAX_SYMBOL => {
                        let pkg = self.p.pkgs[self.pkg.0 as usize].path.clone();
                        symbols.push((pos, format!("{pkg}.{name}: symbol too large ({size} bytes > {MAX_SYMBOL} bytes)")));
                    }
                    _ => {}
                }
            }
        }
        let lits: rustc_hash::FxHashSet<(Pos, TypeId)> = self.func_lits.iter().copied().collect();
        for (pos, sig) in lits {
            if let Some(args) = self.p.types.signature(sig).and_then(|s| self.arg_width(None, &s, &mut sized)).filter(|&w| w >= MAX_FRAME) {
                frames.push((pos, args));
            }
        }
        frames.sort();
        if self.errors.is_empty() {
            // gc reports the frame's locals too, which minigo does not lay out as
            // gc does: these are functions whose own frames are small, 0 MB
            for (pos, args) in frames {
                self.error(pos, format!("stack frame too large (>1GB): 0 MB locals + {} MB args", args >> 20));
            }
        }
        symbols
    }

    /// The linker's errors for the variables `check_sizes` found too big for a
    /// symbol: only for a program that compiled.
    pub(super) fn symbol_errors(&mut self, symbols: Vec<(Pos, String)>) {
        if self.errors.is_empty() {
            for (pos, msg) in symbols {
                self.error(pos, msg);
            }
        }
    }

    /// The bytes a call of a function with receiver `recv` and signature `sig`
    /// takes on the stack in gc's ABI0 (its `ArgWidth`): the receiver, the
    /// parameters and the results in order, each at its alignment, the
    /// parameters and the results each starting at a word. `None` when a type
    /// has no size.
    fn arg_width(&self, recv: Option<TypeId>, sig: &Signature, sized: &mut SizeCache) -> Option<u64> {
        let params = sig.params.iter().map(|p| p.typ).collect();
        let results = sig.results.iter().map(|p| p.typ).collect();
        let mut w = 0u64;
        for section in [recv.into_iter().collect(), params, results] as [Vec<TypeId>; 3] {
            w = w.checked_next_multiple_of(8)?;
            for t in section {
                let (size, align) = self.size_of(t, sized).ok()?;
                w = w.checked_next_multiple_of(align.max(1))?.checked_add(size)?;
            }
        }
        w.checked_next_multiple_of(8)
    }

    /// `t`'s size and alignment, as `sized` has it or now computed.
    fn size_of(&self, t: TypeId, sized: &mut SizeCache) -> Result<(u64, u64), TooLarge> {
        *sized.entry(t).or_insert_with(|| self.p.types.size_align(t))
    }

    /// As what gc reports `t`, declared at `pos`, too large (see `SizedAs`).
    fn sized_as(&self, t: TypeId, pos: Pos) -> SizedAs {
        let t = self.p.types.unalias(t);
        match self.p.types.get(t) {
            Type::Named(_) => SizedAs::Named(t),
            _ => SizedAs::Literal(self.p.fset.file(pos).base, self.p.fset.line(pos)),
        }
    }

    /// Where gc places function object `o` in errors about its code: the token
    /// after `func` (the receiver's parenthesis of a method, whose receiver
    /// gofmt writes right after it, else the name).
    fn func_pos(&self, o: usize) -> Pos {
        let obj = &self.p.objs[o];
        match obj.decl() {
            Some(DeclRef::Func(FuncDecl { recv: Some(recv), .. })) => recv.first().map_or(obj.pos, |f| f.names.first().map_or(f.typ.pos, |n| n.pos) - 1),
            _ => obj.pos,
        }
    }
}
