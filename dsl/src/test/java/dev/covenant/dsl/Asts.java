package dev.covenant.dsl;

import dev.covenant.dsl.ast.Policy;
import dev.covenant.dsl.internal.DiagnosticSink;
import dev.covenant.dsl.internal.parser.ParsedPolicy;
import dev.covenant.dsl.internal.parser.PolicyParser;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Test helpers that compare syntax trees by shape and content, whatever text they were parsed from. */
final class Asts {
  private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
    @Override
    protected Constructor<?> computeValue(Class<?> type) {
      Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return type.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getSimpleName(), e);
      }
    }
  };

  private Asts() {}

  /** The tree of {@code text} when it parses; type errors do not matter, syntax errors give empty. */
  static Optional<Policy> parse(String text) {
    DiagnosticSink sink = new DiagnosticSink();
    ParsedPolicy parsed = new PolicyParser(Limits.DEFAULT).parse(PolicySource.of("test.policy", text), sink);
    return sink.hasErrors() ? Optional.empty() : parsed.policy();
  }

  /**
   * A copy of {@code value} with every {@link SourceSpan} replaced by {@link SourceSpan#NONE}, so that
   * {@code equals} compares only what the tree says. Walks records, lists and optionals, the only
   * containers the AST uses; everything else (strings, enums, BigDecimal, LocalDate) is kept as is.
   */
  static Object withoutSpans(Object value) {
    if (value instanceof SourceSpan) {
      return SourceSpan.NONE;
    } else if (value instanceof List<?> list) {
      return list.stream().map(Asts::withoutSpans).toList();
    } else if (value instanceof Optional<?> optional) {
      return optional.map(Asts::withoutSpans);
    } else if (value instanceof Record record) {
      return rebuild(record);
    }
    return value;
  }

  private static Record rebuild(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] = withoutSpans(components[i].getAccessor().invoke(record));
      }
      return (Record) CANONICAL.get(record.getClass()).newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
    }
  }
}
