package dev.covenant.dsl.ast;

/** A top-level statement of a policy. */
public sealed interface Declaration extends Node
    permits BorrowerDeclaration, TimezoneDeclaration, LetDeclaration, FinanceBlock, ValidateBlock,
        AllocateDeclaration, ReserveDeclaration, TestDeclaration {}
