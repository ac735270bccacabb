package dev.covenant.dsl.ast;

/** A {@code given} or an {@code expect} line of a test. */
public sealed interface TestStatement extends Node permits GivenToday, Given, Expectation {}
