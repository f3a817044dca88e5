//! Operands: the result of checking an expression, and how gc describes them
//! (`x (variable of type int)`, `1 << 70 (untyped int constant 1180591620717411303424)`).

use super::check::Checker;
use super::constant::Constant;
use super::exprstring::expr_string;
use super::object::{Builtin, Mode};
use super::typ::{Basic, Type, TypeId, INVALID, UNTYPED_NIL};
use crate::syntax::ast::Expr;

#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub typ: TypeId,
    pub val: Option<Constant>,
    pub expr: Option<&'static Expr>,
    pub builtin: Option<Builtin>,
    /// What gc calls a value that has no expression of its own (the `1st
    /// function result` of a multi-valued call, a comma-ok's `ok value of
    /// (comma, ok) expression`), in place of `expr` in messages.
    pub stands_for: Option<String>,
}

impl Operand {
    pub fn new(mode: Mode, typ: TypeId, expr: &'static Expr) -> Operand {
        Operand { mode, typ, val: None, expr: Some(expr), builtin: None, stands_for: None }
    }
    /// The results of multi-value call `call`, each standing for itself in
    /// messages (`2nd function result`).
    pub fn results(call: &'static Expr, types: &[TypeId]) -> Vec<Operand> {
        let nth = |n: usize| match n {
            1 => "1st".to_string(),
            2 => "2nd".to_string(),
            3 => "3rd".to_string(),
            n => format!("{n}th"),
        };
        let result = |(i, &t)| Operand { stands_for: Some(format!("{} function result", nth(i + 1))), ..Operand::new(Mode::Value, t, call) };
        types.iter().enumerate().map(result).collect()
    }

    pub fn invalid(expr: &'static Expr) -> Operand {
        Operand::new(Mode::Invalid, INVALID, expr)
    }
    /// An invalid operand that keeps a type, as types2's do where an operation
    /// fails after its operands were checked: `x - 2` of an array `x` is still
    /// a `[4]string` in a later `have (...)` list.
    pub fn invalid_of(typ: TypeId, expr: &'static Expr) -> Operand {
        Operand::new(Mode::Invalid, typ, expr)
    }
    pub fn constant(typ: TypeId, val: Constant, expr: &'static Expr) -> Operand {
        Operand { mode: Mode::Const, typ, val: Some(val), expr: Some(expr), builtin: None, stands_for: None }
    }
    pub fn is_nil(&self) -> bool {
        self.typ == UNTYPED_NIL && self.mode == Mode::Value
    }
    pub fn pos(&self) -> u32 {
        self.expr.map_or(0, |e| e.pos)
    }
}

impl Checker<'_> {
    /// gc's operand description, used inside most type error messages.
    pub fn describe(&self, x: &Operand) -> String {
        self.describe_as(x, None)
    }

    /// `describe`, with the operand's type written as `typ` when given.
    pub fn describe_as(&self, x: &Operand, typ: Option<String>) -> String {
        if x.is_nil() {
            return "nil".into();
        }
        let expr = match (&x.stands_for, x.expr) {
            (Some(s), _) => s.clone(),
            (None, Some(e)) => expr_string(e),
            (None, None) => match x.mode {
                Mode::Builtin => x.builtin.map_or("", |b| b.name()).to_string(),
                Mode::Type => self.type_string(x.typ),
                Mode::Const => x.val.as_ref().map(Constant::to_go_string).unwrap_or_default(),
                _ => String::new(),
            },
        };
        let mut s = String::new();
        if !expr.is_empty() {
            s.push_str(&expr);
            s.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin | Mode::Type => {}
            _ => {
                if self.p.types.is_untyped(x.typ) {
                    s.push_str(self.type_string(x.typ).as_str());
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin => "built-in",
            Mode::Type => "type",
            Mode::Const => "constant",
            Mode::Var => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
        });
        if x.mode == Mode::Const {
            if let Some(v) = &x.val {
                let vs = v.to_go_string();
                if vs != expr {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            if x.typ == INVALID {
                s.push_str(" with invalid type");
            } else {
                s.push_str(" of ");
                if let Some(kind) = self.structure_word(x.typ) {
                    s.push_str(&kind);
                    s.push(' ');
                }
                s.push_str("type ");
                s.push_str(&typ.unwrap_or_else(|| self.type_string(x.typ)));
                if let Some(tp) = self.p.types.type_param(self.p.types.unalias(x.typ)) {
                    s.push_str(" constrained by ");
                    s.push_str(&if tp.implicit { self.constraint_string(tp.constraint) } else { self.type_string(tp.constraint) });
                    if self.p.types.interface(tp.constraint).is_some_and(|it| it.terms.as_ref().is_some_and(Vec::is_empty)) {
                        s.push_str(" with empty type set");
                    }
                }
            }
        }
        if !expr.is_empty() {
            s.push(')');
        }
        s
    }

    /// For a named type or alias, the kind of its structure ("struct", "int", ...),
    /// which gc puts before the type name. `byte` and `rune` are basic in gc.
    fn structure_word(&self, t: TypeId) -> Option<String> {
        let types = &self.p.types;
        match types.get(t) {
            Type::Named(_) => {}
            Type::Alias(i) if types.aliases[*i as usize].pkg.is_some() || &*types.aliases[*i as usize].name == "any" => {}
            _ => return None,
        }
        Some(
            match types.get(types.underlying(t)) {
                // (types2 words a kind by the basic type's own name, which for
                // unsafe.Pointer is unqualified)
                Type::Basic(Basic::UnsafePointer) => "Pointer",
                Type::Basic(b) => b.name(),
                Type::Array(..) => "array",
                Type::Slice(_) => "slice",
                Type::Struct(_) => "struct",
                Type::Pointer(_) => "pointer",
                Type::Func(_) => "func",
                Type::Interface(_) => "interface",
                Type::Map(..) => "map",
                Type::Chan(..) => "chan",
                Type::Tuple(_) => "tuple",
                Type::Named(_) | Type::Alias(_) | Type::TypeParam(_) => return None,
            }
            .to_string(),
        )
    }

    /// Types in the `have (...)`/`want (...)` lines of argument-count errors.
    pub fn types_summary(&self, ts: &[TypeId], variadic: bool, dots: bool) -> String {
        let mut out = Vec::new();
        for (i, &t) in ts.iter().enumerate() {
            let mut s = if t == INVALID {
                "unknown type".to_string()
            } else if self.p.types.is_untyped(t) {
                if self.p.types.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.type_string(t).replace("untyped ", "")
                }
            } else {
                self.type_string(t)
            };
            if variadic && i == ts.len() - 1 {
                if let Type::Slice(e) = self.p.types.get(t) {
                    s = format!("...{}", self.type_string(*e));
                }
            }
            if dots && i == ts.len() - 1 {
                s.push_str("...");
            }
            out.push(s);
        }
        format!("({})", out.join(", "))
    }
}
