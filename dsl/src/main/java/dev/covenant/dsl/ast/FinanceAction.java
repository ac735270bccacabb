package dev.covenant.dsl.ast;

/** What a finance rule decides. */
public sealed interface FinanceAction extends Node permits Finance, Skip, Review {}
