package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  private static final String UNFORMATTED = """
      policy   "p"   version 1
      finance {
          rule "a"   when invoice.currency!=EUR then skip   # not ours
        otherwise   skip
      }
      """;
  private static final String FORMATTED = """
      policy "p" version 1
      finance {
        rule "a" when invoice.currency != EUR then skip  # not ours
        otherwise skip
      }
      """;

  @TempDir
  Path directory;

  @Test
  void rewritesFilesInPlaceKeepingComments() throws IOException {
    Path policy = Files.writeString(directory.resolve("p.policy"), UNFORMATTED);

    RunnerResult result = RunnerResult.run("fmt", policy.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(policy)).isEqualTo(FORMATTED);
    assertThat(result.err()).contains("formatted " + policy);
  }

  @Test
  void checkListsUnformattedFilesExitsOneAndChangesNothing() throws IOException {
    Path messy = Files.writeString(directory.resolve("messy.policy"), UNFORMATTED);
    Path tidy = Files.writeString(directory.resolve("tidy.policy"), FORMATTED);

    RunnerResult result = RunnerResult.run("fmt", "--check", messy.toString(), tidy.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEqualTo(messy + System.lineSeparator());
    assertThat(Files.readString(messy)).isEqualTo(UNFORMATTED);
  }

  @Test
  void checkPassesOnFormattedFiles() throws IOException {
    Path tidy = Files.writeString(directory.resolve("tidy.policy"), FORMATTED);

    assertThat(RunnerResult.run("fmt", "--check", tidy.toString()).exitCode()).isZero();
  }

  @Test
  void bundledSamplePoliciesAreFormatted() {
    RunnerResult result = RunnerResult.run("fmt", "--check", "policies");

    assertThat(result.out()).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void syntaxErrorsLeaveTheFileUntouchedAndExitOne() throws IOException {
    String broken = "policy \"p\"\nfinance {\n  rule \"a\" when then skip\n}\n";
    Path policy = Files.writeString(directory.resolve("broken.policy"), broken);

    RunnerResult result = RunnerResult.run("fmt", policy.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(policy + ":3:17: error: unexpected 'then', expected an expression [syntax]");
    assertThat(Files.readString(policy)).isEqualTo(broken);
  }
}
