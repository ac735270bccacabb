package dev.covenant.samples;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Reads an option's value as one of an enum's constants, in any case and with {@code -} for
 * {@code _}, and refuses anything else by listing the values as the help writes them.
 */
abstract class EnumNames<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final List<E> values;
  private final Function<E, String> shown;

  /**
   * @param lowerCase whether the help shows the values in lower case with dashes
   *                  ({@code as-decided}) rather than as Defacto spells them ({@code SUCCESS})
   */
  EnumNames(Class<E> type, boolean lowerCase) {
    this.values = Arrays.asList(type.getEnumConstants());
    this.shown = lowerCase ? value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-') : Enum::name;
  }

  @Override
  public E convert(String text) {
    String wanted = text.strip().replace('-', '_');
    for (E value : values) {
      if (value.name().equalsIgnoreCase(wanted)) {
        return value;
      }
    }
    List<String> names = values.stream().map(shown).toList();
    String expected = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    throw new CommandLine.TypeConversionException("expected " + expected + ", got '" + text + "'");
  }
}
