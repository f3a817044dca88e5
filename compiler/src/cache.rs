//! The program cache: `minigo run` keeps the image of each program it compiles
//! (see `codegen::image`), so running the same program again skips the front end
//! and Cranelift — as `go run` reuses the executable it built before. An entry is
//! keyed by everything the compiled code depends on: the program's files (names
//! and contents) and, run from inside a module, those of the module's
//! packages it imports (`modload`), the directory it runs from (tracebacks
//! print absolute paths), the minigo executable itself (which embeds the standard library) and
//! `MINIGODEBUG` (which changes code generation). Errors are never cached: a
//! program is compiled, and checked, until it compiles.
//!
//! `MINIGOCACHE` names the directory (default `minigo` in the user's cache
//! directory); `MINIGOCACHE=off` turns the cache off; `minigo clean -cache` empties
//! it.
//!
//! The cache touches only what it made, as Go's build cache does, so pointing
//! `MINIGOCACHE` at a directory that holds other files is harmless: its entries
//! live in a subdirectory of their own (`IMAGES`, named for the entry format),
//! each named `KEY.img` (32 hex digits); trimming and cleaning remove only files
//! so named there.
//!
//! An entry is never trusted: it starts with `MAGIC` and a 128-bit checksum of the
//! rest, and the image it holds is validated before it is loaded
//! (`Image::validate`). A damaged entry is removed and the program compiled anew
//! (and cached again), never executed.
//!
//! Beside the programs, the cache keeps compiled functions (`CodeStore`, in
//! `CODE`): what Cranelift made of each function, keyed by Cranelift's own
//! incremental-cache key — a hash of the function's IR with the names it refers
//! to factored out (`cranelift_codegen::incremental_cache`), its source
//! locations made the function's own first (`codegen::codemap::localize`) — so
//! the same function lowered the same way in another program has the same key
//! (`fmt.Fprintf` in every program that prints), and a hit is rebound to that
//! program's names and positions. A program compiled for the first
//! time pays Cranelift only for the functions no program compiled before: its
//! own, and the standard library's it is the first to use. Code entries are
//! keyed by the minigo executable as well (the runtime it calls is part of it),
//! checksummed as programs are, and trimmed with them.

use crate::codegen::image::Image;
use crate::modload::Module;
use cranelift_codegen::incremental_cache::CacheKvStore;
use std::borrow::Cow;
use std::hash::Hash;
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

/// How many programs the cache keeps; past that the least recently written half
/// goes.
const MAX_ENTRIES: usize = 256;

/// The subdirectory of the cache directory entries live in; its name changes with
/// the entry format.
const IMAGES: &str = "images-v2";

/// The subdirectory compiled functions live in (see the top of the file).
const CODE: &str = "code-v1";

/// How many compiled functions the cache keeps: a program and the standard
/// library it uses are a few hundred; past that, the least recently written
/// half goes (counted only when the programs are trimmed).
const MAX_CODE_ENTRIES: usize = 1 << 16;

/// The first bytes of every entry.
const MAGIC: &[u8; 8] = b"minigo\x03\n";

/// Bytes of an entry's checksum, after `MAGIC`.
const SUM: usize = 16;

pub struct Entry {
    path: PathBuf,
}

/// The cache directory `MINIGOCACHE` names (or the default), unless it is `off`.
fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os("MINIGOCACHE") {
        Some(d) if d == "off" => None,
        Some(d) => Some(PathBuf::from(d)),
        None => Some(dirs::cache_dir()?.join("minigo")),
    }
}

/// A 128-bit hash of `parts` (XXH3: the checksum is over the whole image,
/// and SipHash, twice, was a tenth of a cached program's start), as 16 bytes.
fn hash128(parts: &dyn Fn(&mut Xxh3)) -> [u8; SUM] {
    let mut h = Xxh3::new();
    IMAGES.hash(&mut h);
    parts(&mut h);
    h.digest128().to_le_bytes()
}

/// Whether `name` is the file name of an entry of the kind named `ext` (`KEY.img`
/// for programs, `KEY.fn` for functions): the only files trimming and cleaning
/// may remove.
fn is_entry_name(name: &str, ext: &str) -> bool {
    name.strip_suffix(ext).and_then(|n| n.strip_suffix('.')).is_some_and(|key| key.len() == 2 * SUM && key.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn hex(key: &[u8]) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

/// What identifies the minigo executable (which embeds the standard library and
/// the runtime compiled code calls): its size and modification time.
fn executable() -> Option<(u64, std::time::SystemTime)> {
    let exe = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
    Some((exe.len(), exe.modified().ok()?))
}

/// `payload` as an entry's bytes: `MAGIC`, its checksum, itself.
fn sealed(payload: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(MAGIC.len() + SUM + payload.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&hash128(&|h| payload.hash(h)));
    bytes.extend_from_slice(payload);
    bytes
}

/// The payload of an entry's bytes, if they are whole.
fn unsealed(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (sum, payload) = rest.split_at_checked(SUM)?;
    (sum == hash128(&|h| payload.hash(h))).then_some(payload)
}

/// Writes `bytes` to `path` aside and renames them into place, so that a
/// concurrent run reads all or nothing; whether it did. The file aside is this
/// write's own (compiler threads may store the same function at once).
fn write_entry(path: &Path, bytes: &[u8]) -> bool {
    static WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = path.with_extension(format!("tmp{}-{n}", std::process::id()));
    let done = std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_ok();
    if !done {
        let _ = std::fs::remove_file(&tmp);
    }
    done
}

impl Entry {
    /// The cache entry of the program made of `files`, if caching is on.
    pub fn for_program(files: &[PathBuf]) -> Option<Entry> {
        let dir = cache_dir()?.join(IMAGES);
        let exe = executable()?;
        let key = hash128(&|h| {
            exe.hash(h);
            std::env::current_dir().ok().hash(h);
            std::env::var_os("MINIGODEBUG").hash(h);
            // and, inside a module, those of the module's packages it imports
            let module = crate::modload::program_dir(files).and_then(Module::enclosing);
            for f in files.iter().chain(module.map(|m| m.imported_files(files)).iter().flatten()) {
                f.hash(h);
                std::fs::read(f).ok().hash(h);
            }
        });
        Some(Entry { path: dir.join(hex(&key) + ".img") })
    }

    /// The cached image, if there is a sound one. A damaged entry is removed.
    pub fn load(&self) -> Option<Image> {
        let bytes = std::fs::read(&self.path).ok()?;
        let img = open(&bytes);
        if img.is_none() {
            let _ = std::fs::remove_file(&self.path);
        }
        img
    }

    /// Keeps `img` (a cache that cannot be written is no error: the program
    /// runs all the same).
    pub fn store(&self, img: &Image) {
        let Some(dir) = self.path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        if write_entry(&self.path, &sealed(&img.to_bytes())) {
            // programs are trimmed rarely (once per `MAX_ENTRIES / 2` new ones),
            // and the functions with them
            if trim(dir, "img", MAX_ENTRIES) {
                if let Some(code) = dir.parent() {
                    trim(&code.join(CODE), "fn", MAX_CODE_ENTRIES);
                }
            }
        }
    }
}

/// The image an entry's bytes hold, if they are whole and it is sound.
fn open(bytes: &[u8]) -> Option<Image> {
    let img = Image::from_bytes(unsealed(bytes)?)?;
    img.validate().ok()?;
    Some(img)
}

/// Compiled functions (see the top of the file), as Cranelift's
/// `compile_with_cache` looks them up and stores them.
pub struct CodeStore {
    dir: PathBuf,
    /// `executable()`, hashed into every key.
    exe: (u64, std::time::SystemTime),
}

impl CodeStore {
    /// The store, if caching is on.
    pub fn open() -> Option<CodeStore> {
        Some(CodeStore { dir: cache_dir()?.join(CODE), exe: executable()? })
    }

    fn path(&self, key: &[u8]) -> PathBuf {
        self.dir.join(hex(&hash128(&|h| (self.exe, key).hash(h))) + ".fn")
    }
}

/// Cranelift's interface to the store. A miss, a damaged entry (removed) or a
/// store that cannot be written is no error: the function is compiled.
impl CacheKvStore for &CodeStore {
    fn get(&self, key: &[u8]) -> Option<Cow<'_, [u8]>> {
        let path = self.path(key);
        let bytes = std::fs::read(&path).ok()?;
        let payload = unsealed(&bytes).map(|p| p.to_vec());
        if payload.is_none() {
            let _ = std::fs::remove_file(&path);
        }
        payload.map(Cow::Owned)
    }

    fn insert(&mut self, key: &[u8], val: Vec<u8>) {
        if std::fs::create_dir_all(&self.dir).is_ok() {
            write_entry(&self.path(key), &sealed(&val));
        }
    }
}

/// The entries of kind `ext` in `dir`, with when each was written.
fn entries(dir: &Path, ext: &str) -> Vec<(std::time::SystemTime, PathBuf)> {
    let Ok(rd) = std::fs::read_dir(dir) else { return vec![] };
    rd.filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_str().is_some_and(|n| is_entry_name(n, ext)))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect()
}

/// Keeps at most `max` entries of kind `ext` in `dir`, removing the least
/// recently written half when there are more; whether it did.
fn trim(dir: &Path, ext: &str, max: usize) -> bool {
    let mut entries = entries(dir, ext);
    if entries.len() <= max {
        return false;
    }
    entries.sort();
    for (_, p) in &entries[..entries.len() / 2] {
        let _ = std::fs::remove_file(p);
    }
    true
}

/// `minigo clean -cache`: removes every entry, program or function (and the
/// entries' directories, if nothing else is in them); reports how many.
pub fn clean() -> Result<usize, String> {
    let Some(dir) = cache_dir() else { return Ok(0) };
    let mut removed = 0;
    for (sub, ext) in [(IMAGES, "img"), (CODE, "fn")] {
        let dir = dir.join(sub);
        let entries = entries(&dir, ext);
        for (_, p) in &entries {
            std::fs::remove_file(p).map_err(|e| format!("{}: {e}", p.display()))?;
        }
        // only if empty: a foreign file keeps it
        let _ = std::fs::remove_dir(&dir);
        removed += entries.len();
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_sources() {
        let dir = std::env::temp_dir().join(format!("minigo-cache-key-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("p.go");
        let key = |src: &str| {
            std::fs::write(&f, src).unwrap();
            Entry::for_program(std::slice::from_ref(&f)).map(|e| e.path)
        };
        std::env::set_var("MINIGOCACHE", dir.join("cache"));
        let (a, a2, b) = (key("package main\n"), key("package main\n"), key("package main // changed\n"));
        std::env::set_var("MINIGOCACHE", "off");
        let off = key("package main\n");
        std::env::remove_var("MINIGOCACHE");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(a.is_some() && a == a2 && a != b);
        assert!(a.unwrap().file_name().unwrap().to_str().is_some_and(|n| is_entry_name(n, "img")));
        assert!(off.is_none());
    }

    #[test]
    fn only_entries_are_entries() {
        assert!(is_entry_name("0123456789abcdef0123456789abcdef.img", "img"));
        assert!(is_entry_name("0123456789abcdef0123456789abcdef.fn", "fn"));
        assert!(!is_entry_name("0123456789abcdef0123456789abcdef.fn", "img"));
        assert!(!is_entry_name("0123456789abcdef0123456789abcdef.tmp42", "img"));
        assert!(!is_entry_name("notes.img", "img"));
        assert!(!is_entry_name("0123456789abcdef0123456789abcdeg.img", "img"));
    }

    #[test]
    fn damaged_bytes_open_to_nothing() {
        let bytes = sealed(&Image::default().to_bytes());
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x10;
            assert!(open(&b).is_none(), "flipped byte {i} was accepted");
        }
        for n in 0..bytes.len() {
            assert!(open(&bytes[..n]).is_none(), "truncated at {n} was accepted");
        }
    }
}
