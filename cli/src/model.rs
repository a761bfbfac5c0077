//! What the CLI knows about a trace code, in plain Rust, and its words for people.
//!
//! The report model is `trace-client`'s ([`trace_client::report`]), which the node's
//! `trace_report` RPC shares: the chain module fills a [`TraceReport`] from the runtime API
//! `TraceabilityApi_trace_report`, verdict and certification statuses included; printing
//! ([`crate::format`]), EPCIS export (`trace-client`'s one mapping, [`crate::epcis`]) and the
//! JSON of `trace verify --json` ([`crate::report_json`]) work on it alone, so they are tested
//! without a chain. Field meanings follow the pallet's types of the same names.

/// The report model, and the pallet's own vocabularies and verdict (the clients decode into
/// them, they do not define them again): the parts the CLI names.
pub use trace_client::report::{
	AccountId, BizStep, CertSubject, CertificationStatus, CodeStatus, HistoryEvent, Location,
	TraceReport, Verdict,
};

/// Lower-case name of a status, for people.
pub fn status_name(status: CodeStatus) -> &'static str {
	match status {
		CodeStatus::Active => "active",
		CodeStatus::InTransit => "in transit",
		CodeStatus::Sold => "sold",
		CodeStatus::Claimed => "claimed",
		CodeStatus::Destroyed => "destroyed",
		CodeStatus::Decommissioned => "decommissioned",
	}
}

/// One line for consumers.
pub fn explain(verdict: Verdict) -> &'static str {
	match verdict {
		Verdict::Genuine => "GENUINE: issued by its merchant and not claimed yet",
		Verdict::Recalled => "RECALLED: the product or its lot is recalled, do not use it",
		Verdict::Flagged { .. } => {
			"RED FLAG: an inspection found this item non-conformant or a certificate of it was \
			 revoked; ask the seller before you trust it"
		},
		Verdict::Claimed { .. } => {
			"CLAIMED ALREADY: someone claimed this item before; if you just bought it, it may be \
			 a copy"
		},
		Verdict::Destroyed => "DESTROYED: this code was destroyed; an item carrying it is suspect",
		Verdict::Decommissioned => "WITHDRAWN: the merchant withdrew this label",
		Verdict::Unknown => "UNKNOWN: no such code was ever issued; the label is not genuine",
	}
}

// What the tests name besides, and `sample`: a report for tests, the handbag of the README's
// demo journey.
#[cfg(test)]
pub(crate) use trace_client::report::{sample, CodeLink, Disposition, ReadAt, Recall};

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn vocabularies_are_cbv_except_claims() {
		assert_eq!(BizStep::RetailSelling.as_cbv_str(), "retail_selling");
		assert!(!BizStep::Claiming.is_cbv() && BizStep::Destroying.is_cbv());
		assert_eq!(Disposition::InTransit.as_cbv_str(), "in_transit");
		assert!(!Disposition::Claimed.is_cbv() && Disposition::Destroyed.is_cbv());
	}
}
