//! Expressions: operands, operators with Go's untyped-constant rules, selectors,
//! indexing, slicing, type assertions, composite and function literals.

use super::check::Checker;
use super::constant::{self, ConstError, Constant, Unrepresentable};
use super::exprstring::expr_string;
use super::lookup::{Found, Lookup};
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::*;
use crate::syntax::literal;
use std::rc::Rc;

/// What kind of expression a call or receive is, for statement contexts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExprKindTag {
    Conversion,
    Expression,
    Statement,
}

impl Checker<'_> {
    /// A single value (not a type, built-in, or multiple values).
    pub fn expr(&mut self, e: &'static Expr) -> Operand {
        self.expr_hint(e, None)
    }

    pub fn expr_hint(&mut self, e: &'static Expr, hint: Option<TypeId>) -> Operand {
        let mut x = self.raw_expr(e, hint);
        self.exclude(&mut x, true);
        self.single_value(&mut x);
        x
    }

    /// A value or a type.
    pub fn expr_or_type(&mut self, e: &'static Expr) -> Operand {
        let mut x = self.raw_expr(e, None);
        if x.mode == Mode::NoValue {
            self.exclude(&mut x, false);
        }
        self.single_value(&mut x);
        x
    }

    fn exclude(&mut self, x: &mut Operand, types_too: bool) {
        let msg = match x.mode {
            Mode::NoValue if types_too => "used as value",
            Mode::NoValue => "used as value or type",
            Mode::Builtin => "must be called",
            Mode::Type if types_too => "is not an expression",
            _ => return,
        };
        let d = self.describe(x);
        self.error(x.pos(), format!("{d} {msg}"));
        x.mode = Mode::Invalid;
    }

    pub fn single_value(&mut self, x: &mut Operand) {
        if x.mode == Mode::Value && matches!(self.p.types.get(x.typ), Type::Tuple(_)) {
            // gc's tuple is the callee's results, with their names
            let d = self.describe_as(x, self.named_results(x));
            self.error(x.pos(), format!("multiple-value {d} in single-value context"));
            x.mode = Mode::Invalid;
        }
    }

    /// The results of the call `x` is, as its callee's signature writes them
    /// when they are named (`(q int, r int)`).
    fn named_results(&self, x: &Operand) -> Option<String> {
        let ExprKind::Call { fun, .. } = &x.expr?.unparen().kind else { return None };
        let Type::Func(sig) = self.p.types.get(self.p.info.types.get(fun.id)?.typ) else { return None };
        if sig.results.iter().all(|r| r.name.is_none()) {
            return None;
        }
        let mut s = String::new();
        self.p.types.write_results(&mut s, &sig.results, self.pkg);
        Some(s)
    }

    /// Checks `e` in any mode and records its type.
    pub fn raw_expr(&mut self, e: &'static Expr, hint: Option<TypeId>) -> Operand {
        let (x, _) = self.raw_expr_kind(e, hint);
        x
    }

    pub fn raw_expr_kind(&mut self, e: &'static Expr, hint: Option<TypeId>) -> (Operand, ExprKindTag) {
        let (mut x, kind) = self.expr_internal(e, hint);
        x.expr = Some(e);
        if x.mode != Mode::Invalid {
            self.record(e, x.mode, x.typ, x.val.clone());
        }
        (x, kind)
    }

    fn expr_internal(&mut self, e: &'static Expr, hint: Option<TypeId>) -> (Operand, ExprKindTag) {
        // a generic function assigned to a func-typed target takes its type
        // arguments from it (`var f func(int) int = Id`)
        if let Some(target) = hint.filter(|&h| self.p.types.signature(h).is_some()) {
            if matches!(e.kind, ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index { .. }) {
                if let Some(r) = self.generic_func_ref(e) {
                    return (self.generic_value(e, r, Some(target)), ExprKindTag::Expression);
                }
            }
        }
        let x = match &e.kind {
            ExprKind::Bad => Operand::invalid(e),
            ExprKind::Ident(name) => self.ident(e, name),
            ExprKind::Lit(kind, raw) => self.basic_lit(e, *kind, raw),
            ExprKind::FuncLit(lit) => {
                // (inside a constant declaration, its iota is the literal's too)
                let (t, _) = self.func_signature(&lit.sig, None);
                let loop_body = self.p.info.range_bodies.contains(&e.id);
                self.func_lits.push((e.pos, t));
                self.func_lit_body(t, lit, loop_body);
                Operand::new(Mode::Value, t, e)
            }
            ExprKind::Composite { typ, elems, rbrace, .. } => self.composite_lit(e, typ.as_deref(), elems, *rbrace, hint),
            ExprKind::Paren(inner) => {
                let (mut x, kind) = self.raw_expr_kind(inner, hint);
                x.expr = Some(e);
                return (x, kind);
            }
            ExprKind::Selector(x, sel, _) => self.selector(e, x, sel),
            ExprKind::Index { x, lbrack, index, .. } => self.index_expr(e, x, *lbrack, index),
            ExprKind::Slice { x, lo, hi, max, three, .. } => self.slice_expr(e, x, [lo.as_deref(), hi.as_deref(), max.as_deref()], *three),
            ExprKind::TypeAssert { x, typ, .. } => self.type_assert(e, x, typ.as_deref()),
            ExprKind::Call { .. } => return self.call(e),
            ExprKind::Star(inner) => self.star(e, inner),
            ExprKind::Unary(op, inner) => {
                let x = self.unary(e, *op, inner);
                if *op == UnOp::Recv && x.mode != Mode::Invalid {
                    return (x, ExprKindTag::Statement);
                }
                x
            }
            ExprKind::Binary { op, op_pos, x, y } => self.binary(e, *op, *op_pos, x, y),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.resolve_type(e);
                if t == INVALID {
                    Operand::invalid(e)
                } else {
                    Operand::new(Mode::Type, t, e)
                }
            }
        };
        (x, ExprKindTag::Expression)
    }

    fn ident(&mut self, e: &'static Expr, name: &str) -> Operand {
        if name == "_" {
            self.error(e.pos, "cannot use _ as value or type");
            return Operand::invalid(e);
        }
        let Some(obj) = self.lookup(name) else {
            self.error(e.pos, format!("undefined: {name}"));
            return Operand::invalid(e);
        };
        self.note_dot_import_use(name, obj);
        self.record_use(e.id, obj);
        self.object_operand(e, obj)
    }

    /// The operand for a use of `obj` (resolving package-level declarations lazily).
    pub(super) fn object_operand(&mut self, e: &'static Expr, obj: ObjId) -> Operand {
        // (the dependency first: a cycle found while resolving `obj` is
        // reported along the recorded dependencies)
        self.add_dep(obj);
        if self.obj(obj).state != State::Resolved || self.obj(obj).global.is_some() {
            self.resolve(obj);
        }
        let o = self.obj(obj);
        let typ = o.typ;
        match o.kind.clone() {
            ObjKind::PkgName(_) => {
                let n = o.name.clone();
                self.error(e.pos, format!("use of package {n} not in selector"));
                Operand::invalid(e)
            }
            ObjKind::Const(v) => {
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                if o.pkg.is_none() && &*o.name == "iota" {
                    let Some(iota) = self.iota.clone() else {
                        self.error(e.pos, "cannot use iota outside constant declaration");
                        return Operand::invalid(e);
                    };
                    return Operand::constant(UNTYPED_INT, iota, e);
                }
                Operand::constant(typ, *v, e)
            }
            ObjKind::TypeName => {
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                if self.p.generics.contains_key(&obj) {
                    let mut s = super::exprstring::expr_string(e);
                    if self.naming_type {
                        s += &self.tparam_list(obj);
                    }
                    self.error(e.pos, format!("cannot use generic type {s} without instantiation"));
                    return Operand::invalid(e);
                }
                Operand::new(Mode::Type, typ, e)
            }
            ObjKind::Var(_) => {
                self.obj_mut(obj).used = true;
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                Operand::new(Mode::Var, typ, e)
            }
            ObjKind::Func => {
                if typ == INVALID {
                    return Operand::invalid(e);
                }
                if self.p.generics.contains_key(&obj) {
                    let s = super::exprstring::expr_string(e);
                    self.error(e.pos, format!("cannot use generic function {s} without instantiation"));
                    return Operand::invalid(e);
                }
                Operand::new(Mode::Value, typ, e)
            }
            ObjKind::Builtin(b) => Operand { mode: Mode::Builtin, typ: INVALID, val: None, expr: Some(e), builtin: Some(b), stands_for: None },
            ObjKind::Nil => Operand::new(Mode::Value, UNTYPED_NIL, e),
            ObjKind::Label => Operand::invalid(e),
        }
    }

    fn basic_lit(&mut self, e: &'static Expr, kind: LitKind, raw: &str) -> Operand {
        match kind {
            LitKind::Int => Operand::constant(UNTYPED_INT, Constant::Int(literal::int_value(raw)), e),
            LitKind::Float => Operand::constant(UNTYPED_FLOAT, Constant::float(literal::float_value(raw)), e),
            LitKind::Char => Operand::constant(UNTYPED_RUNE, Constant::int(literal::rune_value(raw) as i64), e),
            LitKind::Str => Operand::constant(UNTYPED_STRING, Constant::Str(literal::string_value(raw).into()), e),
            LitKind::Imag => Operand::constant(UNTYPED_COMPLEX, Constant::complex(num_traits::Zero::zero(), literal::imag_value(raw)), e),
        }
    }

    // ---------------------------------------------------------------- conversions of untyped operands

    /// Go's implicitTypeAndValue: the type (and value) an untyped operand takes in a
    /// context of type `target`, or why it cannot.
    pub fn implicit_type(&mut self, x: &Operand, target: TypeId) -> Result<(TypeId, Option<Constant>), Unrepresentable> {
        let types = &self.p.types;
        if x.mode == Mode::Invalid || !types.is_untyped(x.typ) || target == INVALID {
            return Ok((x.typ, None));
        }
        if types.is_untyped(target) {
            // both untyped: the larger kind
            if x.is_nil() || target == UNTYPED_NIL {
                return if x.typ == target { Ok((target, None)) } else { Err(Unrepresentable::Mismatch) };
            }
            let (a, b) = (types.basic(x.typ).unwrap(), types.basic(target).unwrap());
            if a.is_numeric() && b.is_numeric() {
                return Ok((if a > b { x.typ } else { target }, None));
            }
            return if a == b { Ok((target, None)) } else { Err(Unrepresentable::Mismatch) };
        }
        if x.is_nil() {
            // nil stays untyped; the context gives it meaning (as in types2)
            return if types.has_nil(target) { Ok((UNTYPED_NIL, None)) } else { Err(Unrepresentable::Mismatch) };
        }
        let u = types.underlying(target);
        match types.get(u).clone() {
            Type::Basic(b) => {
                if x.mode == Mode::Const {
                    let v = constant::represent(x.val.as_ref().unwrap(), b).map_err(|err| {
                        let xb = types.basic(x.typ).unwrap();
                        if xb.is_numeric() && b.is_numeric() {
                            if !xb.is_integer() && b.is_integer() {
                                Unrepresentable::Truncated
                            } else {
                                Unrepresentable::Overflow
                            }
                        } else {
                            let _ = err;
                            Unrepresentable::Mismatch
                        }
                    })?;
                    return Ok((target, Some(v)));
                }
                let xb = types.basic(x.typ).unwrap();
                let ok = match xb {
                    Basic::UntypedBool => b.is_boolean(),
                    Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat | Basic::UntypedComplex => b.is_numeric(),
                    Basic::UntypedString => b.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(Unrepresentable::Mismatch)
                }
            }
            Type::TypeParam(_) => {
                // each type in its type set must take it; the value is not
                // a constant of type parameter type
                for (_, u) in types.type_set(target) {
                    self.implicit_type(x, u.ok_or(Unrepresentable::Mismatch)?).map_err(|_| Unrepresentable::Mismatch)?;
                }
                Ok((target, None))
            }
            Type::Interface(it) => {
                if !it.methods.is_empty() {
                    // an untyped constant's default type may still implement it
                    let d = types.default_type(x.typ);
                    if self.implements(d, target).is_err() {
                        return Err(Unrepresentable::Mismatch);
                    }
                }
                Ok((self.p.types.default_type(x.typ), None))
            }
            _ => Err(Unrepresentable::Mismatch),
        }
    }

    /// Converts an untyped operand to `target` in place, reporting failure as gc's
    /// convertUntyped does.
    pub fn convert_untyped(&mut self, x: &mut Operand, target: TypeId) {
        match self.implicit_type(x, target) {
            Err(code) => {
                let t = self.under_for_message(target);
                self.invalid_conversion(x, t, code);
                x.mode = Mode::Invalid;
            }
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = Some(v);
                }
                if t != x.typ {
                    x.typ = t;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, t);
                    }
                }
            }
        }
    }

    /// gc prints the underlying type here, except that `byte` and `rune` stay.
    fn under_for_message(&self, t: TypeId) -> TypeId {
        if let Type::Alias(i) = self.p.types.get(t) {
            if self.p.types.aliases[*i as usize].pkg.is_none() && matches!(&*self.p.types.aliases[*i as usize].name, "byte" | "rune") {
                return t;
            }
        }
        self.p.types.underlying(t)
    }

    fn invalid_conversion(&mut self, x: &Operand, t: TypeId, code: Unrepresentable) {
        let d = self.describe(x);
        let ts = self.type_string(t);
        let msg = match code {
            Unrepresentable::Truncated => format!("{d} truncated to {ts}"),
            Unrepresentable::Overflow => format!("{d} overflows {ts}"),
            Unrepresentable::Mismatch => format!("cannot convert {d} to type {ts}"),
        };
        self.error(x.pos(), msg);
    }

    /// Records the final type of an untyped expression and of the untyped operands it
    /// was computed from (types2's updateExprType).
    pub fn update_expr_type(&mut self, e: &'static Expr, t: TypeId) {
        let Some(old) = self.p.info.types.get(e.id) else {
            return;
        };
        let old_val = self.p.info.consts.get(e.id).cloned();
        if !self.p.types.is_untyped(old.typ) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t),
            ExprKind::Unary(op, x) if old_val.is_none() && *op != UnOp::Recv => self.update_expr_type(x, t),
            ExprKind::Binary { op, x, y, .. } if old_val.is_none() => {
                if op.is_comparison() {
                    // operands already have their final types
                } else if op.is_shift() {
                    self.update_expr_type(x, t);
                    if !self.p.types.is_untyped(t) && !self.p.types.all_integer(t) {
                        let s = expr_string(x);
                        let ts = self.type_string(t);
                        self.error(x.pos, format!("invalid operation: shifted operand {s} (type {ts}) must be integer"));
                    }
                } else {
                    self.update_expr_type(x, t);
                    self.update_expr_type(y, t);
                }
            }
            _ => {}
        }
        let mut val = old_val;
        if let (Some(v), Some(b)) = (&val, self.p.types.basic(t)) {
            match constant::represent(v, b) {
                Ok(v) => val = Some(v),
                // an untyped number typed only now (the operand of a
                // non-constant shift, `byte(0xF00 >> n)`) must fit its type;
                // a mismatch (string('a')) is the conversion's to judge
                Err(code) if code != Unrepresentable::Mismatch && !self.p.types.is_untyped(t) => {
                    let x = Operand::constant(old.typ, v.clone(), e);
                    let ut = self.under_for_message(t);
                    self.invalid_conversion(&x, ut, code);
                    return;
                }
                Err(_) => {}
            }
        }
        self.record(e, old.mode, t, val);
    }

    /// Gives remaining untyped operands their default type (an untyped value about to
    /// be materialized, e.g. an argument of interface type).
    pub fn default_untyped(&mut self, x: &mut Operand) {
        if self.p.types.is_untyped(x.typ) && !x.is_nil() {
            let d = self.p.types.default_type(x.typ);
            self.convert_untyped(x, d);
        }
    }

    // ---------------------------------------------------------------- operators

    fn unary(&mut self, e: &'static Expr, op: UnOp, inner: &'static Expr) -> Operand {
        let mut x = self.expr(inner);
        if x.mode == Mode::Invalid {
            return Operand::invalid(e);
        }
        match op {
            UnOp::Addr => {
                if !matches!(inner.unparen().kind, ExprKind::Composite { .. }) && x.mode != Mode::Var {
                    let d = self.describe(&x);
                    self.error(x.pos(), format!("invalid operation: cannot take address of {d}"));
                    return Operand::invalid(e);
                }
                let t = self.p.types.pointer(x.typ);
                return Operand::new(Mode::Value, t, e);
            }
            UnOp::Recv => {
                return match self.chan_elem(x.pos(), &x, true) {
                    Some(elem) => Operand::new(Mode::CommaOk, elem, e),
                    None => Operand::invalid(e),
                };
            }
            UnOp::Tilde if !self.p.types.all_integer(x.typ) => {
                self.error(e.pos, "cannot use ~ outside of interface or type constraint");
                return Operand::invalid(e);
            }
            _ => {}
        }
        let op = if op == UnOp::Tilde {
            // reported, then checked as the complement it looks like
            self.error(e.pos, "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)");
            UnOp::Xor
        } else {
            op
        };
        let ok = match op {
            UnOp::Pos | UnOp::Neg => self.p.types.all_numeric(x.typ),
            UnOp::Xor => self.p.types.all_integer(x.typ),
            UnOp::Not => self.p.types.all_boolean(x.typ),
            _ => unreachable!(),
        };
        if !ok {
            let d = self.describe(&x);
            self.error(x.pos(), format!("invalid operation: operator {} not defined on {d}", op.text()));
            return Operand::invalid(e);
        }
        if x.mode == Mode::Const {
            let b = if self.p.types.is_untyped(x.typ) { None } else { self.p.types.basic(x.typ) };
            x.val = constant::unary(op, x.val.as_ref().unwrap(), b);
            x.expr = Some(e);
            self.overflow(&mut x, e.pos);
            return x;
        }
        x.mode = Mode::Value;
        x.expr = Some(e);
        x
    }

    /// The element type of channel operand `x` for a receive (`recv`) or a
    /// send; when every type in its type set does not permit it, the error at
    /// `pos` (go/types' `chanElem`).
    pub(super) fn chan_elem(&mut self, pos: u32, x: &Operand, recv: bool) -> Option<TypeId> {
        let common = self.common_under_if(x.typ, |c, t, u| match u.map(|u| c.p.types.get(u)) {
            None => Some("no specific channel type".to_string()),
            Some(Type::Chan(ChanDir::Send, _)) if recv => Some(format!("send-only channel {}", c.type_string(t))),
            Some(Type::Chan(ChanDir::Recv, _)) if !recv => Some(format!("receive-only channel {}", c.type_string(t))),
            Some(Type::Chan(..)) => None,
            Some(_) => Some(format!("non-channel {}", c.type_string(t))),
        });
        let cause = match common {
            Ok(u) => {
                return match self.p.types.get(u) {
                    Type::Chan(_, elem) => Some(*elem),
                    _ => None,
                }
            }
            Err(why) => why,
        };
        let (d, what) = (self.describe(x), if recv { "receive from" } else { "send to" });
        if self.p.types.type_param(self.p.types.unalias(x.typ)).is_some() {
            self.error(pos, format!("invalid operation: cannot {what} {d}: {cause}"));
        } else {
            self.error(pos, format!("invalid operation: cannot {what} {cause} {d}"));
        }
        None
    }

    fn star(&mut self, e: &'static Expr, inner: &'static Expr) -> Operand {
        let x = self.expr_or_type(inner);
        match x.mode {
            Mode::Invalid => Operand::invalid(e),
            Mode::Type => {
                let t = self.p.types.pointer(x.typ);
                Operand::new(Mode::Type, t, e)
            }
            _ => {
                if x.is_nil() {
                    self.error(x.pos(), "invalid operation: cannot indirect nil");
                    return Operand::invalid(e);
                }
                // every type in x's type set a pointer to the same base type
                let mut base: Option<TypeId> = None;
                for (_, u) in self.p.types.type_set(x.typ) {
                    let d = self.describe(&x);
                    let Some(b) = u.and_then(|u| self.p.types.deref(u)) else {
                        self.error(x.pos(), format!("invalid operation: cannot indirect {d}"));
                        return Operand::invalid(e);
                    };
                    if base.is_some_and(|b0| !self.p.types.identical(b0, b)) {
                        self.error(x.pos(), format!("invalid operation: pointers of {d} must have identical base types"));
                        return Operand::invalid(e);
                    }
                    base = Some(b);
                }
                match base {
                    Some(t) => Operand::new(Mode::Var, t, e),
                    None => Operand::invalid(e),
                }
            }
        }
    }

    /// Typed constants must stay representable; untyped ones are bounded at 512 bits.
    fn overflow(&mut self, x: &mut Operand, op_pos: u32) {
        let Some(v) = x.val.clone() else {
            self.error(op_pos, "constant result is not representable");
            x.mode = Mode::Invalid;
            return;
        };
        if !self.p.types.is_untyped(x.typ) {
            let b = self.p.types.basic(x.typ).unwrap();
            match constant::represent(&v, b) {
                Ok(v) => x.val = Some(v),
                Err(_) => {
                    let code = if !self.p.types.is_integer(x.typ) && b.is_integer() { Unrepresentable::Truncated } else { Unrepresentable::Overflow };
                    let t = self.under_for_message(x.typ);
                    self.invalid_conversion(x, t, code);
                    x.mode = Mode::Invalid;
                }
            }
            return;
        }
        if let Constant::Int(i) = &v {
            if i.bits() > 512 {
                let op = x.expr.map(op_name).unwrap_or("");
                let op = if op.is_empty() { String::new() } else { format!("{op} ") };
                self.error(op_pos, format!("constant {op}overflow"));
                x.mode = Mode::Invalid;
            }
        }
    }

    fn binary(&mut self, e: &'static Expr, op: BinOp, op_pos: u32, lhs: &'static Expr, rhs: &'static Expr) -> Operand {
        let x = self.expr(lhs);
        let y = self.expr(rhs);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid_of(x.typ, e);
        }
        self.binary_operands(e, op, op_pos, x, y, None)
    }

    /// `x op y` on checked operands. For `lhs op= rhs`, `assign` gives the two sides
    /// for gc's wording of a type mismatch.
    pub(super) fn binary_operands(
        &mut self,
        e: &'static Expr,
        op: BinOp,
        op_pos: u32,
        mut x: Operand,
        mut y: Operand,
        assign: Option<(&Expr, &Expr)>,
    ) -> Operand {
        if op.is_shift() {
            return self.shift(e, op, op_pos, x, y);
        }
        self.match_types(&mut x, &mut y);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid_of(x.typ, e);
        }
        if op.is_comparison() {
            return self.comparison(e, op, x, y, false);
        }
        if !self.p.types.identical(x.typ, y.typ) {
            if x.typ != INVALID && y.typ != INVALID {
                let (a, b) = (self.type_string(x.typ), self.type_string(y.typ));
                let what = match assign {
                    Some((l, r)) => format!("{} {}= {}", expr_string(l), op.text(), expr_string(r)),
                    None => expr_string(e),
                };
                self.error(x.pos(), format!("invalid operation: {what} (mismatched types {a} and {b})"));
            }
            return Operand::invalid_of(x.typ, e);
        }
        if !self.binary_op_defined(op, &x) {
            return Operand::invalid_of(x.typ, e);
        }
        // (an instance's operand of type parameter type may be an integer where
        // the generic code's was not: there division by zero panics at run time)
        if matches!(op, BinOp::Quo | BinOp::Rem)
            && (x.mode == Mode::Const || (self.p.types.all_integer(x.typ) && self.p.instance_level == 0))
            && y.mode == Mode::Const
            && y.val.as_ref().is_some_and(|v| v.sign() == std::cmp::Ordering::Equal)
        {
            self.error(y.pos(), "invalid operation: division by zero");
            return Operand::invalid_of(x.typ, e);
        }
        if x.mode == Mode::Const && y.mode == Mode::Const {
            let int_div = self.p.types.is_integer(x.typ);
            match constant::binary(op, x.val.as_ref().unwrap(), y.val.as_ref().unwrap(), int_div) {
                Ok(v) => {
                    let mut r = Operand::constant(x.typ, v, e);
                    self.overflow(&mut r, op_pos);
                    return r;
                }
                Err(_) => {
                    self.error(y.pos(), "invalid operation: division by zero");
                    return Operand::invalid_of(x.typ, e);
                }
            }
        }
        Operand::new(Mode::Value, x.typ, e)
    }

    fn binary_op_defined(&mut self, op: BinOp, x: &Operand) -> bool {
        let t = &self.p.types;
        let ok = match op {
            BinOp::Add => t.all_numeric_or_string(x.typ),
            BinOp::Sub | BinOp::Mul | BinOp::Quo => t.all_numeric(x.typ),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => t.all_integer(x.typ),
            BinOp::LAnd | BinOp::LOr => t.all_boolean(x.typ),
            _ => true,
        };
        if !ok {
            let d = self.describe(x);
            self.error(x.pos(), format!("invalid operation: operator {} not defined on {d}", op.text()));
        }
        ok
    }

    /// Converts an untyped operand to the other operand's type where that can work.
    pub fn match_types(&mut self, x: &mut Operand, y: &mut Operand) {
        let t = &self.p.types;
        // types2's mayConvert, in its order: an interface paired with an untyped
        // operand converts it to its default type, but only when both are or
        // are not numeric (`i + 1` is a mismatch of interface{} and untyped int)
        let both_typed = !t.is_untyped(x.typ) && !t.is_untyped(y.typ);
        let may_convert = if both_typed || t.all_numeric(x.typ) != t.all_numeric(y.typ) {
            false
        } else if t.is_interface(x.typ) || t.is_interface(y.typ) {
            true
        } else if t.all_boolean(x.typ) != t.all_boolean(y.typ) || t.all_string(x.typ) != t.all_string(y.typ) {
            false
        } else if x.is_nil() {
            t.has_nil(y.typ)
        } else if y.is_nil() {
            t.has_nil(x.typ)
        } else {
            !(t.is_pointer(x.typ) || t.is_pointer(y.typ))
        };
        if may_convert {
            let yt = y.typ;
            self.convert_untyped(x, yt);
            if x.mode == Mode::Invalid {
                return;
            }
            let xt = x.typ;
            self.convert_untyped(y, xt);
            if y.mode == Mode::Invalid {
                x.mode = Mode::Invalid;
            }
        }
    }

    fn shift(&mut self, e: &'static Expr, op: BinOp, op_pos: u32, mut x: Operand, mut y: Operand) -> Operand {
        let xval = if x.mode == Mode::Const { x.val.as_ref().and_then(Constant::to_bigint) } else { None };
        if !(self.p.types.all_integer(x.typ) || (self.p.types.is_untyped(x.typ) && xval.is_some())) {
            let d = self.describe(&x);
            self.error(x.pos(), format!("invalid operation: shifted operand {d} must be integer"));
            return Operand::invalid(e);
        }
        let mut yval = None;
        if y.mode == Mode::Const {
            let yv = y.val.as_ref().and_then(Constant::to_bigint);
            if let Some(v) = &yv {
                if v.sign() == num_bigint::Sign::Minus {
                    let d = self.describe(&y);
                    self.error(y.pos(), format!("invalid operation: negative shift count {d}"));
                    return Operand::invalid(e);
                }
            }
            if self.p.types.is_untyped(y.typ) {
                match constant::represent(y.val.as_ref().unwrap(), Basic::Uint) {
                    Ok(v) => {
                        y.val = Some(v);
                        // the count is a uint from here on (`x << 1.`, `x << 0i`)
                        if let Some(ye) = y.expr {
                            self.update_expr_type(ye, Basic::Uint.id());
                        }
                    }
                    Err(_) => {
                        // a string or boolean count cannot be converted at all
                        let code = match self.p.types.basic(y.typ) {
                            Some(b) if !b.is_numeric() => Unrepresentable::Mismatch,
                            Some(b) if !b.is_integer() => Unrepresentable::Truncated,
                            _ => Unrepresentable::Overflow,
                        };
                        self.invalid_conversion(&y, Basic::Uint.id(), code);
                        return Operand::invalid(e);
                    }
                }
            }
            yval = yv;
        } else if self.p.types.all_integer(y.typ) {
        } else if self.p.types.is_untyped(y.typ) {
            self.convert_untyped(&mut y, Basic::Uint.id());
            if y.mode == Mode::Invalid {
                return Operand::invalid(e);
            }
        } else {
            let d = self.describe(&y);
            self.error(y.pos(), format!("invalid operation: shift count {d} must be integer"));
            return Operand::invalid(e);
        }
        if x.mode == Mode::Const {
            if y.mode == Mode::Const {
                let s = yval.as_ref().and_then(num_traits::ToPrimitive::to_u64);
                let Some(s) = s.filter(|&s| s <= 1023 - 1 + 52) else {
                    let d = self.describe(&y);
                    self.error(y.pos(), format!("invalid operation: invalid shift count {d}"));
                    return Operand::invalid(e);
                };
                let typ = if self.p.types.is_integer(x.typ) { x.typ } else { UNTYPED_INT };
                let v = match constant::shift(op, &Constant::Int(xval.unwrap()), s) {
                    Ok(v) => v,
                    Err(ConstError::ShiftCount) | Err(ConstError::DivByZero) => {
                        let d = self.describe(&y);
                        self.error(y.pos(), format!("invalid operation: invalid shift count {d}"));
                        return Operand::invalid(e);
                    }
                };
                let mut r = Operand::constant(typ, v, e);
                self.overflow(&mut r, op_pos);
                return r;
            }
            if self.p.types.is_untyped(x.typ) {
                // the constant's type is what it would be without the shift: decided
                // when the whole expression gets a type (update_expr_type)
                return Operand::new(Mode::Value, x.typ, e);
            }
        }
        if !self.p.types.all_integer(x.typ) {
            let d = self.describe(&x);
            self.error(x.pos(), format!("invalid operation: shifted operand {d} must be integer"));
            return Operand::invalid(e);
        }
        x.mode = Mode::Value;
        x.val = None;
        Operand::new(Mode::Value, x.typ, e)
    }

    /// `x op y` for comparison operators; with `switch_case`, worded for a case value.
    pub fn comparison(&mut self, e: &'static Expr, op: BinOp, mut x: Operand, mut y: Operand, switch_case: bool) -> Operand {
        let mut err_at = x.clone();
        let mut cause = String::new();
        let ok = self.assignable_to(&x, y.typ).is_ok() || self.assignable_to(&y, x.typ).is_ok();
        let mut failed = false;
        if !ok {
            err_at = y.clone();
            cause = format!("mismatched types {} and {}", self.type_string(x.typ), self.type_string(y.typ));
            failed = true;
        } else if matches!(op, BinOp::Eql | BinOp::Neq) {
            if x.is_nil() || y.is_nil() {
                let t = if x.is_nil() { y.typ } else { x.typ };
                if !self.p.types.has_nil(t) || (x.is_nil() && y.is_nil()) {
                    err_at = y.clone();
                    failed = true;
                }
            } else if !self.p.types.comparable(x.typ) {
                err_at = x.clone();
                cause = self.incomparable_cause(x.typ);
                failed = true;
            } else if !self.p.types.comparable(y.typ) {
                err_at = y.clone();
                cause = self.incomparable_cause(y.typ);
                failed = true;
            }
        } else if !self.p.types.all_ordered(x.typ) {
            err_at = x.clone();
            failed = true;
        } else if !self.p.types.all_ordered(y.typ) {
            err_at = y.clone();
            failed = true;
        }
        if failed {
            let types = &self.p.types;
            let (xp, yp) = (types.type_param(types.unalias(x.typ)).is_some(), types.type_param(types.unalias(y.typ)).is_some());
            if cause.is_empty() && (xp || yp) {
                let t = if xp { x.typ } else { y.typ };
                cause = format!("type parameter {} cannot use operator {}", self.type_string(t), op.text());
            } else if cause.is_empty() {
                cause = format!("operator {} not defined on {}", op.text(), self.kind_string(err_at.typ));
            }
            let (xs, ys) = (x.expr.map(expr_string).unwrap_or_default(), y.expr.map(expr_string).unwrap_or_default());
            if switch_case {
                self.error(x.pos(), format!("invalid case {xs} in switch on {ys} ({cause})"));
            } else {
                self.error(err_at.pos(), format!("invalid operation: {xs} {} {ys} ({cause})", op.text()));
            }
            // (invalid, but with x's type, as types2 leaves it: an argument-count
            // error's `have` list shows it)
            return Operand { typ: x.typ, ..Operand::invalid(e) };
        }
        if x.mode == Mode::Const && y.mode == Mode::Const {
            let v = constant::compare(op, x.val.as_ref().unwrap(), y.val.as_ref().unwrap());
            return Operand::constant(UNTYPED_BOOL, Constant::Bool(v), e);
        }
        let (xd, yd) = (self.p.types.default_type(x.typ), self.p.types.default_type(y.typ));
        if let Some(xe) = x.expr {
            if !x.is_nil() {
                self.update_expr_type(xe, xd);
            }
        }
        if let Some(ye) = y.expr {
            if !y.is_nil() {
                self.update_expr_type(ye, yd);
            }
        }
        x.typ = xd;
        y.typ = yd;
        Operand::new(Mode::Value, UNTYPED_BOOL, e)
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        let types = &self.p.types;
        match types.get(types.underlying(t)) {
            Type::TypeParam(_) => "incomparable types in type set".to_string(),
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            Type::Struct(fs) => {
                for f in fs.iter() {
                    if !types.comparable(f.typ) {
                        return format!("struct containing {} cannot be compared", self.type_string(f.typ));
                    }
                }
                String::new()
            }
            Type::Array(..) => format!("{} cannot be compared", self.type_string(t)),
            _ => String::new(),
        }
    }

    pub fn kind_string(&self, t: TypeId) -> String {
        match self.p.types.get(self.p.types.underlying(t)) {
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            _ => self.type_string(t),
        }
    }

    // ---------------------------------------------------------------- selectors

    fn selector(&mut self, e: &'static Expr, xe: &'static Expr, sel: &'static Ident) -> Operand {
        // qualified identifier
        if let ExprKind::Ident(name) = &xe.kind {
            if let Some(obj) = self.lookup(name) {
                if let ObjKind::PkgName(pid) = self.obj(obj).kind {
                    self.record_use(xe.id, obj);
                    self.obj_mut(obj).used = true;
                    return self.qualified(e, pid, name, sel);
                }
            }
        }
        let x = self.expr_or_type(xe);
        match x.mode {
            Mode::Invalid => return Operand::invalid(e),
            Mode::Builtin => {
                let d = self.describe(&x);
                self.error(e.pos, format!("invalid use of {d} in selector expression"));
                return Operand::invalid(e);
            }
            _ => {}
        }
        let name = &sel.name;
        let found = self.p.lookup_field_or_method(x.typ, x.mode == Mode::Var, self.pkg, name, false);
        let f = match found {
            Lookup::Found(f) => f,
            Lookup::Ambiguous => {
                self.error(sel.pos, format!("ambiguous selector {}.{name}", expr_string(xe)));
                return Operand::invalid(e);
            }
            Lookup::NeedsPointer => {
                let ts = self.type_string(x.typ);
                if x.mode == Mode::Type {
                    self.error(sel.pos, format!("invalid method expression {ts}.{name} (needs pointer receiver (*{ts}).{name})"));
                } else {
                    self.error(sel.pos, format!("cannot call pointer method {name} on {ts}"));
                }
                return Operand::invalid(e);
            }
            Lookup::NotFound => {
                if self.p.types.underlying(x.typ) == INVALID {
                    return Operand::invalid(e);
                }
                if let Some(method) = self.go_only_method(x.typ, name) {
                    self.error(sel.pos, format!("minigo does not support {method}"));
                    return Operand::invalid(e);
                }
                let base = self.p.types.deref(x.typ);
                let why = if base.is_some_and(|b| self.p.types.type_param(self.p.types.unalias(b)).is_some()) {
                    format!("type {} is pointer to type parameter, not type parameter", self.type_string(x.typ))
                } else if base.is_some_and(|b| self.p.types.is_interface(b)) && !self.p.types.is_interface(x.typ) {
                    format!("type {} is pointer to interface, not interface", self.type_string(x.typ))
                } else {
                    let alt = self.p.lookup_field_or_method(x.typ, x.mode == Mode::Var, self.pkg, name, true);
                    self.lookup_error(x.typ, name, alt, false)
                };
                self.error(sel.pos, format!("{}.{name} undefined ({why})", expr_string(xe)));
                return Operand::invalid(e);
            }
        };
        if x.mode == Mode::Type {
            // method expression
            let (obj, sig, path, indirect) = match &f {
                Found::Method { obj, path, indirect } => {
                    self.resolve(*obj);
                    (Some(*obj), self.obj(*obj).typ, path.clone(), *indirect)
                }
                Found::IfaceMethod { sig, path, indirect, .. } => (None, *sig, path.clone(), *indirect),
                Found::Field { .. } => {
                    // a field needs a value to select from (types2's wording)
                    let ts = self.type_string(x.typ);
                    self.error(xe.pos, format!("operand for field selector {name} must be value of type {ts}"));
                    return Operand::invalid(e);
                }
            };
            if let Some(o) = obj {
                self.add_dep(o);
            }
            self.p.info.selections.insert(e.id, Selection { kind: SelKind::MethodExpr, recv: x.typ, obj, path, indirect });
            self.note_method_lookup(e.id, x.typ, name, sig);
            if obj.is_some_and(|o| self.p.is_generic_method(o)) && !self.generic_method_ok(e) {
                return Operand::invalid(e);
            }
            let t = self.method_expr_type(x.typ, sig, obj);
            return Operand::new(Mode::Value, t, e);
        }
        match f {
            Found::Field { typ, path, indirect, .. } => {
                self.p.info.selections.insert(e.id, Selection { kind: SelKind::Field, recv: x.typ, obj: None, path, indirect });
                let mode = if x.mode == Mode::Var || indirect { Mode::Var } else { Mode::Value };
                Operand::new(mode, typ, e)
            }
            Found::Method { obj, path, indirect } => {
                self.resolve(obj);
                self.add_dep(obj);
                self.p.info.selections.insert(e.id, Selection { kind: SelKind::Method, recv: x.typ, obj: Some(obj), path, indirect });
                self.note_method_lookup(e.id, x.typ, name, self.obj(obj).typ);
                if self.p.is_generic_method(obj) && !self.generic_method_ok(e) {
                    return Operand::invalid(e);
                }
                Operand::new(Mode::Value, self.obj(obj).typ, e)
            }
            Found::IfaceMethod { sig, path, indirect, .. } => {
                self.p.info.selections.insert(e.id, Selection { kind: SelKind::Method, recv: x.typ, obj: None, path, indirect });
                self.note_method_lookup(e.id, x.typ, name, sig);
                Operand::new(Mode::Value, sig, e)
            }
        }
    }

    /// Records selector `e` of method `name` (signature `sig`, receiver type
    /// `recv`) in `Info::method_lookups` when it is one of reflect's method
    /// lookups as gc's `usemethod` recognizes them, outside package reflect:
    /// `Method(int)` or `MethodByName(string)` whose first result is reflect's
    /// `Method` or `Value` (on any type: through an interface of the program's
    /// own too), or Go 1.27's `Methods()` of reflect's Type or Value.
    fn note_method_lookup(&mut self, e: NodeId, recv: TypeId, name: &str, sig: TypeId) {
        let reflect_named = |p: &crate::types::Program, t: TypeId, names: &[&str]| {
            p.types.named_info(p.types.unalias(t)).is_some_and(|n| &*p.pkgs[n.pkg.0 as usize].path == "reflect" && names.contains(&&*n.name))
        };
        if &*self.p.pkgs[self.pkg.0 as usize].path == "reflect" {
            return;
        }
        let Some(s) = self.p.types.signature(sig) else { return };
        let lookup = match (name, &s.params[..]) {
            ("Method", [p]) => self.p.types.basic(p.typ) == Some(Basic::Int),
            ("MethodByName", [p]) => self.p.types.is_string(p.typ),
            ("Methods", []) => {
                let base = self.p.types.deref(recv).unwrap_or(recv);
                reflect_named(self.p, base, &["Type", "Value"])
            }
            _ => false,
        };
        let lookup = lookup
            && match name {
                "Methods" => s.results.len() == 1,
                _ => matches!(s.results.len(), 1 | 2) && reflect_named(self.p, s.results[0].typ, &["Method", "Value"]),
            };
        if lookup {
            self.p.info.method_lookups.insert(e);
        }
    }

    /// Whether selector `e`, which names a generic method, may leave it
    /// uninstantiated here (see `generic_ok`); if not, gc's error.
    fn generic_method_ok(&mut self, e: &'static Expr) -> bool {
        if self.generic_ok == Some(e.id) {
            return true;
        }
        self.error(e.pos, format!("cannot use generic function {} without instantiation", expr_string(e)));
        false
    }

    /// The type of method expression `T.M` for `method` (None: an interface's)
    /// of signature `sig`: the receiver comes first, named as the method's
    /// (or `_`) when the parameters after it are named, so that messages print
    /// the signature as types2 does (`func(t T, x int)`).
    pub(super) fn method_expr_type(&mut self, recv: TypeId, sig: TypeId, method: Option<ObjId>) -> TypeId {
        // (an instance of a generic method has its generic method's declaration)
        let recv_name = method.and_then(|o| match self.obj(o).global.as_ref().map(|g| &g.decl) {
            Some(DeclRef::Func(fd)) => fd.recv.as_ref()?.first()?.names.first().map(|n| n.name.clone()),
            _ => None,
        });
        let s = self.p.types.signature(sig).unwrap();
        let name = s.params.first().and_then(|p| p.name.as_ref()).map(|_| recv_name.unwrap_or_else(|| crate::syntax::token::Name::from("_")));
        let mut params = vec![Param { name, typ: recv }];
        params.extend(s.params.iter().cloned());
        self.p.types.intern(Type::Func(Rc::new(Signature { params, results: s.results.clone(), variadic: s.variadic })))
    }

    fn qualified(&mut self, e: &'static Expr, pid: PkgId, pkg_name: &str, sel: &'static Ident) -> Operand {
        if pid == super::decl::FAILED_IMPORT {
            return Operand::invalid(e);
        }
        let scope = &self.p.pkgs[pid.0 as usize].scope;
        let Some(&obj) = scope.get(&sel.name) else {
            let alt = scope.keys().filter(|k| k.eq_ignore_ascii_case(&sel.name) && is_exported(k)).min().cloned();
            let path = self.p.pkgs[pid.0 as usize].path.clone();
            let msg = match alt {
                _ if minigo_stdlib::go_exports(&path, &sel.name) => format!("minigo does not support {path}.{}", sel.name),
                Some(a) => format!("undefined: {} (but have {a})", expr_string(e)),
                None => format!("undefined: {}", expr_string(e)),
            };
            self.error(sel.pos, msg);
            return Operand::invalid(e);
        };
        if !is_exported(&sel.name) {
            self.error(sel.pos, format!("name {} not exported by package {pkg_name}", sel.name));
            return Operand::invalid(e);
        }
        self.record_use(sel.id, obj);
        if &*sel.name == "MemProfile" && &*self.p.pkgs[pid.0 as usize].path == "runtime" {
            self.p.info.heap_profile = true;
        }
        self.object_operand(e, obj)
    }

    /// gc's explanation for a failed selector lookup.
    /// `path.T.name` when `t` is (a pointer to) a type `T` of a standard
    /// package whose Go 1.27 version has a method `name` that minigo's lacks.
    fn go_only_method(&self, t: TypeId, name: &str) -> Option<String> {
        let base = self.p.types.deref(t).unwrap_or(t);
        // `(*fmt.Stringer).String` names a method minigo has, through a pointer
        // to the interface: an ordinary lookup error, not a missing feature
        if !matches!(self.p.lookup_field_or_method(base, true, self.pkg, name, false), Lookup::NotFound) {
            return None;
        }
        let named = self.p.types.named_info(base)?;
        // universe types (`error`) belong to no package
        let path = &self.p.pkgs.get(named.pkg.0 as usize)?.path;
        let method = format!("{}.{name}", named.name);
        minigo_stdlib::go_exports(path, &method).then(|| format!("{path}.{method}"))
    }

    pub fn lookup_error(&self, t: TypeId, sel: &str, alt: Lookup, struct_lit: bool) -> String {
        let ts = self.type_string(t);
        // the alternative's package: an exported field's or interface method's
        // is taken to be that of the type looked in (the current one for a
        // type literal)
        let owner = self.p.types.named_info(self.p.types.deref(t).unwrap_or(t)).map_or(self.pkg, |n| n.pkg);
        let alt = match alt {
            Lookup::Found(Found::Field { name, pkg, .. }) => Some((name.to_string(), "field", pkg.unwrap_or(owner))),
            Lookup::Found(Found::Method { obj, .. }) => Some((self.obj(obj).name.to_string(), "method", self.obj(obj).pkg.unwrap_or(owner))),
            Lookup::Found(Found::IfaceMethod { name, .. }) => Some((name.to_string(), "method", owner)),
            _ => None,
        };
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        // types2's cases (errsupport.go): missing, misspelled, unexported, inaccessible
        let (case, alt_name, what) = match &alt {
            None => ("missing", String::new(), "object"),
            Some((a, what, pkg)) => {
                let case = if *pkg == self.pkg {
                    "misspelled"
                } else if is_exported(sel) {
                    if is_exported(a) {
                        "misspelled"
                    } else if tail(sel) == tail(a) {
                        "unexported"
                    } else {
                        "missing"
                    }
                } else if is_exported(a) {
                    if tail(sel) == tail(a) {
                        "misspelled"
                    } else {
                        "missing"
                    }
                } else if a == sel {
                    "inaccessible"
                } else {
                    "missing"
                };
                (case, a.clone(), *what)
            }
        };
        if struct_lit {
            match case {
                "misspelled" => format!("unknown field {sel} in struct literal of type {ts}, but does have {alt_name}"),
                "unexported" => format!("unknown field {sel} in struct literal of type {ts}, but does have unexported {alt_name}"),
                "inaccessible" => format!("cannot refer to unexported field {alt_name} in struct literal of type {ts}"),
                _ => format!("unknown field {sel} in struct literal of type {ts}"),
            }
        } else {
            match case {
                "misspelled" => format!("type {ts} has no field or method {sel}, but does have {what} {alt_name}"),
                "unexported" => format!("type {ts} has no field or method {sel}, but does have unexported {what} {alt_name}"),
                "inaccessible" => format!("cannot refer to unexported {what} {alt_name}"),
                _ => format!("type {ts} has no field or method {sel}"),
            }
        }
    }

    // ---------------------------------------------------------------- index, slice, assert

    fn index_expr(&mut self, e: &'static Expr, xe: &'static Expr, lbrack: u32, index: &'static [Expr]) -> Operand {
        if let Some(r) = self.generic_func_ref(e) {
            return self.generic_value(e, r, None);
        }
        if let Some(g) = self.generic_type_ref(xe) {
            return match self.type_instance(e, g, index) {
                INVALID => Operand::invalid(e),
                t => Operand::new(Mode::Type, t, e),
            };
        }
        // `x.M[...]` of a generic method: instantiated here, unless the call
        // it is the function of infers the type arguments not given
        let infer_rest = self.generic_ok == Some(e.id);
        let saved = self.generic_ok.replace(xe.unparen().id);
        let x = self.expr_or_type(xe);
        self.generic_ok = saved;
        if x.mode != Mode::Invalid {
            if let Some(r) = self.uninstantiated_method(e) {
                if infer_rest && index.len() < self.p.generics[&r.obj].tparams.len() {
                    return Operand::new(Mode::Value, x.typ, e);
                }
                return self.generic_value(e, r, None);
            }
        }
        if x.mode == Mode::Invalid {
            for i in index {
                self.raw_expr(i, None);
            }
            return Operand::invalid(e);
        }
        if x.mode == Mode::Type {
            self.not_generic(xe, index, x.typ);
            return Operand::invalid(e);
        }
        let Some((mode, elem, length, key)) = self.index_info(&x) else {
            let d = self.describe(&x);
            self.error(lbrack, format!("cannot index {d}"));
            for i in index {
                self.raw_expr(i, None);
            }
            return Operand::invalid(e);
        };
        if let Some(k) = key {
            let Some(ie) = self.single_index(e, index) else {
                return Operand::invalid(e);
            };
            let mut key = self.expr_hint(ie, Some(k));
            self.assignment(&mut key, Some(k), &"map index");
            return Operand::new(Mode::MapIndex, elem, e);
        }
        let Some(ie) = self.single_index(e, index) else {
            return Operand::invalid(e);
        };
        self.index(ie, length);
        let mut r = Operand::new(mode, elem, e);
        if x.mode == Mode::Const && self.p.types.is_string(x.typ) {
            r.mode = Mode::Value;
        }
        r
    }

    /// What indexing `x` gives: the result's mode, the element type, the
    /// length when known (else -1) and, for a map, its key type. For a type
    /// parameter, every type in its type set must be indexable with the same
    /// element (and key) type, maps only with maps, and the length is the
    /// shortest array's (go/types' `indexExpr`); `None` when `x` cannot be
    /// indexed.
    fn index_info(&mut self, x: &Operand) -> Option<(Mode, TypeId, i64, Option<TypeId>)> {
        let set = self.p.types.type_set(x.typ);
        let mut acc: Option<(Mode, TypeId, i64, Option<TypeId>)> = None;
        let byte = self.byte_type();
        let types = &mut self.p.types;
        for (_, u) in set {
            let (mode, elem, len, key) = match types.get(u?).clone() {
                Type::Basic(b) if b.is_string() => {
                    let len = match (&x.val, x.mode) {
                        (Some(Constant::Str(s)), Mode::Const) => s.len() as i64,
                        _ => -1,
                    };
                    (Mode::Value, byte, len, None)
                }
                Type::Array(el, n) => (if x.mode == Mode::Var { Mode::Var } else { Mode::Value }, el, n as i64, None),
                Type::Pointer(p) => match types.get(types.underlying(p)).clone() {
                    Type::Array(el, n) => (Mode::Var, el, n as i64, None),
                    _ => return None,
                },
                Type::Slice(el) => (Mode::Var, el, -1, None),
                Type::Map(k, v) => (Mode::MapIndex, v, -1, Some(k)),
                _ => return None,
            };
            acc = Some(match acc {
                None => (mode, elem, len, key),
                Some((m0, e0, l0, k0)) => {
                    let same_key = match (k0, key) {
                        (None, None) => true,
                        (Some(a), Some(b)) => types.identical(a, b),
                        _ => false,
                    };
                    if !same_key || !types.identical(e0, elem) {
                        return None;
                    }
                    let len = if len >= 0 && len < l0 { len } else { l0 };
                    (if m0 == Mode::Value || mode == Mode::Value { Mode::Value } else { m0 }, e0, len, k0)
                }
            });
        }
        acc
    }

    fn single_index(&mut self, e: &'static Expr, index: &'static [Expr]) -> Option<&'static Expr> {
        match index {
            [i] => Some(i),
            [] => {
                self.error(e.pos, "expected index expression");
                None
            }
            [_, second, ..] => {
                self.error(second.pos, "invalid operation: more than one index");
                None
            }
        }
    }

    /// Checks an index (or slice bound) and returns its constant value if it has one.
    pub fn index(&mut self, ie: &'static Expr, max: i64) -> Option<i64> {
        let mut x = self.expr(ie);
        if !self.valid_index(&mut x, "index", false) {
            return None;
        }
        if x.mode != Mode::Const {
            return Some(-1);
        }
        let v = x.val.as_ref().and_then(Constant::to_i64)?;
        if max >= 0 && v >= max {
            let vs = x.val.as_ref().unwrap().to_go_string();
            self.error(x.pos(), format!("invalid argument: index {vs} out of bounds [0:{max}]"));
            return None;
        }
        Some(v)
    }

    pub fn valid_index(&mut self, x: &mut Operand, what: &str, allow_negative: bool) -> bool {
        if x.mode == Mode::Invalid {
            return false;
        }
        self.convert_untyped(x, INT);
        if x.mode == Mode::Invalid {
            return false;
        }
        if !self.p.types.all_integer(x.typ) {
            let d = self.describe(x);
            self.error(x.pos(), format!("invalid argument: {what} {d} must be integer"));
            return false;
        }
        if x.mode == Mode::Const {
            let v = x.val.as_ref().unwrap();
            if !allow_negative && v.sign() == std::cmp::Ordering::Less {
                let d = self.describe(x);
                self.error(x.pos(), format!("invalid argument: {what} {d} must not be negative"));
                return false;
            }
            if constant::represent(v, Basic::Int).is_err() {
                let d = self.describe(x);
                self.error(x.pos(), format!("invalid argument: {what} {d} overflows int"));
                return false;
            }
        }
        true
    }

    fn slice_expr(&mut self, e: &'static Expr, xe: &'static Expr, idx: [Option<&'static Expr>; 3], three: bool) -> Operand {
        let x = self.expr(xe);
        if x.mode == Mode::Invalid {
            for i in idx.into_iter().flatten() {
                self.raw_expr(i, None);
            }
            return Operand::invalid(e);
        }
        // the common underlying type of x's type set, strings counting as
        // byte slices (go/types' `sliceExpr`)
        let (mut common, mut has_string) = (None, false);
        for (t, u) in self.p.types.type_set(x.typ) {
            let Some(mut u) = u else {
                let (d, ts) = (self.describe(&x), self.type_string(x.typ));
                self.error(x.pos(), format!("cannot slice {d}: no specific type in {ts}"));
                return Operand::invalid(e);
            };
            if self.p.types.is_string(u) {
                u = self.p.types.slice(UINT8);
                has_string = true;
            }
            match common {
                None => common = Some((t, u)),
                Some((ct, cu)) if !self.p.types.identical(cu, u) => {
                    let (d, a, b) = (self.describe(&x), self.type_string(ct), self.type_string(t));
                    self.error(x.pos(), format!("cannot slice {d}: {a} and {b} have different underlying types"));
                    return Operand::invalid(e);
                }
                Some(_) => {}
            }
        }
        let Some((_, mut u)) = common else { return Operand::invalid(e) };
        let types = &self.p.types;
        if has_string {
            u = if types.type_param(types.unalias(x.typ)).is_some() { STRING } else { types.underlying(x.typ) };
        }
        let mut length: i64 = -1;
        let typ = match types.get(u).clone() {
            Type::Basic(b) if b.is_string() => {
                if three {
                    let at = idx[2].map_or(e.pos, |m| m.pos);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::invalid(e);
                }
                if let (Some(Constant::Str(s)), Mode::Const) = (&x.val, x.mode) {
                    length = s.len() as i64;
                }
                if types.is_untyped(x.typ) {
                    STRING
                } else {
                    x.typ
                }
            }
            Type::Array(el, n) => {
                length = n as i64;
                if x.mode != Mode::Var {
                    let d = self.describe(&x);
                    self.error(x.pos(), format!("cannot slice unaddressable value {d}"));
                    return Operand::invalid(e);
                }
                self.p.types.slice(el)
            }
            Type::Pointer(p) => match types.get(types.underlying(p)).clone() {
                Type::Array(el, n) => {
                    length = n as i64;
                    self.p.types.slice(el)
                }
                _ => {
                    let d = self.describe(&x);
                    self.error(x.pos(), format!("cannot slice {d}"));
                    return Operand::invalid(e);
                }
            },
            Type::Slice(_) => x.typ,
            _ => {
                let d = self.describe(&x);
                self.error(x.pos(), format!("cannot slice {d}"));
                return Operand::invalid(e);
            }
        };
        let mut ind = [-1i64; 3];
        for (i, ie) in idx.iter().enumerate() {
            ind[i] = match ie {
                Some(ie) => {
                    let max = if length >= 0 { length + 1 } else { -1 };
                    self.index(ie, max).unwrap_or(-1)
                }
                None if i == 0 => 0,
                None if length >= 0 => length,
                None => -1,
            };
        }
        'outer: for i in 0..2 {
            let xv = ind[i];
            if xv > 0 {
                for j in i + 1..3 {
                    let yv = ind[j];
                    if yv >= 0 && yv < xv {
                        if let Some(ie) = idx[j] {
                            self.error(ie.pos, format!("invalid slice indices: {yv} < {xv}"));
                        }
                        break 'outer;
                    }
                }
            }
        }
        Operand::new(Mode::Value, typ, e)
    }

    fn type_assert(&mut self, e: &'static Expr, xe: &'static Expr, te: Option<&'static Expr>) -> Operand {
        let x = self.expr(xe);
        let Some(te) = te else {
            self.error(e.pos, "invalid syntax tree: use of .(type) outside type switch");
            return Operand::invalid(e);
        };
        // as types2, the asserted type is not looked at when x is no
        // interface value (its names are then not used, nor checked)
        if x.mode == Mode::Invalid {
            return Operand::invalid(e);
        }
        if !self.p.types.is_interface(x.typ) {
            let d = self.describe(&x);
            if self.p.types.type_param(self.p.types.unalias(x.typ)).is_some() {
                self.error(x.pos(), format!("invalid operation: cannot use type assertion on type parameter value {d}"));
            } else {
                self.error(x.pos(), format!("invalid operation: {d} is not an interface"));
            }
            return Operand::invalid(e);
        }
        let t = self.resolve_type(te);
        if t == INVALID {
            return Operand::invalid(e);
        }
        self.type_assertion(e, &x, t, te, false);
        Operand::new(Mode::CommaOk, t, e)
    }

    /// Reports an impossible assertion of interface operand `x` to type `t`.
    pub fn type_assertion(&mut self, e: &'static Expr, x: &Operand, t: TypeId, at: &'static Expr, type_switch: bool) {
        // in an instance the asserted type may be a type argument: the assertion
        // then just fails at run time, as in the generic code
        if self.p.types.is_interface(t) || self.p.types.type_param(self.p.types.unalias(t)).is_some() || self.p.instance_level > 0 {
            return;
        }
        let Some((m, alt)) = self.p.missing_method(t, x.typ, self.pkg) else {
            return;
        };
        let cause = self.missing_method_cause(t, &m, alt);
        let ts = self.type_string(t);
        if type_switch {
            let d = self.describe(x);
            self.error(at.pos, format!("impossible type switch case: {}\n\t{d} cannot have dynamic type {ts} {cause}", expr_string(at)));
        } else {
            let xs = self.type_string(x.typ);
            self.error(e.pos, format!("impossible type assertion: {}\n\t{ts} does not implement {xs} {cause}", expr_string(e)));
        }
    }

    // ---------------------------------------------------------------- composite literals

    fn composite_lit(&mut self, e: &'static Expr, te: Option<&'static Expr>, elems: &'static [Element], rbrace: u32, hint: Option<TypeId>) -> Operand {
        let (typ, base, open_array) = match te {
            Some(te) => {
                if let ExprKind::ArrayType { len: None, elem } = &te.unparen().kind {
                    let el = self.resolve_type(elem);
                    (el, el, true)
                } else {
                    let t = self.resolve_type(te);
                    (t, t, false)
                }
            }
            None => match hint {
                Some(h) => {
                    let core = self.p.types.common_under(h).unwrap_or(h);
                    let base = self.p.types.deref(core).unwrap_or(h);
                    (h, base, false)
                }
                None => {
                    self.error(e.pos, "missing type in composite literal");
                    return Operand::invalid(e);
                }
            },
        };
        if typ == INVALID {
            self.use_elements(elems);
            return Operand::invalid(e);
        }
        if open_array {
            let n = self.indexed_elts(elems, typ, -1);
            let t = self.p.types.intern(Type::Array(typ, n as u64));
            if let Some(te) = te {
                self.record(te, Mode::Type, t, None);
            }
            return Operand::new(Mode::Value, t, e);
        }
        // (through a type parameter, its type set's common underlying type)
        let u = self.p.types.common_under(base).unwrap_or(base);
        match self.p.types.get(u).clone() {
            Type::Struct(fields) => self.struct_lit(e, base, &fields, elems, rbrace),
            Type::Array(el, n) => {
                self.indexed_elts(elems, el, n as i64);
            }
            Type::Slice(el) => {
                self.indexed_elts(elems, el, -1);
            }
            Type::Map(k, v) => self.map_lit(k, v, elems),
            _ => {
                self.use_elements(elems);
                if u == INVALID {
                    // (an invalid type's error was reported where it was declared)
                    return Operand::invalid(e);
                }
                let ts = self.type_string(typ);
                let q = if te.is_none() { " element" } else { "" };
                let why = if self.p.types.common_under(base).is_err() { " (no common underlying type)" } else { "" };
                self.error(e.pos, format!("invalid composite literal{q} type {ts}{why}"));
                return Operand::invalid(e);
            }
        }
        Operand::new(Mode::Value, typ, e)
    }

    fn use_elements(&mut self, elems: &'static [Element]) {
        for el in elems {
            self.raw_expr(&el.value, None);
        }
    }

    /// A struct literal's field value is checked for the field's type, but a
    /// composite literal there must name its type (only array, slice and map
    /// elements may leave it out).
    fn field_value_hint(el: &Element, field: Option<TypeId>) -> Option<TypeId> {
        field.filter(|_| !matches!(el.value.kind, ExprKind::Composite { typ: None, .. }))
    }

    fn struct_lit(&mut self, e: &'static Expr, base: TypeId, fields: &[super::typ::Field], elems: &'static [Element], rbrace: u32) {
        if elems.is_empty() {
            return;
        }
        if elems[0].key.is_some() {
            // the index paths of the fields given, with their names
            let mut visited: Vec<(Vec<usize>, crate::syntax::token::Name)> = Vec::new();
            for el in elems {
                let Some(key) = &el.key else {
                    self.raw_expr(&el.value, None);
                    self.error(el.value.pos, "mixture of field:value and value elements in struct literal");
                    continue;
                };
                let i = match &key.kind {
                    // (a blank field is never named)
                    ExprKind::Ident(name) => fields.iter().position(|f| f.name == *name && &**name != "_" && (is_exported(name) || f.pkg == Some(self.pkg))),
                    _ => {
                        self.raw_expr(&el.value, None);
                        self.error(key.pos, format!("invalid field name {} in struct literal", expr_string(key)));
                        continue;
                    }
                };
                let name = key.as_ident().unwrap().clone();
                let (path, ft) = match i {
                    Some(i) => (vec![i], fields[i].typ),
                    None => match self.promoted_field(base, key) {
                        Some(found) => found,
                        None => {
                            self.raw_expr(&el.value, None);
                            continue;
                        }
                    },
                };
                let mut x = self.expr_hint(&el.value, Self::field_value_hint(el, Some(ft)));
                self.assignment(&mut x, Some(ft), &"struct literal");
                // types2's trie of paths: one given twice, or within another
                let clash = visited.iter().find(|(p, _)| p.len().min(path.len()) == p.iter().zip(&path).take_while(|(a, b)| a == b).count());
                match clash {
                    Some((p, _)) if p.len() == path.len() => self.error(key.pos, format!("duplicate field name {name} in struct literal")),
                    Some((p, alt)) if p.len() < path.len() => {
                        self.error(key.pos, format!("cannot specify promoted field {name} and enclosing embedded field {alt}"))
                    }
                    Some((_, alt)) => self.error(key.pos, format!("cannot specify embedded field {name} and enclosed promoted field {alt}")),
                    None => visited.push((path, name)),
                }
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if let Some(k) = &el.key {
                    self.raw_expr(&el.value, None);
                    self.error(k.pos, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                let hint = Self::field_value_hint(el, fields.get(i).map(|f| f.typ));
                let mut x = self.expr_hint(&el.value, hint);
                if i >= fields.len() {
                    let ts = self.type_string(base);
                    self.error(x.pos(), format!("too many values in struct literal of type {ts}"));
                    break;
                }
                let f = &fields[i];
                if !is_exported(&f.name) && f.pkg != Some(self.pkg) {
                    let ts = self.type_string(base);
                    self.error(x.pos(), format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name));
                    continue;
                }
                self.assignment(&mut x, Some(f.typ), &"struct literal");
            }
            if elems.len() < fields.len() {
                let ts = self.type_string(base);
                self.error(rbrace, format!("too few values in struct literal of type {ts}"));
            }
        }
        let _ = e;
    }

    /// The index path and type of the promoted field a struct literal's `key`
    /// names (Go 1.27 allows one not reached through a pointer); None after
    /// reporting why there is none.
    fn promoted_field(&mut self, base: TypeId, key: &'static Expr) -> Option<(Vec<usize>, TypeId)> {
        let name = key.as_ident()?.clone();
        let u = self.p.types.underlying(base);
        // (a blank field is never found)
        let found = if &*name == "_" { Lookup::NotFound } else { self.p.lookup_field_or_method(u, false, self.pkg, &name, false) };
        match found {
            Lookup::Found(Found::Field { indirect: true, .. }) => {
                self.error(key.pos, format!("invalid implicit pointer indirection to reach {name}"));
                None
            }
            Lookup::Found(Found::Field { path, typ, .. }) => {
                self.p.info.promoted_keys.insert(key.id, path.clone());
                Some((path, typ))
            }
            Lookup::Found(Found::Method { .. } | Found::IfaceMethod { .. }) => {
                self.error(key.pos, format!("{name} is not a field"));
                None
            }
            _ => {
                let alt = if &*name == "_" { Lookup::NotFound } else { self.p.lookup_field_or_method(u, false, self.pkg, &name, true) };
                let msg = self.lookup_error(base, &name, alt, true);
                self.error(key.pos, msg);
                None
            }
        }
    }

    fn indexed_elts(&mut self, elems: &'static [Element], elem: TypeId, length: i64) -> i64 {
        let mut visited = rustc_hash::FxHashSet::default();
        let (mut index, mut max) = (0i64, 0i64);
        for el in elems {
            let mut valid = false;
            if let Some(k) = &el.key {
                match self.index(k, length) {
                    Some(i) if i >= 0 => {
                        index = i;
                        valid = true;
                    }
                    Some(_) => self.error(k.pos, format!("index {} must be integer constant", expr_string(k))),
                    None => {}
                }
            } else if length >= 0 && index >= length {
                self.error(el.value.pos, format!("index {index} is out of bounds (>= {length})"));
            } else {
                valid = true;
            }
            if valid && !visited.insert(index) {
                let at = el.key.as_ref().map_or(el.value.pos, |k| k.pos);
                self.error(at, format!("duplicate index {index} in array or slice literal"));
            }
            index += 1;
            max = max.max(index);
            let mut x = self.expr_hint(&el.value, Some(elem));
            self.assignment(&mut x, Some(elem), &"array or slice literal");
        }
        max
    }

    fn map_lit(&mut self, k: TypeId, v: TypeId, elems: &'static [Element]) {
        let key_iface = self.p.types.is_interface(k);
        // constant keys so far, with their types in a map of interface keys (a
        // set: a generated table may have thousands)
        let mut seen: rustc_hash::FxHashSet<(constant::Identity, Option<TypeId>)> = Default::default();
        for el in elems {
            let Some(ke) = &el.key else {
                self.raw_expr(&el.value, None);
                self.error(el.value.pos, "missing key in map literal");
                continue;
            };
            let mut x = self.expr_hint(ke, Some(k));
            self.assignment(&mut x, Some(k), &"map literal");
            if x.mode == Mode::Invalid {
                continue; // (its value unchecked, as gc leaves it)
            }
            if x.mode == Mode::Const {
                let val = x.val.clone().unwrap();
                let dup = !seen.insert((val.identity(), key_iface.then_some(x.typ)));
                // (in an instance, keys written with type parameters may coincide)
                if dup && self.p.instance_level == 0 {
                    let vs = val.to_go_string();
                    self.error(x.pos(), format!("duplicate key {vs} in map literal"));
                    continue;
                }
            }
            let mut y = self.expr_hint(&el.value, Some(v));
            self.assignment(&mut y, Some(v), &"map literal");
        }
    }
}

/// The name gc uses for an operation in "constant X overflow".
fn op_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Binary { op, .. } => match op {
            BinOp::Add => "addition",
            BinOp::Sub => "subtraction",
            BinOp::Xor => "bitwise XOR",
            BinOp::Mul => "multiplication",
            BinOp::Shl => "shift",
            _ => "",
        },
        ExprKind::Unary(UnOp::Xor, _) => "bitwise complement",
        _ => "",
    }
}
