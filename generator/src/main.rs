//! The `graphdoc` command; all logic lives in `graphdoc::cli`.

fn main() {
    let code = graphdoc::cli::run(std::env::args_os(), &mut std::io::stdout().lock(), &mut std::io::stderr().lock());
    std::process::exit(code);
}
