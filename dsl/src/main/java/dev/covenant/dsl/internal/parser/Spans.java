package dev.covenant.dsl.internal.parser;

import dev.covenant.dsl.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Source spans of ANTLR tokens and contexts. */
public final class Spans {
  private Spans() {}

  public static SourceSpan of(Token token) {
    int start = Math.max(0, token.getStartIndex());
    int end = Math.max(start, token.getStopIndex() + 1);
    int column = token.getCharPositionInLine() + 1;
    return new SourceSpan(start, end, token.getLine(), column, token.getLine(), column + Math.max(0, end - start - 1));
  }

  public static SourceSpan of(ParserRuleContext context) {
    Token stop = context.getStop() == null || context.getStop().getTokenIndex() < context.getStart().getTokenIndex()
        ? context.getStart()
        : context.getStop();
    return of(context.getStart()).to(of(stop));
  }
}
