//! Composite literals: structs, arrays, slices and maps built from their elements.

use super::func::{FnCtx, Val};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::typ::{Type, TypeId};
use cranelift_codegen::ir::{types::*, InstBuilder};
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

    /// The value of literal `e` of type `t`, its elements in gc's order.
    fn composite_value(&mut self, e: &'static Expr, t: TypeId) -> Val {
        let ExprKind::Composite { elems, .. } = &e.kind else { unreachable!() };
        let list: Vec<&'static Expr> = elems.iter().flat_map(|el| el.key.into_iter().chain([&el.value])).collect();
        self.ordered(&list, |fx| fx.composite_elems(e, t))
    }

    fn composite_elems(&mut self, e: &'static Expr, t: TypeId) -> Val {
        let ExprKind::Composite { elems, .. } = &e.kind else { unreachable!() };
        let u = self.be.p.types.underlying(t);
        match self.be.p.types.get(u).clone() {
            Type::Struct(fs) => {
                let inits: Vec<(usize, &'static Expr)> = elems
                    .iter()
                    .enumerate()
                    .map(|(i, el)| match &el.key {
                        Some(k) => {
                            let name = k.as_ident().expect("field name");
                            (fs.iter().position(|f| f.name == *name).expect("checked field"), &el.value)
                        }
                        None => (i, &el.value),
                    })
                    .collect();
                let r = self.repr(t);
                // a blank field's value is evaluated, never stored: the field stays zero
                let vals: Vec<(usize, Val)> = inits.iter().map(|&(i, v)| (i, self.expr_to(v, fs[i].typ))).filter(|&(i, _)| &*fs[i].name != "_").collect();
                self.build_aggregate(t, &r, vals.into_iter().map(|(i, v)| (r.fields[i].0, r.fields[i].1, fs[i].typ, v)).collect())
            }
            Type::Array(el, _) => {
                let vals = self.indexed_elems(elems, el);
                let r = self.repr(t);
                let er = self.repr(el);
                let k = er.nssa();
                self.build_aggregate(t, &r, vals.into_iter().map(|(i, v)| (i * er.size, i as usize * k, el, v)).collect())
            }
            Type::Slice(el) => {
                let vals = self.indexed_elems(elems, el);
                let n = vals.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let size = self.repr(el).size;
                let p = self.alloc_of(el, n);
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
        let mut idx = 0u64;
        let mut out = Vec::new();
        for e in elems {
            if let Some(k) = &e.key {
                idx = self.be.p.info.consts.get(k.id).and_then(|c| c.to_i64()).expect("constant index") as u64;
            }
            let v = self.expr_to(&e.value, el);
            out.push((idx, v));
            idx += 1;
        }
        out
    }

    /// A struct or array value from (offset, first scalar, type, value) parts; the
    /// rest is zero.
    fn build_aggregate(&mut self, t: TypeId, r: &super::layout::Repr, parts: Vec<(u64, usize, TypeId, Val)>) -> Val {
        if r.indirect {
            let p = self.alloc_of(t, 1);
            for (off, _, ft, v) in parts {
                let a = self.b.ins().iadd_imm_s(p, off as i64);
                self.store_val(a, ft, &v);
            }
            self.fresh.insert(p);
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
