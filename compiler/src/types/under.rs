//! Type sets and common underlying types (go/types' `under.go`).
//!
//! An operation on an operand whose type is a type parameter is valid when it
//! is valid on every type the parameter may stand for: the types of its
//! constraint's terms. Some operations look at each of them (`len`, indexing,
//! `close`: `under_is` over `type_set`), others need them all to share one
//! underlying type, their *common underlying type* (`make`, composite
//! literals, calls, `range`, channel operations: `common_under`). An operand of
//! any other type behaves as a type parameter with its type alone in its set,
//! so each rule is written once for both.
//!
//! A type parameter whose constraint has no terms (`any`, `fmt.Stringer`) has
//! no specific type in its set: no such operation is valid on it.

use super::check::Checker;
use super::typ::*;
use crate::syntax::ast::ChanDir;

/// Why a type has no common underlying type; the types are terms of its set.
pub enum NoCommonUnder {
    /// The type set has no specific type (`[T any]`).
    NoSpecific,
    /// Two terms have different underlying types.
    Different(TypeId, TypeId),
    /// Two channel terms have different element types.
    ChanElems(TypeId, TypeId),
    /// A send-only and a receive-only channel term.
    ChanDirs(TypeId, TypeId),
}

impl TypeTable {
    /// The constraint of type parameter `t` (aliases followed) as an
    /// interface, or `None` when `t` is not a type parameter.
    pub fn tparam_bound(&self, t: TypeId) -> Option<std::rc::Rc<Interface>> {
        match self.get(self.unalias(t)) {
            Type::TypeParam(i) => self.interface(self.tparams[*i as usize].constraint),
            _ => None,
        }
    }

    /// go/types' `typeset(t)`: for a type parameter, each term's type with its
    /// underlying type, or one entry with no underlying type when the
    /// constraint has no terms (or an empty set of them); for any other type,
    /// `t` and its underlying type.
    pub fn type_set(&self, t: TypeId) -> Vec<(TypeId, Option<TypeId>)> {
        if self.type_param(self.unalias(t)).is_none() {
            return vec![(t, Some(self.underlying(t)))];
        }
        // (an empty type set has no specific type either)
        match self.tparam_bound(t).and_then(|it| it.terms.clone()).filter(|terms| !terms.is_empty()) {
            Some(terms) => terms.iter().map(|term| (term.typ, Some(self.underlying(term.typ)))).collect(),
            None => vec![(t, None)],
        }
    }

    /// go/types' `underIs`: whether `f` holds for the underlying type of every
    /// type in `t`'s type set (`None` for a set without specific types).
    pub fn under_is(&self, t: TypeId, mut f: impl FnMut(Option<TypeId>) -> bool) -> bool {
        self.type_set(t).into_iter().all(|(_, u)| f(u))
    }

    /// go/types' `commonUnder`: the underlying type every type in `t`'s type
    /// set shares. Channel terms with the same element type share the most
    /// restricted direction among them, unless one is send-only and another
    /// receive-only.
    pub fn common_under(&mut self, t: TypeId) -> Result<TypeId, NoCommonUnder> {
        let mut common: Option<(TypeId, TypeId)> = None;
        for (t, u) in self.type_set(t) {
            let u = u.ok_or(NoCommonUnder::NoSpecific)?;
            let Some((ct, cu)) = common else {
                common = Some((t, u));
                continue;
            };
            if let (Type::Chan(cdir, celem), Type::Chan(dir, elem)) = (self.get(cu).clone(), self.get(u).clone()) {
                if !self.identical(celem, elem) {
                    return Err(NoCommonUnder::ChanElems(ct, t));
                }
                if cdir == ChanDir::Both && dir != ChanDir::Both {
                    common = Some((t, u));
                } else if cdir != dir && dir != ChanDir::Both {
                    return Err(NoCommonUnder::ChanDirs(ct, t));
                }
                continue;
            }
            if !self.identical(cu, u) {
                return Err(NoCommonUnder::Different(ct, t));
            }
        }
        common.map(|(_, u)| u).ok_or(NoCommonUnder::NoSpecific)
    }
}

impl Checker<'_> {
    /// go/types' `commonUnder` with a condition: `cond` is asked about each
    /// type in `t`'s type set (its term and underlying type, `None` for a set
    /// without specific types), and the first cause it gives is the error;
    /// then the common underlying type, or why there is none.
    pub(super) fn common_under_if(&mut self, t: TypeId, cond: impl Fn(&Self, TypeId, Option<TypeId>) -> Option<String>) -> Result<TypeId, String> {
        if let Some(why) = self.p.types.type_set(t).into_iter().find_map(|(term, u)| cond(self, term, u)) {
            return Err(why);
        }
        self.p.types.common_under(t).map_err(|why| self.no_common_under(&why))
    }

    /// go/types' wording of why there is no common underlying type.
    pub(super) fn no_common_under(&self, why: &NoCommonUnder) -> String {
        match *why {
            NoCommonUnder::NoSpecific => "no specific type".to_string(),
            NoCommonUnder::Different(a, b) => format!("{} and {} have different underlying types", self.type_string(a), self.type_string(b)),
            NoCommonUnder::ChanElems(a, b) => format!("channels {} and {} have different element types", self.type_string(a), self.type_string(b)),
            NoCommonUnder::ChanDirs(a, b) => format!("channels {} and {} have conflicting directions", self.type_string(a), self.type_string(b)),
        }
    }
}
