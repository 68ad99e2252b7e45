//! The `graphdoc` command; all logic lives in `graphdoc::cli`.

/// The allocator (see [`graphdoc::Allocator`]).
#[global_allocator]
static GLOBAL: graphdoc::Allocator = graphdoc::ALLOCATOR;

fn main() {
    graphdoc::tune_allocator();
    // stderr is not locked for the whole run: the progress bar writes to it from worker threads.
    let code = graphdoc::cli::run(
        std::env::args_os(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
