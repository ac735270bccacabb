package dev.covenant.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.dsl.types.Field;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The language reference stays complete: every diagnostic code and every field is documented. */
class LanguageDocumentationTest {
  private static final Path REFERENCE = Path.of("..", "docs", "language.md");

  @Test
  void documentsEveryDiagnosticCode() throws IOException {
    String reference = Files.readString(REFERENCE);
    for (DiagnosticCode code : DiagnosticCode.values()) {
      assertThat(reference).as("docs/language.md documents %s", code.code())
          .contains("| `" + code.code() + "` | " + code.severity().label() + " |");
    }
  }

  @Test
  void documentsEveryField() throws IOException {
    String reference = Files.readString(REFERENCE);
    for (Field field : Field.values()) {
      String written = field.takesKey() ? field.path() + ".<key>" : field.path();
      assertThat(reference).as("docs/language.md documents %s", written).contains("| `" + written + "` | "
          + field.type().describe() + " |");
    }
  }
}
