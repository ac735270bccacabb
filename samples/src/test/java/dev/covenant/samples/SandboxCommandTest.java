package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.samples.emulator.DefactoEmulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SandboxCommandTest {
  @Test
  void servesHelloAndLogsEachCallUntilStopped() throws Exception {
    CompletableFuture<DefactoEmulator> started = new CompletableFuture<>();
    CountDownLatch stop = new CountDownLatch(1);
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new SandboxCommand(started::complete, stop));
    commandLine.setOut(new PrintWriter(out, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("--port", "0"));

    DefactoEmulator emulator = started.get(10, TimeUnit.SECONDS);
    HttpResponse<String> hello = HttpClient.newHttpClient().send(HttpRequest.newBuilder(emulator.baseUrl().resolve("/hello"))
        .header("Authorization", "Bearer anything").build(), HttpResponse.BodyHandlers.ofString());
    stop.countDown();

    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(out.toString()).contains("Defacto sandbox emulator listening on http://127.0.0.1:" + emulator.port())
        .contains("Any non-empty Bearer API key").containsPattern("GET /hello 200 \\d+ms");
  }

  @Test
  void badFaultsAreAOneLineUsageError() {
    RunnerResult result = RunnerResult.run("sandbox", "--port", "0", "--faults", "POST /loans=boom:5%");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err().strip()).doesNotContain("\n").contains("--faults").contains("unknown fault 'boom'")
        .doesNotContain("Exception");
  }

  @Test
  void aSeedNeedsBothFiles() {
    RunnerResult result = RunnerResult.run("sandbox", "--port", "0", "--seed-borrowers", "data/borrowers.json");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("go together");
  }
}
