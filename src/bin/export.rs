//! `cargo run --bin export -- json [FILE]` writes the whole dataset as JSON (to stdout without FILE);
//! `cargo run --bin export -- csv DIR` writes one CSV file per table into DIR.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use explainer::domain::{dataset, export};
    use std::path::PathBuf;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: export json [FILE] | export csv DIR";
    let d = dataset::data();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["json"] => println!("{}", export::to_json(d)),
        ["json", file] => {
            std::fs::write(file, export::to_json(d)).unwrap_or_else(|e| die(&format!("{file}: {e}")));
            eprintln!("wrote {file}");
        }
        ["csv", dir] => {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir).unwrap_or_else(|e| die(&format!("{}: {e}", dir.display())));
            for t in export::all_tables(d) {
                let path = dir.join(format!("{}.csv", t.name));
                std::fs::write(&path, t.to_csv()).unwrap_or_else(|e| die(&format!("{}: {e}", path.display())));
                eprintln!("wrote {} ({} rows)", path.display(), t.rows.len());
            }
        }
        ["-h"] | ["--help"] => println!("{usage}"),
        _ => die(usage),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn die(msg: &str) -> ! {
    eprintln!("{msg}");
    std::process::exit(2)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
