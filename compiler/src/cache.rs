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
//! directory); `MINIGOCACHE=off` turns the cache off.

use crate::codegen::image::Image;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// How many programs the cache keeps; past that the least recently written half
/// goes.
const MAX_ENTRIES: usize = 256;

pub struct Entry {
    path: PathBuf,
}

impl Entry {
    /// The cache entry of the program made of `files`, if caching is on.
    pub fn for_program(files: &[PathBuf]) -> Option<Entry> {
        let dir = match std::env::var_os("MINIGOCACHE") {
            Some(d) if d == "off" => return None,
            Some(d) => PathBuf::from(d),
            None => dirs::cache_dir()?.join("minigo"),
        };
        let exe = std::fs::metadata(std::env::current_exe().ok()?).ok()?;
        // two 64-bit hashes seeded apart: a 128-bit key
        let key: Vec<String> = ["image-v1 a", "image-v1 b"]
            .iter()
            .map(|seed| {
                let mut h = std::hash::DefaultHasher::new();
                seed.hash(&mut h);
                (exe.len(), exe.modified().ok()).hash(&mut h);
                std::env::current_dir().ok().hash(&mut h);
                std::env::var_os("MINIGODEBUG").hash(&mut h);
                for f in files {
                    f.hash(&mut h);
                    std::fs::read(f).ok().hash(&mut h);
                }
                format!("{:016x}", h.finish())
            })
            .collect();
        Some(Entry { path: dir.join(key.concat()) })
    }

    /// The cached image, if there is one (and it can be read).
    pub fn load(&self) -> Option<Image> {
        Image::from_bytes(&std::fs::read(&self.path).ok()?)
    }

    /// Keeps `img` (a cache that cannot be written is no error: the program
    /// runs all the same).
    pub fn store(&self, img: &Image) {
        let Some(dir) = self.path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        // written aside and renamed into place: a concurrent run reads all or nothing
        let tmp = self.path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, img.to_bytes()).is_ok() && std::fs::rename(&tmp, &self.path).is_ok() {
            trim(dir);
        } else {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// Keeps the cache within `MAX_ENTRIES` programs.
fn trim(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<(std::time::SystemTime, PathBuf)> =
        rd.filter_map(|e| e.ok()).filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path()))).collect();
    if entries.len() <= MAX_ENTRIES {
        return;
    }
    entries.sort();
    for (_, p) in &entries[..entries.len() / 2] {
        let _ = std::fs::remove_file(p);
    }
}

#[cfg(test)]
mod tests {
    use super::Entry;

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
        assert!(off.is_none());
    }
}
