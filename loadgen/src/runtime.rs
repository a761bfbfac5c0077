//! The chain's typed interface, generated at compile time from the CLI's metadata
//! (`cli/metadata/trace.scale`), with the same options as the CLI's.

#[subxt::subxt(
	runtime_metadata_path = "../cli/metadata/trace.scale",
	derive_for_all_types = "Clone, PartialEq, Eq",
	substitute_type(
		path = "bounded_collections::bounded_vec::BoundedVec<T>",
		with = "::subxt::alloc::vec::Vec<T>"
	)
)]
pub mod api {}
