//! Printing decoded chain values for people, using their type information: accounts as SS58,
//! hashes and keys as hex, byte strings as text when they are text.
//!
//! Works for the events of any pallet, so the CLI prints what a transaction did (including
//! fees and sudo results) without a formatter per event. Names and strings come from the chain
//! (its metadata and events): [`event`], the text that is printed, goes through
//! [`shown`](crate::sanitize::shown).

use crate::sanitize::shown;
use scale_info::{PortableRegistry, TypeDef, TypeDefPrimitive};
use subxt::{
	ext::scale_value::{Composite, Primitive, Value, ValueDef},
	utils::AccountId32,
};

/// A decoded value with its type: `value.context` is its type id in `types`.
pub fn value(value: &Value<u32>, types: &PortableRegistry) -> String {
	let ty = types.resolve(value.context);
	let name = ty.and_then(|ty| ty.path.segments.last()).map(String::as_str);
	if let Some(bytes) = bytes_of(value) {
		match name {
			Some("AccountId32") if bytes.len() == 32 => {
				let mut account = [0u8; 32];
				account.copy_from_slice(&bytes);
				return AccountId32(account).to_string();
			},
			Some("H256" | "Public" | "Signature") => return format!("0x{}", hex::encode(&bytes)),
			_ if is_byte_string(value.context, types) => return text_or_hex(&bytes),
			_ => {},
		}
	}
	match &value.value {
		ValueDef::Composite(composite) => match (composite, ty.map(|ty| &ty.type_def)) {
			(Composite::Unnamed(fields), Some(TypeDef::Sequence(_) | TypeDef::Array(_))) => {
				let inner: Vec<String> =
					fields.iter().map(|field| self::value(field, types)).collect();
				format!("[{}]", inner.join(", "))
			},
			// Newtypes (`Roles(17)`, `BoundedVec(…)`) print as their content.
			(Composite::Unnamed(fields), Some(TypeDef::Composite(_))) if fields.len() == 1 => {
				self::value(&fields[0], types)
			},
			_ => composite_text(composite, types),
		},
		ValueDef::Variant(variant) => match (variant.name.as_str(), &variant.values) {
			("None", fields) if fields.is_empty() => "none".to_owned(),
			("Some", Composite::Unnamed(fields)) if fields.len() == 1 => {
				self::value(&fields[0], types)
			},
			(name, fields) if fields.is_empty() => name.to_owned(),
			(name, fields @ Composite::Named(_)) => {
				format!("{name} {}", composite_text(fields, types))
			},
			(name, fields) => format!("{name}{}", composite_text(fields, types)),
		},
		ValueDef::BitSequence(bits) => format!("{bits:?}"),
		ValueDef::Primitive(primitive) => match primitive {
			Primitive::Bool(b) => b.to_string(),
			Primitive::Char(c) => c.to_string(),
			Primitive::String(s) => format!("{s:?}"),
			Primitive::U128(n) => n.to_string(),
			Primitive::I128(n) => n.to_string(),
			Primitive::U256(bytes) | Primitive::I256(bytes) => format!("0x{}", hex::encode(bytes)),
		},
	}
}

/// `{ a: 1, b: 2 }` or `(1, 2)`.
fn composite_text(composite: &Composite<u32>, types: &PortableRegistry) -> String {
	match composite {
		Composite::Named(fields) => {
			let inner: Vec<String> = fields
				.iter()
				.map(|(name, field)| format!("{name}: {}", value(field, types)))
				.collect();
			format!("{{ {} }}", inner.join(", "))
		},
		Composite::Unnamed(fields) => {
			let inner: Vec<String> = fields.iter().map(|field| value(field, types)).collect();
			format!("({})", inner.join(", "))
		},
	}
}

/// An event: `Pallet.Event { field: value, … }`, safe to print (every name and string of it
/// comes from the chain).
pub fn event(
	pallet: &str,
	name: &str,
	fields: &[(Option<String>, Value<u32>)],
	types: &PortableRegistry,
) -> String {
	let text = if fields.is_empty() {
		format!("{pallet}.{name}")
	} else {
		let inner: Vec<String> = fields
			.iter()
			.map(|(field_name, field)| match field_name {
				Some(field_name) => format!("{field_name}: {}", value(field, types)),
				None => value(field, types),
			})
			.collect();
		format!("{pallet}.{name} {{ {} }}", inner.join(", "))
	};
	shown(&text).into_owned()
}

/// The bytes of a value that is a sequence or array of `u8`, possibly inside newtypes.
fn bytes_of(value: &Value<u32>) -> Option<Vec<u8>> {
	match &value.value {
		ValueDef::Composite(Composite::Unnamed(fields)) => {
			if fields.len() == 1 {
				if let Some(bytes) = bytes_of(&fields[0]) {
					return Some(bytes);
				}
			}
			fields
				.iter()
				.map(|field| match field.value {
					ValueDef::Primitive(Primitive::U128(n)) => u8::try_from(n).ok(),
					_ => None,
				})
				.collect::<Option<Vec<u8>>>()
				.filter(|bytes| !bytes.is_empty() || fields.is_empty())
		},
		_ => None,
	}
}

/// Whether type `id` is `Vec<u8>`, `[u8; N]` or a newtype of one (like `BoundedVec<u8, _>`).
fn is_byte_string(id: u32, types: &PortableRegistry) -> bool {
	let is_u8 = |id: u32| {
		types
			.resolve(id)
			.is_some_and(|ty| matches!(ty.type_def, TypeDef::Primitive(TypeDefPrimitive::U8)))
	};
	match types.resolve(id).map(|ty| &ty.type_def) {
		Some(TypeDef::Sequence(sequence)) => is_u8(sequence.type_param.id),
		Some(TypeDef::Array(array)) => is_u8(array.type_param.id),
		Some(TypeDef::Composite(composite)) if composite.fields.len() == 1 => {
			is_byte_string(composite.fields[0].ty.id, types)
		},
		_ => false,
	}
}

/// Printable ASCII as a quoted string, anything else as hex.
pub fn text_or_hex(bytes: &[u8]) -> String {
	if bytes.iter().all(|byte| (0x20..0x7f).contains(byte)) {
		format!("{:?}", String::from_utf8_lossy(bytes))
	} else {
		format!("0x{}", hex::encode(bytes))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use scale_info::{MetaType, Registry, TypeInfo};

	#[derive(Encode, TypeInfo)]
	struct AccountId32([u8; 32]);

	#[derive(Encode, TypeInfo)]
	struct H256([u8; 32]);

	#[derive(Encode, TypeInfo)]
	struct BoundedVec(Vec<u8>);

	#[derive(Encode, TypeInfo)]
	struct Roles(u8);

	#[derive(Encode, TypeInfo)]
	enum Status {
		Active,
		Moved { to: AccountId32 },
	}

	#[derive(Encode, TypeInfo)]
	struct Event {
		who: AccountId32,
		code: H256,
		name: BoundedVec,
		gtin: [u8; 14],
		document: Option<H256>,
		lot: Option<BoundedVec>,
		roles: Roles,
		count: u32,
		status: Status,
		moved: Status,
		raw: Vec<u8>,
		codes: Vec<H256>,
		pair: (u8, bool),
	}

	#[test]
	fn values_print_by_type() {
		let mut registry = Registry::new();
		let id = registry.register_type(&MetaType::new::<Event>()).id;
		let types: PortableRegistry = registry.into();
		let bytes = Event {
			who: AccountId32([0xd4; 32]),
			code: H256([0xab; 32]),
			name: BoundedVec(b"Borsa Milano".to_vec()),
			gtin: *b"09506000134352",
			document: None,
			lot: Some(BoundedVec(b"L1".to_vec())),
			roles: Roles(17),
			count: 3,
			status: Status::Active,
			moved: Status::Moved { to: AccountId32([1; 32]) },
			raw: vec![0, 1, 2],
			codes: vec![H256([1; 32])],
			pair: (7, true),
		}
		.encode();
		let decoded =
			subxt::ext::scale_value::scale::decode_as_type(&mut &bytes[..], id, &types).unwrap();
		let text = value(&decoded, &types);
		let who = subxt::utils::AccountId32([0xd4; 32]).to_string();
		assert!(text.contains(&format!("who: {who}")), "{text}");
		assert!(text.contains(&format!("code: 0x{}", "ab".repeat(32))), "{text}");
		assert!(text.contains("name: \"Borsa Milano\""), "{text}");
		assert!(text.contains("gtin: \"09506000134352\""), "{text}");
		assert!(text.contains("document: none"), "{text}");
		assert!(text.contains("lot: \"L1\""), "{text}");
		assert!(text.contains("roles: 17"), "{text}");
		assert!(text.contains("count: 3"), "{text}");
		assert!(text.contains("status: Active"), "{text}");
		assert!(text.contains("moved: Moved { to: 5"), "{text}");
		assert!(text.starts_with("{ who: "), "{text}");
		assert!(text.contains("raw: 0x000102"), "{text}");
		assert!(text.contains(&format!("codes: [0x{}]", "01".repeat(32))), "{text}");
		assert!(text.contains("pair: (7, true)"), "{text}");
	}

	#[test]
	fn events_and_byte_strings() {
		let types: PortableRegistry = Registry::new().into();
		assert_eq!(event("System", "Remarked", &[], &types), "System.Remarked");
		// Names and strings come from the chain's metadata and events.
		let forged = Value::string("\x1b[2K\rGENUINE").map_context(|_| 0);
		let text = event("Evil\x1b[2J", "Ok\u{202e}", &[(Some("x\r".into()), forged)], &types);
		assert!(!text.contains(['\x1b', '\r', '\u{202e}']), "{text}");
		assert!(text.contains("\\u{1b}[2K"), "{text}");
		assert_eq!(text_or_hex(b"IT"), "\"IT\"");
		assert_eq!(text_or_hex(&[0xff]), "0xff");
		assert_eq!(text_or_hex(&[]), "\"\"");
	}
}
