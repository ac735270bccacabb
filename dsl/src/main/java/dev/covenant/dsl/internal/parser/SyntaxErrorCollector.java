package dev.covenant.dsl.internal.parser;

import dev.covenant.dsl.DiagnosticCode;
import dev.covenant.dsl.SourceSpan;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.antlr.CovenantLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Replaces ANTLR's console listener: every syntax error becomes a diagnostic that says, in
 * words, what was found and what the grammar expected there.
 */
final class SyntaxErrorCollector extends BaseErrorListener {
  private final DiagnosticSink sink;
  private int errors;

  SyntaxErrorCollector(DiagnosticSink sink) {
    this.sink = sink;
  }

  int errors() {
    return errors;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String antlrMessage,
      RecognitionException exception) {
    errors++;
    Token token = (Token) offendingSymbol;
    SourceSpan span = Spans.of(token);
    IntervalSet expected = recognizer instanceof Parser parser ? parser.getExpectedTokens() : new IntervalSet();
    String message = "unexpected " + describe(token) + expectation(expected, recognizer.getVocabulary())
        + hint(token, expected);
    sink.report(DiagnosticCode.SYNTAX, span, message);
  }

  private static String describe(Token token) {
    if (token.getType() == Token.EOF) {
      return "end of file";
    }
    return "'" + token.getText() + "'";
  }

  /** The mistakes people bring from other languages, answered with the form this one uses. */
  private static String hint(Token token, IntervalSet expected) {
    if (token.getType() == CovenantLexer.ASSIGN && !expected.contains(CovenantLexer.ASSIGN)) {
      return " (to compare, write ==)";
    }
    return "";
  }

  private static String expectation(IntervalSet expected, Vocabulary vocabulary) {
    List<Integer> types = expected.toList();
    if (types.isEmpty()) {
      return "";
    }
    if (types.contains(CovenantLexer.NUMBER) && types.contains(CovenantLexer.STRING)
        && types.contains(CovenantLexer.LPAREN)) {
      return ", expected an expression";
    }
    if (types.size() > 6 && types.contains(CovenantLexer.IDENT)) {
      return ", expected a name";
    }
    TreeSet<String> words = new TreeSet<>();
    for (int type : types) {
      words.add(word(type, vocabulary));
    }
    List<String> list = new ArrayList<>(words);
    if (list.size() == 1) {
      return ", expected " + list.get(0);
    }
    return ", expected " + String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }

  private static String word(int type, Vocabulary vocabulary) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case CovenantLexer.STRING -> "text in quotes";
      case CovenantLexer.NUMBER -> "a number";
      case CovenantLexer.IDENT -> "a name";
      case CovenantLexer.DATE -> "a date";
      default -> {
        String literal = vocabulary.getLiteralName(type);
        yield literal != null ? literal : vocabulary.getDisplayName(type);
      }
    };
  }
}
