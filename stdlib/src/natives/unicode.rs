//! unicode: character classes from the Unicode general categories.

use minigo_runtime::abi::G;
use unicode_general_category::{get_general_category, GeneralCategory as C};

fn cat(r: i32) -> Option<C> {
    char::from_u32(r as u32).map(get_general_category)
}

fn is(r: i32, f: fn(C) -> bool) -> u8 {
    cat(r).is_some_and(f) as u8
}

pub extern "C" fn is_letter(_g: *mut G, r: i32) -> u8 {
    is(r, |c| matches!(c, C::UppercaseLetter | C::LowercaseLetter | C::TitlecaseLetter | C::ModifierLetter | C::OtherLetter))
}
pub extern "C" fn is_digit(_g: *mut G, r: i32) -> u8 {
    is(r, |c| c == C::DecimalNumber)
}
pub extern "C" fn is_number(_g: *mut G, r: i32) -> u8 {
    is(r, |c| matches!(c, C::DecimalNumber | C::LetterNumber | C::OtherNumber))
}
pub extern "C" fn is_space(_g: *mut G, r: i32) -> u8 {
    char::from_u32(r as u32).is_some_and(char::is_whitespace) as u8
}
pub extern "C" fn is_upper(_g: *mut G, r: i32) -> u8 {
    is(r, |c| c == C::UppercaseLetter)
}
pub extern "C" fn is_lower(_g: *mut G, r: i32) -> u8 {
    is(r, |c| c == C::LowercaseLetter)
}
pub extern "C" fn is_title(_g: *mut G, r: i32) -> u8 {
    is(r, |c| c == C::TitlecaseLetter)
}
pub extern "C" fn is_punct(_g: *mut G, r: i32) -> u8 {
    is(r, |c| {
        matches!(
            c,
            C::ConnectorPunctuation
                | C::DashPunctuation
                | C::OpenPunctuation
                | C::ClosePunctuation
                | C::InitialPunctuation
                | C::FinalPunctuation
                | C::OtherPunctuation
        )
    })
}

/// Go's IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
pub extern "C" fn is_print(_g: *mut G, r: i32) -> u8 {
    if r == ' ' as i32 {
        return 1;
    }
    is(r, |c| {
        !matches!(c, C::SpaceSeparator | C::LineSeparator | C::ParagraphSeparator | C::Control | C::Format | C::Surrogate | C::PrivateUse | C::Unassigned)
    })
}
