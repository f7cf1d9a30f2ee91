//! The problems of one row (or of one command's flags) as its checks find them, each field's
//! first only: a field refused by its text rule, or missing, is not refused again for what its
//! value then fails. Intake's checks and `step import`'s keep theirs here.

/// A problem that names its field (a file's column, or the flag behind it).
pub trait OfField {
    fn field(&self) -> &str;
}

impl OfField for super::Fail {
    fn field(&self) -> &str {
        self.0
    }
}

/// The problems found so far, in the order found, a field once.
pub struct Faults<E>(pub Vec<E>);

impl<E> Default for Faults<E> {
    fn default() -> Self {
        Faults(Vec::new())
    }
}

impl<E: OfField> Faults<E> {
    /// Keeps `e` unless its field has a problem already.
    pub fn push(&mut self, e: E) {
        if !self.0.iter().any(|x| x.field() == e.field()) {
            self.0.push(e);
        }
    }

    /// The value of a check that passed; a failed one's problem kept ([`Faults::push`]).
    pub fn keep<T>(&mut self, r: Result<T, E>) -> Option<T> {
        r.map_err(|e| self.push(e)).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::Faults;

    #[test]
    fn a_field_keeps_its_first_problem() {
        let mut f: Faults<crate::rows::Fail> = Faults::default();
        assert_eq!(f.keep(Ok::<_, crate::rows::Fail>(3)), Some(3));
        assert_eq!(f.keep::<()>(Err(("step", "first".into()))), None);
        f.push(("step", "second".into()));
        f.push(("outcome", "third".into()));
        assert_eq!(
            f.0,
            [
                ("step", "first".to_string()),
                ("outcome", "third".to_string())
            ]
        );
    }
}
