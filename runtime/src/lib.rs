pub mod strconv;
