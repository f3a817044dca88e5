//! The Go packages minigo offers, as Go source compiled with the program, plus the
//! natives they call.

macro_rules! packages {
    ($($path:literal => [$($file:literal),*]),* $(,)?) => {
        /// The source files of a supported standard-library package.
        pub fn package_sources(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
            match path {
                $($path => Some(&[$(($file, include_str!(concat!("../go/", $path, "/", $file)))),*]),)*
                _ => None,
            }
        }
    };
}

packages! {
    "bufio" => ["bufio.go", "scan.go"],
    "bytes" => ["buffer.go", "bytes.go", "iter.go", "reader.go"],
    "cmp" => ["cmp.go"],
    "container/heap" => ["heap.go"],
    "container/list" => ["list.go"],
    "container/ring" => ["ring.go"],
    "context" => ["context.go"],
    "crypto/md5" => ["md5.go"],
    "crypto/rand" => ["rand.go"],
    "crypto/sha1" => ["sha1.go"],
    "crypto/sha256" => ["sha256.go"],
    "crypto/sha512" => ["sha512.go"],
    "encoding" => ["encoding.go"],
    "encoding/base32" => ["base32.go"],
    "encoding/base64" => ["base64.go"],
    "encoding/binary" => ["binary.go"],
    "encoding/csv" => ["reader.go", "writer.go"],
    "encoding/hex" => ["hex.go"],
    "encoding/json" => ["decode.go", "encode.go", "fields.go", "indent.go", "scanner.go", "stream.go"],
    "encoding/json/jsontext" => ["value.go"],
    "errors" => ["errors.go"],
    "flag" => ["flag.go"],
    "fmt" => ["errors.go", "format.go", "print.go", "scan.go", "sort.go"],
    "hash" => ["hash.go"],
    "hash/adler32" => ["adler32.go"],
    "hash/crc32" => ["crc32.go"],
    "hash/crc64" => ["crc64.go"],
    "hash/fnv" => ["fnv.go"],
    "hash/maphash" => ["hasher.go", "maphash.go"],
    "internal/bytealg" => ["bytealg.go"],
    "internal/itoa" => ["itoa.go"],
    "internal/mdhash" => ["mdhash.go"],
    "internal/oserror" => ["oserror.go"],
    "internal/repl" => ["repl.go"],
    "internal/rt" => ["rt.go"],
    "internal/sorting" => ["sorting.go"],
    "internal/sync" => ["mutex.go", "runtime.go"],
    "internal/ziggurat" => ["sample.go", "tables.go"],
    "internal/zipf" => ["zipf.go"],
    "io" => ["io.go"],
    "io/fs" => ["fs.go", "fsys.go", "glob.go", "sub.go", "walk.go"],
    "io/ioutil" => ["ioutil.go"],
    "iter" => ["iter.go"],
    "log" => ["log.go"],
    "maps" => ["maps.go"],
    "math" => ["atan.go", "erf.go", "exp.go", "gamma.go", "hyperbolic.go", "log.go", "math.go", "pow.go", "trig.go"],
    "math/big" => ["float.go", "floatconv.go", "ftoa.go", "int.go", "intconv.go", "nat.go", "natconv.go", "prime.go", "rat.go"],
    "math/cmplx" => ["asin.go", "cmplx.go", "tan.go"],
    "math/rand" => ["exp.go", "normal.go", "rand.go", "rng.go", "rngcooked.go", "zipf.go"],
    "math/rand/v2" => ["chacha8.go", "exp.go", "normal.go", "pcg.go", "rand.go", "zipf.go"],
    "math/bits" => ["bits.go"],
    "os" => ["dirfs.go", "env.go", "file_posix.go", "os.go"],
    "path" => ["path.go"],
    "path/filepath" => ["filepath.go", "symlink.go"],
    "reflect" => ["call.go", "chan.go", "convert.go", "deepequal.go", "iter.go", "make.go", "makefunc.go", "method.go", "type.go", "typemake.go", "value.go"],
    "regexp" => ["compile.go", "exec.go", "regexp.go", "syntax.go"],
    "runtime" => ["complex.go", "error.go", "extern.go", "mfinal.go", "mprof.go", "mstats.go", "panic.go", "proc.go", "runtime.go", "string.go"],
    "runtime/debug" => ["debug.go"],
    "runtime/pprof" => ["pprof.go"],
    "slices" => ["slices.go"],
    "sort" => ["sort.go"],
    "strconv" => ["complex.go", "isprint.go", "strconv.go"],
    "strings" => ["iter.go", "reader.go", "strings.go"],
    "sync" => ["cond.go", "map.go", "mutex.go", "once.go", "pool.go", "runtime.go", "rwmutex.go", "waitgroup.go"],
    "sync/atomic" => ["atomic.go"],
    "syscall" => ["mmap.go", "syscall.go"],
    "testing" => ["benchmark.go", "testing.go"],
    "text/tabwriter" => ["tabwriter.go"],
    "time" => ["format.go", "instant.go", "marshal.go", "time.go", "zoneinfo.go", "zoneinfo_read.go"],
    "unicode" => ["caseranges.go", "casetables.go", "letter.go", "tables.go", "unicode.go"],
    "unicode/utf16" => ["utf16.go"],
    "unicode/utf8" => ["utf8.go"],
}

/// Whether Go's package `path` (one minigo offers) exports `name`: a name minigo's
/// version lacks is then unsupported rather than undefined.
pub fn go_exports(path: &str, name: &str) -> bool {
    include_str!("../go/api.txt")
        .lines()
        .find_map(|l| l.strip_prefix(path).and_then(|r| r.strip_prefix(' ')))
        .is_some_and(|names| names.split(' ').any(|n| n == name))
}

/// Where Go's own source of package `path` declares type parameter `tparam` of
/// its generic function or type `decl` (`$GOROOT/src/slices/slices.go:355:12`):
/// what gc names in "cannot infer S (declared at ...)".
pub fn go_tparam_position(path: &str, decl: &str, tparam: &str) -> Option<&'static str> {
    include_str!("../go/tparams.txt").lines().find_map(|l| {
        let mut w = l.split(' ');
        (w.next() == Some(path) && w.next() == Some(decl) && w.next() == Some(tparam)).then(|| w.next()).flatten()
    })
}

/// The package names that, among the packages a program importing `imports`
/// gets directly or not in Go's own import graph (`go/imports.txt`), more than
/// one package has: gc's messages qualify types of those packages with their
/// path (`"sync".Mutex`: sync imports internal/sync).
pub fn shared_package_names<'a>(imports: impl IntoIterator<Item = &'a str>) -> std::collections::HashSet<&'static str> {
    let graph: std::collections::HashMap<&str, (&str, Vec<&str>)> = include_str!("../go/imports.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut w = l.split(' ');
            Some((w.next()?, (w.next()?, w.collect())))
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut queue: Vec<&str> = imports.into_iter().filter_map(|p| graph.get_key_value(p).map(|(k, _)| *k)).collect();
    let mut paths_of: std::collections::HashMap<&'static str, usize> = Default::default();
    while let Some(path) = queue.pop() {
        if let Some((name, imports)) = graph.get(path).filter(|_| seen.insert(path)) {
            *paths_of.entry(*name).or_default() += 1;
            queue.extend(imports.iter().filter_map(|p| graph.get_key_value(p).map(|(k, _)| *k)));
        }
    }
    paths_of.into_iter().filter(|&(_, n)| n > 1).map(|(name, _)| name).collect()
}

/// Whether `path` names a package of Go's standard library (minigo may not offer it).
pub fn is_go_std(path: &str) -> bool {
    let first = path.split('/').next().unwrap_or("");
    !first.contains('.') && GO_STD_ROOTS.contains(&first)
}

const GO_STD_ROOTS: &[&str] = &[
    "archive",
    "bufio",
    "builtin",
    "bytes",
    "cmp",
    "compress",
    "container",
    "context",
    "crypto",
    "database",
    "debug",
    "embed",
    "encoding",
    "errors",
    "expvar",
    "flag",
    "fmt",
    "go",
    "hash",
    "html",
    "image",
    "index",
    "io",
    "iter",
    "log",
    "maps",
    "math",
    "mime",
    "net",
    "os",
    "path",
    "plugin",
    "reflect",
    "regexp",
    "runtime",
    "slices",
    "sort",
    "strconv",
    "strings",
    "sync",
    "syscall",
    "testing",
    "text",
    "time",
    "unicode",
    "unique",
    "unsafe",
    "weak",
];

pub mod natives;

#[cfg(test)]
mod tests {
    use super::shared_package_names;

    /// A name is shared only among the packages a program's imports reach.
    #[test]
    fn shared_names_follow_the_imports() {
        assert!(shared_package_names(["sync/atomic"]).is_empty());
        let names = shared_package_names(["fmt", "sync/atomic"]);
        assert!(names.contains("sync") && names.contains("atomic") && !names.contains("fmt"));
        assert!(shared_package_names(["math/rand", "math/rand/v2"]).contains("rand"));
    }
}
