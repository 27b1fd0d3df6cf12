//! The shape of the code, checked: data flows one way. No module below the web layer imports it, the
//! database layer never imports mail, and no two top-level modules import each other, even by way of others.
//! Read from the source as text (production code only: everything before a module's `#[cfg(test)]`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module of `src/` and the top-level modules it names as `crate::…`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let relative = path.strip_prefix(&src).unwrap();
            let top =
                relative.components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let production = text.split("#[cfg(test)]").next().unwrap_or_default();
            let targets = graph.entry(top.clone()).or_default();
            for line in production.lines().filter(|line| !line.trim_start().starts_with("//")) {
                for (i, _) in line.match_indices("crate::") {
                    let name: String =
                        line[i + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() && name != top {
                        targets.insert(name);
                    }
                }
            }
        }
    }
    graph
}

fn reaches(graph: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_string()];
    while let Some(module) = stack.pop() {
        if module == to {
            return true;
        }
        if seen.insert(module.clone()) {
            stack.extend(graph.get(&module).into_iter().flatten().cloned());
        }
    }
    false
}

#[test]
fn data_flows_one_way_with_no_circles_between_modules() {
    let graph = imports();
    assert!(graph.contains_key("app") && graph.contains_key("letters"), "{graph:?}");
    for (module, targets) in &graph {
        if module != "web" && module != "lib" && module != "main" {
            assert!(!targets.contains("web"), "{module} imports the web layer: {targets:?}");
        }
        for target in targets {
            assert!(!reaches(&graph, target, module), "{module} → {target} → … → {module} is a circle");
        }
    }
    assert!(!graph["db"].contains("mail") && !graph["db"].contains("letters"), "db imports {:?}", graph["db"]);
    for pure in ["domain", "journeys", "policy", "letters", "views"] {
        for io in ["db", "mail", "web", "app"] {
            assert!(!graph[pure].contains(io), "{pure} imports {io}");
        }
    }
}
