fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    println!("cargo:rerun-if-changed=../grammar/go.lalrpop");
    lalrpop::Configuration::new().set_in_dir("../grammar").set_out_dir(&out).process().expect("grammar/go.lalrpop");
}
