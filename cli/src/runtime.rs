//! The chain's typed interface, generated at compile time from `metadata/trace.scale` (see
//! `metadata/README.md` to refresh it). `BoundedVec`s are plain `Vec`s here; the runtime
//! checks their bounds.

#[subxt::subxt(
	runtime_metadata_path = "metadata/trace.scale",
	derive_for_all_types = "Clone, PartialEq, Eq",
	substitute_type(
		path = "bounded_collections::bounded_vec::BoundedVec<T>",
		with = "::subxt::alloc::vec::Vec<T>"
	)
)]
pub mod api {}
