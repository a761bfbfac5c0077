//! The gateway's Prometheus metrics, served on `/metrics` in the text exposition format.

use anyhow::{Context, Result};
use prometheus::{IntGauge, Registry, TextEncoder};

/// The gauges the indexer keeps up to date.
#[derive(Clone)]
pub struct Metrics {
	registry: Registry,
	lag: IntGauge,
	last_indexed: IntGauge,
	finalized: IntGauge,
}

impl Metrics {
	/// The gauges, registered and at 0.
	pub fn new() -> Result<Self> {
		let registry = Registry::new();
		let gauge = |name: &str, help: &str| -> Result<IntGauge> {
			let gauge = IntGauge::new(name, help)
				.with_context(|| format!("cannot create the metric {name}"))?;
			registry
				.register(Box::new(gauge.clone()))
				.with_context(|| format!("cannot register the metric {name}"))?;
			Ok(gauge)
		};
		let lag = gauge(
			"trace_gateway_index_lag_blocks",
			"Finalized blocks of the node that the index does not hold yet.",
		)?;
		let last_indexed =
			gauge("trace_gateway_last_indexed_block", "Number of the last block indexed.")?;
		let finalized =
			gauge("trace_gateway_finalized_block", "Number of the node's last finalized block.")?;
		Ok(Self { registry, lag, last_indexed, finalized })
	}

	/// Records that the node has finalized block `finalized` and the index holds every block up
	/// to `last_indexed`.
	pub fn observe(&self, finalized: u64, last_indexed: u64) {
		let gauge_value = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
		self.finalized.set(gauge_value(finalized));
		self.last_indexed.set(gauge_value(last_indexed));
		self.lag.set(gauge_value(finalized.saturating_sub(last_indexed)));
	}

	/// The lag the gauge shows, in blocks.
	pub fn lag(&self) -> i64 {
		self.lag.get()
	}

	/// Every metric in the text exposition format.
	pub fn render(&self) -> Result<String> {
		TextEncoder::new()
			.encode_to_string(&self.registry.gather())
			.context("cannot encode the metrics")
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_lag_is_what_the_index_misses_of_the_finalized_chain() {
		let metrics = Metrics::new().unwrap();
		metrics.observe(120, 100);
		assert_eq!(metrics.lag(), 20);
		let text = metrics.render().unwrap();
		assert!(text.contains("trace_gateway_index_lag_blocks 20"), "{text}");
		assert!(text.contains("trace_gateway_last_indexed_block 100"), "{text}");
		assert!(text.contains("trace_gateway_finalized_block 120"), "{text}");
		assert!(text.contains("# TYPE trace_gateway_index_lag_blocks gauge"), "{text}");
		metrics.observe(120, 120);
		assert_eq!(metrics.lag(), 0);
	}
}
