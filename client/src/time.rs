//! Timestamps: the chain's milliseconds since the Unix epoch to and from RFC 3339 text.
//!
//! The chain keeps times in UTC milliseconds (`pallet_timestamp`); its clients print and parse
//! them as RFC 3339 (`2025-03-01T09:30:00Z`, `2025-03-01T10:30:00.250+01:00`): the CLI's
//! arguments and output, the EPCIS documents ([`crate::epcis`]) and the gateway's EPCIS query
//! parameters. The calendar arithmetic is Howard Hinnant's `days_from_civil`/`civil_from_days`,
//! exact for the proleptic Gregorian calendar.

use std::{
	fmt,
	time::{SystemTime, UNIX_EPOCH},
};

/// Milliseconds in a day.
const MS_PER_DAY: i64 = 86_400_000;

/// Why a time given as text was rejected.
#[derive(Debug, PartialEq, Eq)]
pub enum TimeError {
	/// Not `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)` nor a number of milliseconds.
	Malformed(String),
	/// A field is out of range (month 13, minute 61, ...).
	OutOfRange {
		/// The text given.
		text: String,
		/// Which field.
		field: &'static str,
	},
	/// Before 1970.
	BeforeEpoch(String),
}

impl fmt::Display for TimeError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Malformed(text) => write!(
				f,
				"time `{text}` is neither RFC 3339 (like 2025-03-01T09:30:00Z or \
				 2025-03-01T10:30:00+01:00) nor milliseconds since 1970"
			),
			Self::OutOfRange { text, field } => {
				write!(f, "time `{text}` has an out-of-range {field}")
			},
			Self::BeforeEpoch(text) => write!(f, "time `{text}` is before 1970-01-01T00:00:00Z"),
		}
	}
}

impl std::error::Error for TimeError {}

/// The current time in milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
	SystemTime::now()
		.duration_since(UNIX_EPOCH)
		.map(|elapsed| u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX))
		.unwrap_or(0)
}

/// `ms` as RFC 3339 in UTC with millisecond precision: `2025-03-01T09:30:00.000Z`.
pub fn to_rfc3339(ms: u64) -> String {
	let ms = i64::try_from(ms).unwrap_or(i64::MAX);
	let days = ms.div_euclid(MS_PER_DAY);
	let in_day = ms.rem_euclid(MS_PER_DAY);
	let (year, month, day) = civil_from_days(days);
	let (hour, minute) = (in_day / 3_600_000, in_day / 60_000 % 60);
	let (second, milli) = (in_day / 1000 % 60, in_day % 1000);
	format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{milli:03}Z")
}

/// `ms` for people: `2025-03-01 09:30:00 UTC`.
pub fn to_display(ms: u64) -> String {
	let text = to_rfc3339(ms);
	format!("{} {} UTC", &text[..10], &text[11..19])
}

/// Parses RFC 3339 (`2025-03-01T09:30:00Z`, fractional seconds and a `±HH:MM` offset allowed,
/// `t`/`z`/space accepted as RFC 3339 permits) or a plain number of milliseconds.
pub fn parse(text: &str) -> Result<u64, TimeError> {
	let malformed = || TimeError::Malformed(text.to_owned());
	if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
		return text.parse().map_err(|_| malformed());
	}
	let bytes = text.as_bytes();
	let number = |from: usize, len: usize| -> Result<i64, TimeError> {
		let part = text.get(from..from + len).ok_or_else(malformed)?;
		if !part.bytes().all(|byte| byte.is_ascii_digit()) {
			return Err(malformed());
		}
		part.parse().map_err(|_| malformed())
	};
	let separator = |at: usize, allowed: &[u8]| -> Result<(), TimeError> {
		match bytes.get(at) {
			Some(byte) if allowed.contains(byte) => Ok(()),
			_ => Err(malformed()),
		}
	};
	let year = number(0, 4)?;
	separator(4, b"-")?;
	let month = number(5, 2)?;
	separator(7, b"-")?;
	let day = number(8, 2)?;
	separator(10, b"Tt ")?;
	let hour = number(11, 2)?;
	separator(13, b":")?;
	let minute = number(14, 2)?;
	separator(16, b":")?;
	let second = number(17, 2)?;

	let mut at = 19;
	let mut millis = 0;
	if bytes.get(at) == Some(&b'.') {
		let digits = bytes[at + 1..].iter().take_while(|byte| byte.is_ascii_digit()).count();
		if digits == 0 {
			return Err(malformed());
		}
		// Milliseconds: the first three digits, padded; finer digits are dropped.
		let fraction = &text[at + 1..at + 1 + digits];
		millis = format!("{:0<3}", &fraction[..digits.min(3)]).parse().map_err(|_| malformed())?;
		at += 1 + digits;
	}
	let offset_minutes = match bytes.get(at) {
		Some(b'Z' | b'z') if at + 1 == bytes.len() => 0,
		Some(sign @ (b'+' | b'-')) if at + 6 == bytes.len() => {
			let hours = number(at + 1, 2)?;
			separator(at + 3, b":")?;
			let minutes = number(at + 4, 2)?;
			if hours > 23 || minutes > 59 {
				return Err(TimeError::OutOfRange { text: text.to_owned(), field: "offset" });
			}
			let offset = hours * 60 + minutes;
			if *sign == b'-' {
				-offset
			} else {
				offset
			}
		},
		_ => return Err(malformed()),
	};

	let out_of_range = |field| TimeError::OutOfRange { text: text.to_owned(), field };
	if !(1..=12).contains(&month) {
		return Err(out_of_range("month"));
	}
	if day < 1 || day > days_in_month(year, month) {
		return Err(out_of_range("day"));
	}
	if hour > 23 {
		return Err(out_of_range("hour"));
	}
	if minute > 59 {
		return Err(out_of_range("minute"));
	}
	// 60 for a leap second, which the chain cannot represent: it counts as the next second.
	if second > 60 {
		return Err(out_of_range("second"));
	}
	let ms = days_from_civil(year, month, day) * MS_PER_DAY
		+ ((hour * 60 + minute - offset_minutes) * 60 + second) * 1000
		+ millis;
	u64::try_from(ms).map_err(|_| TimeError::BeforeEpoch(text.to_owned()))
}

/// Days in `month` of `year`.
fn days_in_month(year: i64, month: i64) -> i64 {
	match month {
		2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
		2 => 28,
		4 | 6 | 9 | 11 => 30,
		_ => 31,
	}
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
	let year = if month <= 2 { year - 1 } else { year };
	let era = year.div_euclid(400);
	let year_of_era = year - era * 400;
	let month_index = (month + 9) % 12;
	let day_of_year = (153 * month_index + 2) / 5 + day - 1;
	let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
	let days = days + 719_468;
	let era = days.div_euclid(146_097);
	let day_of_era = days - era * 146_097;
	let year_of_era =
		(day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let month_index = (5 * day_of_year + 2) / 153;
	let day = day_of_year - (153 * month_index + 2) / 5 + 1;
	let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
	let year = year_of_era + era * 400 + i64::from(month <= 2);
	(year, month, day)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn formats_known_instants() {
		assert_eq!(to_rfc3339(0), "1970-01-01T00:00:00.000Z");
		// 2000-02-29 (a leap day of a century leap year) 12:34:56.789 UTC.
		assert_eq!(to_rfc3339(951_827_696_789), "2000-02-29T12:34:56.789Z");
		assert_eq!(to_rfc3339(1_735_689_600_000), "2025-01-01T00:00:00.000Z");
		assert_eq!(to_display(1_735_689_600_000), "2025-01-01 00:00:00 UTC");
	}

	#[test]
	fn parses_what_it_formats() {
		for ms in [0, 951_827_696_789, 1_735_689_600_000, 4_102_444_799_999] {
			assert_eq!(parse(&to_rfc3339(ms)), Ok(ms));
		}
	}

	#[test]
	fn parses_offsets_fractions_and_milliseconds() {
		assert_eq!(parse("2025-01-01T01:00:00+01:00"), Ok(1_735_689_600_000));
		assert_eq!(parse("2024-12-31T19:00:00-05:00"), Ok(1_735_689_600_000));
		assert_eq!(parse("2025-01-01t00:00:00.5z"), Ok(1_735_689_600_500));
		assert_eq!(parse("2025-01-01 00:00:00.123456Z"), Ok(1_735_689_600_123));
		assert_eq!(parse("1735689600000"), Ok(1_735_689_600_000));
	}

	#[test]
	fn rejects_bad_times_naming_the_field() {
		assert!(matches!(parse("2025-01-01"), Err(TimeError::Malformed(_))));
		assert!(matches!(parse("2025-01-01T00:00:00"), Err(TimeError::Malformed(_))));
		assert!(matches!(parse("yesterday"), Err(TimeError::Malformed(_))));
		assert_eq!(
			parse("2025-13-01T00:00:00Z"),
			Err(TimeError::OutOfRange { text: "2025-13-01T00:00:00Z".into(), field: "month" })
		);
		assert_eq!(
			parse("2025-02-29T00:00:00Z"),
			Err(TimeError::OutOfRange { text: "2025-02-29T00:00:00Z".into(), field: "day" })
		);
		assert!(matches!(parse("1969-12-31T23:59:59Z"), Err(TimeError::BeforeEpoch(_))));
	}
}
