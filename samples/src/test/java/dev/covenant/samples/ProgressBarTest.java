package dev.covenant.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.covenant.core.BatchProgress;
import dev.covenant.core.BatchProgress.Phase;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final StringWriter err = new StringWriter();

  @Test
  void drawsThePhaseAndShareInPlaceThenClearsTheLine() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true), true);

    bar.show(new BatchProgress(Phase.ALLOCATING, 250, 1000));
    String drawn = err.toString();
    bar.clear();

    assertThat(drawn).startsWith("\rallocating [#######").contains("] 25%").doesNotContain("\n");
    assertThat(err.toString()).endsWith("\r");
  }

  @Test
  void printsNothingWhenNotOnATerminal() {
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true), false);

    bar.show(new BatchProgress(Phase.READING, 1, 2));
    bar.clear();

    assertThat(err.toString()).isEmpty();
  }
}
