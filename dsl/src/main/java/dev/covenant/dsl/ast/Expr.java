package dev.covenant.dsl.ast;

/**
 * An expression of the policy language. Parentheses leave no node: the tree's shape is the
 * grouping. {@code and}/{@code or} chains are flat lists, so long chains never make a deep tree.
 */
public sealed interface Expr extends Node, RecordValue
    permits NumberLiteral, MoneyLiteral, PercentLiteral, DurationLiteral, TextLiteral, DateLiteral,
        BooleanLiteral, Today, ListLiteral, Reference, Call, Not, Negate, And, Or, Arithmetic, Of,
        Comparison, Presence {}
