//! The timeline's list: the dated events an actor filter keeps, in the dataset's order, each marked where a new
//! year starts. Shown by `ui::timeline` and, statically, by `prerender::widgets`.

use super::dataset::data;
use super::model::Event;

/// An event in the list, and whether it is the first of its year.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub event: &'static Event,
    pub new_year: bool,
}

/// The events involving `actor` (every event with `None`).
pub fn events(actor: Option<&str>) -> Vec<&'static Event> {
    data().events.iter().filter(|e| actor.is_none_or(|a| e.actors.iter().any(|x| x == a))).collect()
}

/// The list the timeline shows for `actor`.
pub fn entries(actor: Option<&str>) -> Vec<Entry> {
    let mut year = 0;
    events(actor)
        .into_iter()
        .map(|event| {
            let new_year = event.date.year != year;
            year = event.date.year;
            Entry { event, new_year }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_keeps_every_event_and_each_year_starts_once() {
        let all = entries(None);
        assert_eq!(all.len(), data().events.len());
        let starts = all.iter().filter(|e| e.new_year).count();
        let mut years: Vec<u16> = all.iter().map(|e| e.event.date.year).collect();
        years.dedup();
        assert_eq!(starts, years.len());
        assert!(events(Some("japan")).iter().all(|e| e.actors.iter().any(|a| a == "japan")));
    }
}
