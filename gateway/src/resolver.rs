//! The GS1 Digital Link resolver's links for one item: its consumer page (`gs1:pip`), its
//! EPCIS events (`gs1:traceability`), its certifications (`gs1:certificationInfo`) and the
//! default link, as an RFC 9264 linkset or one link for a `linkType`.

use crate::rows::key_text;
use serde_json::{json, Map, Value};
use trace_gs1::DigitalLink;

/// The namespace of GS1's link types (the GS1 Web Vocabulary).
pub const GS1_VOC: &str = "https://gs1.org/voc/";

/// The older spelling of [`GS1_VOC`], which link types may still use.
const GS1_VOC_HTTP: &str = "http://gs1.org/voc/";

/// The media type of linksets.
pub const LINKSET_JSON: &str = "application/linkset+json";

/// A link type the resolver has links of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkType {
	/// The product information page: the consumer's page, which verifies the item.
	Pip,
	/// The item's EPCIS events.
	Traceability,
	/// The certifications of the item and its product.
	CertificationInfo,
	/// The link a scan follows without a link type.
	DefaultLink,
}

impl LinkType {
	/// Every link type, in the linkset's order.
	const ALL: [Self; 4] =
		[Self::Pip, Self::Traceability, Self::CertificationInfo, Self::DefaultLink];

	/// Its name in the GS1 Web Vocabulary.
	pub fn name(self) -> &'static str {
		match self {
			Self::Pip => "pip",
			Self::Traceability => "traceability",
			Self::CertificationInfo => "certificationInfo",
			Self::DefaultLink => "defaultLink",
		}
	}

	/// The link type a `linkType` parameter names (`gs1:pip`, or its URI), if the resolver has
	/// links of it.
	pub fn of(parameter: &str) -> Option<Self> {
		let name = parameter
			.strip_prefix("gs1:")
			.or_else(|| parameter.strip_prefix(GS1_VOC))
			.or_else(|| parameter.strip_prefix(GS1_VOC_HTTP))?;
		Self::ALL.into_iter().find(|link_type| link_type.name() == name)
	}

	/// Its URI, the relation type of its links in a linkset.
	pub fn uri(self) -> String {
		format!("{GS1_VOC}{}", self.name())
	}
}

/// Where the resolver's links point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Targets {
	/// The gateway's URL as clients reach it, without a trailing `/`.
	pub public_url: String,
	/// The host of the Digital Links naming items in EPCIS events.
	pub epc_resolver: String,
	/// Where the consumer's page is served at Digital Link paths, if not by the gateway.
	pub page_url: Option<String>,
	/// Whether the gateway serves the consumer's page itself.
	pub serves_page: bool,
}

/// One link of a linkset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
	/// Where it points.
	pub href: String,
	/// What it is, for people.
	pub title: &'static str,
	/// The media type of what it points to.
	pub media_type: &'static str,
	/// Languages of what it points to.
	pub languages: &'static [&'static str],
}

/// The links of one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
	/// The item's Digital Link on this resolver, the linkset's anchor.
	pub anchor: String,
	/// Its consumer page, if the gateway serves one or knows where it is.
	pub pip: Option<Link>,
	/// Its EPCIS events.
	pub traceability: Link,
	/// Its certifications.
	pub certification_info: Link,
}

impl Links {
	/// The links of `link`.
	pub fn of(link: &DigitalLink, targets: &Targets) -> Self {
		let anchor = link.to_uri(&targets.public_url);
		let page = match (&targets.page_url, targets.serves_page) {
			(Some(page_url), _) => Some(link.to_uri(page_url)),
			(None, true) => Some(anchor.clone()),
			(None, false) => None,
		};
		let epc = link.to_uri(&targets.epc_resolver);
		let events = format!(
			"{}/events?{}",
			targets.public_url,
			form_urlencoded::Serializer::new(String::new())
				.append_pair("MATCH_epc", &epc)
				.finish()
		);
		Self {
			anchor,
			pip: page.map(|href| Link {
				href,
				title: "Verify this item: its history and verdict",
				media_type: "text/html",
				languages: &["en", "zh"],
			}),
			traceability: Link {
				href: events,
				title: "EPCIS 2.0 events of this item",
				media_type: "application/ld+json",
				languages: &[],
			},
			certification_info: Link {
				href: format!(
					"{}/codes/{}/certifications",
					targets.public_url,
					key_text(&link.key())
				),
				title: "Certifications of this item and its product",
				media_type: "application/json",
				languages: &[],
			},
		}
	}

	/// The link of `link_type`: the default one is the page, else the events.
	pub fn get(&self, link_type: LinkType) -> &Link {
		match link_type {
			LinkType::Pip | LinkType::DefaultLink => {
				self.pip.as_ref().unwrap_or(&self.traceability)
			},
			LinkType::Traceability => &self.traceability,
			LinkType::CertificationInfo => &self.certification_info,
		}
	}

	/// The RFC 9264 linkset, relation types as GS1 Web Vocabulary URIs.
	pub fn linkset(&self) -> Value {
		let mut context = Map::new();
		context.insert("anchor".into(), json!(self.anchor));
		for link_type in LinkType::ALL {
			if link_type == LinkType::Pip && self.pip.is_none() {
				continue;
			}
			let link = self.get(link_type);
			let mut target = json!({
				"href": link.href,
				"title": link.title,
				"type": link.media_type,
			});
			if !link.languages.is_empty() {
				target["hreflang"] = json!(link.languages);
			}
			context.insert(link_type.uri(), json!([target]));
		}
		json!({ "linkset": [Value::Object(context)] })
	}
}

/// The resolver's description, `/.well-known/gs1resolver`.
pub fn description(public_url: &str) -> Value {
	json!({
		"name": "trace-chain EPCIS gateway and GS1 Digital Link resolver",
		"resolverRoot": public_url,
		"supportedPrimaryKeys": ["01"],
		"linkTypeDefaultCanBeLinkset": true,
		"supportedLinkType": [{
			"namespace": GS1_VOC,
			"prefix": "gs1:",
			"profile": format!("{GS1_VOC}?show=linktypes"),
		}],
		"supportedLinkTypes": LinkType::ALL.map(|link_type| format!("gs1:{}", link_type.name())),
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	fn bag() -> DigitalLink {
		DigitalLink::parse("/01/09506000134352/10/L1/21/BAG-0001").unwrap()
	}

	fn targets(page_url: Option<&str>, serves_page: bool) -> Targets {
		Targets {
			public_url: "http://127.0.0.1:8090".into(),
			epc_resolver: "https://id.gs1.org".into(),
			page_url: page_url.map(str::to_owned),
			serves_page,
		}
	}

	#[test]
	fn link_types_are_read_as_curies_or_uris() {
		assert_eq!(LinkType::of("gs1:pip"), Some(LinkType::Pip));
		assert_eq!(LinkType::of("https://gs1.org/voc/traceability"), Some(LinkType::Traceability));
		assert_eq!(
			LinkType::of("http://gs1.org/voc/certificationInfo"),
			Some(LinkType::CertificationInfo)
		);
		assert_eq!(LinkType::of("gs1:defaultLink"), Some(LinkType::DefaultLink));
		assert_eq!(LinkType::of("gs1:recipeInfo"), None);
		assert_eq!(LinkType::of("pip"), None);
	}

	#[test]
	fn the_linkset_has_the_page_the_events_and_the_certifications() {
		let links = Links::of(&bag(), &targets(Some("http://127.0.0.1:8080"), false));
		let linkset = links.linkset();
		let set = &linkset["linkset"][0];
		assert_eq!(set["anchor"], "http://127.0.0.1:8090/01/09506000134352/10/L1/21/BAG-0001");
		assert_eq!(
			set["https://gs1.org/voc/pip"][0]["href"],
			"http://127.0.0.1:8080/01/09506000134352/10/L1/21/BAG-0001"
		);
		assert_eq!(set["https://gs1.org/voc/pip"][0]["hreflang"], json!(["en", "zh"]));
		assert_eq!(
			set["https://gs1.org/voc/traceability"][0]["href"],
			"http://127.0.0.1:8090/events?MATCH_epc=https%3A%2F%2Fid.gs1.org%2F01%2F09506000134352%2F10%2FL1%2F21%2FBAG-0001"
		);
		assert!(set["https://gs1.org/voc/certificationInfo"][0]["href"]
			.as_str()
			.unwrap()
			.ends_with(&format!("/codes/{}/certifications", key_text(&bag().key()))));
		assert_eq!(set["https://gs1.org/voc/defaultLink"][0], set["https://gs1.org/voc/pip"][0]);
	}

	#[test]
	fn without_a_page_the_default_link_is_the_events() {
		let links = Links::of(&bag(), &targets(None, false));
		let linkset = links.linkset();
		let set = &linkset["linkset"][0];
		assert!(set.get("https://gs1.org/voc/pip").is_none());
		assert_eq!(
			set["https://gs1.org/voc/defaultLink"][0],
			set["https://gs1.org/voc/traceability"][0]
		);
		let served = Links::of(&bag(), &targets(None, true));
		assert_eq!(served.get(LinkType::DefaultLink).href, served.anchor);
	}

	#[test]
	fn the_description_names_the_root_and_the_link_types() {
		let description = description("https://id.trace.example");
		assert_eq!(description["resolverRoot"], "https://id.trace.example");
		assert_eq!(description["supportedPrimaryKeys"], json!(["01"]));
		assert_eq!(description["supportedLinkType"][0]["prefix"], "gs1:");
	}
}
