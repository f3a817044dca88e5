//! Composite literals: structs, arrays, slices and maps built from their elements.

use super::func::{FnCtx, Val};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::typ::{Type, TypeId};
use cranelift_codegen::ir::{types::*, InstBuilder, Value};
use minigo_runtime::entries::Entry;
use smallvec::smallvec;

impl FnCtx<'_, '_, '_> {
    pub fn composite(&mut self, e: &'static Expr) -> Val {
        let t = self.type_of(e);
        if let Some(base) = self.be.p.types.deref(t) {
            // an elided &T{...} inside another literal
            let v = self.composite_value(e, base);
            if let Some(p) = self.adopt(&v) {
                return smallvec![p];
            }
            let p = self.alloc_of(base, 1);
            self.store_val(p, base, &v);
            return smallvec![p];
        }
        self.composite_value(e, t)
    }

    /// The value of literal `e` of type `t`, its elements in gc's order. A
    /// literal `into` has a place for is built there: the place is zeroed
    /// first, and the elements that are literals of indirect types are built
    /// in their parts of it.
    fn composite_value(&mut self, e: &'static Expr, t: TypeId) -> Val {
        let ExprKind::Composite { elems, .. } = &e.kind else { unreachable!() };
        let dst = self.into.remove(&e.id).map(|(dst, zeroed)| {
            if !zeroed {
                let size = self.repr(t).size;
                self.zero_mem(dst, size);
            }
            self.place_elements(e, t, dst);
            dst
        });
        let list: Vec<&'static Expr> = elems.iter().flat_map(|el| el.key.into_iter().chain([&el.value])).collect();
        self.ordered(&list, |fx| fx.composite_elems(e, t, dst))
    }

    /// Gives each element of literal `e` (of type `t`, built at `dst`) that is
    /// itself a literal of its element's indirect type its place in `dst`.
    fn place_elements(&mut self, e: &'static Expr, t: TypeId, dst: Value) {
        let ExprKind::Composite { elems, .. } = &e.kind else { unreachable!() };
        let u = self.be.p.types.underlying(t);
        let places: Vec<(u64, TypeId, &'static Expr)> = match self.be.p.types.get(u).clone() {
            Type::Struct(_) => self.field_inits(t, elems).into_iter().filter(|f| !f.3).map(|(off, _, ft, _, v)| (off, ft, v)).collect(),
            Type::Array(el, _) => {
                let size = self.repr(el).size;
                elem_indices(self.be, elems).zip(elems.iter()).map(|(i, x)| (i * size, el, &x.value)).collect()
            }
            _ => return,
        };
        for (off, et, v) in places {
            let v = v.unparen();
            if matches!(v.kind, ExprKind::Composite { .. }) && self.type_of(v) == et && self.repr(et).indirect {
                let at = self.b.ins().iadd_imm_s(dst, off as i64);
                self.into.insert(v.id, (at, true));
            }
        }
    }

    /// Where each element of a literal of struct type `t` goes, in order: the
    /// field's byte offset, first SSA value and type, whether it is a blank
    /// field (its value is evaluated, never stored: it stays zero), and the
    /// value. A key may name a promoted field, reached by an index path.
    fn field_inits(&mut self, t: TypeId, elems: &'static [crate::syntax::ast::Element]) -> Vec<(u64, usize, TypeId, bool, &'static Expr)> {
        let fs = self.be.p.types.struct_fields(t).expect("a struct literal");
        let mut out = Vec::with_capacity(elems.len());
        for (k, el) in elems.iter().enumerate() {
            let path = match &el.key {
                Some(key) => match self.be.p.info.promoted_keys.get(&key.id) {
                    Some(path) => path.clone(),
                    None => {
                        let name = key.as_ident().expect("field name");
                        vec![fs.iter().position(|f| f.name == *name).expect("checked field")]
                    }
                },
                None => vec![k],
            };
            let (mut off, mut start, mut ft, mut blank) = (0, 0, t, false);
            for i in path {
                let r = self.repr(ft);
                let sub = self.be.p.types.struct_fields(ft).expect("a field path through structs");
                off += r.fields[i].0;
                start += r.fields[i].1;
                (ft, blank) = (sub[i].typ, &*sub[i].name == "_");
            }
            out.push((off, start, ft, blank, &el.value));
        }
        out
    }

    fn composite_elems(&mut self, e: &'static Expr, t: TypeId, dst: Option<Value>) -> Val {
        let ExprKind::Composite { elems, .. } = &e.kind else { unreachable!() };
        let u = self.be.p.types.underlying(t);
        match self.be.p.types.get(u).clone() {
            Type::Struct(_) => {
                let mut parts = Vec::new();
                for (off, start, ft, blank, v) in self.field_inits(t, elems) {
                    let v = self.expr_to(v, ft);
                    if !blank {
                        parts.push((off, start, ft, v));
                    }
                }
                let r = self.repr(t);
                self.build_aggregate(dst, t, &r, parts)
            }
            Type::Array(el, _) => {
                let vals = self.indexed_elems(elems, el);
                let r = self.repr(t);
                let er = self.repr(el);
                let k = er.nssa();
                self.build_aggregate(dst, t, &r, vals.into_iter().map(|(i, v)| (i * er.size, i as usize * k, el, v)).collect())
            }
            Type::Slice(el) => {
                let vals = self.indexed_elems(elems, el);
                let n = vals.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let size = self.repr(el).size;
                // (elements the literal skips are zero)
                let p = match self.side_alloc_zeroed(e.id, n * size) {
                    Some(p) => p,
                    None => self.alloc_of(el, n),
                };
                for (i, v) in vals {
                    let a = self.b.ins().iadd_imm_s(p, (i * size) as i64);
                    self.store_val(a, el, &v);
                }
                let nv = self.iconst(I64, n as i64);
                smallvec![p, nv, nv]
            }
            Type::Map(k, v) => {
                let d = self.desc(t);
                let hint = self.iconst(I64, elems.len() as i64);
                let m = self.rt(Entry::rt_makemap, &[d, hint])[0];
                for el in elems.iter() {
                    let kv = self.expr_to(el.key.as_ref().expect("map literal key"), k);
                    let vv = self.expr_to(&el.value, v);
                    let kp = self.key_ptr(t, kv);
                    let d = self.desc(t);
                    let slot = self.rt(Entry::rt_mapassign, &[d, m, kp])[0];
                    self.check_unhashable(t);
                    self.store_val(slot, v, &vv);
                }
                smallvec![m]
            }
            _ => unreachable!("composite literal of {}", self.be.type_string(t)),
        }
    }

    /// Array and slice literal elements with their indices.
    fn indexed_elems(&mut self, elems: &'static [crate::syntax::ast::Element], el: TypeId) -> Vec<(u64, Val)> {
        let indices: Vec<u64> = elem_indices(self.be, elems).collect();
        indices.into_iter().zip(elems).map(|(i, e)| (i, self.expr_to(&e.value, el))).collect()
    }

    /// The value of a struct or array literal from (offset, first scalar, type,
    /// value) parts; the rest is zero. An indirect one is built at `dst`
    /// (zeroed, its parts built in place skipped), else in fresh heap memory.
    fn build_aggregate(&mut self, dst: Option<Value>, t: TypeId, r: &super::layout::Repr, parts: Vec<(u64, usize, TypeId, Val)>) -> Val {
        if r.indirect {
            let p = match dst {
                Some(dst) => {
                    self.built_in_place.insert(dst);
                    dst
                }
                None => {
                    let p = self.alloc_of(t, 1);
                    self.fresh.insert(p);
                    p
                }
            };
            for (off, _, ft, v) in parts {
                if dst.is_some() && self.built_in_place.remove(&v[0]) {
                    continue;
                }
                let a = self.b.ins().iadd_imm_s(p, off as i64);
                self.store_val(a, ft, &v);
            }
            return smallvec![p];
        }
        let mut vals = self.zero(t);
        for (_, start, _, v) in parts {
            for (j, x) in v.into_iter().enumerate() {
                vals[start + j] = x;
            }
        }
        vals
    }
}

/// The index of each element of an array or slice literal.
pub(super) fn elem_indices(be: &super::Backend, elems: &'static [crate::syntax::ast::Element]) -> impl Iterator<Item = u64> + 'static {
    let keys: Vec<Option<u64>> =
        elems.iter().map(|e| e.key.as_ref().map(|k| be.p.info.consts.get(k.id).and_then(|c| c.to_i64()).expect("constant index") as u64)).collect();
    keys.into_iter().scan(0u64, |next, key| {
        let i = key.unwrap_or(*next);
        *next = i + 1;
        Some(i)
    })
}
