//! Evaluates the few spreadsheet formulas the exports use, as Excel does, from the cells of a
//! sheet read back from the file: numbers, A1 references, `+ - * /`, parentheses, `SUM` and
//! `MIN` over ranges and values, `ROUND(x, digits)` (half away from zero). So a test can check
//! that a formula computes the figure stored with it, without trusting the code that wrote
//! either.
//! Anything else is a panic naming it: a test must not pass on a formula it cannot read.

/// The number a formula reads in a cell of a sheet read back by calamine: an empty cell is 0,
/// as in Excel's arithmetic and `SUM` (Excel's `MIN` skips it instead; the exports' `MIN`s name
/// figures only); text is a panic, since no formula of the exports reads text.
pub fn number_at(values: &calamine::Range<calamine::Data>, row: u32, column: u32) -> f64 {
    match values.get_value((row, column)) {
        Some(calamine::Data::Float(v)) => *v,
        Some(calamine::Data::Int(v)) => *v as f64,
        None | Some(calamine::Data::Empty) => 0.0,
        Some(other) => panic!("a formula reads the non-number {other:?} at ({row}, {column})"),
    }
}

/// The value of `formula` (with or without its leading `=`); `cell(row, column)` is the value
/// of a cell, zero-based.
pub fn evaluate(formula: &str, cell: &dyn Fn(u32, u32) -> f64) -> f64 {
    let text: Vec<char> = formula.trim_start_matches('=').chars().collect();
    let mut parser = Parser {
        text: &text,
        at: 0,
        cell,
    };
    let value = parser.expression();
    assert_eq!(parser.at, text.len(), "unread text in {formula:?}");
    value
}

struct Parser<'a> {
    text: &'a [char],
    at: usize,
    cell: &'a dyn Fn(u32, u32) -> f64,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.at += 1;
        }
        found
    }

    fn expect(&mut self, c: char) {
        assert!(self.eat(c), "expected {c:?} at {}", self.at);
    }

    fn expression(&mut self) -> f64 {
        let mut value = self.term();
        loop {
            if self.eat('+') {
                value += self.term();
            } else if self.eat('-') {
                value -= self.term();
            } else {
                return value;
            }
        }
    }

    fn term(&mut self) -> f64 {
        let mut value = self.factor();
        loop {
            if self.eat('*') {
                value *= self.factor();
            } else if self.eat('/') {
                value /= self.factor();
            } else {
                return value;
            }
        }
    }

    fn factor(&mut self) -> f64 {
        if self.eat('(') {
            let value = self.expression();
            self.expect(')');
            return value;
        }
        if self.eat('-') {
            return -self.factor();
        }
        match self.peek() {
            Some(c) if c.is_ascii_digit() || c == '.' => self.number(),
            Some(c) if c.is_ascii_uppercase() => {
                let letters = self.letters();
                if self.eat('(') {
                    self.function(&letters)
                } else {
                    let (row, column) = self.reference(&letters);
                    (self.cell)(row, column)
                }
            }
            other => panic!("unexpected {other:?} at {}", self.at),
        }
    }

    fn number(&mut self) -> f64 {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
            self.at += 1;
        }
        let digits: String = self.text[start..self.at].iter().collect();
        digits.parse().unwrap()
    }

    fn letters(&mut self) -> String {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_uppercase()) {
            self.at += 1;
        }
        self.text[start..self.at].iter().collect()
    }

    /// The row and column of a reference whose column letters have been read.
    fn reference(&mut self, letters: &str) -> (u32, u32) {
        let row = self.number() as u32;
        assert!(row >= 1, "row numbers start at 1");
        let column = letters
            .chars()
            .fold(0u32, |n, c| n * 26 + (c as u32 - 'A' as u32 + 1));
        (row - 1, column - 1)
    }

    /// The values of one argument: a range's cells, or one value.
    fn argument(&mut self) -> Vec<f64> {
        let start = self.at;
        if self.peek().is_some_and(|c| c.is_ascii_uppercase()) {
            let letters = self.letters();
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                let from = self.reference(&letters);
                if self.eat(':') {
                    let letters = self.letters();
                    let to = self.reference(&letters);
                    return (from.0..=to.0)
                        .flat_map(|r| (from.1..=to.1).map(move |c| (r, c)))
                        .map(|(r, c)| (self.cell)(r, c))
                        .collect();
                }
            }
        }
        self.at = start;
        vec![self.expression()]
    }

    fn function(&mut self, name: &str) -> f64 {
        let mut arguments = vec![self.argument()];
        while self.eat(',') {
            arguments.push(self.argument());
        }
        self.expect(')');
        match (name, arguments.as_slice()) {
            ("SUM", _) => arguments.iter().flatten().sum(),
            ("MIN", _) => arguments
                .iter()
                .flatten()
                .copied()
                .fold(f64::INFINITY, f64::min),
            ("ROUND", [x, digits]) => {
                let scale = 10f64.powi(digits[0] as i32);
                // Excel rounds half away from zero, as f64::round does.
                (x[0] * scale).round() / scale
            }
            _ => panic!(
                "{name} with {} arguments is not known here",
                arguments.len()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::evaluate;

    #[test]
    fn formulas_compute_as_excel_computes_them() {
        // A1 = 1, B1 = 2, A2 = 10, B2 = 20.
        let cell =
            |row: u32, column: u32| [[1.0, 2.0], [10.0, 20.0]][row as usize][column as usize];
        assert_eq!(evaluate("=1+2*3", &cell), 7.0);
        assert_eq!(evaluate("=(1+2)*3", &cell), 9.0);
        assert_eq!(evaluate("=A1+B2", &cell), 21.0);
        assert_eq!(evaluate("=SUM(A1:B2)", &cell), 33.0);
        assert_eq!(evaluate("=SUM(A1:A2,B1)", &cell), 13.0);
        assert_eq!(evaluate("=MIN(A2:B2,B1)", &cell), 2.0);
        assert_eq!(evaluate("=MIN(B2)", &cell), 20.0);
        assert_eq!(evaluate("=ROUND(2.5,0)", &cell), 3.0);
        assert_eq!(evaluate("=ROUND(-2.5,0)", &cell), -3.0);
        assert_eq!(evaluate("=ROUND(B2*0.125,0)", &cell), 3.0);
    }
}
