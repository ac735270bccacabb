package dev.covenant.benchmarks;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.model.Invoice;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How long deciding takes, per invoice: Covenant's engine on the example policy, one invoice at a
 * time and as one batch, against the same rules written by hand in Java ({@link HandWrittenPolicy},
 * the practical speed limit). 100,000 synthetic invoices ({@link SyntheticInvoices}).
 *
 * <p>Scores are nanoseconds per invoice ({@code 1e9 / score} invoices per second). The batch score
 * includes what a batch does more: sorting by due date and drawing down credit lines. 100,000
 * invoices are about 45 MB of objects, far more than the caches hold, so every score includes
 * the cache misses of reading them. The {@code distinct = 2000} runs cycle over 2,000 invoices that
 * stay in cache, which shows each side's own cost: compare both.
 *
 * <pre>java -jar benchmarks/target/covenant-benchmarks.jar DecideBenchmark</pre>
 *
 * <p>The Covenant benchmarks first check that the engine decides the first
 * {@value AgreementCheck#CHECKED} invoices as the hand-written code does, and fail otherwise; the
 * hand-written benchmark does not need the engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DecideBenchmark {
  static final int INVOICES = 100_000;

  /**
   * How many distinct invoices the 100,000 decisions cycle over: 100,000 (memory-bound, the
   * issue's figure) or 2,000 (cache-resident, which shows the engine's own cost).
   */
  @Param({"100000", "2000"})
  public int distinct;

  private Invoice[] invoices;
  private List<Invoice> batch;
  private DecisionInputs inputs;
  private HandWrittenPolicy handWritten;

  /** The compiled example policy, in a state of its own so that the hand-written benchmark runs without the engine. */
  @State(Scope.Benchmark)
  public static class Covenant {
    CompiledPolicy policy;

    @Setup
    public void compileAndCheck() {
      policy = AgreementCheck.examplePolicy();
      // The first invoices of generate(CHECKED) are those of generate(INVOICES): the same data is checked.
      AgreementCheck.verify(policy, SyntheticInvoices.generate(AgreementCheck.CHECKED), AgreementCheck.CHECKED);
    }
  }

  @Setup
  public void generate() {
    SyntheticInvoices data = SyntheticInvoices.generate(distinct);
    batch = data.invoices();
    invoices = batch.toArray(new Invoice[0]);
    inputs = data.inputs();
    handWritten = new HandWrittenPolicy(inputs);
    // The benchmarks are memory-bound on 100,000 invoices, so the heap must look the same to all:
    // without this, the engine's allocations would get the invoices moved (by young collections)
    // during its measurement, while the hand-written benchmark, which allocates nothing, would
    // read them wherever generation left them.
    System.gc();
  }

  @Benchmark
  @OperationsPerInvocation(INVOICES)
  public void covenantPerInvoice(Covenant covenant, Blackhole blackhole) {
    CompiledPolicy policy = covenant.policy;
    for (int round = 0; round < INVOICES / invoices.length; round++) {
      for (Invoice invoice : invoices) {
        blackhole.consume(policy.decide(invoice, inputs));
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(INVOICES)
  public void covenantBatch(Covenant covenant, Blackhole blackhole) {
    for (int round = 0; round < INVOICES / invoices.length; round++) {
      blackhole.consume(covenant.policy.decideAll(batch, inputs));
    }
  }

  @Benchmark
  @OperationsPerInvocation(INVOICES)
  public void handWrittenPerInvoice(Blackhole blackhole) {
    HandWrittenPolicy policy = handWritten;
    for (int round = 0; round < INVOICES / invoices.length; round++) {
      for (Invoice invoice : invoices) {
        blackhole.consume(policy.decide(invoice));
      }
    }
  }
}
