//! Writes the hostile shapes of `benches/hostile.rs` to files, for timing and measuring the
//! memory of the whole process on them (`benches/process.sh` does):
//!
//!     cargo run --release --example write_shapes -- DIR

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".to_string()));
    std::fs::create_dir_all(&dir)?;
    for (name, text) in [
        ("paragraph_5mb", common::one_paragraph()),
        ("quotes_100k", common::many_quotes()),
        ("lines_100k", common::many_lines()),
    ] {
        std::fs::write(dir.join(format!("{name}.txt")), text)?;
    }
    Ok(())
}
