//! Built-in functions: argument rules, result types, and constant results.

use super::check::Checker;
use super::constant::Constant;
use super::exprstring::expr_string;
use super::object::*;
use super::operand::Operand;
use super::typ::*;
use crate::syntax::ast::*;

impl Checker<'_> {
    /// The argument of `new`: a type, or a value whose (default) type the new
    /// variable has and which it starts with (`new(42)` is an `*int`).
    fn new_argument(&mut self, e: &'static Expr) -> Operand {
        let mut x = self.expr_or_type(e);
        match x.mode {
            Mode::Invalid | Mode::Type => x,
            _ if x.typ == UNTYPED_NIL => {
                self.error(e.pos, "use of untyped nil in argument to new");
                Operand::invalid(e)
            }
            _ => {
                let t = self.p.types.default_type(x.typ);
                self.assignment(&mut x, Some(t), &"argument to new");
                if x.mode == Mode::Invalid {
                    return x;
                }
                Operand::new(Mode::Value, t, e)
            }
        }
    }

    pub(super) fn builtin(&mut self, call: &'static Expr, b: Builtin, arg_exprs: &'static [Expr], dots: bool) -> Operand {
        let name = b.name();
        if dots && b != Builtin::Append {
            self.error(call.pos, format!("invalid operation: invalid use of ... with built-in {name}"));
            for a in arg_exprs {
                self.raw_expr(a, None);
            }
            return Operand::invalid(call);
        }
        if b == Builtin::New && arg_exprs.len() != 1 {
            // (its arguments unchecked, as gc leaves them)
            let (msg, n) = (if arg_exprs.is_empty() { "not enough" } else { "too many" }, arg_exprs.len());
            self.error(call.pos, format!("invalid operation: {msg} arguments for {} (expected 1, found {n})", expr_string(call)));
            return Operand::invalid(call);
        }
        // make and new take a type first
        let mut args: Vec<Operand> = match b {
            // new takes a type, or (Go 1.26) a value to start from
            Builtin::New => vec![self.new_argument(&arg_exprs[0])],
            Builtin::Make => {
                let mut v = Vec::new();
                if let Some(first) = arg_exprs.first() {
                    let t = self.resolve_type(first);
                    let mut x = Operand::new(Mode::Type, t, first);
                    if t == INVALID {
                        x.mode = Mode::Invalid;
                    }
                    v.push(x);
                }
                for a in arg_exprs.iter().skip(1) {
                    v.push(self.expr(a));
                }
                v
            }
            _ => self.args(arg_exprs),
        };
        if args.iter().any(|a| a.mode == Mode::Invalid) {
            return Operand::invalid(call);
        }
        let (min, variadic) = match b {
            Builtin::Append | Builtin::Make => (1, true),
            Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            Builtin::Copy | Builtin::Delete | Builtin::Complex | Builtin::Add | Builtin::Slice | Builtin::String => (2, false),
            _ => (1, false),
        };
        let n = args.len();
        if n < min || (!variadic && n > min) {
            let msg = if n < min { "not enough" } else { "too many" };
            let s = expr_string(call);
            self.error(call.pos, format!("invalid operation: {msg} arguments for {s} (expected {min}, found {n})"));
            return Operand::invalid(call);
        }
        let types = &self.p.types;
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = &args[0];
                let len = b == Builtin::Len;
                let measurable = |u: Option<TypeId>| {
                    let Some(mut u) = u else { return false };
                    if let Type::Pointer(p) = types.get(u) {
                        if matches!(types.get(types.underlying(*p)), Type::Array(..)) {
                            u = types.underlying(*p);
                        }
                    }
                    match types.get(u) {
                        Type::Basic(bk) => bk.is_string() && len,
                        Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                        Type::Map(..) => len,
                        _ => false,
                    }
                };
                if !types.under_is(x.typ, measurable) {
                    let d = self.describe(x);
                    self.error(x.pos(), format!("invalid argument: {d} for built-in {name}"));
                    return Operand::invalid(call);
                }
                // a constant for a constant string or an array (not through a
                // type parameter), unless evaluating it calls or receives
                let u = types.underlying(x.typ);
                let u = types.deref(u).map(|p| types.underlying(p)).filter(|&p| matches!(types.get(p), Type::Array(..))).unwrap_or(u);
                let val = match (types.get(u), &x.val) {
                    (Type::Basic(_), Some(Constant::Str(s))) => Some(Constant::int(s.len() as i64)),
                    (Type::Array(_, n), _) if !has_call_or_recv(arg_exprs.first().unwrap()) => Some(Constant::int(*n as i64)),
                    _ => None,
                };
                match val {
                    Some(v) => Operand::constant(INT, v, call),
                    None => Operand::new(Mode::Value, INT, call),
                }
            }
            Builtin::Append => {
                let s = args[0].clone();
                let elem = match self.slice_elem(&s) {
                    Ok(e) => e,
                    Err(why) => {
                        self.error(s.pos(), format!("invalid append: {why}"));
                        return Operand::invalid(call);
                    }
                };
                if dots {
                    if n != 2 {
                        // checked as a call of func(S, ...E) S, as types2 does
                        let ExprKind::Call { fun, .. } = &call.kind else { unreachable!() };
                        let params = vec![Param { name: None, typ: s.typ }, Param { name: None, typ: self.p.types.slice(elem) }];
                        let sig = Signature { params, results: vec![Param { name: None, typ: s.typ }], variadic: true };
                        self.argument_count_error(call, fun, &sig, &args, 2, true);
                        return Operand::invalid(call);
                    }
                    // append([]byte, string...) is allowed
                    let mut y = args[1].clone();
                    if self.bytes_from_string(&s, &y, true) {
                        self.default_untyped(&mut y);
                        return Operand::new(Mode::Value, s.typ, call);
                    }
                    // the spread argument is assignable to []E, not necessarily to S
                    let unnamed = self.p.types.slice(elem);
                    self.assignment(&mut y, Some(unnamed), &"argument to append");
                } else {
                    for a in args.iter_mut().skip(1) {
                        self.assignment(a, Some(elem), &"argument to append");
                    }
                }
                Operand::new(Mode::Value, s.typ, call)
            }
            Builtin::Make => {
                let t = args[0].typ;
                let common = self.common_under_if(t, |c, _, u| match u.map(|u| c.p.types.get(u)) {
                    Some(Type::Slice(_) | Type::Map(..) | Type::Chan(..)) => None,
                    Some(_) => Some("type must be slice, map, or channel".to_string()),
                    None => Some("no specific type".to_string()),
                });
                let min_args = match common.map(|u| self.p.types.get(u)) {
                    Ok(Type::Slice(_)) => 2,
                    Ok(_) => 1,
                    Err(why) => {
                        let ts = self.type_string(t);
                        self.error(arg_exprs[0].pos, format!("invalid argument: cannot make {ts}: {why}"));
                        return Operand::invalid(call);
                    }
                };
                if n < min_args || n > min_args + 1 {
                    let ts = expr_string(call);
                    self.error(call.pos, format!("invalid operation: {ts} expects {} or {} arguments; found {n}", min_args, min_args + 1));
                    return Operand::invalid(call);
                }
                let mut sizes = Vec::new();
                for a in args.iter_mut().skip(1) {
                    if !self.valid_index(a, "index", false) {
                        return Operand::invalid(call);
                    }
                    sizes.push(a.val.as_ref().and_then(Constant::to_i64));
                }
                if let [Some(l), Some(c)] = sizes[..] {
                    if l > c {
                        self.error(arg_exprs[1].pos, "invalid argument: length and capacity swapped");
                        return Operand::invalid(call);
                    }
                }
                Operand::new(Mode::Value, t, call)
            }
            Builtin::New => {
                let t = self.p.types.pointer(args[0].typ);
                Operand::new(Mode::Value, t, call)
            }
            Builtin::Delete => {
                let m = args[0].clone();
                let mut key: Option<TypeId> = None;
                for (_, u) in types.type_set(m.typ) {
                    let Some(Type::Map(k, _)) = u.map(|u| self.p.types.get(u).clone()) else {
                        let d = self.describe(&m);
                        self.error(m.pos(), format!("invalid argument: {d} is not a map"));
                        return Operand::invalid(call);
                    };
                    if key.is_some_and(|k0| !self.p.types.identical(k0, k)) {
                        let d = self.describe(&m);
                        self.error(m.pos(), format!("invalid argument: maps of {d} must have identical key types"));
                        return Operand::invalid(call);
                    }
                    key = Some(k);
                }
                self.assignment(&mut args[1], key, &"argument to delete");
                Operand::new(Mode::NoValue, INVALID, call)
            }
            Builtin::Close => {
                let c = &args[0];
                for (_, u) in types.type_set(c.typ) {
                    let what = match u.map(|u| types.get(u)) {
                        Some(Type::Chan(ChanDir::Recv, _)) => "receive-only channel",
                        Some(Type::Chan(..)) => continue,
                        _ => "non-channel",
                    };
                    let d = self.describe(c);
                    self.error(c.pos(), format!("invalid operation: cannot close {what} {d}"));
                    return Operand::invalid(call);
                }
                Operand::new(Mode::NoValue, INVALID, call)
            }
            Builtin::Clear => {
                let x = &args[0];
                if !types.under_is(x.typ, |u| matches!(u.map(|u| types.get(u)), Some(Type::Map(..) | Type::Slice(_)))) {
                    let d = self.describe(x);
                    self.error(x.pos(), format!("invalid argument: cannot clear {d}: argument must be (or constrained by) map or slice"));
                    return Operand::invalid(call);
                }
                Operand::new(Mode::NoValue, INVALID, call)
            }
            Builtin::Copy => {
                // copy(dst, src []E) int, or copy(dst []byte, src string)
                let (dst, src) = (args[0].clone(), args[1].clone());
                let dst_elem = match self.slice_elem(&dst) {
                    Ok(e) => e,
                    Err(why) => {
                        self.error(dst.pos(), format!("invalid copy: {why}"));
                        return Operand::invalid(call);
                    }
                };
                if !self.bytes_from_string(&dst, &src, false) {
                    // (a string's elements are bytes, for the message)
                    let src_elem = match self.slice_elem(&src) {
                        Ok(e) => e,
                        Err(_) if self.p.types.all_string(src.typ) => self.byte_type(),
                        Err(why) => {
                            self.error(src.pos(), format!("invalid copy: {why}"));
                            return Operand::invalid(call);
                        }
                    };
                    if !self.p.types.identical(dst_elem, src_elem) {
                        let (ds, ss) = (self.describe(&dst), self.describe(&src));
                        let (dt, st) = (self.type_string(dst_elem), self.type_string(src_elem));
                        self.error(dst.pos(), format!("invalid copy: arguments {ds} and {ss} have different element types {dt} and {st}"));
                        return Operand::invalid(call);
                    }
                }
                if self.p.types.is_untyped(src.typ) {
                    let mut s2 = src.clone();
                    self.convert_untyped(&mut s2, STRING);
                }
                Operand::new(Mode::Value, INT, call)
            }
            Builtin::Panic => {
                let t = self.p.types.empty_interface();
                self.assignment(&mut args[0], Some(t), &"argument to panic");
                Operand::new(Mode::NoValue, INVALID, call)
            }
            Builtin::Print | Builtin::Println => {
                for a in args.iter_mut() {
                    self.assignment(a, None, &format_args!("argument to built-in {name}"));
                }
                Operand::new(Mode::NoValue, INVALID, call)
            }
            Builtin::Recover => {
                let t = self.p.types.empty_interface();
                Operand::new(Mode::Value, t, call)
            }
            Builtin::Max | Builtin::Min => {
                let mut x = args[0].clone();
                for i in 1..n {
                    let mut y = args[i].clone();
                    self.match_types(&mut x, &mut y);
                    if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
                        return Operand::invalid(call);
                    }
                    if !self.p.types.identical(x.typ, y.typ) {
                        let (a, bt) = (self.type_string(x.typ), self.type_string(y.typ));
                        self.error(
                            y.pos(),
                            format!("invalid argument: mismatched types {a} (previous argument) and {bt} (type of {})", expr_string(y.expr.unwrap())),
                        );
                        return Operand::invalid(call);
                    }
                    if x.mode == Mode::Const && y.mode == Mode::Const {
                        let less = super::constant::compare(BinOp::Lss, y.val.as_ref().unwrap(), x.val.as_ref().unwrap());
                        if (b == Builtin::Min) == less {
                            x.val = y.val.clone();
                        }
                    } else {
                        x.mode = Mode::Value;
                        x.val = None;
                    }
                }
                if !self.p.types.all_ordered(x.typ) {
                    let d = self.describe(&x);
                    self.error(x.pos(), format!("invalid argument: {d} cannot be ordered"));
                    return Operand::invalid(call);
                }
                if x.mode != Mode::Const {
                    // untyped operands take their default type
                    for a in args.iter_mut() {
                        if self.p.types.is_untyped(a.typ) {
                            let t = x.typ;
                            let t = self.p.types.default_type(t);
                            self.convert_untyped(a, t);
                        }
                    }
                    x.typ = self.p.types.default_type(x.typ);
                    return Operand::new(Mode::Value, x.typ, call);
                }
                Operand::constant(x.typ, x.val.unwrap(), call)
            }
            Builtin::Complex => self.complex_builtin(call, args),
            Builtin::Sizeof
            | Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::Add
            | Builtin::Slice
            | Builtin::SliceData
            | Builtin::String
            | Builtin::StringData => self.unsafe_builtin(call, b, arg_exprs, args),
            Builtin::Real | Builtin::Imag => {
                let mut x = args.swap_remove(0);
                if self.p.types.is_untyped(x.typ) {
                    if x.mode == Mode::Const {
                        // an untyped constant number can always be seen as complex
                        if self.p.types.is_numeric(x.typ) {
                            x.typ = UNTYPED_COMPLEX;
                        }
                    } else {
                        // an untyped non-constant operand is a shift, which cannot be complex
                        self.convert_untyped(&mut x, COMPLEX128);
                        if x.mode == Mode::Invalid {
                            return Operand::invalid(call);
                        }
                    }
                }
                let part = match self.p.types.basic(self.p.types.underlying(x.typ)) {
                    Some(Basic::Complex64) => FLOAT32,
                    Some(Basic::Complex128) => FLOAT64,
                    Some(Basic::UntypedComplex) => UNTYPED_FLOAT,
                    _ => {
                        let ts = self.type_string(x.typ);
                        self.error(x.pos(), format!("invalid argument: argument has type {ts}, expected complex type"));
                        return Operand::invalid(call);
                    }
                };
                match x.val.as_ref().and_then(Constant::to_complex) {
                    Some((re, im)) if x.mode == Mode::Const => Operand::constant(part, Constant::float(if b == Builtin::Real { re } else { im }), call),
                    _ => Operand::new(Mode::Value, part, call),
                }
            }
        }
    }
}

impl Checker<'_> {
    /// go/types' `sliceElem`: the element type every type in `x`'s type set
    /// is a slice of, or why there is none.
    fn slice_elem(&mut self, x: &Operand) -> Result<TypeId, String> {
        let mut elem: Option<TypeId> = None;
        for (_, u) in self.p.types.type_set(x.typ) {
            let Some(Type::Slice(e)) = u.map(|u| self.p.types.get(u).clone()) else {
                if x.is_nil() {
                    return Err("argument must be a slice; have untyped nil".to_string());
                }
                return Err(format!("argument must be a slice; have {}", self.describe(x)));
            };
            match elem {
                Some(e0) if !self.p.types.identical(e0, e) => {
                    let (a, b, d) = (self.type_string(e0), self.type_string(e), self.describe(x));
                    return Err(format!("mismatched slice element types {a} and {b} in {d}"));
                }
                _ => elem = Some(e),
            }
        }
        elem.ok_or_else(|| format!("argument must be a slice; have {}", self.describe(x)))
    }

    /// The special cases `append(dst, src...)` and `copy(dst, src)`: `dst` is
    /// assignable to `[]byte` and every type in `src`'s type set is a string or
    /// a byte slice (for append, one a string at least).
    fn bytes_from_string(&mut self, dst: &Operand, src: &Operand, need_string: bool) -> bool {
        let bytes = self.p.types.slice(UINT8);
        if self.assignable_to(dst, bytes).is_err() {
            return false;
        }
        let types = &self.p.types;
        let mut has_string = false;
        let all = types.under_is(src.typ, |u| match u.map(|u| types.get(u)) {
            Some(Type::Slice(e)) => types.basic(*e) == Some(Basic::Uint8),
            Some(Type::Basic(b)) if b.is_string() => {
                has_string = true;
                true
            }
            _ => false,
        });
        all && (has_string || !need_string)
    }
}

impl Checker<'_> {
    /// The functions of package unsafe, as types2 checks them.
    fn unsafe_builtin(&mut self, call: &'static Expr, b: Builtin, arg_exprs: &'static [Expr], mut args: Vec<Operand>) -> Operand {
        let context = format!("argument to unsafe.{}", b.name());
        let mut x = args.remove(0);
        // a length operand: any integer type, or an untyped constant that is an int
        let length = |c: &mut Self, y: &mut Operand| -> bool {
            if c.p.types.is_untyped(y.typ) {
                c.convert_untyped(y, INT);
            }
            if y.mode != Mode::Invalid && !c.p.types.is_integer(y.typ) {
                let d = c.describe(y);
                c.error(y.pos(), format!("cannot use {d} as int value in {context}"));
                return false;
            }
            y.mode != Mode::Invalid
        };
        match b {
            Builtin::Sizeof | Builtin::Alignof => {
                self.assignment(&mut x, None, &context);
                if x.mode == Mode::Invalid {
                    return Operand::invalid(call);
                }
                self.unsafe_layout(call, x.typ, |size, align| if b == Builtin::Sizeof { size } else { align })
            }
            Builtin::Offsetof => {
                // a selector the checker recorded as selecting from a value (a
                // qualified name `pkg.X` records none)
                let arg = arg_exprs[0].unparen();
                let selection = match &arg.kind {
                    ExprKind::Selector(_, sel, _) => self.p.info.selections.get(&arg.id).cloned().map(|s| (sel, s)),
                    _ => None,
                };
                let Some((sel, s)) = selection else {
                    let s = expr_string(&arg_exprs[0]);
                    self.error(x.pos(), format!("invalid argument: {s} is not a selector expression"));
                    return Operand::invalid(call);
                };
                if s.kind != SelKind::Field {
                    let s = expr_string(&arg_exprs[0]);
                    self.error(x.pos(), format!("invalid argument: {s} is a method value"));
                    return Operand::invalid(call);
                }
                // the offset within the struct x denotes (through x itself if it is a
                // pointer, but not through embedded pointers)
                let mut t = self.p.types.deref(s.recv).unwrap_or(s.recv);
                if self.p.types.has_var_size(t) {
                    return Operand::new(Mode::Value, UINTPTR, call);
                }
                let mut off = 0;
                for (k, &i) in s.path.iter().enumerate() {
                    off += self.p.types.field_offset(t, i);
                    let Type::Struct(fields) = self.p.types.get(self.p.types.underlying(t)).clone() else { unreachable!() };
                    t = fields[i].typ;
                    if k + 1 < s.path.len() && self.p.types.deref(t).is_some() {
                        let base_t = self.p.types.deref(s.recv).unwrap_or(s.recv);
                        let (f, xs) = (sel.name.clone(), self.type_string(base_t));
                        self.error(x.pos(), format!("invalid argument: field {f} is embedded via a pointer in {xs}"));
                        return Operand::invalid(call);
                    }
                }
                Operand::constant(UINTPTR, Constant::int(off as i64), call)
            }
            Builtin::Add => {
                self.assignment(&mut x, Some(UNSAFE_POINTER), &context);
                let mut y = args.remove(0);
                if x.mode == Mode::Invalid || !length(self, &mut y) {
                    return Operand::invalid(call);
                }
                Operand::new(Mode::Value, UNSAFE_POINTER, call)
            }
            Builtin::Slice | Builtin::String => {
                let elem = if b == Builtin::String {
                    let byte = self.byte_type();
                    let byte_ptr = self.p.types.pointer(byte);
                    self.assignment(&mut x, Some(byte_ptr), &context);
                    UINT8
                } else {
                    match self.p.types.deref(x.typ) {
                        Some(e) => e,
                        None => {
                            let d = self.describe(&x);
                            self.error(x.pos(), format!("invalid argument: {d} is not a pointer"));
                            return Operand::invalid(call);
                        }
                    }
                };
                let mut y = args.remove(0);
                if x.mode == Mode::Invalid || !length(self, &mut y) {
                    return Operand::invalid(call);
                }
                let t = if b == Builtin::String { STRING } else { self.p.types.slice(elem) };
                Operand::new(Mode::Value, t, call)
            }
            Builtin::SliceData => {
                let Type::Slice(e) = self.p.types.get(self.p.types.underlying(x.typ)).clone() else {
                    let d = self.describe(&x);
                    self.error(x.pos(), format!("invalid argument: {d} is not a slice"));
                    return Operand::invalid(call);
                };
                let t = self.p.types.pointer(e);
                Operand::new(Mode::Value, t, call)
            }
            _ => {
                self.assignment(&mut x, Some(STRING), &context);
                if x.mode == Mode::Invalid {
                    return Operand::invalid(call);
                }
                let t = self.p.types.pointer(self.byte_type());
                Operand::new(Mode::Value, t, call)
            }
        }
    }

    /// Sizeof or Alignof of type `t`: a uintptr constant, unless the size depends
    /// on a type parameter (then a value the back end computes per instance).
    fn unsafe_layout(&mut self, call: &'static Expr, t: TypeId, pick: impl Fn(u64, u64) -> u64) -> Operand {
        if self.p.types.has_var_size(t) {
            return Operand::new(Mode::Value, UINTPTR, call);
        }
        match self.p.types.size_align(t) {
            Ok((size, align)) => Operand::constant(UINTPTR, Constant::int(pick(size, align) as i64), call),
            Err(_) => Operand::invalid(call),
        }
    }

    /// `complex(re, im)`, typed as types2 types it: untyped operands take the other's
    /// type, two untyped constants are untyped floats, and the parts must be floats of
    /// one type.
    fn complex_builtin(&mut self, call: &'static Expr, mut args: Vec<Operand>) -> Operand {
        let (mut x, mut y) = (args.swap_remove(0), args.swap_remove(0));
        match (self.p.types.is_untyped(x.typ), self.p.types.is_untyped(y.typ)) {
            (false, false) => {}
            (true, false) => self.convert_untyped(&mut x, y.typ),
            (false, true) => self.convert_untyped(&mut y, x.typ),
            (true, true) if x.mode == Mode::Const && y.mode == Mode::Const => {
                for o in [&mut x, &mut y] {
                    if o.val.as_ref().is_some_and(|v| v.to_rat().is_some()) {
                        o.typ = UNTYPED_FLOAT;
                    }
                }
            }
            (true, true) => {
                self.convert_untyped(&mut x, FLOAT64);
                self.convert_untyped(&mut y, FLOAT64);
            }
        }
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return Operand::invalid(call);
        }
        if !self.p.types.identical(x.typ, y.typ) {
            let (s, a, b) = (expr_string(call), self.type_string(x.typ), self.type_string(y.typ));
            self.error(x.pos(), format!("invalid operation: {s} (mismatched types {a} and {b})"));
            return Operand::invalid(call);
        }
        let typ = match self.p.types.basic(self.p.types.underlying(x.typ)) {
            Some(Basic::Float32) => COMPLEX64,
            Some(Basic::Float64) => COMPLEX128,
            Some(Basic::UntypedFloat) => UNTYPED_COMPLEX,
            _ => {
                let ts = self.type_string(x.typ);
                self.error(x.pos(), format!("invalid argument: arguments have type {ts}, expected floating-point"));
                return Operand::invalid(call);
            }
        };
        match (x.mode, y.mode) {
            (Mode::Const, Mode::Const) => {
                let (re, im) = (x.val.unwrap().to_rat().unwrap(), y.val.unwrap().to_rat().unwrap());
                Operand::constant(typ, Constant::complex(re, im), call)
            }
            _ => Operand::new(Mode::Value, typ, call),
        }
    }
}

/// Whether an expression contains a (non-constant) call or a channel receive, which
/// makes `len` of an array non-constant.
pub fn has_call_or_recv(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary(UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _, _) => has_call_or_recv(x),
        ExprKind::Index { x, index, .. } => has_call_or_recv(x) || index.iter().any(has_call_or_recv),
        ExprKind::Binary { x, y, .. } => has_call_or_recv(x) || has_call_or_recv(y),
        ExprKind::Composite { elems, .. } => elems.iter().any(|e| has_call_or_recv(&e.value) || e.key.is_some_and(has_call_or_recv)),
        _ => false,
    }
}
