//! STUB, to be replaced at merge by the real module of branch `i12-holidays` (the national
//! holidays and cuti bersama shipped as data, one file a year). It has the same names and
//! signatures as the parts of the real module that the office calendar uses ([`SETS`],
//! [`Status`], [`HolidayYear`], [`year`], [`dates`], [`name_of`]), and knows no date: every
//! calendar is, until the merge, a calendar without holidays.

use chrono::NaiveDate;
use std::collections::BTreeSet;

/// The holiday sets a calendar can name: national holidays and collective leave.
pub const SETS: &[&str] = &["libur-nasional", "cuti-bersama"];

/// Whether a year's list was checked against its decree, or derived before the decree is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Official,
    Estimated,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Official => "official",
            Status::Estimated => "estimated",
        }
    }
}

/// One year's holidays (the stub keeps only what the calendar commands read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayYear {
    pub year: i32,
    pub status: Status,
}

/// One year's holidays, when shipped. STUB: no year is shipped.
pub fn year(_y: i32) -> Option<&'static HolidayYear> {
    None
}

/// Every date of the named sets, all years together. STUB: no date.
pub fn dates(_sets: &[String]) -> BTreeSet<NaiveDate> {
    BTreeSet::new()
}

/// The name of a date's holiday, if it is one. STUB: none.
pub fn name_of(_date: NaiveDate) -> Option<&'static str> {
    None
}
