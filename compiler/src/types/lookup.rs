//! Field and method lookup through embedded fields, method sets and interface
//! satisfaction, following Go's selector rules.

use super::check::Checker;
use super::object::{ObjId, ObjKind, PkgId};
use super::typ::{Method, Param, Signature, Type, TypeId, INVALID};
use super::Program;

#[derive(Clone, Debug)]
pub enum Found {
    /// A struct field: its type and index path, and its package when its name
    /// is unexported.
    Field { name: crate::syntax::token::Name, typ: TypeId, path: Vec<usize>, indirect: bool, pkg: Option<PkgId> },
    /// A declared method of a named type.
    Method { obj: ObjId, path: Vec<usize>, indirect: bool },
    /// A method of an interface type (the last path element is its index).
    IfaceMethod { name: crate::syntax::token::Name, sig: TypeId, path: Vec<usize>, indirect: bool },
}

#[derive(Clone, Debug)]
pub enum Lookup {
    Found(Found),
    NotFound,
    Ambiguous,
    /// A pointer-receiver method selected on a non-addressable value.
    NeedsPointer,
}

/// A method a type has in place of one an interface wants: its name, type, and
/// whether it has a pointer receiver.
pub type Alternative = (String, TypeId, bool);

impl Program {
    /// Whether `obj` is a method with type parameters of its own.
    pub fn is_generic_method(&self, obj: ObjId) -> bool {
        self.generics.get(&obj).is_some_and(|g| g.method)
    }

    /// Whether method `m` has a pointer receiver.
    pub fn has_ptr_recv(&self, m: ObjId) -> bool {
        self.obj(m).recv.is_some_and(|r| self.types.is_pointer(r))
    }

    /// Name equality as Go's `sameId`; `fold` looks for a differently spelled (or
    /// inaccessible) alternative for error messages.
    fn same_name(&self, name: &str, pkg: Option<PkgId>, want: &str, want_pkg: PkgId, fold: bool) -> bool {
        if fold {
            return name.eq_ignore_ascii_case(want);
        }
        name == want && (super::object::is_exported(name) || pkg.is_none_or(|p| p == want_pkg))
    }

    /// Go's lookupFieldOrMethod: breadth-first through embedded fields; a name found
    /// twice at the same depth is ambiguous.
    pub fn lookup_field_or_method(&self, t: TypeId, addressable: bool, pkg: PkgId, name: &str, fold: bool) -> Lookup {
        if name == "_" {
            return Lookup::NotFound; // blank fields and methods are never found
        }
        let types = &self.types;
        // A defined pointer type has no methods, but selects the fields of
        // what it points to (p.f is (*p).f): look through its underlying
        // pointer type and keep only a field.
        if types.named_info(types.unalias(t)).is_some() && types.is_pointer(t) {
            return match self.lookup_field_or_method(types.underlying(t), false, pkg, name, fold) {
                r @ (Lookup::Found(Found::Field { .. }) | Lookup::Ambiguous) => r,
                _ => Lookup::NotFound,
            };
        }
        let (start, is_ptr) = match types.get(types.unalias(t)) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        if is_ptr && (types.is_interface(start) || types.type_param(types.unalias(start)).is_some()) {
            return Lookup::NotFound;
        }
        // (type, path, indirect, multiples)
        let mut current = vec![(start, Vec::<usize>::new(), is_ptr, false)];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<Found> = None;
            for (typ, path, indirect, multiples) in current {
                let typ = types.unalias(typ);
                if let Some(n) = types.named_info(typ) {
                    if seen.contains(&typ) {
                        continue;
                    }
                    seen.push(typ);
                    if let Some((i, &m)) = n.methods.iter().enumerate().find(|(_, &m)| self.same_name(&self.obj(m).name, self.obj(m).pkg, name, pkg, fold)) {
                        let mut p = path.clone();
                        p.push(i);
                        if found.is_some() || multiples {
                            return Lookup::Ambiguous;
                        }
                        found = Some(Found::Method { obj: m, path: p, indirect });
                        continue;
                    }
                }
                // a type parameter has the methods of its constraint
                let iface = types.tparam_bound(typ).or_else(|| types.interface(typ));
                if let Some(it) = iface {
                    if let Some(i) = it.methods.iter().position(|m| self.same_name(&m.name, m.pkg, name, pkg, fold)) {
                        let mut p = path.clone();
                        p.push(i);
                        if found.is_some() || multiples {
                            return Lookup::Ambiguous;
                        }
                        found = Some(Found::IfaceMethod { name: it.methods[i].name.clone(), sig: it.methods[i].sig, path: p, indirect });
                    }
                }
                if let Type::Struct(fs) = types.get(types.underlying(typ)) {
                    for (i, f) in fs.iter().enumerate() {
                        if self.same_name(&f.name, f.pkg, name, pkg, fold) {
                            let mut p = path.clone();
                            p.push(i);
                            if found.is_some() || multiples {
                                return Lookup::Ambiguous;
                            }
                            found = Some(Found::Field { name: f.name.clone(), typ: f.typ, path: p, indirect, pkg: f.pkg });
                            continue;
                        }
                        if found.is_none() && f.embedded {
                            let (ft, fptr) = match types.get(types.unalias(f.typ)) {
                                Type::Pointer(e) => (*e, true),
                                _ => (f.typ, false),
                            };
                            let mut p = path.clone();
                            p.push(i);
                            next.push((ft, p, indirect || fptr, multiples));
                        }
                    }
                }
            }
            if let Some(f) = found {
                if let Found::Method { obj, indirect, .. } = &f {
                    if self.has_ptr_recv(*obj) && !indirect && !addressable {
                        return Lookup::NeedsPointer;
                    }
                }
                return Lookup::Found(f);
            }
            // a type reached more than once at one depth makes its names ambiguous
            let mut merged: Vec<(TypeId, Vec<usize>, bool, bool)> = Vec::new();
            for e in next {
                if let Some(m) = merged.iter_mut().find(|m| m.0 == e.0) {
                    m.3 = true;
                } else {
                    merged.push(e);
                }
            }
            current = merged;
        }
        Lookup::NotFound
    }

    /// The first method of interface `iface` that `t` lacks, with a similar method `t`
    /// has instead (wrong type, pointer receiver, different case), if any.
    pub fn missing_method(&mut self, t: TypeId, iface: TypeId, pkg: PkgId) -> Option<(Method, Option<Alternative>)> {
        let it = self.types.interface(iface)?;
        let t_iface = self.types.interface(t);
        for m in &it.methods {
            let mpkg = m.pkg.unwrap_or(pkg);
            if let Some(ti) = &t_iface {
                match ti.methods.iter().find(|x| x.name == m.name) {
                    Some(x) if self.types.identical(x.sig, m.sig) => continue,
                    Some(x) => return Some((m.clone(), Some((x.name.to_string(), x.sig, false)))),
                    None => return Some((m.clone(), None)),
                }
            }
            match self.lookup_field_or_method(t, false, mpkg, &m.name, false) {
                Lookup::Found(Found::Method { obj, .. }) => {
                    let sig = self.obj(obj).typ;
                    // a generic method implements no interface method
                    if !self.types.identical(sig, m.sig) || self.is_generic_method(obj) {
                        return Some((m.clone(), Some((m.name.to_string(), sig, false))));
                    }
                }
                Lookup::Found(Found::IfaceMethod { sig, .. }) => {
                    if !self.types.identical(sig, m.sig) {
                        return Some((m.clone(), Some((m.name.to_string(), sig, false))));
                    }
                }
                Lookup::NeedsPointer => {
                    let sig = m.sig;
                    return Some((m.clone(), Some((m.name.to_string(), sig, true))));
                }
                _ => {
                    let alt = match self.lookup_field_or_method(t, false, mpkg, &m.name, true) {
                        Lookup::Found(Found::Method { obj, .. }) => Some((self.obj(obj).name.to_string(), self.obj(obj).typ, false)),
                        _ => None,
                    };
                    return Some((m.clone(), alt));
                }
            }
        }
        None
    }
}

impl Checker<'_> {
    /// `M(int) string`: a method as gc shows it in have/want lines.
    pub fn func_string(&self, name: &str, sig: TypeId) -> String {
        let mut s = name.to_string();
        if let Some(sig) = self.p.types.signature(sig) {
            // without parameter names, as types2's funcString writes it
            let unnamed = |ps: &[Param]| ps.iter().map(|p| Param { name: None, typ: p.typ }).collect();
            let sig = Signature { params: unnamed(&sig.params), results: unnamed(&sig.results), variadic: sig.variadic };
            self.p.types.write_signature(&mut s, &sig, self.pkg);
        }
        s
    }

    /// Whether `t` implements interface `iface`; if not, gc's explanation
    /// (`T does not implement I (missing method M)`).
    pub fn implements(&mut self, t: TypeId, iface: TypeId) -> Result<(), String> {
        if t == INVALID || iface == INVALID {
            return Ok(());
        }
        let Some((m, alt)) = self.p.missing_method(t, iface, self.pkg) else {
            return Ok(());
        };
        let cause = self.missing_method_cause(t, &m, alt);
        Err(format!("{} does not implement {} {cause}", self.type_string(t), self.type_string(iface)))
    }

    pub fn missing_method_cause(&mut self, t: TypeId, m: &Method, alt: Option<Alternative>) -> String {
        if self.is_interface_ptr(t) {
            return format!("(type {} is pointer to interface, not interface)", self.type_string(t));
        }
        let mname = format!("method {}", m.name);
        if let Some((alt_name, alt_sig, ptr)) = alt {
            if ptr {
                return format!("({mname} has pointer receiver)");
            }
            if alt_name != *m.name {
                return format!("(missing {mname})\n\t\thave {}\n\t\twant {}", self.func_string(&alt_name, alt_sig), self.func_string(&m.name, m.sig));
            }
            // a generic method shows its type parameters
            let have = match self.p.lookup_field_or_method(t, false, self.pkg, &m.name, false) {
                Lookup::Found(Found::Method { obj, .. }) if self.p.is_generic_method(obj) => format!("{alt_name}{}", self.tparam_list(obj)),
                _ => alt_name,
            };
            return format!("(wrong type for {mname})\n\t\thave {}\n\t\twant {}", self.func_string(&have, alt_sig), self.func_string(&m.name, m.sig));
        }
        if let Lookup::Found(Found::Field { .. }) = self.p.lookup_field_or_method(t, false, self.pkg, &m.name, false) {
            return format!("({}.{} is a field, not a method)", self.type_string(t), m.name);
        }
        format!("(missing {mname})")
    }

    /// Whether `t`'s underlying type is a pointer to an interface (types2's
    /// `isInterfacePtr`).
    pub fn is_interface_ptr(&self, t: TypeId) -> bool {
        let types = &self.p.types;
        matches!(types.get(types.underlying(t)), Type::Pointer(b) if types.is_interface(types.underlying(*b)))
    }

    pub fn is_method(&self, o: ObjId) -> bool {
        matches!(self.obj(o).kind, ObjKind::Func) && self.obj(o).recv.is_some()
    }
}
