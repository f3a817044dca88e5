//! `minigo`: run, check and compile Go programs.

mod driver;
mod syntax;
mod types;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "minigo", version, about = "A small Go, JIT-compiled with Cranelift")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Parse and type-check a program.
    Check {
        /// A .go file or a directory holding package main.
        path: String,
    },
    /// Compile and run a program.
    Run {
        path: String,
        /// Arguments for the program (os.Args[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn check(path: &str) -> Result<(types::Program, types::object::PkgId), ExitCode> {
    let files = driver::program_files(path).map_err(|e| {
        eprintln!("minigo: {e}");
        ExitCode::from(1)
    })?;
    let mut prog = types::Program::new();
    match driver::check_program(&mut prog, &files) {
        Ok(pkg) => Ok((prog, pkg)),
        Err(errs) => {
            eprint!("{}", driver::render_errors(&prog, &errs));
            Err(ExitCode::from(1))
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Check { path } => match check(&path) {
            Ok(_) => ExitCode::SUCCESS,
            Err(c) => c,
        },
        Cmd::Run { path, args } => {
            let _ = args;
            match check(&path) {
                Ok(_) => {
                    eprintln!("minigo: the back end is not built yet");
                    ExitCode::from(2)
                }
                Err(c) => c,
            }
        }
    }
}
