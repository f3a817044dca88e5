//! Run-time type information the back end emits as static data: type descriptors
//! (`abi::TypeDesc`, one per distinct type, so the runtime compares types by
//! address), method tables, and itabs for conversions the compiler can resolve.
//!
//! Descriptors are declared when code refers to them and defined once everything
//! else is compiled: a method table lists only the methods some interface in the
//! program could call (as gc's linker keeps only those), and which interfaces
//! exist is known only at the end.

use super::{Backend, FnKey};
use crate::syntax::ast::ChanDir;
use crate::types::lookup::{Found, Lookup};
use crate::types::object::{is_exported, ObjId, PkgId};
use crate::types::typ::{Basic, Type, TypeId};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use minigo_runtime::abi::{self, Kind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt::Write;
use std::rc::Rc;

/// The descriptors and itabs of the program's types: `descs` declared (once per
/// canonical type), `defined_descs` defined (by an earlier REPL input too);
/// `unscanned` declared but whose dependencies are not yet; `live_methods` the
/// (name, package) of every method of an interface type in the program, which
/// alone go into method tables; `method_sets` computed per type (cleared per
/// unit: an input may add methods).
#[derive(Default)]
pub struct Descriptors {
    /// The program has package reflect (see `reflect_derived`).
    pub reflect: bool,
    /// reflect's `Value.call`, which calls a func value through its type's
    /// descriptor (`TypeDesc::call`): when the program has compiled it, every
    /// func type's descriptor gets its function for that.
    pub reflect_caller: Option<ObjId>,
    /// reflect's `MakeFunc`: when the program has compiled it, every func
    /// type's descriptor gets the code of the func values it makes
    /// (`TypeDesc::make_func`).
    pub reflect_maker: Option<ObjId>,
    /// The program has compiled one of reflect's method lookups
    /// (`Info::method_lookups`): every method table lists all the exported
    /// methods of its type, each with its method expression's func value and
    /// type (`MethodDesc::tfn`, `ftyp`), which reflect's Method gives.
    pub method_lookups: bool,
    pub descs: FxHashMap<TypeId, DataId>,
    pub defined_descs: FxHashSet<TypeId>,
    pub unscanned: Vec<TypeId>,
    pub live_methods: FxHashSet<(String, String)>,
    pub method_sets: FxHashMap<TypeId, Rc<Vec<MethodEntry>>>,
    pub itabs: FxHashMap<(TypeId, TypeId), DataId>,
    /// In a program with reflect, the descriptors of unnamed types defined
    /// since the runtime was last told of them: reflect's type makers find
    /// the program's descriptor of a type by its structure
    /// (`runtime::typelinks`).
    pub links: Vec<DataId>,
}

/// A method of a type's method set, as the runtime's `MethodDesc` needs it.
#[derive(Clone)]
pub struct MethodEntry {
    name: String,
    /// Package path of an unexported method (empty when exported).
    pkg: String,
    sig: TypeId,
    /// The method's code, but for an interface type's methods.
    code: Option<MethodCode>,
}

/// The functions of a method of a type's method set.
#[derive(Clone)]
struct MethodCode {
    /// What an itab calls: it takes the receiver as an interface data word.
    ifn: FnKey,
    /// The method expression's function: the receiver comes first, as a value
    /// of the type whose method set this is.
    tfn: FnKey,
}

/// Little-endian image of static data plus the relocations to apply.
#[derive(Default)]
struct Image {
    bytes: Vec<u8>,
    data_relocs: Vec<(u32, DataId)>,
    func_relocs: Vec<(u32, cranelift_module::FuncId)>,
}

impl Image {
    fn word(&mut self, off: usize, v: u64) {
        self.bytes[off..off + 8].copy_from_slice(&v.to_le_bytes());
    }
    fn bytes_at(&mut self, off: usize, v: &[u8]) {
        self.bytes[off..off + v.len()].copy_from_slice(v);
    }
    fn ptr(&mut self, off: usize, d: DataId) {
        self.data_relocs.push((off as u32, d));
    }
    fn string(&mut self, be: &mut Backend, off: usize, s: &str) {
        let d = be.string_data(s.as_bytes());
        self.ptr(off, d);
        self.word(off + abi::STRING_LEN as usize, s.len() as u64);
    }
}

impl Backend<'_> {
    /// Declares `name`-less static data whose contents are defined later.
    fn declare_static(&mut self) -> DataId {
        let name = format!("t{}", self.statics.next_data);
        self.statics.next_data += 1;
        self.module.declare_data(&name, Linkage::Local, false, false).expect("declare data")
    }

    fn define_static(&mut self, id: DataId, img: Image) {
        let mut d = DataDescription::new();
        d.define(img.bytes.into_boxed_slice());
        d.set_align(8);
        for (off, target) in img.data_relocs {
            let gv = self.module.declare_data_in_data(target, &mut d);
            d.write_data_addr(off, gv, 0);
        }
        for (off, f) in img.func_relocs {
            let fr = self.module.declare_func_in_data(f, &mut d);
            d.write_function_addr(off, fr);
        }
        self.module.define_data(id, &d).expect("define data");
        if let Some(img) = &mut self.image {
            img.add_data(id, &d);
        }
    }

    /// An array of static words pointing at data (or null).
    fn pointer_array(&mut self, items: &[DataId]) -> Option<DataId> {
        if items.is_empty() {
            return None;
        }
        let id = self.declare_static();
        let mut img = Image { bytes: vec![0; 8 * items.len()], ..Default::default() };
        for (i, &d) in items.iter().enumerate() {
            img.ptr(8 * i, d);
        }
        self.define_static(id, img);
        Some(id)
    }

    /// The descriptor of type `t` (defined by `define_descs`).
    pub fn type_desc(&mut self, t: TypeId) -> DataId {
        let t = self.p.types.canon(t);
        if let Some(&d) = self.rtypes.descs.get(&t) {
            return d;
        }
        let id = self.declare_static();
        self.rtypes.descs.insert(t, id);
        self.rtypes.unscanned.push(t);
        id
    }

    /// Declares what the descriptors so far need: the descriptors they point to
    /// and the functions of their method tables. Reports whether that queued
    /// anything (then the caller compiles it and asks again).
    pub fn close_descs(&mut self) -> bool {
        let mut changed = false;
        while let Some(t) = self.rtypes.unscanned.pop() {
            changed = true;
            let u = self.p.types.underlying(t);
            let deps: Vec<TypeId> = match self.p.types.get(u).clone() {
                Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => vec![e],
                Type::Map(k, v) => vec![k, v],
                Type::Struct(fs) => fs.iter().map(|f| f.typ).collect(),
                Type::Func(sig) => sig.params.iter().chain(&sig.results).map(|p| p.typ).collect(),
                Type::Interface(it) => {
                    for m in &it.methods {
                        self.rtypes.live_methods.insert((m.name.to_string(), self.method_pkg(&m.name, m.pkg)));
                    }
                    it.methods.iter().map(|m| m.sig).collect()
                }
                _ => vec![],
            };
            for d in deps {
                self.type_desc(d);
            }
            for d in self.reflect_derived(t) {
                self.type_desc(d);
            }
        }
        // reflect calls through a function per func type (`TypeDesc::call`),
        // once the program has reflect's caller, and makes func values whose
        // code is another (`TypeDesc::make_func`), once it has MakeFunc — or
        // method lookups: a method is called through its method expression's
        // func value (Method.Func), and a method value (Value.Method) is a
        // func value whose code is MakeFunc's. A REPL session makes both with
        // package reflect, since a descriptor defined by one input cannot take
        // them from a later one.
        let session = self.session && self.rtypes.reflect;
        let lookups = self.method_lookups();
        let calls = session || lookups || self.rtypes.reflect_caller.is_some_and(|o| self.funcs_has(&FnKey::Func(o)));
        let makes = session || lookups || self.rtypes.reflect_maker.is_some_and(|o| self.funcs_has(&FnKey::Func(o)));
        let types: Vec<TypeId> = self.rtypes.descs.keys().copied().collect();
        for t in types {
            if calls && self.p.types.signature(t).is_some() && !self.funcs_has(&FnKey::ReflectCall(t)) {
                changed = true;
                self.static_funcval(FnKey::ReflectCall(t));
            }
            if makes && self.p.types.signature(t).is_some() && !self.funcs_has(&FnKey::ReflectStub(t)) {
                changed = true;
                self.func_id(FnKey::ReflectStub(t));
            }
            if self.p.types.is_interface(t) {
                continue;
            }
            for m in self.live_method_set(t) {
                let code = m.code.as_ref().expect("a concrete type's method");
                changed |= !self.funcs_has(&code.ifn);
                self.func_id(code.ifn.clone());
                self.type_desc(m.sig);
                if let Some(ftyp) = self.method_func_type(t, &m) {
                    changed |= !self.funcs_has(&code.tfn);
                    self.static_funcval(code.tfn.clone());
                    self.type_desc(ftyp);
                }
            }
        }
        changed || !self.rtypes.unscanned.is_empty()
    }

    /// The types package reflect makes from `t` — `*t` (New, PointerTo, Addr)
    /// and, for an array, the slice of its elements (Slice) — when the program
    /// has package reflect: Go's linker keeps `*T` for every T for the same
    /// reason. Declaring them lets the runtime give the program's own
    /// descriptors, so that what reflect makes is identical to the types the
    /// compiled code compares with. A pointer type's pointer is not declared
    /// (that would never end); the runtime makes one, with the empty method
    /// set a pointer to a pointer has, when the program has none.
    fn reflect_derived(&mut self, t: TypeId) -> Vec<TypeId> {
        if !self.rtypes.reflect {
            return vec![];
        }
        match self.p.types.get(self.p.types.underlying(t)).clone() {
            Type::Pointer(_) => vec![],
            Type::Array(e, _) => vec![self.p.types.pointer(t), self.p.types.slice(e)],
            _ => vec![self.p.types.pointer(t)],
        }
    }

    /// The descriptor of `t`, if the program has one (none is declared).
    fn declared_desc(&mut self, t: TypeId) -> Option<DataId> {
        let t = self.p.types.canon(t);
        self.rtypes.descs.get(&t).copied()
    }

    /// Defines every descriptor (after `close_descs` settled).
    pub fn define_descs(&mut self) {
        let mut all: Vec<(TypeId, DataId)> = self.rtypes.descs.iter().filter(|(t, _)| !self.rtypes.defined_descs.contains(t)).map(|(&t, &d)| (t, d)).collect();
        self.rtypes.defined_descs.extend(all.iter().map(|&(t, _)| t));
        all.sort_by_key(|&(t, _)| t.0);
        for (t, id) in all {
            let img = self.desc_image(t);
            self.define_static(id, img);
            if self.rtypes.reflect && self.p.types.named_info(t).is_none() {
                self.rtypes.links.push(id);
            }
        }
    }

    /// Whether reflect can look methods up by index or name: the program
    /// compiled one of its method lookups, or is a REPL session with reflect
    /// (an input cannot add to the method tables of an earlier one).
    fn method_lookups(&self) -> bool {
        self.rtypes.reflect && (self.session || self.rtypes.method_lookups)
    }

    /// The methods of `t` an interface of the program could call, and its
    /// exported methods when reflect can look them up.
    fn live_method_set(&mut self, t: TypeId) -> Vec<MethodEntry> {
        let all = self.method_set(t);
        let lookups = self.method_lookups();
        all.iter()
            .filter(|m| self.session || lookups && m.pkg.is_empty() || self.rtypes.live_methods.contains(&(m.name.clone(), m.pkg.clone())))
            .cloned()
            .collect()
    }

    /// The type of the method expression of `t`'s method `m` — `func(t,
    /// params...) results` — when reflect can look `m` up (it is exported);
    /// else None.
    fn method_func_type(&mut self, t: TypeId, m: &MethodEntry) -> Option<TypeId> {
        if !self.method_lookups() || !m.pkg.is_empty() || m.code.is_none() {
            return None;
        }
        let s = self.p.types.signature(m.sig).expect("a method's signature").clone();
        let params = std::iter::once(t).chain(s.params.iter().map(|p| p.typ)).collect();
        Some(self.p.types.func(params, s.results.iter().map(|p| p.typ).collect(), s.variadic))
    }

    fn desc_image(&mut self, t: TypeId) -> Image {
        let mut img = Image { bytes: vec![0; abi::TYPE_SIZE], ..Default::default() };
        let r = self.repr(t);
        let kind = self.kind(t);
        let mut flags = 0u8;
        if self.direct_iface(t) {
            flags |= abi::TFLAG_DIRECT_IFACE;
        }
        if self.p.types.comparable(t) {
            flags |= abi::TFLAG_COMPARABLE;
        }
        if r.pointers {
            flags |= abi::TFLAG_POINTERS;
        }
        if r.scan {
            flags |= abi::TFLAG_SCAN;
        }
        if self.p.types.named_info(t).is_some() {
            flags |= abi::TFLAG_NAMED;
        }
        if self.p.types.needs_key_update(t) {
            flags |= abi::TFLAG_KEY_UPDATE;
        }
        if self.p.types.eq_can_panic(t) {
            flags |= abi::TFLAG_EQ_CAN_PANIC;
        }
        img.word(abi::TYPE_VALUE_SIZE, r.size);
        img.bytes_at(abi::TYPE_ALIGN, &(r.align.max(1) as u32).to_le_bytes());
        img.bytes[abi::TYPE_KIND] = kind as u8;
        img.bytes[abi::TYPE_FLAGS] = flags;
        let name = self.reflect_name(t);
        img.string(self, abi::TYPE_NAME, &name);
        if let Some(path) = self.p.types.named_info(t).and_then(|n| self.p.types.pkg_paths.get(n.pkg.0 as usize)) {
            let path = path.to_string();
            img.string(self, abi::TYPE_PKGPATH, &path);
        }
        let ptr = self.p.types.pointer(t);
        if let Some(d) = self.declared_desc(ptr) {
            img.ptr(abi::TYPE_PTR_TO_THIS, d);
        }
        let u = self.p.types.underlying(t);
        match self.p.types.get(u).clone() {
            Type::Pointer(e) | Type::Slice(e) => {
                let d = self.type_desc(e);
                img.ptr(abi::TYPE_ELEM, d);
            }
            Type::Array(e, n) => {
                let d = self.type_desc(e);
                img.ptr(abi::TYPE_ELEM, d);
                img.word(abi::TYPE_LEN, n);
                let slice = self.p.types.slice(e);
                if let Some(d) = self.declared_desc(slice) {
                    img.ptr(abi::TYPE_SLICE, d);
                }
            }
            Type::Chan(dir, e) => {
                let d = self.type_desc(e);
                img.ptr(abi::TYPE_ELEM, d);
                let dir: u16 = match dir {
                    ChanDir::Recv => 1,
                    ChanDir::Send => 2,
                    ChanDir::Both => 3,
                };
                img.bytes_at(abi::TYPE_DIR, &dir.to_le_bytes());
            }
            Type::Map(k, v) => {
                let (kd, vd) = (self.type_desc(k), self.type_desc(v));
                img.ptr(abi::TYPE_ELEM, vd);
                img.ptr(abi::TYPE_KEY, kd);
            }
            Type::Struct(fs) => {
                let fd = self.field_descs(u, &fs);
                if let Some(fd) = fd {
                    img.ptr(abi::TYPE_FIELDS, fd);
                }
                img.word(abi::TYPE_NFIELDS, fs.len() as u64);
            }
            Type::Func(sig) => {
                let ps: Vec<DataId> = sig.params.iter().map(|p| self.type_desc(p.typ)).collect();
                let rs: Vec<DataId> = sig.results.iter().map(|p| self.type_desc(p.typ)).collect();
                if let Some(a) = self.pointer_array(&ps) {
                    img.ptr(abi::TYPE_PARAMS, a);
                }
                img.word(abi::TYPE_NPARAMS, ps.len() as u64);
                if let Some(a) = self.pointer_array(&rs) {
                    img.ptr(abi::TYPE_RESULTS, a);
                }
                img.word(abi::TYPE_NRESULTS, rs.len() as u64);
                // func types keep "variadic" in the direction's place
                img.bytes_at(abi::TYPE_DIR, &(sig.variadic as u16).to_le_bytes());
                if self.funcs_has(&FnKey::ReflectCall(t)) {
                    let call = self.static_funcval(FnKey::ReflectCall(t));
                    img.ptr(abi::TYPE_CALL, call);
                }
                if self.funcs_has(&FnKey::ReflectStub(t)) {
                    let stub = self.func_id(FnKey::ReflectStub(t));
                    img.func_relocs.push((abi::TYPE_MAKE_FUNC as u32, stub));
                }
            }
            Type::Interface(it) => {
                let ms: Vec<MethodEntry> =
                    it.methods.iter().map(|m| MethodEntry { name: m.name.to_string(), pkg: self.method_pkg(&m.name, m.pkg), sig: m.sig, code: None }).collect();
                if let Some(a) = self.method_descs(t, &ms) {
                    img.ptr(abi::TYPE_IMETHODS, a);
                }
                img.word(abi::TYPE_NIMETHODS, ms.len() as u64);
            }
            _ => {}
        }
        if !matches!(self.p.types.get(u), Type::Interface(_)) {
            let exported = self.method_set(t).iter().filter(|m| m.pkg.is_empty()).count();
            img.word(abi::TYPE_NUM_EXPORTED, exported as u64);
            let ms = self.live_method_set(t);
            if let Some(a) = self.method_descs(t, &ms) {
                img.ptr(abi::TYPE_METHODS, a);
            }
            img.word(abi::TYPE_NMETHODS, ms.len() as u64);
        }
        img
    }

    fn field_descs(&mut self, st: TypeId, fs: &[crate::types::typ::Field]) -> Option<DataId> {
        if fs.is_empty() {
            return None;
        }
        let r = self.repr(st);
        let id = self.declare_static();
        let mut img = Image { bytes: vec![0; abi::FIELD_SIZE * fs.len()], ..Default::default() };
        for (i, f) in fs.iter().enumerate() {
            let base = i * abi::FIELD_SIZE;
            img.string(self, base + abi::FIELD_NAME, &f.name);
            let d = self.type_desc(f.typ);
            img.ptr(base + abi::FIELD_TYP, d);
            img.word(base + abi::FIELD_OFFSET, r.fields[i].0);
            img.word(base + abi::FIELD_FLAGS, f.embedded as u64 | (is_exported(&f.name) as u64) << 1);
            if let Some(tag) = &f.tag {
                img.string(self, base + abi::FIELD_TAG, tag);
            }
        }
        self.define_static(id, img);
        Some(id)
    }

    /// The method table of `t` (of an interface type `t`, its methods, with no
    /// code).
    fn method_descs(&mut self, t: TypeId, ms: &[MethodEntry]) -> Option<DataId> {
        if ms.is_empty() {
            return None;
        }
        let id = self.declare_static();
        let mut img = Image { bytes: vec![0; abi::METHOD_SIZE * ms.len()], ..Default::default() };
        for (i, m) in ms.iter().enumerate() {
            let base = i * abi::METHOD_SIZE;
            img.string(self, base + abi::METHOD_NAME, &m.name);
            if !m.pkg.is_empty() {
                img.string(self, base + abi::METHOD_PKG, &m.pkg);
            }
            let d = self.type_desc(m.sig);
            img.ptr(base + abi::METHOD_MTYP, d);
            let Some(code) = &m.code else { continue };
            let f = self.func_id(code.ifn.clone());
            img.func_relocs.push(((base + abi::METHOD_IFN) as u32, f));
            if let Some(ftyp) = self.method_func_type(t, m) {
                let d = self.type_desc(ftyp);
                img.ptr(base + abi::METHOD_FTYP, d);
                let f = self.static_funcval(code.tfn.clone());
                img.ptr(base + abi::METHOD_TFN, f);
            }
        }
        self.define_static(id, img);
        Some(id)
    }

    fn method_pkg(&self, name: &str, pkg: Option<PkgId>) -> String {
        match pkg {
            Some(p) if !is_exported(name) => self.p.types.pkg_paths[p.0 as usize].to_string(),
            _ => String::new(),
        }
    }

    /// The method set of `t` (sorted by name), each with the function an itab calls:
    /// it takes the receiver as an interface data word.
    fn method_set(&mut self, t: TypeId) -> std::rc::Rc<Vec<MethodEntry>> {
        if let Some(ms) = self.rtypes.method_sets.get(&t) {
            return ms.clone();
        }
        let ms = std::rc::Rc::new(self.compute_method_set(t));
        self.rtypes.method_sets.insert(t, ms.clone());
        ms
    }

    fn compute_method_set(&mut self, t: TypeId) -> Vec<MethodEntry> {
        let mut names: Vec<(String, Option<PkgId>)> = Vec::new();
        self.method_names(t, &mut names, &mut Vec::new());
        let mut out = Vec::new();
        for (name, pkg) in names {
            let lookup_pkg = pkg.unwrap_or(PkgId(0));
            match self.p.lookup_field_or_method(t, false, lookup_pkg, &name, false) {
                // a generic method is in no method set: no interface calls it
                Lookup::Found(Found::Method { obj, .. }) if self.p.is_generic_method(obj) => {}
                Lookup::Found(Found::Method { obj, path, .. }) => {
                    let sig = self.p.obj(obj).typ;
                    let tfn = self.method_expr_key(t, Some(obj), &path);
                    let path = path[..path.len() - 1].to_vec();
                    // a method whose receiver is exactly one pointer-shaped word takes
                    // it the way an itab passes the data word: no wrapper needed
                    let direct = path.is_empty()
                        && !self.is_native(obj)
                        && self.p.obj(obj).recv.is_some_and(|r| self.p.types.identical(r, t))
                        && self.direct_iface(t)
                        && self.repr(t).ssa() == [cranelift_codegen::ir::types::I64];
                    let ifn = if direct { FnKey::Func(obj) } else { FnKey::Method { recv: self.data_recv(t), method: obj, path } };
                    out.push(MethodEntry { pkg: self.method_pkg(&name, pkg), name, sig, code: Some(MethodCode { ifn, tfn }) });
                }
                Lookup::Found(Found::IfaceMethod { sig, path, .. }) => {
                    let tfn = self.method_expr_key(t, None, &path);
                    let index = *path.last().unwrap();
                    let path = path[..path.len() - 1].to_vec();
                    let ifn = FnKey::IfaceMethod { recv: self.data_recv(t), path, index };
                    out.push(MethodEntry { pkg: self.method_pkg(&name, pkg), name, sig, code: Some(MethodCode { ifn, tfn }) });
                }
                _ => {}
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// Names of all methods reachable from `t` through embedding (candidates for
    /// its method set).
    fn method_names(&self, t: TypeId, out: &mut Vec<(String, Option<PkgId>)>, seen: &mut Vec<TypeId>) {
        let types = &self.p.types;
        let t = types.unalias(t);
        let base = types.deref(t).map(|b| types.unalias(b)).unwrap_or(t);
        if seen.contains(&base) {
            return;
        }
        seen.push(base);
        let mut add = |name: &str, pkg: Option<PkgId>| {
            if !out.iter().any(|(n, p)| n == name && (is_exported(name) || *p == pkg)) {
                out.push((name.to_string(), pkg));
            }
        };
        if let Some(n) = types.named_info(base) {
            for &m in &n.methods {
                add(&self.p.obj(m).name, self.p.obj(m).pkg);
            }
        }
        match types.get(types.underlying(base)) {
            Type::Struct(fs) => {
                for f in fs.iter().filter(|f| f.embedded) {
                    self.method_names(f.typ, out, seen);
                }
            }
            Type::Interface(it) => {
                for m in &it.methods {
                    add(&m.name, m.pkg);
                }
            }
            _ => {}
        }
    }

    /// A static itab for concrete type `t` as non-empty interface `iface`.
    pub fn itab(&mut self, iface: TypeId, t: TypeId) -> DataId {
        let (iface, t) = (self.p.types.canon(iface), self.p.types.canon(t));
        if let Some(&d) = self.rtypes.itabs.get(&(iface, t)) {
            return d;
        }
        let id = self.declare_static();
        self.rtypes.itabs.insert((iface, t), id);
        let methods = self.p.types.interface(iface).expect("interface").methods.clone();
        let mut img = Image { bytes: vec![0; abi::ITAB_FUN as usize + 8 * methods.len()], ..Default::default() };
        let (idesc, tdesc) = (self.type_desc(iface), self.type_desc(t));
        img.ptr(abi::ITAB_INTER as usize, idesc);
        img.ptr(abi::ITAB_TYP as usize, tdesc);
        let set = self.method_set(t);
        for (i, m) in methods.iter().enumerate() {
            self.rtypes.live_methods.insert((m.name.to_string(), self.method_pkg(&m.name, m.pkg)));
            let pkg = self.method_pkg(&m.name, m.pkg);
            let e = set.iter().find(|e| *e.name == *m.name && e.pkg == pkg).expect("checked: type implements interface");
            let f = self.func_id(e.code.as_ref().expect("a concrete type's method").ifn.clone());
            img.func_relocs.push(((abi::ITAB_FUN as usize + 8 * i) as u32, f));
        }
        self.define_static(id, img);
        id
    }

    /// Whether values of `t` are stored in an interface's data word itself (Go's
    /// rule: pointer-shaped types), rather than behind a pointer.
    pub fn direct_iface(&mut self, t: TypeId) -> bool {
        let u = self.p.types.underlying(t);
        match self.p.types.get(u).clone() {
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => true,
            Type::Basic(b) => b == Basic::UnsafePointer,
            Type::Array(e, 1) => self.direct_iface(e),
            Type::Struct(fs) if fs.len() == 1 => self.direct_iface(fs[0].typ),
            _ => false,
        }
    }

    /// The receiver type of the wrappers in `t`'s method table: the type of the
    /// interface data word holding a `t`, which is `t` itself or, for a value
    /// behind a pointer, `*t` — as in Go, whose itab for `T` holds `(*T).M`
    /// wrappers: one wrapper serves method tables and method expressions, and it
    /// has the shape of Go's, nil check included. (That check never fails on a
    /// data word, but it is a conditional branch in every wrapper's body, and
    /// without one a call site that cycles through a few dynamic types — period
    /// 2 or 3 — was mispredicted on every call on the AMD Zen 4 this was measured
    /// on: 2.8x Go's time on `samples/bench/dispatch.go`'s interface loop.)
    fn data_recv(&mut self, t: TypeId) -> TypeId {
        if self.direct_iface(t) {
            t
        } else {
            self.p.types.pointer(t)
        }
    }

    fn kind(&self, t: TypeId) -> Kind {
        let u = self.p.types.underlying(t);
        match self.p.types.get(u) {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::UntypedBool => Kind::Bool,
                Basic::Int | Basic::UntypedInt => Kind::Int,
                Basic::Int8 => Kind::Int8,
                Basic::Int16 => Kind::Int16,
                Basic::Int32 | Basic::UntypedRune => Kind::Int32,
                Basic::Int64 => Kind::Int64,
                Basic::Uint => Kind::Uint,
                Basic::Uint8 => Kind::Uint8,
                Basic::Uint16 => Kind::Uint16,
                Basic::Uint32 => Kind::Uint32,
                Basic::Uint64 => Kind::Uint64,
                Basic::Uintptr => Kind::Uintptr,
                Basic::Float32 => Kind::Float32,
                Basic::Float64 | Basic::UntypedFloat => Kind::Float64,
                Basic::Complex64 => Kind::Complex64,
                Basic::Complex128 | Basic::UntypedComplex => Kind::Complex128,
                Basic::String | Basic::UntypedString => Kind::String,
                Basic::UnsafePointer => Kind::UnsafePointer,
                _ => Kind::Invalid,
            },
            Type::Pointer(_) => Kind::Pointer,
            Type::Slice(_) => Kind::Slice,
            Type::Array(..) => Kind::Array,
            Type::Map(..) => Kind::Map,
            Type::Chan(..) => Kind::Chan,
            Type::Struct(_) => Kind::Struct,
            Type::Func(_) => Kind::Func,
            Type::Interface(_) => Kind::Interface,
            _ => Kind::Invalid,
        }
    }

    /// The type's name as `reflect.Type.String` spells it.
    pub fn reflect_name(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_reflect(&mut s, t, false);
        s
    }

    /// The package qualifier of a name: its package's name, or in a type
    /// argument (`link`) its import path, as gc's linker symbols spell it
    /// (`main.G[*math/rand.Rand]`).
    fn write_pkg(&self, s: &mut String, pkg: PkgId, link: bool) {
        let types = &self.p.types;
        if (pkg.0 as usize) < types.pkg_names.len() {
            let path = &types.pkg_paths[pkg.0 as usize];
            // (the packages of REPL inputs are all `main` to the program)
            s.push_str(if !link || path.starts_with("main.") { &types.pkg_names[pkg.0 as usize] } else { path });
            s.push('.');
        }
    }

    /// An unexported field or method name; in a type argument, qualified by its
    /// package (`struct { main.x int }`).
    fn write_member(&self, s: &mut String, name: &str, pkg: Option<PkgId>, link: bool) {
        if let Some(p) = pkg.filter(|_| link && !is_exported(name)) {
            self.write_pkg(s, p, true);
        }
        s.push_str(name);
    }

    /// Writes `t` as reflect spells it; `link` inside type arguments, which gc
    /// spells as its linker symbols do: import paths, qualified unexported
    /// names, local types numbered (`main.L·3`), and embedded fields whose name
    /// is not their type's spelled `Name = T`.
    fn write_reflect(&self, s: &mut String, t: TypeId, link: bool) {
        let types = &self.p.types;
        let t = types.unalias(t);
        if let Some(n) = types.named_info(t) {
            self.write_pkg(s, n.pkg, link);
            s.push_str(&n.name);
            // an instance, `main.Pair[string,main.Point]`; a type declared in an
            // instance's body has the instance's arguments first, `main.L[int;bool]`
            let mut sep = '[';
            for (i, &a) in n.outer.iter().chain(&n.targs).enumerate() {
                s.push(if i == n.outer.len() && i > 0 { ';' } else { sep });
                sep = ',';
                self.write_reflect(s, a, true);
            }
            if sep == ',' {
                s.push(']');
            }
            if link && n.local != 0 {
                let _ = write!(s, "·{}", n.local);
            }
            return;
        }
        match types.get(t) {
            Type::Basic(b) => s.push_str(match b {
                Basic::UntypedBool => "bool",
                Basic::UntypedInt => "int",
                Basic::UntypedRune => "int32",
                Basic::UntypedFloat => "float64",
                Basic::UntypedComplex => "complex128",
                Basic::UntypedString => "string",
                b => b.name(),
            }),
            Type::Pointer(e) => {
                s.push('*');
                self.write_reflect(s, *e, link);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_reflect(s, *e, link);
            }
            Type::Array(e, n) => {
                let _ = write!(s, "[{n}]");
                self.write_reflect(s, *e, link);
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write_reflect(s, *k, link);
                s.push(']');
                self.write_reflect(s, *v, link);
            }
            Type::Chan(d, e) => {
                s.push_str(match d {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                let paren = *d == ChanDir::Both && matches!(types.get(types.unalias(*e)), Type::Chan(ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write_reflect(s, *e, link);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fs) => {
                if fs.is_empty() {
                    s.push_str("struct {}");
                    return;
                }
                s.push_str("struct {");
                for (i, f) in fs.iter().enumerate() {
                    s.push_str(if i > 0 { "; " } else { " " });
                    if !f.embedded {
                        self.write_member(s, &f.name, f.pkg, link);
                        s.push(' ');
                    } else if link && !self.embeds_by_own_name(f) {
                        self.write_member(s, &f.name, f.pkg, link);
                        s.push_str(" = ");
                    }
                    self.write_reflect(s, f.typ, link);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&crate::types::constant::quote(tag.as_bytes()));
                    }
                }
                s.push_str(" }");
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_reflect_sig(s, sig, link);
            }
            Type::Interface(it) => {
                if it.methods.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface {");
                for (i, m) in it.methods.iter().enumerate() {
                    s.push_str(if i > 0 { "; " } else { " " });
                    self.write_member(s, &m.name, m.pkg, link);
                    if let Some(sig) = types.signature(m.sig) {
                        self.write_reflect_sig(s, &sig, link);
                    }
                }
                s.push_str(" }");
            }
            Type::Tuple(_) | Type::Named(_) | Type::Alias(_) | Type::TypeParam(_) => s.push_str(&types.type_string(t, crate::types::typ::RUNTIME_NAMES)),
        }
    }

    /// Whether embedded field `f` is named as its type is spelled (`E`, `*E`),
    /// not through an alias (`Int` for `int`) or an instance (`G` for `G[int]`).
    fn embeds_by_own_name(&self, f: &crate::types::typ::Field) -> bool {
        let types = &self.p.types;
        let t = types.unalias(f.typ);
        let t = match types.get(t) {
            Type::Pointer(e) if types.named_info(types.unalias(*e)).is_some() => types.unalias(*e),
            _ => t,
        };
        match types.named_info(t) {
            Some(n) => n.name == f.name && n.targs.is_empty() && n.outer.is_empty(),
            None => matches!(types.get(t), Type::Basic(b) if b.name() == f.name.as_ref()),
        }
    }

    fn write_reflect_sig(&self, s: &mut String, sig: &crate::types::typ::Signature, link: bool) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i == sig.params.len() - 1 {
                s.push_str("...");
                let e = match self.p.types.get(self.p.types.unalias(p.typ)) {
                    Type::Slice(e) => *e,
                    _ => p.typ,
                };
                self.write_reflect(s, e, link);
            } else {
                self.write_reflect(s, p.typ, link);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_reflect(s, sig.results[0].typ, link);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_reflect(s, r.typ, link);
                }
                s.push(')');
            }
        }
    }
}
