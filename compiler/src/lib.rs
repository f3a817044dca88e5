//! minigo: a small Go, JIT-compiled with Cranelift.
//!
//! The pipeline: `syntax` (lexer, grammar, AST) → `types` (the checker, producing
//! `types::Program` and its `Info` side tables) → the back end; `driver` ties them
//! together for the `minigo` command, `repl` for the interactive one.

pub mod cache;
pub mod codegen;
pub mod driver;
pub mod load;
pub mod modload;
pub mod repl;
pub mod syntax;
pub mod thread_stack;
pub mod types;
