package dev.covenant.dsl.ast;

/** The value of a record entry: an expression or a nested record. */
public sealed interface RecordValue extends Node permits Expr, RecordLiteral {}
