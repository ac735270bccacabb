package dev.covenant.core.internal.engine;

import dev.covenant.core.BatchProgress;
import dev.covenant.core.BatchProgress.Phase;
import dev.covenant.core.Decision;
import dev.covenant.core.DecisionInputs;
import dev.covenant.core.DecisionSink;
import dev.covenant.core.json.DefactoJson;
import dev.covenant.core.json.InputException;
import dev.covenant.core.json.InvoiceFiles;
import dev.covenant.core.json.InvoiceStream;
import dev.covenant.core.model.Invoice;
import dev.covenant.core.model.InvoiceOrigin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A batch read from files and decided without holding it, giving what {@link
 * PolicyProgram#decideAll} gives for the same invoices.
 *
 * <p>Without {@code allocate by}, allocation order is input order: one pass decides and delivers.
 * With it: the first pass keeps each invoice's sort keys, byte offset and whether a rule reading no
 * batch state decides it; the second decides the others in allocation order, reading each again
 * from its offset, and keeps only the batch state each saw (availability and exposure); the third
 * reads the files again and decides every invoice with that state, in input order. A decision
 * depends only on its invoice, the inputs and that state, so the third pass repeats the second
 * exactly, explanation included.
 */
final class FileBatch {
  private static final int PROGRESS_EVERY = 4096;
  private static final byte STATELESS = 0;
  private static final byte STATEFUL = 1;
  private static final byte DUPLICATE = 2;

  private final PolicyProgram program;
  private final DecisionInputs inputs;
  private final DecisionSink sink;
  private final BorrowerIndex index;

  /** Per invoice, by position in the batch (second pass onwards). */
  private int count;
  private String[] sources = new String[16];
  private int[] indexes = new int[16];
  private long[] offsets = new long[16];
  private byte[] kinds = new byte[16];
  /** credit_line.available as the invoice saw it, its own earlier loan counted back. */
  private long[] available;
  private long[] ownLoans;
  private long[] buyerExposure;
  private long[] sellerExposure;

  FileBatch(PolicyProgram program, DecisionInputs inputs, DecisionSink sink) {
    this.program = program;
    this.inputs = inputs;
    this.sink = sink;
    this.index = program.index(inputs);
  }

  long decide(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    if (program.allocation().isEmpty()) {
      return decideInInputOrder(files, bytes);
    }
    AllocationOrder.Keys keys = program.allocation().get().keys(index.today());
    boolean copies = readKeys(files, bytes, keys);
    allocate(keys, copies);
    deliver(files);
    return count;
  }

  private long decideInInputOrder(List<Path> files, long bytes) throws IOException {
    BatchLedger ledger = new BatchLedger();
    SeenKeys seen = new SeenKeys();
    long decided = 0;
    long before = 0;
    for (Path file : files) {
      try (InvoiceStream stream = DefactoJson.openInvoices(file)) {
        while (stream.hasNext()) {
          Invoice invoice = stream.next();
          sink.accept(seen.add(invoice) ? program.decideDrawingOn(ledger, invoice, index, inputs)
              : program.duplicate(invoice));
          if (++decided % PROGRESS_EVERY == 0) {
            sink.progress(new BatchProgress(Phase.READING, before + invoice.origin().offset(), bytes));
          }
        }
      }
      before += Files.size(file);
    }
    sink.progress(new BatchProgress(Phase.READING, bytes, bytes));
    return decided;
  }

  /** First pass: every invoice's sort keys and origin; whether the batch holds copies of an invoice. */
  private boolean readKeys(List<Path> files, long bytes, AllocationOrder.Keys keys) throws IOException {
    SeenKeys seen = new SeenKeys();
    boolean copies = false;
    int statelessRules = program.statelessRules();
    long before = 0;
    for (Path file : files) {
      try (InvoiceStream stream = DefactoJson.openInvoices(file)) {
        while (stream.hasNext()) {
          Invoice invoice = stream.next();
          copies |= !seen.add(invoice);
          keys.add(invoice);
          Env env = program.env(invoice, index, index.today());
          boolean stateless = program.decidedWithoutBatchState(program.statelessMatch(env, statelessRules));
          remember(invoice.origin(), stateless ? STATELESS : STATEFUL);
          if (count % PROGRESS_EVERY == 0) {
            sink.progress(new BatchProgress(Phase.READING, before + invoice.origin().offset(), bytes));
          }
        }
      }
      before += Files.size(file);
    }
    sink.progress(new BatchProgress(Phase.READING, bytes, bytes));
    return copies;
  }

  /**
   * Second pass: the invoices that compete for credit, in allocation order, each read again from
   * its offset. With copies in the batch, every invoice takes part in the order, since the first
   * copy in allocation order is the one decided.
   */
  private void allocate(AllocationOrder.Keys keys, boolean copies) throws IOException {
    available = new long[count];
    ownLoans = new long[count];
    buyerExposure = new long[count];
    sellerExposure = new long[count];
    BatchLedger ledger = new BatchLedger();
    SeenKeys firstCopies = copies ? new SeenKeys() : null;
    try (InvoiceFiles files = InvoiceFiles.open()) {
      int[] order = keys.order(position -> content(files, position));
      long done = 0;
      for (int position : order) {
        if (++done % PROGRESS_EVERY == 0) {
          sink.progress(new BatchProgress(Phase.ALLOCATING, done, count));
        }
        if (kinds[position] == STATELESS && !copies) {
          continue;
        }
        Invoice invoice = read(files, position);
        if (copies && !firstCopies.add(invoice)) {
          kinds[position] = DUPLICATE;
          continue;
        }
        if (kinds[position] == STATELESS) {
          continue;
        }
        Env env = program.env(invoice, index, index.today());
        PolicyProgram.applyBatchState(env, ledger, inputs);
        available[position] = env.available;
        ownLoans[position] = env.ownLoan;
        buyerExposure[position] = env.exposureBuyer;
        sellerExposure[position] = env.exposureSeller;
        PolicyProgram.record(program.decide(env, program.decidingIndex(env)), env.ownLoan, ledger);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    sink.progress(new BatchProgress(Phase.ALLOCATING, count, count));
  }

  /** Third pass: every decision, in input order, with the batch state the second pass saw. */
  private void deliver(List<Path> files) throws IOException {
    int statelessRules = program.statelessRules();
    int position = 0;
    for (Path file : files) {
      try (InvoiceStream stream = DefactoJson.openInvoices(file)) {
        while (stream.hasNext()) {
          Invoice invoice = stream.next();
          if (position >= count || !invoice.origin().equals(origin(position))) {
            throw new InputException(file.toString(), 0, 0, "the file changed while the batch was decided");
          }
          sink.accept(decide(invoice, position, statelessRules));
          if (++position % PROGRESS_EVERY == 0) {
            sink.progress(new BatchProgress(Phase.DECIDING, position, count));
          }
        }
      }
    }
    sink.progress(new BatchProgress(Phase.DECIDING, count, count));
  }

  private Decision decide(Invoice invoice, int position, int statelessRules) {
    if (kinds[position] == DUPLICATE) {
      return program.duplicate(invoice);
    }
    Env env = program.env(invoice, index, index.today());
    if (kinds[position] == STATELESS) {
      return program.decide(env, program.statelessMatch(env, statelessRules));
    }
    env.available = available[position];
    env.ownLoan = ownLoans[position];
    env.exposureBuyer = buyerExposure[position];
    env.exposureSeller = sellerExposure[position];
    return program.decide(env, program.decidingIndex(env));
  }

  private void remember(InvoiceOrigin origin, byte kind) {
    if (count == kinds.length) {
      int capacity = count * 2;
      sources = Arrays.copyOf(sources, capacity);
      indexes = Arrays.copyOf(indexes, capacity);
      offsets = Arrays.copyOf(offsets, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
    // One name per file: every invoice of a stream shares its source string.
    sources[count] = origin.source();
    indexes[count] = origin.index();
    offsets[count] = origin.offset();
    kinds[count] = kind;
    count++;
  }

  private InvoiceOrigin origin(int position) {
    return new InvoiceOrigin(sources[position], indexes[position], offsets[position]);
  }

  private Invoice read(InvoiceFiles files, int position) throws IOException {
    return files.invoice(origin(position));
  }

  /** What orders copies of one invoice, as {@link AllocationOrder} orders invoices held in memory. */
  private String content(InvoiceFiles files, int position) {
    try {
      return read(files, position).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
