package dev.covenant.defacto.internal.execution;

import dev.covenant.core.Decision;
import dev.covenant.core.DecisionBatch;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.Outcome;
import dev.covenant.defacto.execution.ExecutionError;
import dev.covenant.defacto.execution.ExecutionOutcome;
import dev.covenant.defacto.execution.ExecutionReport;
import dev.covenant.defacto.execution.LoanExecution;
import dev.covenant.defacto.execution.RequestedLoans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executes a batch: decisions that request nothing are reported at once, finance decisions run
 * on a pool of at most {@code maxConcurrency} threads, and the report keeps the batch's order.
 */
public final class BatchExecution {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final DecisionRun run;
  private final int maxConcurrency;

  public BatchExecution(DecisionRun run, int maxConcurrency) {
    this.run = run;
    this.maxConcurrency = maxConcurrency;
  }

  private record Request(int position, Decision decision, String saltId) {}

  public ExecutionReport execute(DecisionBatch batch, DecisionInputs inputs, RequestedLoans known) {
    List<Decision> decisions = batch.decisions();
    LoanExecution[] entries = new LoanExecution[decisions.size()];
    List<Request> requests = new ArrayList<>();
    Set<String> requested = new HashSet<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      // Minted here, once, before any call: retries and re-runs all send this same key.
      String saltId = decision.saltId();
      EntryBuilder entry = new EntryBuilder(decision, saltId).rule(decision.rule());
      if (decision.outcome() != Outcome.FINANCE) {
        entries[i] = entry.outcome(ExecutionOutcome.NOT_REQUESTED, decision.reason());
      } else if (!requested.add(saltId)) {
        entries[i] = entry.outcome(ExecutionOutcome.NOT_REQUESTED,
            "the same invoice is requested by an earlier decision of this batch");
      } else {
        requests.add(new Request(i, decision, saltId));
      }
    }
    if (!requests.isEmpty()) {
      runAll(requests, inputs, known, entries);
    }
    return new ExecutionReport(Arrays.asList(entries));
  }

  private void runAll(List<Request> requests, DecisionInputs inputs, RequestedLoans known, LoanExecution[] entries) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(maxConcurrency, requests.size()), threads());
    try {
      List<Future<LoanExecution>> futures = new ArrayList<>();
      for (Request request : requests) {
        futures.add(pool.submit(() -> run.execute(request.decision(), request.saltId(), inputs,
            known.loanId(request.saltId()))));
      }
      for (int i = 0; i < requests.size(); i++) {
        Request request = requests.get(i);
        entries[request.position()] = await(futures.get(i), request, pool);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static LoanExecution await(Future<LoanExecution> future, Request request, ExecutorService pool) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      // Stop starting loans; those not started are reported, and a re-run resumes them safely.
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      return interrupted(request);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      Exception reported = cause instanceof Exception exception ? exception : new IllegalStateException(cause);
      return new EntryBuilder(request.decision(), request.saltId()).failed(Failures.of("execute decision", reported));
    } catch (CancellationException e) {
      return interrupted(request);
    }
  }

  private static LoanExecution interrupted(Request request) {
    return new EntryBuilder(request.decision(), request.saltId()).failed(new ExecutionError("execute decision",
        OptionalInt.empty(), "interrupted before it finished; a re-run resumes it without a second loan (same salt_id)"));
  }

  private static ThreadFactory threads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "covenant-loans-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
