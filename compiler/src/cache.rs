//! The program cache: `minigo run` keeps the image of each program it compiles
//! (see `codegen::image`), so running the same program again skips the front end
//! and Cranelift — as `go run` reuses the executable it built before. An entry is
//! keyed by everything the compiled code depends on: the program's files (names
//! and contents), the directory it runs from (tracebacks print absolute paths),
//! the minigo executable itself (which embeds the standard library) and
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

use crate::codegen::image::Image;
use std::hash::Hash;
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

/// How many programs the cache keeps; past that the least recently written half
/// goes.
const MAX_ENTRIES: usize = 256;

/// The subdirectory of the cache directory entries live in; its name changes with
/// the entry format.
const IMAGES: &str = "images-v2";

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

/// Whether `name` is an entry's file name (`KEY.img`): the only files trimming
/// and cleaning may remove.
fn is_entry_name(name: &str) -> bool {
    name.strip_suffix(".img").is_some_and(|key| key.len() == 2 * SUM && key.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Entry {
    /// The cache entry of the program made of `files`, if caching is on.
    pub fn for_program(files: &[PathBuf]) -> Option<Entry> {
        let dir = cache_dir()?.join(IMAGES);
        let exe = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
        let key = hash128(&|h| {
            (exe.len(), exe.modified().ok()).hash(h);
            std::env::current_dir().ok().hash(h);
            std::env::var_os("MINIGODEBUG").hash(h);
            for f in files {
                f.hash(h);
                std::fs::read(f).ok().hash(h);
            }
        });
        let name: String = key.iter().map(|b| format!("{b:02x}")).collect();
        Some(Entry { path: dir.join(name + ".img") })
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
        let payload = img.to_bytes();
        let mut bytes = Vec::with_capacity(MAGIC.len() + SUM + payload.len());
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&hash128(&|h| payload.hash(h)));
        bytes.extend_from_slice(&payload);
        // written aside and renamed into place: a concurrent run reads all or nothing
        let tmp = self.path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &self.path).is_ok() {
            trim(dir);
        } else {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// The image an entry's bytes hold, if they are whole and it is sound.
fn open(bytes: &[u8]) -> Option<Image> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (sum, payload) = rest.split_at_checked(SUM)?;
    if sum != hash128(&|h| payload.hash(h)) {
        return None;
    }
    let img = Image::from_bytes(payload)?;
    img.validate().ok()?;
    Some(img)
}

/// The entries in `dir` (files named as entries), with when each was written.
fn entries(dir: &Path) -> Vec<(std::time::SystemTime, PathBuf)> {
    let Ok(rd) = std::fs::read_dir(dir) else { return vec![] };
    rd.filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_str().is_some_and(is_entry_name))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect()
}

/// Keeps the cache within `MAX_ENTRIES` programs.
fn trim(dir: &Path) {
    let mut entries = entries(dir);
    if entries.len() <= MAX_ENTRIES {
        return;
    }
    entries.sort();
    for (_, p) in &entries[..entries.len() / 2] {
        let _ = std::fs::remove_file(p);
    }
}

/// `minigo clean -cache`: removes every entry (and the entries' directory, if
/// nothing else is in it); reports how many.
pub fn clean() -> Result<usize, String> {
    let Some(dir) = cache_dir() else { return Ok(0) };
    let dir = dir.join(IMAGES);
    let entries = entries(&dir);
    for (_, p) in &entries {
        std::fs::remove_file(p).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    // only if empty: a foreign file keeps it
    let _ = std::fs::remove_dir(&dir);
    Ok(entries.len())
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
        assert!(a.unwrap().file_name().unwrap().to_str().is_some_and(is_entry_name));
        assert!(off.is_none());
    }

    #[test]
    fn only_entries_are_entries() {
        assert!(is_entry_name("0123456789abcdef0123456789abcdef.img"));
        assert!(!is_entry_name("0123456789abcdef0123456789abcdef.tmp42"));
        assert!(!is_entry_name("notes.img"));
        assert!(!is_entry_name("0123456789abcdef0123456789abcdeg.img"));
    }

    #[test]
    fn damaged_bytes_open_to_nothing() {
        let payload = Image::default().to_bytes();
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&hash128(&|h| payload.hash(h)));
        bytes.extend_from_slice(&payload);
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
