//! `MINIGODEBUG` settings (Go's `GODEBUG`), read once at startup:
//! `stack=1` reports every stack growth and shrink, `schedtrace=N` prints the
//! scheduler's state every N milliseconds, `looppoll=0` compiles loops without
//! their preemption poll (to measure what it costs; such loops cannot be
//! preempted), `asyncpreemptoff=1` sends no preemption signals (as Go's:
//! loops compiled without a poll then run to their end), `gctrace=1` prints a line per collection, `gcstress=N`
//! collects at every N-th allocation slow path and poisons freed memory,
//! `gccheckmark=1` verifies every mark with a second one, `codecachecheck=1`
//! compiles every function found in the code cache again and dies unless the
//! cached code is the same (Cranelift's own check of its incremental cache).

use std::sync::OnceLock;

#[derive(Debug, PartialEq)]
pub struct Vars {
    pub stack: bool,
    /// `gctrace=1`: a line per collection, as Go's.
    pub gctrace: bool,
    /// `gcstress=N`: a collection every N allocation slow paths (1: every one),
    /// with freed memory poisoned.
    pub gcstress: usize,
    /// `gccheckmark=1`: every cycle marks twice and dies if the second pass
    /// reaches an object the first missed.
    pub gccheckmark: bool,
    pub schedtrace: u64,
    pub looppoll: bool,
    pub asyncpreemptoff: bool,
    pub codecachecheck: bool,
}

impl Default for Vars {
    fn default() -> Self {
        Vars { stack: false, gctrace: false, gcstress: 0, gccheckmark: false, schedtrace: 0, looppoll: true, asyncpreemptoff: false, codecachecheck: false }
    }
}

static VARS: OnceLock<Vars> = OnceLock::new();

pub fn vars() -> &'static Vars {
    VARS.get_or_init(|| parse(&std::env::var("MINIGODEBUG").unwrap_or_default()))
}

/// Parses `name=value,...`; unknown names and malformed values are ignored, as
/// Go ignores them in GODEBUG.
fn parse(s: &str) -> Vars {
    let mut v = Vars::default();
    for (name, value) in s.split(',').filter_map(|kv| kv.split_once('=')) {
        match name.trim() {
            "stack" => v.stack = value.trim() == "1",
            "gctrace" => v.gctrace = value.trim() == "1",
            "gcstress" => v.gcstress = value.trim().parse().unwrap_or(0),
            "gccheckmark" => v.gccheckmark = value.trim() == "1",
            "schedtrace" => v.schedtrace = value.trim().parse().unwrap_or(0),
            "looppoll" => v.looppoll = value.trim() != "0",
            "asyncpreemptoff" => v.asyncpreemptoff = value.trim() == "1",
            "codecachecheck" => v.codecachecheck = value.trim() == "1",
            _ => {}
        }
    }
    v
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_like_godebug() {
        let v = super::parse("stack=1,schedtrace=1000,bogus=3,schedtrace,looppoll=0,asyncpreemptoff=1");
        assert_eq!(v, super::Vars { stack: true, schedtrace: 1000, looppoll: false, asyncpreemptoff: true, ..Default::default() });
        assert_eq!(super::parse(""), super::Vars::default());
    }
}
