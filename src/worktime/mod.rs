//! Office time: the working-time core. A SOP's "6 Jam" or "60 menit" is the unit's working time,
//! not the wall clock: the office closes at four, on weekends, on national holidays and on cuti
//! bersama. This module is pure (no database, clock or terminal): given a resolved
//! [`Calendar`] it answers how much working time lies between two instants, and when a given
//! amount of working time, started at an instant, runs out.
//!
//! - [`calendar`]: the model: weekly hours (several ranges a day at minute precision, ranges past
//!   midnight), date-range overrides (Ramadan hours), single dates (a closure, a half day), and the
//!   holiday dates that apply; the built-in office week and the 24/7 clock.
//! - [`holidays`]: the national holidays and cuti bersama shipped as data, one set per year.
//! - [`office`]: an office calendar as its file says it (name, holiday sets, notes), the two
//!   built-in calendars (the five-day government week, [`office::office_week`], and the 24/7
//!   clock), and each day's hours with the reason for them.
//! - [`file`]: the office calendar file (TOML), read with every problem listed, and written back.
//! - [`ledger`]: the working seconds of whole days summed once, for many spans on one calendar
//!   ([`Ledger::working_secs`], the same answers as [`working_secs`]).
//! - [`time`]: the working-time functions: [`working_secs`], [`deadline`], [`is_open`],
//!   [`next_open`], [`add_working_days`] for "hari" standards.

pub mod calendar;
pub mod file;
pub mod holidays;
pub mod ledger;
pub mod office;
pub mod time;

#[cfg(test)]
mod golden;
#[cfg(test)]
mod props;

pub use calendar::{Calendar, DayHours, Range, Week};
pub use ledger::Ledger;
pub use office::{office_week, Office};
pub use time::{add_working_days, deadline, is_open, is_working_day, next_open, working_secs};
