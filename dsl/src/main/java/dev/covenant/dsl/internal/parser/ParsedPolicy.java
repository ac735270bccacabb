package dev.covenant.dsl.internal.parser;

import dev.covenant.dsl.ast.Policy;
import java.util.List;
import java.util.Optional;

/** What the parser made of a source: the AST when there was no syntax error, and the comments. */
public record ParsedPolicy(Optional<Policy> policy, List<Comment> comments) {}
