//! The typed interface of `trace-client` (`api`, which the CLI and the load generator use) is
//! generated from `metadata/trace.scale`; this test fails when that file no longer matches the
//! runtime in this workspace, and rewrites it on request:
//! `TRACE_UPDATE_METADATA=1 cargo test --release -p trace-client --test metadata`.

use std::path::Path;

#[test]
fn committed_metadata_matches_the_runtime() {
	let current = trace_runtime::Runtime::metadata_at_version(16)
		.expect("the runtime offers V16 metadata")
		.to_vec();
	let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("metadata/trace.scale");
	if std::env::var_os("TRACE_UPDATE_METADATA").is_some() {
		std::fs::write(&path, &current).unwrap();
	}
	let committed = std::fs::read(&path).unwrap();
	assert!(
		committed == current,
		"{} is stale: rerun with TRACE_UPDATE_METADATA=1 and rebuild the clients",
		path.display()
	);
}
