//! Source to syntax tree: tokens, lexer, grammar glue, AST and its node ids, positions
//! and literals.

pub mod ast;
pub mod build;
pub mod clone;
mod halves;
pub mod header;
pub mod ids;
pub mod lexer;
pub mod linebase;
pub mod literal;
pub mod parser;
pub mod pos;
pub mod pragma;
mod recover;
pub mod token;
pub mod walk;
