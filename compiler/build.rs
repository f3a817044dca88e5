fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed=../grammar/go.lalrpop");
    lalrpop::Configuration::new().set_in_dir("../grammar").set_out_dir(&out).process().expect("grammar/go.lalrpop");
    // minigo itself is linked at a fixed address: a position-independent
    // executable has its 20,000 relocations (vtables, tables of the parser
    // and of Cranelift) applied at every start, 80 page faults and a quarter
    // of a millisecond of a cached program's 3.7 ms
    println!("cargo:rustc-link-arg-bins=-no-pie");
}
