package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir
  Path directory;

  @Test
  void bundledSamplePoliciesCheckWithoutErrors() {
    RunnerResult result = RunnerResult.run("check", "policies");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("checked 3 policies: 0 errors, 0 warnings");
  }

  @Test
  void errorsArePrintedWithPositionSourceLineAndCaretAndExitOne() throws IOException {
    Path policy = write("bad.policy", """
        policy "bad"
        finance {
          rule "small" when invoice.amout < 500 EUR then skip
        }
        """);

    RunnerResult result = RunnerResult.run("check", policy.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(policy + ":3:21: error: unknown field invoice.amout")
        .contains("    rule \"small\" when invoice.amout < 500 EUR then skip\n")
        .contains("                    ^~~~~~~~~~~~~\n")
        .contains("checked 1 policy: 1 error, 0 warnings");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void warningsAloneExitZero() throws IOException {
    Path policy = write("warn.policy", "policy \"w\"\nlet unused = 5 EUR\n");

    RunnerResult result = RunnerResult.run("check", policy.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("warning: let unused is never used [unused-let]");
  }

  @Test
  void aMissingFileIsReportedInOneLineWithExitTwo() {
    RunnerResult result = RunnerResult.run("check", directory.resolve("absent.policy").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("covenant: cannot read " + directory.resolve("absent.policy") + ": no such file")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
    Path policy = write("windows.policy", "\uFEFFpolicy \"w\"\r\nfinance {\r\n  otherwise skip\r\n}\r\n");

    RunnerResult result = RunnerResult.run("check", policy.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("checked 1 policy: 0 errors, 0 warnings");
  }

  @Test
  void aFileThatIsNotUtf8TextIsReportedInOneLine() throws IOException {
    Path binary = Files.write(directory.resolve("binary.policy"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF});

    RunnerResult result = RunnerResult.run("check", binary.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot read " + binary + ": not UTF-8 text").doesNotContain("Exception");
  }

  @Test
  void aDirectoryStandsForThePolicyFilesUnderIt() throws IOException {
    write("a.policy", "policy \"a\"\n");
    write("b.policy", "policy \"b\"\nfinance { otherwise skip }\n");
    write("notes.txt", "not a policy");

    RunnerResult result = RunnerResult.run("check", directory.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("checked 2 policies");
  }

  @Test
  void withoutFilesItPrintsUsageAndExitsTwo() {
    RunnerResult result = RunnerResult.run("check");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Usage: covenant check");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }
}
