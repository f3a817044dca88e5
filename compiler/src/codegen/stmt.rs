//! Statements.

use super::func::{FnCtx, Local, Place, Target, Val};
use crate::syntax::ast::*;
use crate::syntax::walk::{walk_block, walk_stmt, Visitor};
use crate::types::object::{Builtin, ObjId, ObjKind, SelKind};
use crate::types::typ::{self as ty, Type, TypeId};
use cranelift_codegen::ir::{condcodes::IntCC, types::*, InstBuilder};
use minigo_runtime::abi;
use minigo_runtime::entries::Entry;
use smallvec::{smallvec, SmallVec};

impl FnCtx<'_, '_, '_> {
    pub fn block(&mut self, b: &'static Block) -> Result<(), String> {
        for s in b.stmts.iter() {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'static Stmt) -> Result<(), String> {
        let s = s.lowered();
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(s.pos));
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Block(b) => self.block(b)?,
            StmtKind::Expr(e) => {
                self.expr_stmt(e);
            }
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Assign(lhs, rhs) => self.assign(lhs, rhs),
            StmtKind::Define(lhs, rhs, _) => self.define(lhs, rhs),
            // the calls on both sides first, as in an assignment
            StmtKind::OpAssign(op, l, r) => self.ordered(&[l, r], |fx| fx.op_assign(*op, l, r)),
            StmtKind::IncDec(x, inc) => {
                let mut p = self.place(x);
                if matches!(p, Place::MapElem { .. }) {
                    // m[k]++: one mapassign, the element updated in place
                    p = self.map_elem_slot(&p);
                }
                let t = self.place_type(&p);
                // a complex number's real part is its first scalar
                let mut v = self.read(&p);
                let cur = v[0];
                v[0] = if self.be.p.types.is_float(t) || self.be.p.types.is_complex(t) {
                    let one = if self.b.func.dfg.value_type(cur) == F32 { self.b.ins().f32const(1.0) } else { self.b.ins().f64const(1.0) };
                    if *inc {
                        self.b.ins().fadd(cur, one)
                    } else {
                        self.b.ins().fsub(cur, one)
                    }
                } else {
                    self.b.ins().iadd_imm_s(cur, if *inc { 1 } else { -1 })
                };
                self.write(&p, &v);
            }
            StmtKind::Return(results) => self.return_stmt(results),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let (tb, eb, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.cond_branch(cond, tb, eb);
                self.b.switch_to_block(tb);
                self.dead = false;
                self.block(then)?;
                self.jump(done);
                self.b.switch_to_block(eb);
                self.dead = false;
                if let Some(e) = els {
                    self.stmt(e)?;
                }
                self.jump(done);
                self.b.switch_to_block(done);
                self.dead = false;
            }
            StmtKind::For { init, cond, post, body } => self.for_stmt(s, init.as_deref(), cond.as_deref(), post.as_deref(), body, None)?,
            StmtKind::Range { key, value, define, x, body, .. } => self.range_stmt(key.as_deref(), value.as_deref(), *define, x, body, None)?,
            StmtKind::Switch { init, tag, clauses, .. } => self.switch_stmt(init.as_deref(), tag.as_deref(), clauses, None)?,
            StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(init.as_deref(), *bind, x, clauses, None)?,
            StmtKind::Labeled(l, inner) => {
                let blk = self.label_block(&l.name);
                self.start_block(blk);
                let label = Some(l.name.clone());
                match &inner.lowered().kind {
                    StmtKind::For { init, cond, post, body } => self.for_stmt(inner, init.as_deref(), cond.as_deref(), post.as_deref(), body, label)?,
                    StmtKind::Range { key, value, define, x, body, .. } => self.range_stmt(key.as_deref(), value.as_deref(), *define, x, body, label)?,
                    StmtKind::Switch { init, tag, clauses, .. } => self.switch_stmt(init.as_deref(), tag.as_deref(), clauses, label)?,
                    StmtKind::TypeSwitch { init, bind, x, clauses, .. } => self.type_switch(init.as_deref(), *bind, x, clauses, label)?,
                    StmtKind::Select { clauses, .. } => self.select_stmt(clauses, label)?,
                    _ => self.stmt(inner)?,
                }
            }
            StmtKind::Branch(kind, label) => self.branch(*kind, label.as_ref()),
            StmtKind::Go(call) => self.go_stmt(call)?,
            StmtKind::Defer(call) => self.defer_stmt(call)?,
            StmtKind::Send(ch, v) => self.send(ch, v),
            StmtKind::Select { clauses, .. } => self.select_stmt(clauses, None)?,
        }
        Ok(())
    }

    fn concat_two(&mut self, a: &[cranelift_codegen::ir::Value], b: &[cranelift_codegen::ir::Value]) -> Val {
        let base = self.b.ins().iadd_imm_s(self.g, minigo_runtime::abi::G_SCRATCH as i64);
        self.store(a[0], base, abi::STRING_PTR);
        self.store(a[1], base, abi::STRING_LEN);
        self.store(b[0], base, abi::STRING_SIZE + abi::STRING_PTR);
        self.store(b[1], base, abi::STRING_SIZE + abi::STRING_LEN);
        let n = self.iconst(I64, 2);
        let r = self.rt(Entry::rt_concatstrings, &[base, n]);
        smallvec![r[0], r[1]]
    }

    fn label_block(&mut self, name: &crate::syntax::token::Name) -> cranelift_codegen::ir::Block {
        if let Some(&b) = self.labels.get(name) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(name.clone(), b);
        b
    }

    fn branch(&mut self, kind: Branch, label: Option<&Ident>) {
        match kind {
            Branch::Goto => {
                // a goto may close a loop
                self.preempt_check();
                let blk = self.label_block(&label.unwrap().name);
                self.jump(blk);
            }
            Branch::Break | Branch::Continue => {
                let t = self
                    .targets
                    .iter()
                    .rev()
                    .find(|t| match label {
                        Some(l) => t.label.as_ref() == Some(&l.name),
                        None => kind == Branch::Break || t.cont.is_some(),
                    })
                    .filter(|t| kind == Branch::Break || t.cont.is_some())
                    .map(|t| if kind == Branch::Break { t.brk } else { t.cont.unwrap() })
                    .expect("branch target");
                self.jump(t);
            }
            Branch::Fallthrough => unreachable!("handled by switch lowering"),
        }
    }

    fn expr_stmt(&mut self, e: &'static Expr) {
        match &e.unparen().kind {
            ExprKind::Call { .. } => {
                self.call_any(e.unparen());
            }
            ExprKind::Unary(UnOp::Recv, x) => {
                self.recv(x, false);
            }
            _ => {
                self.expr(e);
            }
        }
    }

    fn decl(&mut self, d: &'static Decl) {
        let Decl::Var(specs) = d else { return };
        for spec in specs.iter() {
            let objs: Vec<ObjId> = spec.names.iter().map(|n| self.be.p.info.objs.def(n.id).unwrap()).collect();
            if spec.values.is_empty() && !objs.iter().any(|o| self.be.p.info.frame_depth_vars.contains(o)) {
                for o in objs {
                    self.declare_zero(o);
                }
                continue;
            }
            self.build_in_place(&objs, spec.values);
            let mut vals = self.init_values(&objs, spec.values);
            // a range-over-func loop's record of this frame (see `types::rangefunc`)
            for (o, v) in objs.iter().zip(vals.iter_mut()) {
                if self.be.p.info.frame_depth_vars.contains(o) {
                    *v = smallvec::smallvec![self.frame_depth()];
                }
            }
            for (o, v) in objs.into_iter().zip(vals) {
                self.declare_local(o, v);
            }
        }
    }

    /// Values for variables `objs` from `rhs` (none: zero values), converted to
    /// their types; a single multi-valued right side is spread.
    pub fn init_values(&mut self, objs: &[ObjId], rhs: &'static [Expr]) -> Vec<Val> {
        let types: Vec<TypeId> = objs.iter().map(|&o| self.be.p.obj(o).typ).collect();
        if rhs.is_empty() {
            return types.iter().map(|&t| self.zero(t)).collect();
        }
        self.rhs_values(&types, rhs)
    }

    /// `l op= r`.
    fn op_assign(&mut self, op: BinOp, l: &'static Expr, r: &'static Expr) {
        let mut p = self.place(l);
        let t = self.place_type(&p);
        // m[k] op= r with an operation that cannot panic: r first (it
        // may change m), then one mapassign, and the element is updated
        // in place — one map lookup, not two, as Go's compiler does
        let in_place = matches!(p, Place::MapElem { .. }) && !matches!(op, BinOp::Quo | BinOp::Rem | BinOp::Shl | BinOp::Shr);
        let early = if in_place { Some(self.expr_to(r, t)) } else { None };
        if in_place {
            p = self.map_elem_slot(&p);
        }
        let cur = self.read(&p);
        let v = if t != ty::INVALID && self.be.p.types.is_string(t) && op == BinOp::Add {
            let rv = match early {
                Some(rv) => rv,
                None => self.expr_to(r, t),
            };
            self.concat_two(&cur, &rv)
        } else if op.is_shift() {
            let ct = self.type_of(r);
            let rv = self.expr(r)[0];
            let konst = self.be.p.info.consts.contains_key(r.id);
            smallvec![self.shift(op, cur[0], t, rv, ct, konst)]
        } else {
            let rv = match early {
                Some(rv) => rv,
                None => self.expr_to(r, t),
            };
            let konst = self.be.p.info.consts.contains_key(r.id);
            self.arith_val(op, &cur, &rv, t, konst)
        };
        self.write(&p, &v);
    }

    /// Evaluates `rhs` for assignment to locations of `types`.
    pub(super) fn rhs_values(&mut self, types: &[TypeId], rhs: &'static [Expr]) -> Vec<Val> {
        if rhs.len() == types.len() {
            let list: Vec<&'static Expr> = rhs.iter().collect();
            return self.ordered(&list, |fx| rhs.iter().zip(types).map(|(e, &t)| if t == ty::INVALID { fx.expr(e) } else { fx.expr_to(e, t) }).collect());
        }
        // one expression with several values: a call, or a comma-ok form
        let e = rhs[0].unparen();
        let (vals, vtypes): (Vec<Val>, Vec<TypeId>) = match &e.kind {
            ExprKind::Call { .. } => {
                let rt = self.type_of(e);
                let flat = self.call(e);
                let ts = self.be.p.types.tuple_types(rt);
                let mut out = Vec::new();
                let mut i = 0;
                for &t in &ts {
                    let n = self.repr(t).nssa();
                    out.push(flat[i..i + n].iter().copied().collect());
                    i += n;
                }
                (out, ts)
            }
            ExprKind::Index { x, index, .. } => {
                let xt = self.type_of(x);
                let (k, v) = match self.be.p.types.get(self.be.p.types.underlying(xt)) {
                    Type::Map(k, v) => (*k, *v),
                    _ => unreachable!(),
                };
                let m = self.expr(x)[0];
                let key = self.expr_to(&index[0], k);
                let kp = self.key_ptr(xt, key);
                let d = self.desc(xt);
                let r = self.rt(Entry::rt_mapaccess2, &[d, m, kp]);
                self.check_unhashable(xt);
                let val = self.load_val(r[0], v);
                let ok = self.b.ins().ireduce(I8, r[1]);
                (vec![val, smallvec![ok]], vec![v, ty::BOOL])
            }
            ExprKind::TypeAssert { x, .. } => {
                let t = self.type_of(e);
                let (v, ok) = self.assert(x, t, true);
                (vec![v, smallvec![ok]], vec![t, ty::BOOL])
            }
            ExprKind::Unary(UnOp::Recv, x) => {
                let t = self.type_of(e);
                let (v, ok) = self.recv(x, true);
                (vec![v, smallvec![ok.unwrap()]], vec![t, ty::BOOL])
            }
            _ => unreachable!("multi-value expression"),
        };
        vals.into_iter().zip(vtypes).zip(types).map(|((v, from), &to)| if to == ty::INVALID { v } else { self.convert(v, from, to) }).collect()
    }

    /// `v = append(...)` and `v = []byte(s)` for a slice variable whose backing
    /// store gc would not put on the heap: lowered with gc's stack-buffer
    /// capacities (see `escape::SliceStore`).
    fn slice_store_assign(&mut self, lhs: &'static Expr, rhs: &'static Expr) -> bool {
        let Some(o) = lhs.as_ident().and_then(|_| self.be.p.info.objs.use_of(lhs.id).or_else(|| self.be.p.info.objs.def(lhs.id))) else {
            return false;
        };
        let Some(&store) = self.be.facts.slice_stores.get(&o) else {
            return false;
        };
        let v = match &rhs.unparen().kind {
            ExprKind::Call { fun, args, dots, .. }
                if self
                    .be
                    .p
                    .info
                    .objs
                    .use_of(fun.unparen().id)
                    .is_some_and(|b| matches!(self.be.p.obj(b).kind, ObjKind::Builtin(crate::types::object::Builtin::Append))) =>
            {
                self.append(rhs.unparen(), args, *dots, Some(store))
            }
            ExprKind::Call { fun, args, .. }
                if store == super::slicestore::SliceStore::Stack
                    && args.len() == 1
                    && self.be.p.info.types.get(fun.id).is_some_and(|tv| tv.mode == crate::types::object::Mode::Type) =>
            {
                let from = self.type_of(&args[0]);
                if !self.be.p.types.is_string(from) || self.be.p.info.consts.contains_key(args[0].id) {
                    return false;
                }
                let to = self.type_of(rhs);
                let x = self.expr(&args[0]);
                self.stack_conversion = true;
                let v = self.convert_explicit(x, from, to);
                self.stack_conversion = false;
                v
            }
            _ => return false,
        };
        if self.be.p.info.objs.def(lhs.id).is_some() {
            self.declare_local(o, v);
        } else {
            let p = self.var_place(o);
            self.write(&p, &v);
        }
        true
    }

    fn assign(&mut self, lhs: &'static [Expr], rhs: &'static [Expr]) {
        if lhs.len() == 1 && rhs.len() == 1 && self.slice_store_assign(&lhs[0], &rhs[0]) {
            return;
        }
        // the calls on both sides first (gc's order; a right side of one
        // multi-valued expression, `v, ok = <-c`, is not part of that list),
        // then the operands of the left side, then the right side, then the
        // stores, each with its left side's nil and bounds checks (so a
        // failing one panics after the stores to its left)
        let rhs_list = if rhs.len() == lhs.len() { rhs } else { &[] };
        let list: Vec<&'static Expr> = lhs.iter().chain(rhs_list.iter()).collect();
        self.ordered(&list, |fx| {
            let places: Vec<_> = lhs.iter().map(|l| fx.place_unchecked(l)).collect();
            let types: Vec<TypeId> = places.iter().map(|(p, _)| fx.place_type(p)).collect();
            let vals = fx.rhs_values(&types, rhs);
            for ((p, checks), v) in places.iter().zip(vals) {
                fx.run_checks(checks);
                fx.write(p, &v);
            }
        })
    }

    fn define(&mut self, lhs: &'static [Expr], rhs: &'static [Expr]) {
        if lhs.len() == 1 && rhs.len() == 1 && self.be.p.info.objs.def(lhs[0].id).is_some() && self.slice_store_assign(&lhs[0], &rhs[0]) {
            return;
        }
        // existing variables are assigned, new ones declared
        let mut types = Vec::new();
        let mut targets: Vec<Result<ObjId, (Place, super::expr::Checks)>> = Vec::new();
        for l in lhs {
            if let Some(o) = self.be.p.info.objs.def(l.id) {
                types.push(self.be.p.obj(o).typ);
                targets.push(Ok(o));
            } else if l.as_ident().is_some_and(|n| &**n == "_") {
                types.push(ty::INVALID);
                targets.push(Err((Place::Blank, Default::default())));
            } else {
                let (p, checks) = self.place_unchecked(l);
                types.push(self.place_type(&p));
                targets.push(Err((p, checks)));
            }
        }
        let defs: Vec<ObjId> = targets.iter().filter_map(|t| t.as_ref().ok().copied()).collect();
        if defs.len() == lhs.len() {
            self.build_in_place(&defs, rhs);
        }
        let vals = self.rhs_values(&types, rhs);
        for (t, v) in targets.into_iter().zip(vals) {
            match t {
                Ok(o) if &*self.be.p.obj(o).name != "_" => self.declare_local(o, v),
                Ok(_) => {}
                Err((p, checks)) => {
                    self.run_checks(&checks);
                    self.write(&p, &v)
                }
            }
        }
    }

    fn return_stmt(&mut self, results: &'static [Expr]) {
        let types = self.results.clone();
        let vals: Vec<Val> = if results.is_empty() {
            let vars = self.result_vars.clone();
            vars.iter()
                .map(|&o| {
                    let p = self.var_place(o);
                    self.read(&p)
                })
                .collect()
        } else {
            let v = self.rhs_values(&types, results);
            // named results are also variables deferred calls may see
            for (&o, val) in self.result_vars.clone().iter().zip(&v) {
                let p = self.var_place(o);
                self.write(&p, val);
            }
            v
        };
        let flat: SmallVec<[_; 8]> = vals.iter().flat_map(|v| v.iter().copied()).collect();
        self.ret(&flat);
    }

    // ---------------------------------------------------------------- loops

    fn for_stmt(
        &mut self,
        s: &'static Stmt,
        init: Option<&'static Stmt>,
        cond: Option<&'static Expr>,
        post: Option<&'static Stmt>,
        body: &'static Block,
        label: Option<crate::syntax::token::Name>,
    ) -> Result<(), String> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        // Go 1.22: each iteration has its own copy of variables declared in init
        let loop_vars: Vec<ObjId> = match init.map(|s| &s.kind) {
            Some(StmtKind::Define(lhs, _, _)) => {
                lhs.iter().filter_map(|l| self.be.p.info.objs.def(l.id)).filter(|o| matches!(self.locals.get(o), Some(Local::Cell(_)))).collect()
            }
            _ => vec![],
        };
        let safe = super::bce::counted_loop(self.be, init, cond, post).filter(|&(sv, iv)| super::bce::unmodified(self.be, &[sv, iv], body, None));
        let chunk = self.chunk_of_for(cond, post, body);
        let budget = if chunk.is_none() { self.budget(body) } else { None };
        let (head, bodyb, postb, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.start_block(head);
        if let Some(c) = cond {
            self.cond_branch(c, bodyb, exit);
        } else {
            self.b.ins().jump(bodyb, &[]);
        }
        self.b.switch_to_block(bodyb);
        self.dead = false;
        self.targets.push(Target { label, brk: exit, cont: Some(postb) });
        self.safe_index.extend(safe);
        self.block(body)?;
        if safe.is_some() {
            self.safe_index.pop();
        }
        self.targets.pop();
        self.start_block(postb);
        for o in loop_vars {
            self.fresh_cell(o);
        }
        if let Some(p) = post {
            self.stmt(p)?;
        }
        match &chunk {
            Some(c) if self.can_chunk(head) => self.chunked_back_edge(c, bodyb, exit),
            _ => {
                let stop_async = self.back_edge_poll(budget, head);
                // a simple condition is tested again here, and the loop's back-edge is
                // this one conditional branch (the head tests once, on the way in)
                match cond {
                    Some(c) if !self.dead && self.simple(c) => self.cond_branch(c, bodyb, exit),
                    None if !self.dead => _ = self.b.ins().jump(bodyb, &[]),
                    _ => self.jump(head),
                }
                if stop_async {
                    self.mark_async_safe(head, s.pos);
                }
            }
        }
        self.b.switch_to_block(exit);
        self.dead = false;
        Ok(())
    }

    /// Whether `e` is cheap to evaluate twice and has no effects: variables,
    /// constants, fields, `len` and `cap`, and operators on them.
    fn simple(&self, e: &Expr) -> bool {
        if self.be.p.info.consts.contains_key(e.id) {
            return true;
        }
        match &e.unparen().kind {
            ExprKind::Ident(_) => true,
            ExprKind::Selector(x, _, _) => self.be.p.info.selections.get(&e.unparen().id).is_some_and(|s| s.kind == SelKind::Field) && self.simple(x),
            ExprKind::Unary(UnOp::Not | UnOp::Neg, x) => self.simple(x),
            ExprKind::Binary { op, x, y, .. } => !matches!(op, BinOp::Quo | BinOp::Rem) && self.simple(x) && self.simple(y),
            ExprKind::Call { fun, args, .. } => {
                let builtin = self.be.p.info.objs.use_of(fun.unparen().id).map(|o| &self.be.p.obj(o).kind);
                matches!(builtin, Some(ObjKind::Builtin(Builtin::Len | Builtin::Cap))) && args.len() == 1 && self.simple(&args[0])
            }
            _ => false,
        }
    }

    /// `s` when `x` is the conversion `[]byte(s)` of a string.
    fn string_to_bytes_arg(&mut self, x: &'static Expr) -> Option<&'static Expr> {
        let ExprKind::Call { fun, args, dots: false, .. } = &x.unparen().kind else { return None };
        let is_conversion = self.be.p.info.types.get(fun.id).is_some_and(|tv| tv.mode == crate::types::object::Mode::Type);
        if !is_conversion || args.len() != 1 {
            return None;
        }
        let (to, from) = (self.type_of(x), self.type_of(&args[0]));
        let types = &self.be.p.types;
        let is_bytes = matches!(types.get(types.underlying(to)), Type::Slice(el) if types.underlying(*el) == ty::UINT8);
        (is_bytes && types.is_string(from)).then(|| &args[0])
    }

    fn range_stmt(
        &mut self,
        key: Option<&'static Expr>,
        value: Option<&'static Expr>,
        define: bool,
        x: &'static Expr,
        body: &'static Block,
        label: Option<crate::syntax::token::Name>,
    ) -> Result<(), String> {
        let xt = self.type_of(x);
        let u = self.be.p.types.underlying(xt);
        // a blank value variable is no value: the elements are not read (so a
        // nil array pointer ranged over with `i, _` is not dereferenced)
        let value = value.filter(|v| !matches!(&v.unparen().kind, ExprKind::Ident(n) if &**n == "_"));
        let kind = self.be.p.types.get(u).clone();
        match kind {
            Type::Map(..) => return self.range_map(key, value, define, x, body, label),
            Type::Chan(..) => return self.range_chan(key, define, x, body, label),
            _ => {}
        }
        // integers, strings, slices, arrays and pointers to arrays: an index loop
        let (len, elem, base, is_string, is_int) = match kind {
            Type::Basic(b) if b.is_string() => {
                let s = self.expr(x);
                (s[1], ty::INT32, Some(s[0]), true, false)
            }
            Type::Basic(_) => {
                let n = self.expr_to(x, xt)[0];
                let n64 = if self.b.func.dfg.value_type(n) == I64 {
                    n
                } else if self.be.p.types.is_unsigned(xt) {
                    self.b.ins().uextend(I64, n)
                } else {
                    self.b.ins().sextend(I64, n)
                };
                (n64, xt, None, false, true)
            }
            Type::Slice(el) => {
                // `range []byte(s)` reads the string's bytes: nothing can see
                // or change the converted copy, so gc makes none and nor do we
                let s = match self.string_to_bytes_arg(x) {
                    Some(str) => self.expr(str),
                    None => self.expr(x),
                };
                (s[1], el, Some(s[0]), false, false)
            }
            Type::Array(el, n) => {
                let nv = self.iconst(I64, n as i64);
                if value.is_none() {
                    // only the length matters; x is still evaluated if it has effects
                    if !self.is_addressable(x) {
                        self.expr(x);
                    }
                    (nv, el, None, false, false)
                } else {
                    // range over a copy of the array
                    let v = self.expr(x);
                    let r = self.repr(xt);
                    let addr = if r.indirect {
                        v[0]
                    } else {
                        let p = self.alloc_value(xt);
                        self.store_val(p, xt, &v);
                        p
                    };
                    (nv, el, Some(addr), false, false)
                }
            }
            Type::Pointer(p) => {
                let (el, n) = match self.be.p.types.get(self.be.p.types.underlying(p)) {
                    Type::Array(el, n) => (*el, *n),
                    _ => unreachable!(),
                };
                let a = self.expr(x)[0];
                if value.is_some() {
                    self.nil_check(a);
                }
                (self.iconst(I64, n as i64), el, Some(a), false, false)
            }
            _ => unreachable!("range over {}", self.be.type_string(xt)),
        };
        let idx = self.b.declare_var(I64);
        let zero = self.iconst(I64, 0);
        self.b.def_var(idx, zero);
        // for strings: the index of the next rune
        let next = self.b.declare_var(I64);
        self.b.def_var(next, zero);
        let chunk = if is_string { None } else { self.chunk_of_range(idx, len, body) };
        let budget = if is_string { self.budget(body) } else { None };
        let (head, bodyb, postb, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.start_block(head);
        let i = self.b.use_var(if is_string { next } else { idx });
        let more = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
        self.b.ins().brif(more, bodyb, &[], exit, &[]);
        self.b.switch_to_block(bodyb);
        self.dead = false;
        let i = self.b.use_var(if is_string { next } else { idx });
        let (kval, vval): (Val, Option<Val>) = if is_string {
            let p = base.unwrap();
            let a = self.b.ins().iadd(p, i);
            let byte = self.load(I8, a, 0);
            let b32 = self.b.ins().uextend(I32, byte);
            let ascii = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, b32, 0x80);
            let rune = self.b.declare_var(I32);
            self.b.def_var(rune, b32);
            let i1 = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(next, i1);
            let slow = self.b.create_block();
            let cont = self.b.create_block();
            self.b.ins().brif(ascii, cont, &[], slow, &[]);
            self.b.switch_to_block(slow);
            let r = self.rt(Entry::rt_decoderune, &[p, len, i]);
            let r32 = self.b.ins().ireduce(I32, r[0]);
            self.b.def_var(rune, r32);
            self.b.def_var(next, r[1]);
            self.b.ins().jump(cont, &[]);
            self.b.switch_to_block(cont);
            self.b.def_var(idx, i);
            (smallvec![i], Some(smallvec![self.b.use_var(rune)]))
        } else if is_int {
            let vt = self.repr(xt).parts[0].0;
            let k = if vt == I64 { i } else { self.b.ins().ireduce(vt, i) };
            (smallvec![k], None)
        } else {
            let v = match (value, base) {
                (Some(_), Some(b)) => {
                    let size = self.repr(elem).size as i64;
                    let off = self.b.ins().imul_imm_s(i, size);
                    let a = self.b.ins().iadd(b, off);
                    Some(self.load_val(a, elem))
                }
                _ => None,
            };
            (smallvec![i], v)
        };
        let kt = if is_int { xt } else { ty::INT };
        let safe = match (define, super::bce::var_of(self.be, x), key.and_then(|k| self.be.p.info.objs.def(k.id))) {
            (true, Some(xo), Some(ko)) if !is_int && base.is_some() && super::bce::unmodified(self.be, &[xo, ko], body, None) => Some((xo, ko)),
            _ => None,
        };
        let mut vars = vec![(key, kval, kt)];
        if let (Some(v), Some(vv)) = (value, vval) {
            vars.push((Some(v), vv, elem));
        }
        self.bind_iters(vars, define);
        self.targets.push(Target { label, brk: exit, cont: Some(postb) });
        self.safe_index.extend(safe);
        self.block(body)?;
        if safe.is_some() {
            self.safe_index.pop();
        }
        self.targets.pop();
        self.start_block(postb);
        if is_string {
            let stop_async = self.back_edge_poll(budget, head);
            self.jump(head);
            if stop_async {
                self.mark_async_safe(head, x.pos);
            }
        } else {
            let i = self.b.use_var(idx);
            let i1 = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(idx, i1);
            match &chunk {
                Some(c) if self.can_chunk(head) => self.chunked_back_edge(c, bodyb, exit),
                _ => {
                    self.preempt_check();
                    // the loop is rotated (the head tests once, on the way in):
                    // its back-edge is this one conditional branch
                    let more = self.b.ins().icmp(IntCC::SignedLessThan, i1, len);
                    self.b.ins().brif(more, bodyb, &[], exit, &[]);
                }
            }
        }
        self.b.switch_to_block(exit);
        self.dead = false;
        Ok(())
    }

    /// Binds or assigns the iteration variables of a range loop (or the left side of
    /// a receive in `select`). Assigned, as in an assignment, every left side's
    /// index operands and pointers are evaluated before any is written: `for i,
    /// x[i] = range y` stores to `x` at the old `i`.
    pub(super) fn bind_iters(&mut self, vars: Vec<(Option<&'static Expr>, Val, TypeId)>, define: bool) {
        if define {
            for (target, v, t) in vars {
                self.bind_iter(target, v, t, true);
            }
            return;
        }
        let places: Vec<_> = vars.iter().map(|(e, _, _)| e.filter(|e| e.as_ident().is_none_or(|n| &**n != "_")).map(|e| self.place(e))).collect();
        for (p, (_, v, t)) in places.into_iter().zip(vars) {
            let Some(p) = p else { continue };
            let pt = self.place_type(&p);
            let v = self.convert(v, t, pt);
            self.write(&p, &v);
        }
    }

    /// Binds or assigns one iteration variable of a range loop.
    pub(super) fn bind_iter(&mut self, target: Option<&'static Expr>, v: Val, t: TypeId, define: bool) {
        let Some(e) = target else { return };
        if e.as_ident().is_some_and(|n| &**n == "_") {
            return;
        }
        if define {
            let o = self.be.p.info.objs.def(e.id).unwrap();
            let vt = self.be.p.obj(o).typ;
            let v = self.convert(v, t, vt);
            self.declare_local(o, v);
        } else {
            let p = self.place(e);
            let pt = self.place_type(&p);
            let v = self.convert(v, t, pt);
            self.write(&p, &v);
        }
    }

    fn range_map(
        &mut self,
        key: Option<&'static Expr>,
        value: Option<&'static Expr>,
        define: bool,
        x: &'static Expr,
        body: &'static Block,
        label: Option<crate::syntax::token::Name>,
    ) -> Result<(), String> {
        let mt = self.type_of(x);
        let (kt, vt) = match self.be.p.types.get(self.be.p.types.underlying(mt)) {
            Type::Map(k, v) => (*k, *v),
            _ => unreachable!(),
        };
        let m = self.expr(x)[0];
        let d = self.desc(mt);
        let it = self.rt(Entry::rt_mapiterinit, &[d, m])[0];
        let (head, bodyb, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.start_block(head);
        let r = self.rt(Entry::rt_mapiternext, &[it]);
        let (kp, vp) = (r[0], r[1]);
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, kp, 0);
        self.b.ins().brif(done, exit, &[], bodyb, &[]);
        self.b.switch_to_block(bodyb);
        self.dead = false;
        let mut vars = Vec::new();
        if key.is_some() {
            vars.push((key, self.load_val(kp, kt), kt));
        }
        if value.is_some() {
            vars.push((value, self.load_val(vp, vt), vt));
        }
        self.bind_iters(vars, define);
        self.targets.push(Target { label, brk: exit, cont: Some(head) });
        self.block(body)?;
        self.targets.pop();
        self.preempt_check();
        self.jump(head);
        self.b.switch_to_block(exit);
        self.dead = false;
        Ok(())
    }

    // ---------------------------------------------------------------- switches

    fn switch_stmt(
        &mut self,
        init: Option<&'static Stmt>,
        tag: Option<&'static Expr>,
        clauses: &'static [CaseClause],
        label: Option<crate::syntax::token::Name>,
    ) -> Result<(), String> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let tag_t = tag.map(|t| self.type_of(t));
        let tag_v = tag.map(|t| {
            let tt = self.type_of(t);
            self.expr_to(t, tt)
        });
        let exit = self.b.create_block();
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, c) in clauses.iter().enumerate() {
            let Some(exprs) = &c.exprs else {
                default = Some(i);
                continue;
            };
            for e in exprs.iter() {
                let c = match (&tag_v, tag_t) {
                    (Some(tv), Some(tt)) => {
                        let et = self.type_of(e);
                        let cmp_t = if self.be.p.types.is_interface(tt) {
                            tt
                        } else if self.be.p.types.is_interface(et) {
                            et
                        } else {
                            tt
                        };
                        let tv2 = self.convert(tv.clone(), tt, cmp_t);
                        let ev = self.expr_to(e, cmp_t);
                        self.compare(BinOp::Eql, &tv2, &ev, cmp_t)
                    }
                    _ => self.expr(e)[0],
                };
                let next = self.b.create_block();
                self.b.ins().brif(c, bodies[i], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        self.switch_bodies(clauses, &bodies, default, exit, label, |_, _| {})
    }

    /// The rest of a switch once its case tests are emitted (each jumping to
    /// its clause's block in `bodies`, the last test's failure ending where
    /// this starts): a jump to the default clause or to `exit`, then each
    /// clause's statements, after `enter` (which binds a type switch's
    /// variable), ending at `exit` or, after `fallthrough`, at the next
    /// clause's block.
    fn switch_bodies(
        &mut self,
        clauses: &'static [CaseClause],
        bodies: &[cranelift_codegen::ir::Block],
        default: Option<usize>,
        exit: cranelift_codegen::ir::Block,
        label: Option<crate::syntax::token::Name>,
        mut enter: impl FnMut(&mut Self, &'static CaseClause),
    ) -> Result<(), String> {
        match default {
            Some(d) => self.b.ins().jump(bodies[d], &[]),
            None => self.b.ins().jump(exit, &[]),
        };
        self.targets.push(Target { label, brk: exit, cont: None });
        for (i, c) in clauses.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            self.dead = false;
            enter(self, c);
            let (stmts, falls) = match c.body.iter().rposition(|s| !matches!(s.kind, StmtKind::Empty)) {
                Some(k) if matches!(c.body[k].kind, StmtKind::Branch(Branch::Fallthrough, _)) => (&c.body[..k], true),
                _ => (c.body, false),
            };
            self.block_stmts(stmts)?;
            self.jump(if falls { bodies[i + 1] } else { exit });
        }
        self.targets.pop();
        self.b.switch_to_block(exit);
        self.dead = false;
        Ok(())
    }

    fn type_switch(
        &mut self,
        init: Option<&'static Stmt>,
        bind: Option<&'static Ident>,
        x: &'static Expr,
        clauses: &'static [CaseClause],
        label: Option<crate::syntax::token::Name>,
    ) -> Result<(), String> {
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let xt = self.type_of(x);
        let xv = self.expr(x);
        let dt = self.dyn_type(&xv, xt);
        let exit = self.b.create_block();
        let bodies: Vec<_> = clauses.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, c) in clauses.iter().enumerate() {
            let Some(exprs) = &c.exprs else {
                default = Some(i);
                continue;
            };
            for e in exprs.iter() {
                let is_nil = matches!(&e.unparen().kind, ExprKind::Ident(n) if &**n == "nil")
                    && self.be.p.info.objs.use_of(e.unparen().id).is_some_and(|o| matches!(self.be.p.obj(o).kind, ObjKind::Nil));
                let c = if is_nil {
                    self.b.ins().icmp_imm_s(IntCC::Equal, dt, 0)
                } else {
                    let t = self.node_type(e.id).unwrap();
                    if self.be.p.types.is_interface(t) {
                        if self.be.p.types.interface(t).is_some_and(|i| i.methods.is_empty()) {
                            self.b.ins().icmp_imm_s(IntCC::NotEqual, dt, 0)
                        } else {
                            let itab = self.itab_of(t, dt);
                            self.b.ins().icmp_imm_s(IntCC::NotEqual, itab, 0)
                        }
                    } else {
                        let want = self.desc(t);
                        self.b.ins().icmp(IntCC::Equal, dt, want)
                    }
                };
                let next = self.b.create_block();
                self.b.ins().brif(c, bodies[i], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        // (a type switch has no fallthrough: the checker rejects one)
        self.switch_bodies(clauses, &bodies, default, exit, label, |this, c| {
            let bound = bind.and_then(|_| this.be.p.info.implicits.get(&c.id).copied());
            if let Some(o) = bound {
                let vt = this.be.p.obj(o).typ;
                let v = if this.be.p.types.is_interface(vt) { this.convert(xv.clone(), xt, vt) } else { this.iface_value(xv[1], vt) };
                this.declare_local(o, v);
            }
        })
    }

    pub(super) fn block_stmts(&mut self, stmts: &'static [Stmt]) -> Result<(), String> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }
}

/// Whether `body` has no loop in it (a loop of a function literal counts).
pub(super) fn innermost(body: &'static Block) -> bool {
    struct Loops(bool);
    impl Visitor for Loops {
        fn stmt(&mut self, s: &'static Stmt) {
            if matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. }) {
                self.0 = true;
            }
            walk_stmt(self, s);
        }
    }
    let mut v = Loops(false);
    walk_block(&mut v, body);
    !v.0
}
