//! Goroutines and channels: `go` statements, channel operations, `for range` over
//! a channel, and `select`, as calls into the runtime's `chan` and `select`.
//!
//! Values cross through heap memory: a sent value is stored where the runtime can
//! copy it from (`g.scratch`, or a temporary for big values), a received one is
//! written there by the runtime and loaded after the call — after a park too,
//! since `g.scratch` is the goroutine's, not its stack's.

use super::func::{FnCtx, Val};
use crate::syntax::ast::{Block, CommClause, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::syntax::token::Name;
use crate::types::typ::{Type, TypeId};
use cranelift_codegen::ir::{condcodes::IntCC, types::*, InstBuilder, Value};
use minigo_runtime::abi;
use minigo_runtime::chan::{CLOSE_CLOSED, CLOSE_NIL, RECV_OK, SEND_CLOSED};
use minigo_runtime::entries::Entry;
use smallvec::smallvec;

impl FnCtx<'_, '_, '_> {
    fn elem_type(&self, chan_t: TypeId) -> TypeId {
        match self.be.p.types.get(self.be.p.types.underlying(chan_t)) {
            Type::Chan(_, e) => *e,
            _ => unreachable!("a channel type"),
        }
    }

    /// Memory for one element on its way through a channel.
    fn elem_buf(&mut self, el: TypeId) -> Value {
        let size = self.be.repr(el).size;
        if size <= (abi::SCRATCH_WORDS * 8) as u64 {
            self.b.ins().iadd_imm_s(self.g, abi::G_SCRATCH as i64)
        } else {
            self.alloc_of(el, 1)
        }
    }

    /// `go f(x)`: a new goroutine making the call, with operands evaluated now.
    pub fn go_stmt(&mut self, call: &'static Expr) -> Result<(), String> {
        // as gc, no function with a `go` statement is inlined: a goroutine's
        // traceback names the function that created it
        if let Some(&me) = self.be.inl.lowering.last() {
            self.be.inl.spawners.insert(me);
        }
        if let Some(fv) = self.delayed_call(call, None) {
            self.rt(Entry::rt_newproc, &[fv]);
        }
        Ok(())
    }

    pub fn makechan(&mut self, t: TypeId, size: Value) -> smallvec::SmallVec<[Value; 4]> {
        let el = self.elem_type(t);
        // Go's bound: a negative size, or a buffer beyond maxAlloc (2^48 on
        // amd64, less the channel header); compared unsigned, a negative size is
        // beyond any bound
        let bad = match ((1u64 << 48) - 96).checked_div(self.repr(el).size) {
            None => self.b.ins().icmp_imm_s(IntCC::SignedLessThan, size, 0),
            Some(max) => {
                let limit = self.iconst(I64, max as i64);
                self.b.ins().icmp(IntCC::UnsignedGreaterThan, size, limit)
            }
        };
        self.fail_if(bad, "panicmakechan", &[]);
        let d = self.desc(el);
        smallvec![self.rt(Entry::rt_makechan, &[d, size])[0]]
    }

    /// `ch <- v`.
    pub fn send(&mut self, ch: &'static Expr, v: &'static Expr) {
        let ct = self.type_of(ch);
        let el = self.elem_type(ct);
        let c = self.expr(ch)[0];
        let val = self.expr_to(v, el);
        let buf = self.elem_buf(el);
        self.store_val(buf, el, &val);
        let block = self.iconst(I64, 1);
        let r = self.rt(Entry::rt_chansend, &[c, buf, block])[0];
        let closed = self.b.ins().icmp_imm_s(IntCC::Equal, r, SEND_CLOSED as i64);
        self.fail_if(closed, "panicsendclosed", &[]);
    }

    /// `<-ch`: the value, and with `comma_ok` whether it came from a send.
    pub fn recv(&mut self, ch: &'static Expr, comma_ok: bool) -> (Val, Option<Value>) {
        let (buf, el, r) = self.recv_into_buf(ch);
        let v = self.load_val(buf, el);
        (v, comma_ok.then(|| self.received(r)))
    }

    /// Evaluates channel `ch` and receives from it, blocking, into a buffer:
    /// the buffer, the element type, the runtime's result.
    fn recv_into_buf(&mut self, ch: &'static Expr) -> (Value, TypeId, Value) {
        let ct = self.type_of(ch);
        let el = self.elem_type(ct);
        let c = self.expr(ch)[0];
        let buf = self.elem_buf(el);
        (buf, el, self.chanrecv(c, buf))
    }

    /// Receives from channel `c` into `buf`, blocking: the runtime's result.
    fn chanrecv(&mut self, c: Value, buf: Value) -> Value {
        let block = self.iconst(I64, 1);
        self.rt(Entry::rt_chanrecv, &[c, buf, block])[0]
    }

    /// Whether `chanrecv`'s result `r` says the element came from a send (not
    /// from a closed channel).
    fn received(&mut self, r: Value) -> Value {
        self.b.ins().icmp_imm_s(IntCC::Equal, r, RECV_OK as i64)
    }

    /// `close(ch)`.
    pub fn close(&mut self, ch: &'static Expr) {
        let c = self.expr(ch)[0];
        self.close_chan(c);
    }

    pub fn close_chan(&mut self, c: Value) {
        let r = self.rt(Entry::rt_closechan, &[c]);
        let r = r[0];
        let isnil = self.b.ins().icmp_imm_s(IntCC::Equal, r, CLOSE_NIL as i64);
        self.fail_if(isnil, "panicclosenil", &[]);
        let closed = self.b.ins().icmp_imm_s(IntCC::Equal, r, CLOSE_CLOSED as i64);
        self.fail_if(closed, "panicclosedclosed", &[]);
    }

    /// `for v := range ch`: receives until the channel is closed and drained.
    pub fn range_chan(&mut self, key: Option<&'static Expr>, define: bool, x: &'static Expr, body: &'static Block, label: Option<Name>) -> Result<(), String> {
        let ct = self.type_of(x);
        let el = self.elem_type(ct);
        let c = self.expr(x)[0];
        let (head, bodyb, exit) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.start_block(head);
        let buf = self.elem_buf(el);
        let r = self.chanrecv(c, buf);
        let ok = self.received(r);
        self.b.ins().brif(ok, bodyb, &[], exit, &[]);
        self.b.switch_to_block(bodyb);
        self.dead = false;
        if key.is_some() {
            let v = self.load_val(buf, el);
            self.bind_iter(key, v, el, define);
        }
        self.targets.push(super::func::Target { label, brk: exit, cont: Some(head) });
        self.block(body)?;
        self.targets.pop();
        self.jump(head);
        self.b.switch_to_block(exit);
        self.dead = false;
        Ok(())
    }

    /// `select`: the runtime picks a ready case (or parks until one is); then the
    /// chosen clause runs with what it received.
    pub fn select_stmt(&mut self, clauses: &'static [CommClause], label: Option<Name>) -> Result<(), String> {
        if let [CommClause { comm: Some(comm), body, .. }] = clauses {
            return self.select_one(comm, body, label);
        }
        // every operand (channels, values to send) is evaluated, in source order,
        // before the case array is written: an operand may itself use g.scratch
        struct Case {
            clause: usize,
            elem: TypeId,
            ch: Value,
            send: Option<Val>,
            recv: Option<&'static Stmt>,
            /// Where its element goes, from the start of the case array.
            off: u64,
        }
        let mut cases = Vec::new();
        let mut default = None;
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                default = Some(ci);
                continue;
            };
            let (ch, send, recv) = match &comm.kind {
                StmtKind::Send(ch, v) => (&**ch, Some(&**v), None),
                _ => (recv_operand(comm).expect("checked: a receive"), None, Some(&**comm)),
            };
            let ct = self.type_of(ch);
            let elem = self.elem_type(ct);
            let ch = self.expr(ch)[0];
            let send = send.map(|v| self.expr_to(v, elem));
            cases.push(Case { clause: ci, elem, ch, send, recv, off: 0 });
        }
        // the case array, then each case's element: in g.scratch when they fit
        // (it is the goroutine's, so senders may fill it while the select is parked)
        let n = cases.len();
        let mut size = (abi::SCASE_SIZE as usize * n) as u64;
        for case in &mut cases {
            case.off = size;
            size += self.be.repr(case.elem).size.next_multiple_of(8);
        }
        let arr = if size <= (abi::SCRATCH_WORDS * 8) as u64 { self.b.ins().iadd_imm_s(self.g, abi::G_SCRATCH as i64) } else { self.alloc(size) };
        for (i, case) in cases.iter().enumerate() {
            let buf = self.b.ins().iadd_imm_s(arr, case.off as i64);
            if let Some(v) = &case.send {
                self.store_val(buf, case.elem, v);
            }
            let k = self.iconst(I64, if case.send.is_some() { abi::SCASE_SEND as i64 } else { 0 });
            let at = abi::SCASE_SIZE * i as i32;
            self.store(case.ch, arr, at + abi::SCASE_C);
            self.store(buf, arr, at + abi::SCASE_ELEM);
            self.store(k, arr, at + abi::SCASE_KIND);
        }
        let nv = self.iconst(I64, n as i64);
        let block = self.iconst(I64, default.is_none() as i64);
        let r = self.rt(Entry::rt_selectgo, &[arr, nv, block]);
        let (chosen, okw) = (r[0], r[1]);
        let exit = self.b.create_block();
        self.targets.push(super::func::Target { label, brk: exit, cont: None });
        for (i, case) in cases.iter().enumerate() {
            let (this, next) = (self.b.create_block(), self.b.create_block());
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, chosen, i as i64);
            self.b.ins().brif(hit, this, &[], next, &[]);
            self.b.switch_to_block(this);
            self.dead = false;
            match case.recv {
                None => {
                    let closed = self.b.ins().icmp_imm_s(IntCC::Equal, okw, 2);
                    self.fail_if(closed, "panicsendclosed", &[]);
                }
                Some(comm) => {
                    let ok = self.b.ins().ireduce(I8, okw);
                    let buf = self.b.ins().iadd_imm_s(arr, case.off as i64);
                    self.bind_received(comm, buf, case.elem, ok);
                }
            }
            self.block_stmts(clauses[case.clause].body)?;
            self.jump(exit);
            self.b.switch_to_block(next);
            self.dead = false;
        }
        match default {
            Some(d) => {
                self.block_stmts(clauses[d].body)?;
                self.jump(exit);
            }
            None => {
                self.b.ins().trap(cranelift_codegen::ir::TrapCode::unwrap_user(4));
                self.mark_dead();
            }
        }
        self.targets.pop();
        self.b.switch_to_block(exit);
        self.dead = false;
        Ok(())
    }

    /// A `select` of one case and no default: the case's own send or receive,
    /// as gc compiles it (a goroutine blocked there waits in "chan send" or
    /// "chan receive", at the case's line), then its clause.
    fn select_one(&mut self, comm: &'static Stmt, body: &'static [Stmt], label: Option<Name>) -> Result<(), String> {
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(comm.pos));
        match &comm.kind {
            StmtKind::Send(ch, v) => self.send(ch, v),
            _ => {
                let ch = recv_operand(comm).expect("checked: a receive");
                let (buf, el, r) = self.recv_into_buf(ch);
                let ok = self.received(r);
                self.bind_received(comm, buf, el, ok);
            }
        }
        let exit = self.b.create_block();
        self.targets.push(super::func::Target { label, brk: exit, cont: None });
        self.block_stmts(body)?;
        self.targets.pop();
        self.jump(exit);
        self.b.switch_to_block(exit);
        self.dead = false;
        Ok(())
    }

    /// The variables of a receive clause (`v := <-c`, `v, ok = <-c`).
    fn bind_received(&mut self, comm: &'static Stmt, buf: Value, el: TypeId, ok: Value) {
        let (lhs, define) = match &comm.kind {
            StmtKind::Define(l, _, _) => (&l[..], true),
            StmtKind::Assign(l, _) => (&l[..], false),
            _ => return,
        };
        let v = self.load_val(buf, el);
        let mut vars = vec![(lhs.first(), v, el)];
        if lhs.len() > 1 {
            vars.push((lhs.get(1), smallvec![ok], crate::types::typ::BOOL));
        }
        self.bind_iters(vars, define);
    }
}

/// The channel of a receive statement of a select clause.
fn recv_operand(s: &'static Stmt) -> Option<&'static Expr> {
    let e = match &s.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Define(_, r, _) | StmtKind::Assign(_, r) => &r[0],
        _ => return None,
    };
    match &e.unparen().kind {
        ExprKind::Unary(UnOp::Recv, ch) => Some(ch),
        _ => None,
    }
}
