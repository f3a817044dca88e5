//! The universe scope: predeclared types, constants, nil and built-in functions.

use super::constant::Constant;
use super::object::{ObjKind, Object, Scope};
use super::typ::{Basic, Interface, Method, Type, UNTYPED_BOOL, UNTYPED_INT, UNTYPED_NIL};
use super::Program;
use std::rc::Rc;

impl Program {
    pub(super) fn init_universe(&mut self) {
        let mut scope = Scope::default();
        let mut add = |p: &mut Program, name: &str, kind: ObjKind, typ| {
            let id = p.new_object(Object::new(name.into(), kind, typ, 0, None));
            scope.insert(name.into(), id);
        };
        use Basic::*;
        for b in [Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, Complex64, Complex128, String] {
            add(self, b.name(), ObjKind::TypeName, b.id());
        }
        let byte = self.types.new_alias("byte".into(), None, Uint8.id());
        let rune = self.types.new_alias("rune".into(), None, Int32.id());
        let empty = self.types.empty_interface();
        let any = self.types.new_alias("any".into(), None, empty);
        add(self, "byte", ObjKind::TypeName, byte);
        add(self, "rune", ObjKind::TypeName, rune);
        add(self, "any", ObjKind::TypeName, any);
        let comparable = comparable_type(self);
        add(self, "comparable", ObjKind::TypeName, comparable);
        let error = error_type(self);
        add(self, "error", ObjKind::TypeName, error);
        add(self, "true", ObjKind::Const(Box::new(Constant::Bool(true))), UNTYPED_BOOL);
        add(self, "false", ObjKind::Const(Box::new(Constant::Bool(false))), UNTYPED_BOOL);
        add(self, "iota", ObjKind::Const(Box::new(Constant::int(0))), UNTYPED_INT);
        add(self, "nil", ObjKind::Nil, UNTYPED_NIL);
        use super::object::Builtin as B;
        for b in [
            B::Append,
            B::Cap,
            B::Clear,
            B::Close,
            B::Complex,
            B::Copy,
            B::Delete,
            B::Imag,
            B::Len,
            B::Make,
            B::Max,
            B::Min,
            B::New,
            B::Panic,
            B::Print,
            B::Println,
            B::Real,
            B::Recover,
        ] {
            add(self, b.name(), ObjKind::Builtin(b), super::typ::INVALID);
        }
        self.universe = scope;
        self.error_type = error;
    }
}

impl Program {
    /// Package unsafe: the type Pointer and the functions the checker treats as
    /// built-ins (no source, no code of its own).
    pub(super) fn unsafe_package(&mut self) -> super::object::PkgId {
        let mut scope = Scope::default();
        let pointer = self.new_object(Object::new("Pointer".into(), ObjKind::TypeName, Basic::UnsafePointer.id(), 0, None));
        scope.insert("Pointer".into(), pointer);
        for b in super::object::Builtin::UNSAFE {
            let id = self.new_object(Object::new(b.name().into(), ObjKind::Builtin(b), super::typ::INVALID, 0, None));
            scope.insert(b.name().into(), id);
        }
        let pkg = super::object::Package {
            path: "unsafe".into(),
            name: "unsafe".into(),
            scope,
            files: vec![],
            inits: vec![],
            funcs: vec![],
            init_funcs: vec![],
            imports: vec![],
        };
        self.register_package("unsafe", pkg)
    }
}

/// `comparable`: the interface whose type set is the strictly comparable types.
fn comparable_type(p: &mut Program) -> super::typ::TypeId {
    let obj = p.new_object(Object::new("comparable".into(), ObjKind::TypeName, super::typ::INVALID, 0, None));
    let t = p.types.new_named("comparable".into(), super::object::PkgId(u32::MAX), obj);
    let it = Interface { comparable: true, ..Interface::new(vec![], vec![], vec![]) };
    let it = p.types.intern(Type::Interface(Rc::new(it)));
    p.types.named_info_mut(t).unwrap().underlying = it;
    p.objs[obj.0 as usize].typ = t;
    t
}

/// `type error interface { Error() string }`, a named type of the universe.
fn error_type(p: &mut Program) -> super::typ::TypeId {
    let obj = p.new_object(Object::new("error".into(), ObjKind::TypeName, super::typ::INVALID, 0, None));
    let t = p.types.new_named("error".into(), super::object::PkgId(u32::MAX), obj);
    let sig = p.types.func(vec![], vec![Basic::String.id()], false);
    let m = Method { name: "Error".into(), sig, pkg: None };
    let it = p.types.intern(Type::Interface(Rc::new(Interface::new(vec![m.clone()], vec![], vec![m]))));
    p.types.named_info_mut(t).unwrap().underlying = it;
    p.objs[obj.0 as usize].typ = t;
    t
}
