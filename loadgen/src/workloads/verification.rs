//! (e) Verification: `TraceabilityApi_verify` through `state_call`, concurrently, over every
//! issued code; then light-client verifications with the `trace` CLI.

use super::{code_key, Bench, Workload};
use crate::stats::{Figures, ProcSample};
use anyhow::{anyhow, bail, Result};
use futures::StreamExt;
use std::time::{Duration, Instant};

impl Bench {
	/// (e) Verification: `TraceabilityApi_verify` through `state_call`, concurrently, over
	/// every issued code; then light-client verifications with the `trace` CLI.
	pub async fn verification(&mut self) -> Result<()> {
		let codes: Vec<[u8; 32]> = self
			.issued
			.iter()
			.zip(&self.gtins)
			.flat_map(|(serials, gtin)| serials.iter().map(|serial| code_key(gtin, serial).0))
			.collect();
		if codes.is_empty() {
			bail!("verification: no issued codes");
		}
		let mut figures = Figures {
			name: "(e) verification".into(),
			description: format!(
				"`TraceabilityApi_verify` via `state_call`, {} concurrent calls",
				self.settings.verify_concurrency
			),
			item: Some("codes verified".into()),
			..Default::default()
		};
		let sample = self.begin();
		let started = Instant::now();
		let deadline = started + Duration::from_secs(self.settings.verify_seconds);
		let rpc = &self.rpc;
		let results: Vec<(Duration, Result<u8>)> = futures::stream::iter(codes.iter().cycle())
			.take_while(|_| futures::future::ready(Instant::now() < deadline))
			.map(|code| async move {
				let begun = Instant::now();
				let verdict = rpc
					.state_call("TraceabilityApi_verify", code)
					.await
					.and_then(|bytes| bytes.first().copied().ok_or_else(|| anyhow!("empty")));
				(begun.elapsed(), verdict)
			})
			.buffer_unordered(self.settings.verify_concurrency)
			.collect()
			.await;
		let elapsed = started.elapsed().as_secs_f64();
		let ok = results.iter().filter(|(_, verdict)| verdict.is_ok()).count();
		let unknown = results.iter().filter(|(_, verdict)| matches!(verdict, Ok(0))).count();
		let mut latencies: Vec<Duration> = results.iter().map(|(latency, _)| *latency).collect();
		latencies.sort();
		let pick = |p: usize| {
			latencies
				.get((latencies.len().saturating_sub(1)) * p / 100)
				.map_or(0.0, |d| d.as_secs_f64() * 1000.0)
		};
		figures.submitted = results.len();
		figures.succeeded = ok;
		figures.failed = results.len() - ok;
		figures.tx_per_s = ok as f64 / elapsed;
		figures.items_per_s = figures.tx_per_s;
		figures.notes.push(format!(
			"{ok} calls in {elapsed:.1} s over {} codes; call latency p50 {:.1} ms, p95 {:.1} ms; \
			 {unknown} verdicts `Unknown` (expected 0)",
			codes.len(),
			pick(50),
			pick(95)
		));
		if let Some(error) = results.iter().find_map(|(_, verdict)| verdict.as_ref().err()) {
			figures.first_error = Some(format!("{error:#}"));
		}
		let (node_after, client_after) = (self.node_sample(), ProcSample::take("self"));
		figures.node_cpu = node_after.cpu_percent_since(&sample.0);
		figures.client_cpu = client_after.cpu_percent_since(&sample.1);
		figures.node_peak_mib = node_after.peak_rss_kib as f64 / 1024.0;
		println!("verification: {:.0} calls/s; {}", figures.tx_per_s, figures.notes.join("; "));

		if let Some((binary, spec, bootnode, runs)) = self.settings.light_client.clone() {
			let link = match (self.issued.first().and_then(|s| s.first()), self.gtins.first()) {
				(Some(serial), Some(gtin)) => format!(
					"/01/{}/21/{}",
					String::from_utf8_lossy(gtin),
					String::from_utf8_lossy(serial)
				),
				_ => bail!("verification: no code for the light client"),
			};
			for run in 0..runs {
				let note = light_verify(&binary, &spec, &bootnode, &link).await;
				println!("light client run {}: {note}", run + 1);
				figures.notes.push(format!("light client run {}: {note}", run + 1));
			}
		}
		self.figures.insert(Workload::Verification, figures);
		Ok(())
	}
}

/// Runs `trace verify` through a light client and describes its timing.
async fn light_verify(binary: &str, spec: &str, bootnode: &str, link: &str) -> String {
	let (binary, spec, bootnode, link) =
		(binary.to_owned(), spec.to_owned(), bootnode.to_owned(), link.to_owned());
	let run = tokio::task::spawn_blocking(move || {
		let started = Instant::now();
		let output = std::process::Command::new(&binary)
			.args(["verify", &link, "--chain-spec", &spec, "--bootnode", &bootnode])
			.output();
		(started.elapsed(), output)
	})
	.await;
	match run {
		Ok((elapsed, Ok(output))) => {
			let stderr = String::from_utf8_lossy(&output.stderr);
			let timing = stderr
				.lines()
				.find(|line| line.contains("connected in"))
				.map(str::trim)
				.unwrap_or("no timing line");
			let verified = String::from_utf8_lossy(&output.stdout).contains("Verified by a light");
			format!(
				"{:.1} s end to end {timing}{}",
				elapsed.as_secs_f64(),
				if output.status.success() && verified { "" } else { " (FAILED)" }
			)
		},
		Ok((_, Err(error))) => format!("cannot run {}: {error}", "trace verify"),
		Err(error) => format!("the light-client task failed: {error}"),
	}
}
