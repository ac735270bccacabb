package dev.covenant.dsl.internal.parser;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.Limits;
import dev.covenant.dsl.PolicySource;
import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.antlr.CovenantLexer;
import dev.covenant.dsl.internal.antlr.CovenantParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Wires lexer and parser (Trino's pattern): enforces the size and nesting limits on the tokens
 * before any recursive descent starts, reports lexical problems once each, tries the fast SLL
 * mode and falls back to full LL only when SLL fails.
 */
public final class PolicyParser {
  /** What people type from other languages, answered with this language's form. */
  private static final Map<String, String> CHARACTER_HINTS = Map.of(
      "&", "; write 'and'",
      "|", "; write 'or'",
      "!", "; write 'not', or '!=' to compare",
      "*", "; to take a share, write a percentage with 'of', as in 80% of invoice.to_pay_amount",
      "/", "; comments start with #");

  private final Limits limits;

  public PolicyParser(Limits limits) {
    this.limits = limits;
  }

  public ParsedPolicy parse(PolicySource source, DiagnosticSink sink) {
    String text = source.text();
    if (text.length() > limits.maxSourceChars()) {
      sink.report(DiagnosticCode.FILE_TOO_LARGE, new SourceSpan(0, 0, 1, 1, 1, 1),
          "the policy has " + text.length() + " characters, more than the limit of " + limits.maxSourceChars());
      return new ParsedPolicy(Optional.empty(), List.of());
    }
    CovenantLexer lexer = new CovenantLexer(CharStreams.fromString(text, source.name()));
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    boolean overLimit = scan(lexer, tokens, comments, sink);
    if (overLimit) {
      return new ParsedPolicy(Optional.empty(), comments);
    }
    try {
      return new ParsedPolicy(parseTokens(tokens, source, sink), comments);
    } catch (StackOverflowError e) {
      sink.report(DiagnosticCode.NESTING_TOO_DEEP, new SourceSpan(0, 0, 1, 1, 1, 1),
          "the policy nests too deeply to be read; simplify its expressions");
      return new ParsedPolicy(Optional.empty(), comments);
    }
  }

  /**
   * Keeps the parser's tokens, reports bad ones, collects comments; true when the token count
   * or the nesting exceeds its limit. Stops lexing at the limit so memory stays bounded.
   */
  private boolean scan(CovenantLexer lexer, List<Token> tokens, List<Comment> comments, DiagnosticSink sink) {
    int depth = 0;
    int prefixRun = 0;
    boolean inBlock = false;
    Token previousBad = null;
    for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
      int type = token.getType();
      if (type == CovenantLexer.COMMENT) {
        comments.add(new Comment(token.getText().stripTrailing(), Spans.of(token)));
        continue;
      }
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      if (type == CovenantLexer.UNEXPECTED) {
        boolean continuesRun = previousBad != null && previousBad.getStopIndex() + 1 == token.getStartIndex();
        if (!continuesRun) {
          sink.report(DiagnosticCode.UNEXPECTED_CHARACTER, Spans.of(token),
              "unexpected character " + describeCharacter(token.getText()) + CHARACTER_HINTS.getOrDefault(token.getText(), ""));
        }
        previousBad = token;
        continue;
      }
      if (type == CovenantLexer.UNTERMINATED_STRING) {
        sink.report(DiagnosticCode.UNTERMINATED_TEXT, Spans.of(token), "text is missing its closing '\"'");
        continue;
      }
      tokens.add(token);
      if (tokens.size() > limits.maxTokens()) {
        sink.report(DiagnosticCode.FILE_TOO_LARGE, Spans.of(token), "the policy has more than " + limits.maxTokens()
            + " tokens (words, numbers and symbols); split it or raise the limit");
        return true;
      }
      // The braces of finance, validate and test blocks open at the top level and do not nest
      // expressions: counting them would make the limit one less than it says.
      if (depth == 0 && type == CovenantLexer.LBRACE && !inBlock) {
        inBlock = true;
      } else if (depth == 0 && type == CovenantLexer.RBRACE && inBlock) {
        inBlock = false;
      } else {
        switch (type) {
          case CovenantLexer.LPAREN, CovenantLexer.LBRACK, CovenantLexer.LBRACE -> depth++;
          case CovenantLexer.RPAREN, CovenantLexer.RBRACK, CovenantLexer.RBRACE -> depth = Math.max(0, depth - 1);
          default -> { }
        }
      }
      prefixRun = type == CovenantLexer.NOT || type == CovenantLexer.MINUS ? prefixRun + 1 : 0;
      if (depth + prefixRun > limits.maxNestingDepth()) {
        sink.report(DiagnosticCode.NESTING_TOO_DEEP, Spans.of(token),
            "nesting deeper than the limit of " + limits.maxNestingDepth() + " levels");
        return true;
      }
    }
    return false;
  }

  private Optional<Policy> parseTokens(List<Token> tokens, PolicySource source, DiagnosticSink sink) {
    ListTokenSource tokenSource = new ListTokenSource(tokens, source.name());
    CommonTokenStream stream = new CommonTokenStream(tokenSource);
    CovenantParser parser = new CovenantParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    CovenantParser.PolicyFileContext tree;
    SyntaxErrorCollector collector = new SyntaxErrorCollector(sink);
    try {
      tree = parser.policyFile();
    } catch (ParseCancellationException sllFailed) {
      stream.seek(0);
      parser.reset();
      parser.addErrorListener(collector);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      tree = parser.policyFile();
    }
    if (collector.errors() > 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new AstBuilder(sink, limits).policy(tree));
    } catch (AstBuilder.NestingTooDeep e) {
      sink.report(DiagnosticCode.NESTING_TOO_DEEP, e.span, "expressions nest deeper than the limit of "
          + e.limit + " levels; split the expression with lets");
      return Optional.empty();
    }
  }

  /** Visible characters in quotes; invisible ones (a no-break space pasted from a document) by code point and name. */
  private static String describeCharacter(String text) {
    int codePoint = text.codePointAt(0);
    int type = Character.getType(codePoint);
    boolean invisible = Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
        || type == Character.SPACE_SEPARATOR || type == Character.FORMAT;
    if (!invisible) {
      return "'" + text + "'";
    }
    String name = Character.getName(codePoint);
    return String.format("U+%04X", codePoint) + (name == null ? "" : " (" + name.toLowerCase(java.util.Locale.ROOT) + ")");
  }
}
