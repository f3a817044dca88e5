//! Expressions printed the way gc's diagnostics quote them (`T{…}`, `func() {…}`).

use crate::syntax::ast::*;

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, es: &[Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

pub fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => s.push('_'),
        ExprKind::Ident(n) => s.push_str(n),
        ExprKind::Lit(_, v) => s.push_str(v),
        ExprKind::Composite { typ, elems, .. } => {
            if let Some(t) = typ {
                write_expr(s, t);
            }
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit(lit) => {
            s.push_str("func");
            write_sig(s, &lit.sig);
            s.push_str(if lit.body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, sel, _) => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index { x, index, .. } => {
            write_expr(s, x);
            s.push('[');
            write_list(s, index);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(s, x);
            s.push('[');
            if let Some(lo) = lo {
                write_expr(s, lo);
            }
            s.push(':');
            if let Some(hi) = hi {
                write_expr(s, hi);
            }
            if let Some(max) = max {
                s.push(':');
                write_expr(s, max);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ, .. } => {
            write_expr(s, x);
            s.push_str(".(");
            match typ {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call { fun, args, dots, .. } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if *dots {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op.text());
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.text());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write_expr(s, l),
                None => s.push_str("..."),
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            write_expr(s, elem);
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k);
            s.push(']');
            write_expr(s, v);
        }
        ExprKind::ChanType(dir, elem) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem);
        }
        ExprKind::FuncType(sig) => {
            s.push_str("func");
            write_sig(s, sig);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                write_field(s, f);
            }
            s.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    IfaceElem::Method(n, sig) => {
                        s.push_str(&n.name);
                        write_sig(s, sig);
                    }
                    IfaceElem::Embed(t) => write_expr(s, t),
                    IfaceElem::TypeSet(_) => s.push('…'),
                }
            }
            s.push('}');
        }
    }
}

fn write_field(s: &mut String, f: &Field) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&n.name);
    }
    if !f.names.is_empty() {
        s.push(' ');
    }
    if f.dots.is_some() {
        s.push_str("...");
    }
    write_expr(s, f.typ);
}

fn write_fields(s: &mut String, fs: &[Field]) {
    s.push('(');
    for (i, f) in fs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_field(s, f);
    }
    s.push(')');
}

fn write_sig(s: &mut String, sig: &FuncType) {
    write_fields(s, sig.params);
    match sig.results {
        [] => {}
        [r] if r.names.is_empty() => {
            s.push(' ');
            write_expr(s, r.typ);
        }
        rs => {
            s.push(' ');
            write_fields(s, rs);
        }
    }
}
