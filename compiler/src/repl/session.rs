//! A REPL session: the program its inputs build up, and the back end that keeps
//! compiling into one JIT module. Each input is checked into the session's `main`
//! package and its units run on the runtime as they are compiled.

use super::complete::Completions;
use super::input::{self, Piece, FILE_NAME, SHOW_PKG};
use crate::codegen::{Backend, Emit, FnKey};
use crate::driver::render_errors;
use crate::syntax::ast::{Decl, ExprKind, File, StmtKind};
use crate::types::lookup::Lookup;
use crate::types::object::{is_exported, ObjId, ObjKind, Object, PkgId, Scope};
use crate::types::typ::{Type, TypeId, INVALID};
use crate::types::Program;
use minigo_runtime::session::Outcome;
use rustc_hash::FxHashMap;

pub struct Session {
    /// The back end, compiling into `prog`: dropped with the session, but for its
    /// code (`Backend::keep_code`).
    be: std::mem::ManuallyDrop<Backend<'static>>,
    /// The session's program, owned here (the back end borrows it, hence the raw
    /// pointer): freed, syntax trees and all, once the back end is gone.
    prog: *mut Program,
    /// The session's package, once an input made it.
    pkg: Option<PkgId>,
    /// The packages imported so far, by name.
    imports: Scope,
    serial: u32,
    /// Inputs that declared nothing, by their text, with the code each of
    /// their pieces compiled to: entered again, an input runs that code again
    /// rather than being compiled anew (and leaving its syntax and code behind:
    /// a session running the same input a thousand times stays the size it
    /// was). The same text means the same code while the session's names
    /// mean what they meant, so an input that declares or imports anything
    /// empties the table.
    rerun: FxHashMap<String, Vec<Step>>,
}

/// What one piece of an input that declared nothing compiled to.
#[derive(Clone)]
struct Step {
    /// The piece's function (`__minigo_inputN`), and its static func value
    /// once the input has been entered again.
    run: ObjId,
    fv: Option<usize>,
    /// For an expression: the static types of its values, and whether it is
    /// a call (whose nil error shows nothing).
    shown: Option<(Vec<String>, bool)>,
}

impl Drop for Session {
    fn drop(&mut self) {
        // SAFETY: the back end is not used again.
        let be = unsafe { std::mem::ManuallyDrop::take(&mut self.be) };
        be.keep_code();
        // SAFETY: the back end, the only borrower of the program, is gone; nothing
        // the code or the runtime keeps refers to the program.
        drop(unsafe { Box::from_raw(self.prog) });
    }
}

/// What evaluating an input printed, beyond the program's own output.
pub enum Report {
    /// Values of an expression, each with its static type.
    Values(Vec<(String, String)>),
    /// Names the input declared anew.
    Replaced(Vec<String>),
    /// Diagnostics, rendered as `minigo run` renders them.
    Errors(String),
    /// The input's goroutine did not return (the runtime said why already, but
    /// for an interrupt).
    Ended(Outcome),
    /// Something the REPL did with the input that the user should know.
    Note(&'static str),
}

impl Session {
    /// A new session. Its code lives as long as the process (goroutines an input
    /// started may still run it after a `:reset`); its program lives as long as
    /// the session.
    pub fn new() -> Session {
        let prog = Box::into_raw(Box::new(Program::new()));
        // SAFETY: prog is freed only when the session drops, after the back end.
        let mut be = Backend::for_session(unsafe { &mut *prog }).expect("the runtime package");
        start_runtime(&mut be);
        let mut imports = Scope::default();
        let show = be.p.import("internal/repl").expect("internal/repl");
        let obj = be.p.new_object(Object::new(SHOW_PKG.into(), ObjKind::PkgName(show), INVALID, 0, None));
        be.p.obj_mut(obj).used = true;
        imports.insert(SHOW_PKG.into(), obj);
        Session { be: std::mem::ManuallyDrop::new(be), prog, pkg: None, imports, serial: 0, rerun: FxHashMap::default() }
    }

    /// Checks, compiles and runs one input, unit by unit; stops at the first that
    /// fails. `interrupted` tells whether Ctrl-C was pressed.
    pub fn eval(&mut self, src: &str, interrupted: &dyn Fn() -> bool, report: &mut dyn FnMut(Report)) {
        // a pasted file: its package clause, then its declarations
        if let Some(rest) = input::after_package_clause(src) {
            if rest.trim().is_empty() {
                return report(Report::Note("package clause: what follows is declared in the session; main is not run (call main())"));
            }
            return self.load_source(FILE_NAME, src, interrupted, report);
        }
        if let Some(steps) = self.rerun.remove(src) {
            return self.run_again(src, steps, interrupted, report);
        }
        let pieces = match input::pieces(self.be.p, src) {
            Ok(p) => p,
            Err(errs) => return report(Report::Errors(render_errors(self.be.p, &errs))),
        };
        let mut steps = Vec::new();
        for &piece in &pieces {
            if !self.eval_piece(src, piece, &mut steps, interrupted, report) {
                break;
            }
        }
        if steps.len() == pieces.len() {
            self.rerun.insert(src.to_string(), steps);
        }
    }

    /// Runs again the pieces of input `src`, which compiled to `steps`.
    fn run_again(&mut self, src: &str, mut steps: Vec<Step>, interrupted: &dyn Fn() -> bool, report: &mut dyn FnMut(Report)) {
        for step in &mut steps {
            let fv = match step.fv {
                Some(fv) => fv,
                None => match self.be.compile_unit(FnKey::Func(step.run)) {
                    Ok(fv) => *step.fv.insert(fv),
                    Err(errs) => return report(Report::Errors(errs.join("\n") + "\n")),
                },
            };
            if !self.run_code(fv, interrupted, report) {
                break;
            }
            if let Some((types, call)) = &step.shown {
                self.show(types.clone(), *call, report);
            }
        }
        self.rerun.insert(src.to_string(), steps);
    }

    /// Checks, compiles and runs one piece of an input; whether it returned.
    /// `steps` gets what a piece that declares nothing compiled to, and loses
    /// everything if it declares something.
    fn eval_piece(&mut self, src: &str, piece: Piece, steps: &mut Vec<Step>, interrupted: &dyn Fn() -> bool, report: &mut dyn FnMut(Report)) -> bool {
        let (file, replaced) = match self.check(src, piece) {
            Ok(ok) => ok,
            // a call with no value is a statement
            Err(_) if matches!(piece, Piece::Show(_, _, true)) => {
                let Piece::Show(s, e, _) = piece else { unreachable!() };
                return self.eval_piece(src, Piece::Stmts(s, e), steps, interrupted, report);
            }
            Err(errs) => {
                report(Report::Errors(errs));
                return false;
            }
        };
        if !replaced.is_empty() {
            report(Report::Replaced(replaced));
        }
        let run = matches!(piece, Piece::Stmts(..) | Piece::Show(..)).then(|| self.unit_func());
        if run.is_none() {
            // names may mean something else now
            self.rerun.clear();
            steps.clear();
        }
        let Some(fv) = self.compile(run, report) else { return false };
        let shown = match piece {
            Piece::Show(_, _, call) => Some((self.shown_types(file), call)),
            _ => None,
        };
        if let Some(run) = run {
            steps.push(Step { run, fv: None, shown: shown.clone() });
        }
        if !self.run_code(fv, interrupted, report) {
            return false;
        }
        if let Some((types, call)) = shown {
            self.show(types, call, report);
        }
        true
    }

    /// Reports the values an expression piece showed, of static types `types`.
    fn show(&self, types: Vec<String>, call: bool, report: &mut dyn FnMut(Report)) {
        let shown = minigo_stdlib::natives::repl::take_shown();
        let vals: Vec<(String, String)> = shown.into_iter().zip(types).collect();
        // A call statement whose last result is a nil error shows nothing
        // (`fmt.Println(x)`, `w.Write(b)`): the error says it went well,
        // and the rest are byte counts and the like. Any other call shows
        // its results, an error that is not nil included.
        let quiet = call && vals.last().is_some_and(|(v, t)| t == "error" && v == "<nil>");
        if !quiet {
            report(Report::Values(vals));
        }
    }

    /// Compiles the unit checked last (its initialization, then function
    /// `run`); the address of its func value.
    fn compile(&mut self, run: Option<ObjId>, report: &mut dyn FnMut(Report)) -> Option<usize> {
        match self.be.compile_unit(FnKey::Input { serial: self.serial, run }) {
            Ok(fv) => Some(fv),
            Err(errs) => {
                report(Report::Errors(errs.join("\n") + "\n"));
                None
            }
        }
    }

    /// Runs the code of func value `fv`; whether it returned.
    fn run_code(&mut self, fv: usize, interrupted: &dyn Fn() -> bool, report: &mut dyn FnMut(Report)) -> bool {
        // values an interrupted input recorded are not this one's
        minigo_stdlib::natives::repl::take_shown();
        match minigo_runtime::session::eval(fv, interrupted) {
            Outcome::Returned => true,
            outcome => {
                report(Report::Ended(outcome));
                false
            }
        }
    }

    /// Checks the unit of `piece` into the session.
    fn check(&mut self, src: &str, piece: Piece) -> Result<(&'static File, Vec<String>), String> {
        self.serial += 1;
        let (text, shift) = input::unit_file(src, piece, &self.unit_name());
        let (file, errs) = self.be.p.parse_shifted(FILE_NAME, &text, shift);
        let Some(file) = file.filter(|_| errs.is_empty()) else {
            return Err(render_errors(self.be.p, &errs));
        };
        self.check_file(file).map(|r| (file, r))
    }

    fn check_file(&mut self, file: &'static File) -> Result<Vec<String>, String> {
        match self.be.p.check_repl_input(self.pkg, file, &mut self.imports, self.serial) {
            Ok(unit) => {
                self.pkg = Some(unit.pkg);
                Ok(unit.replaced.iter().map(|n| n.to_string()).filter(|n| !n.starts_with("__minigo")).collect())
            }
            // the wrapping of an expression is the REPL's business, not the user's
            Err(errs) => Err(render_errors(self.be.p, &errs).replace(&format!(" in argument to {SHOW_PKG}.Show"), "")),
        }
    }

    fn unit_name(&self) -> String {
        format!("__minigo_input{}", self.serial)
    }

    fn unit_func(&self) -> ObjId {
        let pkg = self.pkg.expect("a checked input made the package");
        *self.be.p.pkg(pkg).scope.get(self.unit_name().as_str()).expect("the unit's function")
    }

    /// The static types of the values `repl.Show` was given in a show unit.
    fn shown_types(&self, file: &'static File) -> Vec<String> {
        let Some(Decl::Func(fd)) = file.decls.last() else { return vec![] };
        let Some(StmtKind::Expr(call)) = fd.body.as_ref().and_then(|b| b.stmts.first()).map(|s| &s.kind) else { return vec![] };
        let ExprKind::Call { args, .. } = &call.kind else { return vec![] };
        let types = &self.be.p.types;
        args.iter()
            .filter_map(|a| self.be.p.info.types.get(a.id))
            .flat_map(|t| types.tuple_types(t.typ))
            .map(|t| types.type_string(types.default_type(t), self.pkg.unwrap_or(PkgId(0))))
            .collect()
    }

    /// What Tab completes to now: the session's declarations, its imported
    /// packages (and their exported names), predeclared identifiers, and the
    /// fields and methods of the session's variables.
    pub fn completions(&self) -> Completions {
        let p = &*self.be.p;
        let mut members = FxHashMap::default();
        let mut idents: Vec<String> = p.universe.keys().map(|n| n.to_string()).collect();
        for (name, &o) in self.imports.iter().filter(|(n, _)| &***n != SHOW_PKG) {
            idents.push(name.to_string());
            if let ObjKind::PkgName(pkg) = p.obj(o).kind {
                let mut exported: Vec<String> = p.pkg(pkg).scope.keys().filter(|n| is_exported(n)).map(|n| n.to_string()).collect();
                exported.sort();
                members.insert(name.to_string(), exported);
            }
        }
        if let Some(pkg) = self.pkg {
            for (name, &o) in p.pkg(pkg).scope.iter().filter(|(n, _)| !n.starts_with("__minigo")) {
                idents.push(name.to_string());
                if matches!(p.obj(o).kind, ObjKind::Var(_)) {
                    members.insert(name.to_string(), selectable(p, p.obj(o).typ, pkg));
                }
            }
        }
        Completions::new(idents, members)
    }

    /// `:type EXPR`: the static type of an expression, which is not evaluated.
    pub fn type_of(&mut self, src: &str) -> Result<String, String> {
        let pieces = input::pieces(self.be.p, src).map_err(|e| render_errors(self.be.p, &e))?;
        let [Piece::Show(s, e, _)] = pieces[..] else { return Err(":type wants an expression\n".into()) };
        let (file, _) = self.check(src, Piece::Show(s, e, false))?;
        Ok(self.shown_types(file).join(", "))
    }

    /// `:load FILE.go`: the declarations of a Go file (its `main` is not run).
    pub fn load(&mut self, path: &str, interrupted: &dyn Fn() -> bool, report: &mut dyn FnMut(Report)) {
        match std::fs::read_to_string(path) {
            Ok(src) => self.load_source(path, &src, interrupted, report),
            Err(e) => report(Report::Errors(format!("open {path}: {}\n", os_error(&e)))),
        }
    }

    /// The declarations of Go file `src` (named `path`), its main not run.
    fn load_source(&mut self, path: &str, src: &str, interrupted: &dyn Fn() -> bool, report: &mut dyn FnMut(Report)) {
        let (file, errs) = self.be.p.parse(path, src);
        let Some(file) = file.filter(|_| errs.is_empty()) else {
            return report(Report::Errors(render_errors(self.be.p, &errs)));
        };
        self.serial += 1;
        match self.check_file(file) {
            Ok(replaced) if !replaced.is_empty() => report(Report::Replaced(replaced)),
            Ok(_) => {}
            Err(e) => return report(Report::Errors(e)),
        }
        self.rerun.clear();
        if let Some(fv) = self.compile(None, report) {
            self.run_code(fv, interrupted, report);
        }
    }

    /// `:clif NAME` and `:asm NAME`: the code of a function of the session (or
    /// `pkg.Func` of an imported package).
    pub fn listing(&mut self, name: &str, emit: Emit) -> Result<String, String> {
        let obj = match name.split_once('.') {
            Some((pkg, f)) => {
                let pid = self.imports.get(pkg).and_then(|&o| match self.be.p.obj(o).kind {
                    ObjKind::PkgName(p) => Some(p),
                    _ => None,
                });
                pid.and_then(|p| self.be.p.pkg(p).scope.get(f).copied())
            }
            None => self.pkg.and_then(|p| self.be.p.pkg(p).scope.get(name).copied()),
        };
        match obj {
            Some(o) if self.be.is_func_obj(o) && !self.be.is_native(o) => self.be.listing(FnKey::Func(o), emit),
            Some(_) => Err(format!("{name} is not a function compiled from Go")),
            None => Err(format!("undefined: {name}")),
        }
    }
}

/// The fields and methods a value of type `t` selects (through embedded
/// fields, as a variable, so pointer methods too), sorted.
fn selectable(p: &Program, t: TypeId, pkg: PkgId) -> Vec<String> {
    // candidate names from the type and its embedded types, a few levels
    // deep; lookup then keeps those that select exactly one thing
    let mut names = Vec::new();
    let mut todo = vec![(t, 0)];
    while let Some((t, depth)) = todo.pop() {
        let base = p.types.deref(t).unwrap_or(t);
        if let Some(info) = p.types.named_info(p.types.unalias(base)) {
            names.extend(info.methods.iter().map(|&m| p.obj(m).name.to_string()));
        }
        match p.types.get(p.types.underlying(base)) {
            Type::Struct(fields) => {
                for f in fields.iter() {
                    names.push(f.name.to_string());
                    if f.embedded && depth < 4 {
                        todo.push((f.typ, depth + 1));
                    }
                }
            }
            Type::Interface(it) => names.extend(it.methods.iter().map(|m| m.name.to_string())),
            _ => {}
        }
    }
    names.sort();
    names.dedup();
    names.retain(|n| matches!(p.lookup_field_or_method(t, true, pkg, n, false), Lookup::Found(_)));
    names
}

/// An OS error as Go words it (`no such file or directory`).
fn os_error(e: &std::io::Error) -> String {
    let s = e.to_string();
    let s = s.split(" (os error").next().unwrap_or(&s);
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

/// Starts the runtime's scheduler, the first time a session is made.
fn start_runtime(be: &mut Backend) {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let adapter = be.adapter();
        // SAFETY: the adapter was just compiled, into a module that is never freed.
        unsafe { minigo_runtime::session::start(adapter) }
    });
}
