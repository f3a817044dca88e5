mod syntax;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    let ids = syntax::ast::IdGen::default();
    let p = syntax::parser::parse_file(&src, 0, &ids);
    println!("{:?}", p.errors);
    println!("{}", p.file.is_some());
}
