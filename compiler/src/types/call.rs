//! Calls and conversions.

use super::check::Checker;
use super::constant::{self, Constant};
use super::expr::ExprKindTag;
use super::exprstring::expr_string;
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::*;

impl Checker<'_> {
    pub(super) fn call(&mut self, e: &'static Expr) -> (Operand, ExprKindTag) {
        let ExprKind::Call { fun, args, dots, .. } = &e.kind else { unreachable!() };
        if let Some(r) = self.generic_func_ref(fun) {
            return (self.generic_call(e, fun, r, args, *dots), ExprKindTag::Statement);
        }
        // a generic method called is instantiated from the arguments
        let saved = self.generic_ok.replace(fun.unparen().id);
        let x = self.raw_expr(fun, None);
        self.generic_ok = saved;
        if x.mode != Mode::Invalid {
            if let Some(r) = self.uninstantiated_method(fun) {
                return (self.generic_call(e, fun, r, args, *dots), ExprKindTag::Statement);
            }
        }
        match x.mode {
            Mode::Invalid => {
                for a in args.iter() {
                    self.raw_expr(a, None);
                }
                return (Operand::invalid(e), ExprKindTag::Statement);
            }
            Mode::Type => return (self.conversion_call(e, x.typ, args, *dots), ExprKindTag::Conversion),
            Mode::Builtin => {
                let b = x.builtin.unwrap();
                let r = self.builtin(e, b, args, *dots);
                let kind = match b {
                    Builtin::Clear
                    | Builtin::Close
                    | Builtin::Copy
                    | Builtin::Delete
                    | Builtin::Panic
                    | Builtin::Print
                    | Builtin::Println
                    | Builtin::Recover => ExprKindTag::Statement,
                    _ => ExprKindTag::Expression,
                };
                return (r, kind);
            }
            _ => {}
        }
        if x.typ == INVALID {
            for a in args.iter() {
                self.raw_expr(a, None);
            }
            return (Operand::invalid(e), ExprKindTag::Statement);
        }
        // (through a type parameter: its type set's common function type)
        let common =
            self.common_under_if(x.typ, |c, t, u| u.filter(|&u| c.p.types.signature(u).is_none()).map(|_| format!("{} is not a function", c.type_string(t))));
        let Some(sig) = common.as_ref().ok().and_then(|&u| self.p.types.signature(u)) else {
            let d = self.describe(&x);
            self.error(x.pos(), format!("invalid operation: cannot call {d}: {}", common.err().unwrap_or_default()));
            for a in args.iter() {
                self.raw_expr(a, None);
            }
            return (Operand::invalid(e), ExprKindTag::Statement);
        };
        let argv = self.args_for(args, Some((e, &sig)));
        (self.check_arguments(e, fun, &sig, argv, *dots), ExprKindTag::Statement)
    }

    /// Checks the (already evaluated) arguments of call `e` against `sig`; the
    /// call's result operand.
    pub(super) fn check_arguments(&mut self, e: &'static Expr, fun: &'static Expr, sig: &Signature, argv: Vec<Operand>, dots: bool) -> Operand {
        self.arguments(e, fun, sig, argv, dots);
        match sig.results.len() {
            0 => Operand::new(Mode::NoValue, INVALID, e),
            1 => Operand::new(Mode::Value, sig.results[0].typ, e),
            _ => {
                let t = self.p.types.tuple(sig.results.iter().map(|p| p.typ).collect());
                Operand::new(Mode::Value, t, e)
            }
        }
    }

    /// Checks call arguments; a single call argument returning several values is
    /// spread over the parameters (`f(g())`).
    pub(super) fn args(&mut self, args: &'static [Expr]) -> Vec<Operand> {
        self.args_for(args, None)
    }

    /// `args`, for call `call` of a function of type `sig` when it is known: a
    /// generic function passed for a func-typed parameter is instantiated from it.
    fn args_for(&mut self, args: &'static [Expr], call: Option<(&'static Expr, &Signature)>) -> Vec<Operand> {
        let sig = call.map(|(_, sig)| sig);
        let hint = |c: &Self, i: usize, a: &Expr| -> Option<TypeId> {
            let sig = sig.filter(|_| matches!(a.kind, ExprKind::Ident(_) | ExprKind::Selector(..) | ExprKind::Index { .. }))?;
            let n = sig.params.len();
            if sig.variadic && i + 1 >= n {
                return match c.p.types.get(sig.params[n - 1].typ) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
            }
            sig.params.get(i).map(|p| p.typ)
        };
        if let [a] = args {
            let h = hint(self, 0, a);
            if self.uninferable(call.map(|(e, _)| e), a, h) {
                return vec![Operand::invalid(a)];
            }
            let mut x = self.raw_expr(a, h);
            if x.mode == Mode::Value {
                if let Type::Tuple(ts) = self.p.types.get(x.typ).clone() {
                    // (go/types names them so for a built-in's arguments,
                    // by the call for a function's)
                    if call.is_none() {
                        return Operand::results(a, &ts);
                    }
                    return ts.iter().map(|&t| Operand::new(Mode::Value, t, a)).collect();
                }
            }
            self.exclude_value(&mut x);
            return vec![x];
        }
        args.iter()
            .enumerate()
            .map(|(i, a)| {
                let h = hint(self, i, a);
                if self.uninferable(call.map(|(e, _)| e), a, h) {
                    return Operand::invalid(a);
                }
                let mut x = self.raw_expr(a, h);
                self.exclude_value(&mut x);
                self.single_value(&mut x);
                x
            })
            .collect()
    }

    pub(super) fn exclude_value(&mut self, x: &mut Operand) {
        let msg = match x.mode {
            Mode::NoValue => "used as value",
            Mode::Builtin => "must be called",
            Mode::Type => "is not an expression",
            _ => return,
        };
        let d = self.describe(x);
        self.error(x.pos(), format!("{d} {msg}"));
        x.mode = Mode::Invalid;
    }

    /// (As types2's, it counts invalid arguments too; `assignment` passes over them.)
    fn arguments(&mut self, call: &'static Expr, fun: &'static Expr, sig: &Signature, mut args: Vec<Operand>, dots: bool) {
        let nargs = args.len();
        let mut params: Vec<TypeId> = sig.params.iter().map(|p| p.typ).collect();
        let npars = params.len();
        if dots {
            if !sig.variadic {
                self.error(call.pos, format!("cannot use ... in call to non-variadic {}", expr_string(fun)));
                return;
            }
            if matches!(call.kind, ExprKind::Call { args, .. } if args.len() == 1) && nargs > 1 {
                self.error(call.pos, format!("cannot use ... with {}-valued {}", nargs, expr_string(args[0].expr.unwrap())));
                return;
            }
        } else if sig.variadic && nargs >= npars - 1 {
            // spread the variadic parameter over the remaining arguments
            let last = params.pop().unwrap();
            let elem = match self.p.types.get(last) {
                Type::Slice(e) => *e,
                _ => last,
            };
            while params.len() < nargs {
                params.push(elem);
            }
        }
        if nargs != params.len() {
            self.argument_count_error(call, fun, sig, &args, params.len(), dots);
            return;
        }
        for (a, &t) in args.iter_mut().zip(&params) {
            self.assignment(a, Some(t), &ArgumentTo(fun));
        }
    }

    /// gc's error for a call of `fun` (of signature `sig`) given `args` where
    /// `want` were wanted.
    pub(super) fn argument_count_error(&mut self, call: &'static Expr, fun: &'static Expr, sig: &Signature, args: &[Operand], want: usize, dots: bool) {
        let nargs = args.len();
        let (at, qualifier) = if nargs > want {
            (args[want].pos(), "too many")
        } else if nargs > 0 {
            (args[nargs - 1].pos(), "not enough")
        } else {
            (call.pos, "not enough")
        };
        let have = self.types_summary(&args.iter().map(|a| a.typ).collect::<Vec<_>>(), false, dots);
        let want = self.types_summary(&sig.params.iter().map(|p| p.typ).collect::<Vec<_>>(), sig.variadic, false);
        self.error(at, format!("{qualifier} arguments in call to {}\n\thave {have}\n\twant {want}", expr_string(fun)));
    }

    /// Whether a call of `sig` is given as many arguments as it takes (a
    /// generic function's are counted before its type arguments are
    /// inferred, as gc does); if not, gc's error.
    pub(super) fn argument_count_ok(&mut self, call: &'static Expr, fun: &'static Expr, sig: &Signature, args: &[Operand], dots: bool) -> bool {
        let (nargs, npars) = (args.len(), sig.params.len());
        if nargs == npars || (sig.variadic && !dots && nargs + 1 >= npars) {
            return true;
        }
        self.argument_count_error(call, fun, sig, args, npars, dots);
        false
    }

    fn conversion_call(&mut self, e: &'static Expr, t: TypeId, args: &'static [Expr], dots: bool) -> Operand {
        match args {
            [] => {
                let ts = self.type_string(t);
                self.error(e.pos, format!("missing argument in conversion to {ts}"));
                Operand::invalid(e)
            }
            [a] if !dots => {
                let x = self.expr(a);
                if x.mode == Mode::Invalid {
                    return Operand::invalid(e);
                }
                self.conversion(e, x, t)
            }
            [a, ..] if dots => {
                self.raw_expr(a, None);
                let ts = self.type_string(t);
                self.error(a.pos, format!("invalid use of ... in conversion to {ts}"));
                Operand::invalid(e)
            }
            _ => {
                for a in args {
                    self.raw_expr(a, None);
                }
                let ts = self.type_string(t);
                self.error(args[args.len() - 1].pos, format!("too many arguments in conversion to {ts}"));
                Operand::invalid(e)
            }
        }
    }

    /// `T(x)`.
    pub fn conversion(&mut self, e: &'static Expr, mut x: Operand, t: TypeId) -> Operand {
        let const_arg = x.mode == Mode::Const;
        let types = &self.p.types;
        let ok;
        let mut cause = String::new();
        let mut val = None;
        if const_arg && types.is_const_type(t) {
            let b = types.basic(t).unwrap();
            let xv = x.val.clone().unwrap();
            // constant conversion; integer → string gives the UTF-8 of the code point
            if types.is_integer(x.typ) && b.is_string() {
                let s = match xv.to_i64().and_then(|v| u32::try_from(v).ok()).and_then(char::from_u32) {
                    Some(c) => c.to_string(),
                    None => "\u{FFFD}".to_string(),
                };
                val = Some(Constant::Str(s.into_bytes().into()));
                ok = true;
            } else {
                match constant::represent(&xv, b) {
                    Ok(v) => {
                        val = Some(v);
                        ok = true;
                    }
                    Err(_) => {
                        ok = false;
                        if types.is_integer(x.typ) && b.is_integer() {
                            let vs = xv.to_go_string();
                            let ts = self.type_string(t);
                            self.error(x.pos(), format!("constant {vs} overflows {ts}"));
                            return Operand::invalid(e);
                        }
                        // types2 made an integral value an integer before it found
                        // it out of range, and shows it so: `1e30 (untyped float
                        // constant 1000000000000000000000000000000)`
                        if let Some(i) = xv.to_bigint().filter(|_| b.is_integer()) {
                            x.val = Some(Constant::Int(i));
                        }
                    }
                }
            }
        } else if const_arg && types.type_param(types.unalias(t)).is_some() {
            // to each type in its type set; the result is not a constant
            let r = self.const_convertible_to_each(&x, t);
            x.mode = Mode::Value;
            ok = r.is_ok();
            if let Err(c) = r {
                cause = c;
            }
        } else {
            let r = self.convertible(&x, t);
            ok = r.is_ok();
            if let Err(c) = r {
                cause = c;
            }
        }
        if !ok {
            let d = self.describe(&x);
            let ts = self.type_string(t);
            if cause.is_empty() {
                self.error(x.pos(), format!("cannot convert {d} to type {ts}"));
            } else {
                self.error(x.pos(), format!("cannot convert {d} to type {ts}: {cause}"));
            }
            return Operand::invalid(e);
        }
        if self.p.types.is_untyped(x.typ) {
            let final_t = if self.p.types.is_interface(t) || (const_arg && !self.p.types.is_const_type(t)) { self.p.types.default_type(x.typ) } else { t };
            if let Some(xe) = x.expr {
                if !x.is_nil() {
                    self.update_expr_type(xe, final_t);
                }
            }
            x.typ = final_t;
        }
        match val {
            Some(v) => Operand::constant(t, v, e),
            None => Operand::new(Mode::Value, t, e),
        }
    }

    /// Go's non-constant conversion rules.
    /// Whether `x` converts to `t`; if not, why it is not assignable to it
    /// (types2 reports that cause, when there is one, for the conversion).
    fn convertible(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let Err(cause) = self.assignable_to(x, t) else {
            return Ok(());
        };
        let types = &mut self.p.types;
        let (v, vu, tu) = (x.typ, types.underlying(x.typ), types.underlying(t));
        if types.identical_ignore_tags(vu, tu) {
            return Ok(());
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(v).clone(), types.get(t).clone()) {
            let (au, bu) = (types.underlying(a), types.underlying(b));
            if types.identical_ignore_tags(au, bu) {
                return Ok(());
            }
        }
        // unsafe.Pointer converts to and from any pointer and uintptr
        let is_unsafe = |types: &TypeTable, u| types.basic(u) == Some(Basic::UnsafePointer);
        let pointer_like = |types: &TypeTable, u| matches!(types.get(u), Type::Pointer(_)) || types.basic(u) == Some(Basic::Uintptr);
        if (is_unsafe(types, vu) && pointer_like(types, tu)) || (pointer_like(types, vu) && is_unsafe(types, tu)) {
            return Ok(());
        }
        // integers and floats convert among themselves, complex numbers among themselves
        let real = |types: &TypeTable, u| types.is_integer(u) || types.is_float(u);
        if (real(types, vu) && real(types, tu)) || (types.is_complex(vu) && types.is_complex(tu)) {
            return Ok(());
        }
        let is_bytes_or_runes = |types: &TypeTable, u: TypeId| match types.get(u) {
            Type::Slice(e) => matches!(types.basic(*e), Some(Basic::Uint8) | Some(Basic::Int32)),
            _ => false,
        };
        if types.is_string(tu) && (types.is_integer(vu) || is_bytes_or_runes(types, vu)) {
            return Ok(());
        }
        if types.is_string(vu) && is_bytes_or_runes(types, tu) {
            return Ok(());
        }
        // slice to array or array pointer
        if let Type::Slice(se) = types.get(vu).clone() {
            match types.get(tu).clone() {
                Type::Array(ae, _) if types.identical(se, ae) => return Ok(()),
                Type::Pointer(p) => {
                    if let Type::Array(ae, _) = types.get(types.underlying(p)).clone() {
                        if types.identical(se, ae) {
                            return Ok(());
                        }
                    }
                }
                _ => {}
            }
        }
        self.convertible_through_type_sets(x, t).map_err(|c| if c.is_empty() { cause } else { c })
    }

    /// A conversion from or to a type parameter: from (or to) each type in its
    /// type set (go/types' `convertibleTo`, generic cases); the error is the
    /// cause, empty when either is not a type parameter.
    fn convertible_through_type_sets(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let types = &self.p.types;
        let (vp, tp) = (types.type_param(types.unalias(x.typ)).is_some(), types.type_param(types.unalias(t)).is_some());
        if !vp && !tp {
            return Err(String::new());
        }
        let (v, in_v, in_t) = (
            x.typ,
            |c: &Self, s: TypeId| format!("{} (in {})", c.type_string(s), c.type_string(x.typ)),
            |c: &Self, s: TypeId| format!("{} (in {})", c.type_string(s), c.type_string(t)),
        );
        let froms: Vec<TypeId> = if vp { self.specific_types(v)? } else { vec![v] };
        let tos: Vec<TypeId> = if tp { self.specific_types(t)? } else { vec![t] };
        for &from in &froms {
            let y = Operand { typ: from, ..x.clone() };
            for &to in &tos {
                if let Err(cause) = self.convertible(&y, to) {
                    let f = if vp { in_v(self, from) } else { self.type_string(from) };
                    let msg = format!("cannot convert {f} to type {}", if tp { in_t(self, to) } else { self.type_string(to) });
                    return Err(if cause.is_empty() { msg } else { format!("{msg}\n\t{cause}") });
                }
            }
        }
        Ok(())
    }

    /// The types of type parameter `t`'s terms; `Err` when it has none.
    fn specific_types(&self, t: TypeId) -> Result<Vec<TypeId>, String> {
        let set = self.p.types.type_set(t);
        if set.iter().any(|&(_, u)| u.is_none()) {
            return Err(String::new());
        }
        Ok(set.into_iter().map(|(term, _)| term).collect())
    }

    /// A constant converted to a type parameter: to each type in its type set.
    fn const_convertible_to_each(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let ts = self.type_string(t);
        for (_, u) in self.p.types.type_set(t) {
            let Some(u) = u else {
                return Err(format!("{ts} does not contain specific types"));
            };
            let types = &self.p.types;
            let bytes_or_runes = matches!(types.get(u), Type::Slice(e) if matches!(types.basic(*e), Some(Basic::Uint8 | Basic::Int32)));
            if types.is_string(x.typ) && bytes_or_runes {
                continue;
            }
            let fits = match types.basic(u) {
                Some(b) if types.is_const_type(u) => {
                    let xv = x.val.as_ref().unwrap();
                    (types.is_integer(x.typ) && b.is_string()) || constant::represent(xv, b).is_ok()
                }
                _ => false,
            };
            if !fits {
                let us = self.type_string(u);
                if self.p.types.is_integer(x.typ) && self.p.types.is_integer(u) {
                    let vs = x.val.as_ref().unwrap().to_go_string();
                    return Err(format!("constant {vs} overflows {us} (in {ts})"));
                }
                return Err(format!("cannot convert {} to type {us} (in {ts})", self.describe(x)));
            }
        }
        Ok(())
    }
}

/// The context of a call's argument in an error ("argument to f"), spelled out only
/// when there is one.
struct ArgumentTo(&'static Expr);

impl std::fmt::Display for ArgumentTo {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "argument to {}", expr_string(self.0))
    }
}
